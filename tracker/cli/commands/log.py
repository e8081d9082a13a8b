"""`groundgame log`: log what happened on a queue item; the next step is scheduled at once."""

from __future__ import annotations

import argparse
from datetime import time
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext
from tracker.cli.errors import UsageError
from tracker.domain.enums import Outcome

if TYPE_CHECKING:
    from tracker.domain.next_step import NextOverride
    from tracker.domain.worklog import LoggedActivity, LogResult

OUTCOMES = ", ".join(outcome.value for outcome in Outcome)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "log",
        help="log the outcome of a queue item and schedule its next step",
        description="Log what happened on a queue item (id or a unique prefix, see `today`). "
        f"Outcomes: {OUTCOMES}.",
    )
    parser.add_argument("item_id", metavar="ITEM_ID", help="the item's id or a unique prefix")
    parser.add_argument("outcome", metavar="OUTCOME", help="what happened, e.g. no_answer")
    parser.add_argument("--note", default=None, help="a note to keep with the activity")
    parser.add_argument(
        "--next",
        dest="next_step",
        metavar="WHEN",
        default=None,
        help="override the next step: +3d, +2w, YYYY-MM-DD, YYYY-MM-DDTHH:MM or none",
    )
    parser.add_argument("--at", default=None, help="time of a callback or appointment (HH:MM)")
    parser.add_argument("--place", default=None, help="where an appointment takes place")
    parser.add_argument("--amount", default=None, help="order_taken: the order's amount")
    parser.add_argument("--referral", default=None, help="referral_given: the person's name")
    parser.add_argument("--referral-phone", default=None, help="referral_given: their phone")
    parser.add_argument("--json", action="store_true", help="print what was logged as JSON")
    parser.set_defaults(handler=run)


def _outcome(text: str) -> Outcome:
    try:
        return Outcome(text.strip().lower())
    except ValueError:
        raise UsageError(f"{text!r} is not an outcome; use one of: {OUTCOMES}") from None


def _override(ctx: CliContext, outcome: Outcome) -> NextOverride | None:
    from tracker.domain.next_step import NextOverride, NextStepError, parse_next
    from tracker.domain.outcomes import EXITS

    args = ctx.args
    at = None
    if args.at is not None:
        try:
            at = time.fromisoformat(args.at)
        except ValueError:
            raise UsageError(f"--at {args.at!r} is not a time (use HH:MM)") from None
    if args.next_step is None and at is None and args.place is None:
        return None
    if outcome in EXITS and args.next_step not in (None, "none"):
        raise UsageError(f"{outcome.value} takes the contact out of the queue; drop --next")
    book = ctx.book
    if args.next_step is not None:
        try:
            chosen = parse_next(
                args.next_step, today=book.queue.current_day(), prefs=book.preferences.get()
            )
        except NextStepError as exc:
            raise UsageError(str(exc)) from None
    else:
        chosen = NextOverride()
    return NextOverride(
        day=chosen.day, at=chosen.at or at, nothing=chosen.nothing, place=args.place
    )


def _amount(text: str | None) -> int | None:
    if text is None:
        return None
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise UsageError(f"--amount {text!r} is not an amount (e.g. 1250.00)") from None
    if value < 0:
        raise UsageError(f"--amount {text!r} is negative")
    return int(value * 100)


def logged_json(logged: LoggedActivity) -> dict[str, Any]:
    return {
        "id": logged.id,
        "kind": logged.kind.value,
        "contact": logged.contact,
        "contact_id": logged.contact_id,
        "account": logged.account,
        "outcome": logged.outcome.value,
        "done_on": logged.done_on.isoformat(),
        "completed_at": logged.completed_at.isoformat(),
        "note": logged.note,
        "attempt": logged.attempt,
    }


def describe(result: LogResult) -> str:
    """One or two plain lines for a rep reading the terminal."""
    from tracker.cli.queue_output import KIND_WORDS
    from tracker.domain.outcomes import Step

    logged, plan = result.logged, result.plan
    what = logged.outcome.value.replace("_", " ")
    line = f"Logged {what} for {logged.contact} ({KIND_WORDS[logged.kind.value]})."
    nxt = result.next
    if plan.step is Step.EXIT:
        reason = f": {plan.reason}" if plan.reason else ""
        return f"{line}\nNo next step{reason}."
    if plan.step is Step.TIER and plan.day is not None:
        return f"{line}\nNext touch due {plan.day.strftime('%a')} {plan.day.isoformat()} (tier cadence)."
    if plan.step is Step.PARK and plan.day is not None:
        why = f" ({plan.reason})" if plan.reason else ""
        return f"{line}\nParked until {plan.day.isoformat()}{why}; a call waits for that day."
    if nxt is None:
        return line
    c = nxt.candidate
    when = f"{c.due_on.strftime('%a')} {c.due_on.isoformat()}"
    if c.local_start is not None:
        when += f" {c.local_start.strftime('%H:%M')}"
    elif c.preferred_hour is not None:
        when += f" (try around {c.preferred_hour:02d}:00)"
    return f"{line}\nNext: {KIND_WORDS[c.kind.value]} on {when} — id {nxt.id}"


def run(ctx: CliContext) -> int:
    from tracker.cli.queue_output import item_json
    from tracker.services.day.outcome_effects import ReferralDraft
    from tracker.services.day.work import OutcomeDetails

    args = ctx.args
    outcome = _outcome(args.outcome)
    override = _override(ctx, outcome)
    referral = None
    if args.referral:
        referral = ReferralDraft.from_name(args.referral, phone=args.referral_phone)
    elif outcome is Outcome.REFERRAL_GIVEN:
        raise UsageError("referral_given needs --referral NAME (and --referral-phone)")
    details = OutcomeDetails(amount_cents=_amount(args.amount), referral=referral)
    book = ctx.book
    item_id = book.queue.resolve(args.item_id)
    result = book.work.log(
        item_id, outcome, note=args.note, override=override, details=details
    ).value
    if args.json:
        ctx.print_json(
            {
                "logged": logged_json(result.logged),
                "next": item_json(result.next) if result.next is not None else None,
            }
        )
    else:
        ctx.print(describe(result))
    return 0
