"""`groundgame week`: seven days of done and planned work against capacity, with appointments."""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext, parse_day


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "week",
        help="show a week: each day's done and planned work and its appointments",
        description="Show seven days from the Monday of this week (or from --from): for each "
        "day the work done and the work planned, counted as Today counts them, its capacity, and "
        "the appointments and callbacks at a fixed time.",
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=parse_day,
        default=None,
        metavar="D",
        help="the first of the seven days (YYYY-MM-DD; default: this week's Monday)",
    )
    parser.add_argument("--json", action="store_true", help="print the week as JSON")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from datetime import timedelta

    from tracker.cli.day_output import appointment_json, tally_json, tally_line
    from tracker.domain.goals import week_start

    book = ctx.book
    today = book.queue.current_day()
    start = ctx.args.start or week_start(today)
    end = start + timedelta(days=6)
    if end > today + timedelta(days=28) and not book.read_only:
        book.planning.extend_series(end)  # recurring visits exist that far ahead, as in the app
    plan = book.planning.week(start)
    if ctx.args.json:
        ctx.print_json(
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "today": today.isoformat(),
                "days": [
                    tally_json(load.tally)
                    | {"appointments": [appointment_json(a) for a in load.appointments]}
                    for load in plan.days
                ],
            }
        )
        return 0
    ctx.print(f"Week of {start.strftime('%a')} {start.isoformat()} – {end.strftime('%a')} {end}")
    for load in plan.days:
        notes = []
        if load.tally.planned is not None and load.tally.capacity:
            notes.append(f"capacity {load.tally.capacity}")
        if load.day == today:
            notes.append("today")
        extra = f"  ({', '.join(notes)})" if notes else ""
        ctx.print(
            f"\n{load.day.strftime('%a')} {load.day.isoformat()}  {tally_line(load.tally)}{extra}"
        )
        for appointment in load.appointments:
            who = appointment.contact + (f" ({appointment.account})" if appointment.account else "")
            where = f" · {appointment.location}" if appointment.location else ""
            repeat = " ↻" if appointment.recurring else ""
            kind = appointment.kind.value.replace("_", "-")
            ctx.print(f"  {appointment.local_start:%H:%M}  {kind:<9} {who}{where}{repeat}")
    return 0
