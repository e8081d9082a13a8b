"""Translated names for the core's stable codes (outcomes, stages, undo actions …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.services.undo import UndoInfo

UNDO_ACTIONS: dict[str, str] = {
    "log_outcome": QT_TRANSLATE_NOOP("Undo", "Undo log of %1"),
}


def undo_label(info: UndoInfo) -> str:
    """'Undo …' menu text for the action an undo would take back."""
    template = UNDO_ACTIONS.get(info.action)
    if template is None:
        return QCoreApplication.translate("Undo", "&Undo %1").replace("%1", info.subject)
    return QCoreApplication.translate("Undo", template).replace("%1", info.subject)


# -- Issue 4: the book of customers, pipeline, base (added entries) -----------------------------
from tracker.domain.enums import (  # noqa: E402
    ActivityKind,
    ContactState,
    Lifecycle,
    Outcome,
    ReferralStatus,
    Segment,
    Stage,
)
from tracker.domain.tiers import TouchStatus  # noqa: E402

UNDO_ACTIONS.update(
    {
        "add_contact": QT_TRANSLATE_NOOP("Undo", "Undo adding %1"),
        "edit_contact": QT_TRANSLATE_NOOP("Undo", "Undo changes to %1"),
        "add_note": QT_TRANSLATE_NOOP("Undo", "Undo note on %1"),
        "tag_contacts": QT_TRANSLATE_NOOP("Undo", "Undo tagging (%1)"),
        "untag_contacts": QT_TRANSLATE_NOOP("Undo", "Undo removing a tag (%1)"),
        "delete_contacts": QT_TRANSLATE_NOOP("Undo", "Undo deleting (%1)"),
        "state_active": QT_TRANSLATE_NOOP("Undo", "Undo reactivating (%1)"),
        "state_parked": QT_TRANSLATE_NOOP("Undo", "Undo parking (%1)"),
        "state_not_a_fit": QT_TRANSLATE_NOOP("Undo", "Undo “not a fit” (%1)"),
        "state_do_not_contact": QT_TRANSLATE_NOOP("Undo", "Undo “do not contact” (%1)"),
        "merge_contacts": QT_TRANSLATE_NOOP("Undo", "Undo merge into %1"),
        "add_account": QT_TRANSLATE_NOOP("Undo", "Undo adding %1"),
        "edit_account": QT_TRANSLATE_NOOP("Undo", "Undo changes to %1"),
        "set_tier": QT_TRANSLATE_NOOP("Undo", "Undo tier change (%1)"),
        "add_deal": QT_TRANSLATE_NOOP("Undo", "Undo new deal %1"),
        "edit_deal": QT_TRANSLATE_NOOP("Undo", "Undo changes to %1"),
        "move_deal": QT_TRANSLATE_NOOP("Undo", "Undo moving %1"),
        "win_deal": QT_TRANSLATE_NOOP("Undo", "Undo winning %1"),
        "lose_deal": QT_TRANSLATE_NOOP("Undo", "Undo losing %1"),
        "plan_thanks": QT_TRANSLATE_NOOP("Undo", "Undo thank-you call to %1"),
        "mark_thanked": QT_TRANSLATE_NOOP("Undo", "Undo “thanked” for %1"),
    }
)

LIFECYCLES: dict[Lifecycle, str] = {
    Lifecycle.LEAD: QT_TRANSLATE_NOOP("Labels", "Lead"),
    Lifecycle.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospect"),
    Lifecycle.CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Customer"),
}
CONTACT_STATES: dict[ContactState, str] = {
    ContactState.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    ContactState.PARKED: QT_TRANSLATE_NOOP("Labels", "Parked"),
    ContactState.NOT_A_FIT: QT_TRANSLATE_NOOP("Labels", "Not a fit"),
    ContactState.DO_NOT_CONTACT: QT_TRANSLATE_NOOP("Labels", "Do not contact"),
}
STAGES: dict[Stage, str] = {
    Stage.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    Stage.CONTACTED: QT_TRANSLATE_NOOP("Labels", "Contacted"),
    Stage.MEETING_SET: QT_TRANSLATE_NOOP("Labels", "Meeting set"),
    Stage.PROPOSAL: QT_TRANSLATE_NOOP("Labels", "Proposal"),
    Stage.NEGOTIATION: QT_TRANSLATE_NOOP("Labels", "Negotiation"),
    Stage.WON: QT_TRANSLATE_NOOP("Labels", "Won"),
    Stage.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
}
SEGMENTS: dict[Segment, str] = {
    Segment.CHAMPIONS: QT_TRANSLATE_NOOP("Labels", "Champions"),
    Segment.LOYAL: QT_TRANSLATE_NOOP("Labels", "Loyal"),
    Segment.POTENTIAL: QT_TRANSLATE_NOOP("Labels", "Potential"),
    Segment.NEW: QT_TRANSLATE_NOOP("Labels", "New customers"),
    Segment.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At risk"),
    Segment.HIBERNATING: QT_TRANSLATE_NOOP("Labels", "Hibernating"),
}
TOUCH_STATUSES: dict[TouchStatus, str] = {
    TouchStatus.ON_TIME: QT_TRANSLATE_NOOP("Labels", "On time"),
    TouchStatus.DUE: QT_TRANSLATE_NOOP("Labels", "Due"),
    TouchStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    TouchStatus.NEVER: QT_TRANSLATE_NOOP("Labels", "Never touched"),
}
REFERRAL_STATUSES: dict[ReferralStatus, str] = {
    ReferralStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
    ReferralStatus.CONTACTED: QT_TRANSLATE_NOOP("Labels", "Contacted"),
    ReferralStatus.QUALIFIED: QT_TRANSLATE_NOOP("Labels", "Qualified"),
    ReferralStatus.WON: QT_TRANSLATE_NOOP("Labels", "Won"),
    ReferralStatus.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
}
ACTIVITY_KINDS: dict[ActivityKind, str] = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
    ActivityKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
}
OUTCOME_NAMES: dict[Outcome, str] = {
    Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("Labels", "No answer"),
    Outcome.VOICEMAIL: QT_TRANSLATE_NOOP("Labels", "Voicemail"),
    Outcome.BUSY: QT_TRANSLATE_NOOP("Labels", "Busy"),
    Outcome.GATEKEEPER: QT_TRANSLATE_NOOP("Labels", "Gatekeeper"),
    Outcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Labels", "Wrong number"),
    Outcome.CONNECTED: QT_TRANSLATE_NOOP("Labels", "Connected"),
    Outcome.APPOINTMENT_SET: QT_TRANSLATE_NOOP("Labels", "Appointment set"),
    Outcome.CALLBACK_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Callback requested"),
    Outcome.INTERESTED: QT_TRANSLATE_NOOP("Labels", "Interested"),
    Outcome.NOT_NOW: QT_TRANSLATE_NOOP("Labels", "Not now"),
    Outcome.NOT_INTERESTED: QT_TRANSLATE_NOOP("Labels", "Not interested"),
    Outcome.NOT_A_FIT: QT_TRANSLATE_NOOP("Labels", "Not a fit"),
    Outcome.ORDER_TAKEN: QT_TRANSLATE_NOOP("Labels", "Order taken"),
    Outcome.REFERRAL_GIVEN: QT_TRANSLATE_NOOP("Labels", "Referral given"),
    Outcome.DO_NOT_CONTACT: QT_TRANSLATE_NOOP("Labels", "Do not contact"),
    Outcome.MET_DECISION_MAKER: QT_TRANSLATE_NOOP("Labels", "Met the decision maker"),
    Outcome.MET_OTHER: QT_TRANSLATE_NOOP("Labels", "Met someone else"),
    Outcome.NOT_AVAILABLE: QT_TRANSLATE_NOOP("Labels", "Not available"),
    Outcome.LEFT_MATERIAL: QT_TRANSLATE_NOOP("Labels", "Left material"),
}
TIERS_TITLE = QT_TRANSLATE_NOOP("Labels", "Tier %1")


def label(table: dict[Any, str], code: Any) -> str:
    """The translated label of a code from one of the tables above ('' for None)."""
    if code is None:
        return ""
    return QCoreApplication.translate("Labels", table.get(code, str(code)))


def tier_label(tier: Any) -> str:
    """'Tier A' (or '' for none)."""
    if tier is None:
        return ""
    return QCoreApplication.translate("Labels", TIERS_TITLE).replace("%1", str(tier.value))


MATCH_REASONS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Labels", "same phone number"),
    "email": QT_TRANSLATE_NOOP("Labels", "same e-mail address"),
    "name": QT_TRANSLATE_NOOP("Labels", "similar name at the same company"),
}
PHONE_LABELS: dict[str, str] = {
    "mobile": QT_TRANSLATE_NOOP("Labels", "mobile"),
    "work": QT_TRANSLATE_NOOP("Labels", "work"),
    "home": QT_TRANSLATE_NOOP("Labels", "home"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
