"""`groundgame today`: the day's queue as a table, or as JSON for scripts."""

from __future__ import annotations

import argparse

from tracker.cli.context import CliContext, parse_day

BACKLOG_SHOWN = 10


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "today",
        help="show the day's queue of calls, visits and follow-ups",
        description="Show the day's queue in order: fixed times, due work, base customers due a "
        "touch, new prospects, and the backlog the day cannot hold. Each item has an id for "
        "`groundgame log` (a unique prefix is enough).",
    )
    parser.add_argument(
        "--date", type=parse_day, default=None, help="another working day (YYYY-MM-DD)"
    )
    parser.add_argument("--json", action="store_true", help="print the items as a JSON array")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from tracker.cli.queue_output import SECTION_TITLES, item_json, short_ids, table_rows
    from tracker.domain.enums import Section

    book = ctx.book
    if book.planning.needs_extension():
        book.planning.extend_series()
    queue = book.queue.today(ctx.args.date)
    if ctx.args.json:
        ctx.print_json([item_json(item) for item in queue.items])
        return 0
    from tracker.cli.day_output import tally_line
    from tracker.domain.worklog import DayTally

    day = queue.day
    tally = DayTally.of_today(queue, len(book.review.logged(day)))
    ctx.print(
        f"{day.strftime('%A')} {day.isoformat()} · {tally_line(tally, backlog=False)}"
        f" · capacity {queue.capacity} · new-prospect budget {queue.new_budget}"
        + ("" if queue.capacity else " · a day off")
    )
    ids = short_ids([item.id for item in queue.items])
    region = book.preferences.get().default_region
    for section in Section:
        items = list(queue.section(section))
        # Items the bounded reads did not gather wait in the backlog.
        unlisted = sum(queue.unlisted.values()) if section is Section.BACKLOG else 0
        if not items and not unlisted:
            continue
        count = len(items) + unlisted
        more = "+" if section is Section.BACKLOG and queue.unlisted_capped else ""
        ctx.print("")
        ctx.print(f"{SECTION_TITLES[section]} ({count:,}{more})")
        shown = items[:BACKLOG_SHOWN] if section is Section.BACKLOG else items
        ctx.print("\n".join(table_rows(shown, ids, region)) if shown else "  (none listed)")
        hidden = count - len(shown)
        if section is Section.BACKLOG and hidden:
            ctx.print(
                f"  … and {hidden:,}{more} more waiting; they move up, oldest first, as the day's "
                "work gets done (`--json` lists every gathered item)"
            )
    if not queue.items:
        ctx.print("\nNothing to do on this day.")
    return 0
