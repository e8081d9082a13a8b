"""`groundgame backup [-o FILE]`: a verified backup into the backups folder, or to FILE."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.context import CliContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "backup",
        help="back up the book now (verified)",
        description="Back up the book through SQLite's online backup API, verify the copy and "
        "put it in the backups folder (old backups are pruned), or save it to FILE.",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="save the backup to FILE (or into the folder FILE) instead of the backups folder",
    )
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    book = ctx.book
    if ctx.args.output is None:
        taken = book.backups.take("manual")
        ctx.print(f"backed up to {taken.path} ({_size(taken.size)})")
        return 0
    saved = book.backups.save_to(Path(ctx.args.output).expanduser().absolute())
    ctx.print(f"backed up to {saved} ({_size(saved.stat().st_size)})")
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"
