"""The CLI commands; each module registers its sub-command on the parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tracker.cli.commands import backup, check, demo, restore

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

# Order here is the order `groundgame --help` lists them.
REGISTRATIONS: tuple[Register, ...] = (
    demo.register,
    check.register,
    backup.register,
    restore.register,
)
