"""`groundgame demo`: fill an empty book with believable demo data."""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext, parse_day, positive_int


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "demo",
        help="fill an empty book with demo data",
        description="Fill an empty book with a believable demo book (German and English).",
    )
    parser.add_argument("--seed", type=positive_int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--contacts", type=positive_int, default=300, help="number of contacts (default 300)"
    )
    parser.add_argument(
        "--activities",
        type=positive_int,
        default=None,
        help="number of past activities (default 12 per contact)",
    )
    parser.add_argument(
        "--today",
        type=parse_day,
        default=None,
        help="the working day the demo ends on (YYYY-MM-DD)",
    )
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    args = ctx.args
    if args.today is not None:
        from tracker.domain.clock import clock_for_day

        # Let the book (defaults, time stamps) believe it is that day.
        ctx.clock = clock_for_day(args.today, zone_name="UTC", hour=12)
    book = ctx.book
    interactive = ctx.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            ctx.stderr.write(f"\rgenerating demo book … {done:,}/{total:,} contacts")
            ctx.stderr.flush()

    written = book.demo.load(
        seed=args.seed,
        contacts=args.contacts,
        activities=args.activities,
        today=args.today,
        progress=progress,
    )
    if interactive:
        ctx.stderr.write("\n")
    report = written.value
    ctx.print(
        f"Demo book loaded into {book.location.database}: {report.accounts:,} accounts, "
        f"{report.contacts:,} contacts, {report.deals:,} deals, {report.activities:,} activities, "
        f"{report.purchases:,} purchases, {report.referrals:,} referrals in {report.seconds:.1f} s"
    )
    return 0
