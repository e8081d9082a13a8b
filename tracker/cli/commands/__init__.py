"""The CLI commands; each module registers its sub-command on the parser.

A command module's top level imports only argparse, the CLI context and errors, and the stable
codes (`tracker.domain.enums`), so `--help` answers without loading the book: everything else is
imported inside `run()` (tests/tracker/cli/test_fast_start.py checks).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tracker.cli.commands import (
    account,
    backup,
    base,
    calendar,
    check,
    contact,
    deal,
    demo,
    duplicates,
    export,
    import_file,
    log,
    merge,
    pipeline,
    plan,
    prefs,
    report,
    restore,
    review,
    route,
    search,
    server,
    sync,
    team,
    today,
    undo,
    visit,
    week,
)

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

# Order here is the order `groundgame --help` lists them.
REGISTRATIONS: tuple[Register, ...] = (
    today.register,
    log.register,
    visit.register,
    route.register,
    plan.register,
    undo.register,
    week.register,
    review.register,
    report.register,
    search.register,
    contact.register,
    account.register,
    deal.register,
    pipeline.register,
    base.register,
    duplicates.register,
    merge.register,
    import_file.register,
    export.register,
    backup.register,
    restore.register,
    check.register,
    prefs.register,
    demo.register,
    calendar.register,
    sync.register,
    team.register,
    server.register,
)
