"""`groundgame undo [--json]`: take back the last undoable action — made here, by another command
or in the app (the undo steps live in the book)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext

if TYPE_CHECKING:
    from tracker.services.safety.undo import UndoInfo

# How each undoable action (its stable code) reads in a sentence; ui/labels.py has the app's
# translated labels for the same codes (a test keeps the two lists alike).
UNDO_WORDS: dict[str, str] = {
    "log_outcome": "the log of {}",
    "check_in": "the check-in at {}",
    "check_out": "the check-out from {}",
    "discard_check_in": "discarding the check-in at {}",
    "edit_visit_times": "changing the visit times of {}",
    "edit_visit_report": "changing the visit report of {}",
    "apply_route": "the route order of {}",
    "bury": "burying {}",
    "park": "parking {}",
    "reschedule": "rescheduling {}",
    "plan_activity": "the plan for {}",
    "add_contact": "adding {}",
    "edit_contact": "the changes to {}",
    "add_note": "the note on {}",
    "tag_contacts": "tagging ({})",
    "untag_contacts": "removing a tag ({})",
    "delete_contacts": "deleting ({})",
    "state_active": "reactivating ({})",
    "state_parked": "parking ({})",
    "state_not_a_fit": "“not a fit” ({})",
    "state_do_not_contact": "“do not contact” ({})",
    "merge_contacts": "the merge into {}",
    "merge_accounts": "the merge into {}",
    "resolve_conflict": "resolving the conflict on {}",
    "calendar_change": "the calendar change ({})",
    "add_account": "adding {}",
    "edit_account": "the changes to {}",
    "set_tier": "the tier change ({})",
    "add_deal": "the new deal {}",
    "edit_deal": "the changes to {}",
    "move_deal": "moving {}",
    "win_deal": "winning {}",
    "lose_deal": "losing {}",
    "plan_thanks": "the thank-you call to {}",
    "mark_thanked": "“thanked” for {}",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "undo",
        help="take back the last undoable action (also one made in the app)",
        description="Take back the last undoable action — a logged outcome, a new or changed "
        "contact, a plan, a deal move … — whether it was made by a command or in the app. "
        "The book keeps the last 30. Refused, changing nothing, when later work changed the "
        "same records.",
    )
    parser.add_argument("--json", action="store_true", help="print what was undone as JSON")
    parser.set_defaults(handler=run)


def label(info: UndoInfo) -> str:
    """'the log of Anna Müller' — what an undo takes back, in words."""
    return UNDO_WORDS.get(info.action, info.action.replace("_", " ") + " ({})").format(info.subject)


def info_json(info: UndoInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    return {"action": info.action, "subject": info.subject, "label": label(info)}


def run(ctx: CliContext) -> int:
    book = ctx.book
    undone = book.undo.undo().value
    following = book.undo.peek()
    if ctx.args.json:
        ctx.print_json({"undone": info_json(undone), "next": info_json(following)})
        return 0
    ctx.print(f"Undid {label(undone)}.")
    if following is not None:
        ctx.print(f"Next undo would take back {label(following)}.")
    return 0
