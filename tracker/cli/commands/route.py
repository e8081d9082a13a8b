"""`groundgame route`: the day's visits in a sensible driving order, fixed times kept; `--apply`
makes the day list them in that order, `--pdf` writes the route sheet for the glovebox."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.context import CliContext, parse_day


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "route",
        help="the day's visits in driving order, with km, times and warnings",
        description="Order the day's visits by driving distance (straight line × road factor, "
        "at your average speed), keeping appointments at their times; warn about legs that "
        "cannot make the next appointment. Start point, departure, speed and road factor are "
        "preferences (route_start, route_departure, average_speed_kmh, road_factor).",
    )
    parser.add_argument("--date", type=parse_day, metavar="YYYY-MM-DD", help="default: today")
    parser.add_argument("--apply", action="store_true", help="list the day's visits in this order")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="write the route sheet (PDF)")
    parser.add_argument("--json", action="store_true", help="print the route as JSON")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.cli.visit_output import route_json, route_lines

    args, book = ctx.args, ctx.book
    day = book.route.apply(args.date).value if args.apply else book.route.plan(args.date)
    if args.pdf is not None:
        from tracker.services.exports.route_sheet import write_route_sheet

        write_route_sheet(day, args.pdf)
        ctx.note(f"Route sheet written to {args.pdf}")
    if args.json:
        ctx.print_json(route_json(day))
    else:
        ctx.print("\n".join(route_lines(day)))
    return 0
