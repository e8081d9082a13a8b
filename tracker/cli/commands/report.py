"""`groundgame report`: every figure of the Reports screen for a period, as text or JSON."""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext, parse_day


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "report",
        help="the figures of a period: activities, connect rate, goals, deals, funnel, coverage",
        description="Show what the Reports screen shows for the days --from … --to (both "
        "included): activities by kind and outcome, the connect rate, appointments, visits, deals, "
        "goals, the stage conversion of the deals that entered each stage, and the coverage of the "
        "book per tier.",
    )
    parser.add_argument("--from", dest="start", type=parse_day, required=True, metavar="D")
    parser.add_argument("--to", dest="end", type=parse_day, required=True, metavar="D")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.cli.errors import UsageError
    from tracker.cli.report_output import report_json, report_text
    from tracker.domain.reports import Period, ReportError

    try:
        period = Period(ctx.args.start, ctx.args.end)
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    report = ctx.book.reports.summary(period)
    if ctx.args.json:
        ctx.print_json(report_json(report))
    else:
        for line in report_text(report):
            ctx.print(line)
    return 0
