"""The CLI commands; each module registers its sub-command on the parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tracker.cli.commands import (
    backup,
    base,
    check,
    demo,
    export,
    import_file,
    log,
    report,
    restore,
    review,
    search,
    today,
    week,
)

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

# Order here is the order `groundgame --help` lists them.
REGISTRATIONS: tuple[Register, ...] = (
    today.register,
    log.register,
    week.register,
    review.register,
    report.register,
    search.register,
    base.register,
    import_file.register,
    export.register,
    backup.register,
    restore.register,
    check.register,
    demo.register,
)
