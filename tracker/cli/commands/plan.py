"""`groundgame plan call|visit|follow-up`: plan work for a contact, as Ctrl+N does in the app.

A time makes it a fixed appointment (in the rep's zone, or `--zone`); `--repeat` makes it a
series (an RRULE, or weekly / biweekly / four_weekly / monthly). One undoable step.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext, parse_day, parse_time, positive_int
from tracker.cli.errors import CliError, UsageError

if TYPE_CHECKING:
    from tracker.services.day.planning import PlanDraft

KINDS = {"call": "call", "visit": "visit", "follow-up": "follow_up", "follow_up": "follow_up"}
PRESETS = ("weekly", "biweekly", "four_weekly", "monthly")  # tracker.domain.recurrence.PRESETS
# What the planning service's messages start with, and the option that was typed for it.
OPTION_OF_FIELD = {"date": "--on", "time": "--at", "time zone": "--zone", "repeat rule": "--repeat",
                   "repeat": "--repeat"}  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "plan",
        help="plan a call, visit or follow-up for a contact",
        description="Plan a call, visit or follow-up for a contact on a day; --at makes it a "
        "fixed appointment (in your time zone, or --zone), --repeat a series. One undoable step.",
    )
    parser.add_argument(
        "kind", choices=["call", "visit", "follow-up"], metavar="call|visit|follow-up"
    )
    parser.add_argument("--contact", required=True, metavar="CONTACT", help="id or unique prefix")
    parser.add_argument("--on", dest="day", type=parse_day, required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--at", type=parse_time, default=None, metavar="HH:MM", help="fixed time")
    parser.add_argument(
        "--zone", default=None, metavar="IANA", help="time zone of --at, e.g. Europe/Berlin"
    )
    parser.add_argument(
        "--repeat",
        default=None,
        metavar="RULE",
        help=f"an RRULE (e.g. FREQ=WEEKLY;INTERVAL=2) or {', '.join(PRESETS)}; needs --at",
    )
    parser.add_argument("--place", default=None, metavar="TEXT", help="where (for a visit)")
    parser.add_argument("--minutes", type=positive_int, default=None, help="how long it takes")
    parser.add_argument("--note", default=None, metavar="TEXT", help="what it is about")
    parser.add_argument("--json", action="store_true", help="print what was planned as JSON")
    parser.set_defaults(handler=run)


def _draft(ctx: CliContext, contact_id: str) -> PlanDraft:
    from tracker.domain.enums import ActivityKind
    from tracker.domain.recurrence import PRESETS as RULES
    from tracker.services.day.planning import PlanDraft

    args = ctx.args
    repeat = args.repeat
    if repeat is not None and repeat.strip().lower() in RULES:
        repeat = RULES[repeat.strip().lower()]
    return PlanDraft(
        contact_id=contact_id,
        kind=ActivityKind(KINDS[args.kind]),
        day=args.day,
        at=args.at,
        duration_minutes=args.minutes or None,
        location=args.place,
        time_zone=args.zone.strip() if args.zone else None,
        note=args.note,
        repeat=repeat,
    )


def run(ctx: CliContext) -> int:
    from tracker.domain.recurrence import RecurrenceError
    from tracker.services.day.planning import PlanError

    args = ctx.args
    if args.zone is not None and args.at is None:
        raise UsageError("--zone needs --at: a zone only matters for a fixed time")
    if args.repeat is not None and args.at is None:
        raise UsageError("--repeat needs --at: a repeating appointment has a time of day")
    book = ctx.book
    draft = _draft(ctx, book.contacts.resolve(args.contact))
    try:
        planned = book.planning.add(draft).value
    except (PlanError, RecurrenceError) as exc:
        field, _, reason = str(exc).partition(": ")
        option = OPTION_OF_FIELD.get(field)
        if option is None:  # about the contact or the book, not about what was typed
            raise CliError(str(exc)) from None
        raise UsageError(f"{option}: {reason}") from None
    item = _planned_item(ctx, planned, draft)
    if args.json:
        from tracker.cli.queue_output import item_json

        ctx.print_json(
            {
                "planned": item_json(item) if item is not None else None,
                "repeat": draft.repeat,
                "zone": (draft.time_zone or book.preferences.get().time_zone) if draft.at else None,
            }
        )
        return 0
    ctx.print(_describe(ctx, draft, item))
    return 0


def _planned_item(ctx: CliContext, planned_id: str, draft: PlanDraft) -> Any:
    """The first planned activity as a queue item on its day (None: a series whose first
    occurrence lies beyond the weeks materialised ahead)."""
    from tracker.services.day.queue import ItemNotFound

    try:
        return ctx.book.queue.item(planned_id, draft.day)
    except ItemNotFound:
        return None


def _describe(ctx: CliContext, draft: PlanDraft, item: Any) -> str:
    from tracker.cli.queue_output import KIND_WORDS

    name = ctx.book.contacts.detail(draft.contact_id).name
    kind = KIND_WORDS[draft.kind.value]
    if item is None:
        return (
            f"Planned a repeating {kind} with {name} ({draft.repeat}); its first occurrence lies "
            "beyond the weeks planned ahead and appears when they come."
        )
    c = item.candidate
    when = f"{c.due_on.strftime('%a')} {c.due_on.isoformat()}"
    if c.local_start is not None:
        when += f" at {c.local_start.strftime('%H:%M')} ({c.time_zone})"
    series = f", repeating {draft.repeat}" if draft.repeat else ""
    place = f" at {c.location}" if c.location else ""
    return f"Planned a {kind} with {name} on {when}{place}{series} — id {item.id}"
