"""`groundgame check`: open the store, run the integrity checks, print a one-line verdict."""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check",
        help="check the database and print a one-line verdict",
        description="Open the store, run the integrity checks and print a one-line verdict.",
    )
    parser.add_argument("--full", action="store_true", help="run the slower full integrity_check")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    book = ctx.book
    report = book.maintenance.check(full=ctx.args.full)
    size = (
        f"{report.contacts:,} contacts, {report.accounts:,} accounts, {report.deals:,} deals, "
        f"{report.activities:,} activities"
    )
    if report.ok:
        ctx.print(f"ok: {book.location.database} is healthy ({size})")
        return 0
    problems = []
    if report.integrity != "ok":
        problems.append(f"integrity: {report.integrity}")
    if report.foreign_key_problems:
        problems.append(f"{report.foreign_key_problems} broken references")
    ctx.stderr.write(f"groundgame: {book.location.database} is damaged: {'; '.join(problems)}\n")
    return 1
