"""`groundgame visit checkin|checkout|edit|report|show|open`: field visits — on site from
check-in to check-out, the visit report, and times and reports corrected afterwards."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext, amount_cents
from tracker.cli.errors import CliError, UsageError
from tracker.domain.enums import VISIT_OUTCOMES, Outcome

if TYPE_CHECKING:
    from tracker.services.book import Book

OUTCOMES = ", ".join(outcome.value for outcome in VISIT_OUTCOMES)
WHEN = "HH:MM (today, or the check-in's day) or YYYY-MM-DDTHH:MM, your local time"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "visit",
        help="check in and out of visits, with the visit report",
        description="Field visits: check in on arrival, check out when leaving (which logs the "
        "visit with its report and schedules the next step), correct the times afterwards. "
        "Visits are named by id or a unique prefix (see `today`).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    checkin = actions.add_parser("checkin", help="arrived at a visit: the time on site starts")
    checkin.add_argument("item_id", metavar="ITEM_ID", help="the visit's id or a unique prefix")
    checkin.add_argument("--at", metavar="TIME", help=f"arrived earlier: {WHEN}")
    checkout = actions.add_parser(
        "checkout",
        help="leaving a visit: log it with its report",
        description=f"Check out of a visit and log it. Outcomes: {OUTCOMES}.",
    )
    checkout.add_argument("item_id", metavar="ITEM_ID", help="the visit's id or a unique prefix")
    checkout.add_argument("--outcome", required=True, metavar="CODE", help="how the visit went")
    checkout.add_argument("--note", help="a free note")
    checkout.add_argument("--met", metavar="NAME", help="who you met")
    checkout.add_argument("--topics", metavar="TEXT", help="products or topics discussed")
    checkout.add_argument(
        "--order-value", type=amount_cents, metavar="N", help="order_taken: the order's value"
    )
    checkout.add_argument(
        "--next", dest="next_step", metavar="WHEN",
        help="override the next step: +3d, +2w, YYYY-MM-DD, YYYY-MM-DDTHH:MM or none",
    )  # fmt: skip
    checkout.add_argument("--at", metavar="TIME", help=f"left earlier: {WHEN}")
    edit = actions.add_parser(
        "edit",
        help="correct a visit's times (the reason is kept)",
        description="Correct when a visit began or ended; the old and new times and the "
        "reason are kept with the visit.",
    )
    edit.add_argument("item_id", metavar="VISIT_ID", help="the visit's id or a unique prefix")
    edit.add_argument("--in", dest="checked_in", metavar="TIME", help=f"arrival: {WHEN}")
    edit.add_argument("--out", dest="checked_out", metavar="TIME", help=f"departure: {WHEN}")
    edit.add_argument("--reason", required=True, help="why the time changes")
    report = actions.add_parser(
        "report",
        help="correct a done visit's report",
        description="Correct what a checked-out visit's report says. Each option given "
        "replaces that part (an empty text clears it); the others stay. An order's value "
        "changes its purchase too.",
    )
    report.add_argument("item_id", metavar="VISIT_ID", help="the visit's id or a unique prefix")
    report.add_argument("--met", metavar="NAME", help="who you met")
    report.add_argument("--topics", metavar="TEXT", help="products or topics discussed")
    report.add_argument(
        "--order-value", type=amount_cents, metavar="N", help="order_taken: the order's value"
    )
    report.add_argument("--note", help="the free note")
    show = actions.add_parser("show", help="a visit's time on site, report and corrections")
    show.add_argument("item_id", metavar="VISIT_ID", help="the visit's id or a unique prefix")
    actions.add_parser("open", help="visits checked in and not yet checked out")
    for sub in (checkin, checkout, edit, report, show, actions.choices["open"]):
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
        sub.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    action = ctx.args.action
    if action == "open":
        return _open(ctx)
    if action == "checkin":
        return _checkin(ctx)
    if action == "checkout":
        return _checkout(ctx)
    if action == "edit":
        return _edit(ctx)
    if action == "report":
        return _report(ctx)
    return _show(ctx, ctx.book.visits.resolve(ctx.args.item_id))


def _moment(book: Book, text: str, option: str, day: Any = None) -> datetime:
    """A wall time typed by the rep as the instant it means in their zone."""
    from datetime import date, time

    from tracker.domain.clock import wall_to_instant

    prefs = book.preferences.get()
    typed = text.strip()
    try:
        if "T" in typed or " " in typed:
            wall = datetime.fromisoformat(typed)
        else:
            base = day if isinstance(day, date) else book.queue.current_day()
            wall = datetime.combine(base, time.fromisoformat(typed))
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a time ({WHEN})") from None
    if wall.tzinfo is not None:
        raise UsageError(f"{option} {text!r}: give your local time, without a zone")
    return wall_to_instant(wall, prefs.time_zone)


def _open(ctx: CliContext) -> int:
    from tracker.cli.visit_output import open_json, wall

    book = ctx.book
    visits = book.visits.open_visits()
    if ctx.args.json:
        ctx.print_json([open_json(visit) for visit in visits])
        return 0
    zone_name = book.preferences.get().time_zone
    if not visits:
        ctx.print("No visit is checked in.")
    for visit in visits:
        since = wall(visit.checked_in_at, zone_name, day=visit.stale)
        still = "still on site? " if visit.stale else ""
        ctx.print(f"{still}{visit.place} since {since}  {visit.activity_id}")
    return 0


def _checkin(ctx: CliContext) -> int:
    from tracker.cli.visit_output import open_json, wall

    book = ctx.book
    item_id = book.queue.resolve(ctx.args.item_id)
    at = _moment(book, ctx.args.at, "--at") if ctx.args.at else None
    visit = book.visits.check_in(item_id, at=at).value
    if ctx.args.json:
        ctx.print_json(open_json(visit))
    else:
        since = wall(visit.checked_in_at, book.preferences.get().time_zone)
        ctx.print(f"Checked in at {visit.place} at {since} ({visit.activity_id}).")
        ctx.print(
            f"Check out with: groundgame visit checkout {visit.activity_id[:8]} --outcome CODE"
        )
    return 0


def _checkout(ctx: CliContext) -> int:
    from tracker.cli.commands.log import describe, logged_json
    from tracker.cli.queue_output import item_json
    from tracker.domain.next_step import NextOverride, NextStepError, parse_next
    from tracker.domain.outcomes import EXITS
    from tracker.domain.visits import VisitReport

    args, book = ctx.args, ctx.book
    try:
        outcome = Outcome(args.outcome.strip().lower())
    except ValueError:
        raise UsageError(
            f"--outcome {args.outcome!r} is not a visit outcome; use one of: {OUTCOMES}"
        ) from None
    if outcome not in VISIT_OUTCOMES:
        raise UsageError(
            f"--outcome {outcome.value} is not a visit outcome; use one of: {OUTCOMES}"
        )
    if args.order_value is not None and outcome is not Outcome.ORDER_TAKEN:
        raise UsageError("--order-value goes with --outcome order_taken")
    override = None
    if args.next_step is not None:
        if outcome in EXITS and args.next_step != "none":
            raise UsageError(f"{outcome.value} takes the contact out of the queue; drop --next")
        try:
            chosen = parse_next(
                args.next_step, today=book.queue.current_day(), prefs=book.preferences.get()
            )
        except NextStepError as exc:
            raise UsageError(str(exc)) from None
        override = NextOverride(day=chosen.day, at=chosen.at, nothing=chosen.nothing)
    item_id = book.queue.resolve(args.item_id)
    left = None
    if args.at:
        opened = {v.activity_id: v for v in book.visits.open_visits()}
        day = opened[item_id].day if item_id in opened else None
        left = _moment(book, args.at, "--at", day)
    report = VisitReport(args.met, args.topics, args.order_value, args.note)
    result = book.visits.check_out(item_id, outcome, report=report, override=override, at=left)
    value = result.value
    if args.json:
        ctx.print_json(
            {
                "logged": logged_json(value.logged),
                "visit": _facts(value.logged.visit),
                "next": item_json(value.next) if value.next is not None else None,
            }
        )
        return 0
    ctx.print(describe(value))
    minutes = value.logged.visit.minutes_on_site if value.logged.visit else None
    if minutes is not None:
        ctx.print(f"On site {minutes} min.")
    return 0


def _facts(facts: Any) -> Any:
    from tracker.cli.visit_output import facts_json

    return facts_json(facts)


def _edit(ctx: CliContext) -> int:
    args, book = ctx.args, ctx.book
    if args.checked_in is None and args.checked_out is None:
        raise UsageError("give --in TIME, --out TIME or both")
    visit_id = book.visits.resolve(args.item_id)
    detail = book.visits.detail(visit_id)
    prefs = book.preferences.get()
    from tracker.domain.clock import rep_day

    anchor = detail.facts.checked_in_at or detail.facts.checked_out_at
    day = (
        rep_day(anchor, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
        if anchor is not None
        else None
    )
    arrived = _moment(book, args.checked_in, "--in", day) if args.checked_in else None
    left = _moment(book, args.checked_out, "--out", day) if args.checked_out else None
    try:
        book.visits.edit_times(
            visit_id, checked_in_at=arrived, checked_out_at=left, reason=args.reason
        )
    except ValueError as exc:
        if str(exc).startswith("reason:"):
            raise UsageError(f"--{exc}") from None
        raise CliError(str(exc)) from None
    return _show(ctx, visit_id)


def _report(ctx: CliContext) -> int:
    from tracker.domain.visits import VisitReport

    args, book = ctx.args, ctx.book
    given = (args.met, args.topics, args.order_value, args.note)
    if all(value is None for value in given):
        raise UsageError("give --met, --topics, --order-value or --note")
    visit_id = book.visits.resolve(args.item_id)
    detail = book.visits.detail(visit_id)
    facts = detail.facts

    def chosen(typed: Any, current: Any) -> Any:
        return current if typed is None else typed

    report = VisitReport(
        chosen(args.met, facts.met_with),
        chosen(args.topics, facts.topics),
        args.order_value,  # None keeps an order's value
        chosen(args.note, detail.note),
    )
    try:
        book.visits.edit_report(visit_id, report)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return _show(ctx, visit_id)


def _show(ctx: CliContext, visit_id: str) -> int:
    from tracker.cli.visit_output import edit_json, facts_json, facts_lines, wall

    book = ctx.book
    detail = book.visits.detail(visit_id)
    prefs = book.preferences.get()
    if ctx.args.json:
        ctx.print_json(
            {
                "id": detail.activity_id,
                "contact": detail.contact,
                "account": detail.account,
                "status": detail.status.value,
                "outcome": detail.outcome.value if detail.outcome else None,
                "note": detail.note,
                "visit": facts_json(detail.facts),
                "edits": [edit_json(edit) for edit in detail.edits],
            }
        )
        return 0
    where = f" — {detail.account}" if detail.account else ""
    outcome = detail.outcome.value.replace("_", " ") if detail.outcome else detail.status.value
    ctx.print(f"Visit to {detail.contact}{where}: {outcome}  ({detail.activity_id})")
    ctx.print("\n".join(facts_lines(detail.facts, prefs.time_zone, prefs.currency)))
    if detail.note:
        ctx.print(f"  note        {detail.note}")
    for edit in detail.edits:
        before = f"{wall(edit.checked_in_before, prefs.time_zone)}–{wall(edit.checked_out_before, prefs.time_zone)}"
        after = f"{wall(edit.checked_in_after, prefs.time_zone)}–{wall(edit.checked_out_after, prefs.time_zone)}"
        ctx.print(
            f"  changed     {before} → {after} on {wall(edit.edited_at, prefs.time_zone, day=True)}: {edit.reason}"
        )
    return 0
