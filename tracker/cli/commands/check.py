"""`groundgame check`: open the store, run the integrity checks, print a one-line verdict.

A damaged database fails the opening itself (exit 1, the same message the app shows); risky
places for the data folder and a read-only folder are noted on stderr.
"""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check",
        help="check the database and print a one-line verdict",
        description="Open the store, run the integrity checks and print a one-line verdict. "
        "A damaged database exits 1 and names the backup that can replace it.",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="run the slower full integrity_check (the app runs it weekly)",
    )
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    book = ctx.book
    for warning in book.storage_warnings:
        ctx.note(f"warning: {warning.message()}")
    if book.read_only:
        ctx.note(
            f"note: the data folder {book.location.root} cannot be written; "
            "the book was opened read-only"
        )
    report = book.maintenance.check(full=ctx.args.full)
    size = (
        f"{report.contacts:,} contacts, {report.accounts:,} accounts, {report.deals:,} deals, "
        f"{report.activities:,} activities"
    )
    latest = book.backups.latest()
    kept = (
        f"; latest backup {latest.taken_at.astimezone():%Y-%m-%d %H:%M}"
        if latest
        else "; no backup yet"
    )
    if report.ok:
        ctx.print(f"ok: {book.location.database} is healthy ({size}){kept}")
        return 0
    problems = []
    if report.integrity != "ok":
        problems.append(f"integrity: {report.integrity}")
    if report.foreign_key_problems:
        problems.append(f"{report.foreign_key_problems} broken references")
    ctx.stderr.write(
        f"groundgame: {book.location.database} is damaged: {'; '.join(problems)}; "
        "`groundgame restore --latest` brings back the latest backup\n"
    )
    return 1
