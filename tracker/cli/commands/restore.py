"""`groundgame restore FILE|--latest`: put a verified backup in place of the book.

Works on a damaged book too (it is set aside into damaged/). The current book is backed up first;
the command waits until the app and other commands have closed the book.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.context import CliContext
from tracker.cli.errors import CliError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "restore",
        help="restore a backup (the current book is backed up first)",
        description="Verify a backup and put it in place of the book. The current book is "
        "backed up first (or, if damaged, set aside in damaged/ for 14 days).",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE", help="the backup file to restore")
    source.add_argument(
        "--latest", action="store_true", help="restore the newest backup in the backups folder"
    )
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.domain.clock import SystemClock
    from tracker.services.book import Book
    from tracker.services.location import DataDirError, prepare
    from tracker.services.safety.recovery import latest_backup, restore_book

    location = ctx.location
    if not prepare(location):
        raise DataDirError(f"the data folder {location.root} cannot be written; nothing restored")
    if ctx.args.latest:
        backup = latest_backup(location)
        if backup is None:
            raise CliError(f"there is no backup in {location.backups} to restore")
        source = backup.path
    else:
        source = Path(ctx.args.file).expanduser().absolute()
    clock = ctx.clock or SystemClock()
    report = restore_book(location, source, now=clock.now(), on_wait=ctx.waiting)
    with Book.open(location, clock=clock, on_wait=ctx.waiting) as book:
        counts = book.maintenance.check()
    taken = (
        f" (backup from {report.taken_at.astimezone():%Y-%m-%d %H:%M})" if report.taken_at else ""
    )
    if report.previous is None:
        before = ""
    elif report.previous_was_damaged:
        before = f"; the damaged book was set aside in {report.previous}"
    else:
        before = f"; the book as it was is kept in {report.previous}"
    ctx.print(
        f"restored {source}{taken}: {counts.contacts:,} contacts, {counts.activities:,} "
        f"activities, check {report.check}{before}"
    )
    return 0 if report.check == "ok" else 1
