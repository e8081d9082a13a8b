"""Translated names for the core's stable codes (outcomes, stages, states …) and undo actions.

Every table maps a code to its English source text, marked with QT_TRANSLATE_NOOP in the one
context "Labels"; `label(table, code)` translates. Queue reasons have templates with arguments.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime

from tracker.domain.enums import (
    ActivityKind,
    ContactState,
    GoalMetric,
    Lifecycle,
    Outcome,
    ReferralStatus,
    Section,
    Segment,
    Stage,
)
from tracker.domain.priority import Reason
from tracker.domain.tiers import TouchStatus
from tracker.services.safety.undo import UndoInfo
from ui.display import money, short_time

UNDO_ACTIONS: dict[str, str] = {
    "log_outcome": QT_TRANSLATE_NOOP("Undo", "Undo log of %1"),
    "bury": QT_TRANSLATE_NOOP("Undo", "Undo bury of %1"),
    "park": QT_TRANSLATE_NOOP("Undo", "Undo parking %1"),
    "reschedule": QT_TRANSLATE_NOOP("Undo", "Undo rescheduling %1"),
    "plan_activity": QT_TRANSLATE_NOOP("Undo", "Undo plan for %1"),
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
    "merge_accounts": QT_TRANSLATE_NOOP("Undo", "Undo merge into %1"),
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
    "resolve_conflict": QT_TRANSLATE_NOOP("Undo", "Undo resolving a conflict on %1"),
    "calendar_change": QT_TRANSLATE_NOOP("Undo", "Undo calendar change (%1)"),
    "check_in": QT_TRANSLATE_NOOP("Undo", "Undo check-in at %1"),
    "check_out": QT_TRANSLATE_NOOP("Undo", "Undo check-out from %1"),
    "discard_check_in": QT_TRANSLATE_NOOP("Undo", "Undo discarding the check-in at %1"),
    "edit_visit_times": QT_TRANSLATE_NOOP("Undo", "Undo changing the visit times of %1"),
    "edit_visit_report": QT_TRANSLATE_NOOP("Undo", "Undo changing the visit report of %1"),
    "apply_route": QT_TRANSLATE_NOOP("Undo", "Undo route order of %1"),
}


def undo_label(info: UndoInfo) -> str:
    """'Undo …' menu text for the action an undo would take back."""
    template = UNDO_ACTIONS.get(info.action)
    if template is None:
        return QCoreApplication.translate("Undo", "&Undo %1").replace("%1", info.subject)
    return QCoreApplication.translate("Undo", template).replace("%1", info.subject)


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
OUTCOMES: dict[Outcome, str] = {
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
    Outcome.MET_DECISION_MAKER: QT_TRANSLATE_NOOP("Labels", "Met decision maker"),
    Outcome.MET_OTHER: QT_TRANSLATE_NOOP("Labels", "Met someone else"),
    Outcome.NOT_AVAILABLE: QT_TRANSLATE_NOOP("Labels", "Not available"),
    Outcome.LEFT_MATERIAL: QT_TRANSLATE_NOOP("Labels", "Left material"),
}

SECTIONS: dict[Section, str] = {
    Section.FIXED: QT_TRANSLATE_NOOP("Labels", "Fixed times"),
    Section.DUE: QT_TRANSLATE_NOOP("Labels", "Due"),
    Section.LIST: QT_TRANSLATE_NOOP("Labels", "Call lists from your manager"),
    Section.BASE: QT_TRANSLATE_NOOP("Labels", "Base customers due a touch"),
    Section.NEW: QT_TRANSLATE_NOOP("Labels", "New prospects"),
    Section.BACKLOG: QT_TRANSLATE_NOOP("Labels", "Backlog"),
}
GOAL_METRICS: dict[GoalMetric, str] = {
    GoalMetric.CALLS: QT_TRANSLATE_NOOP("Labels", "Calls"),
    GoalMetric.CONNECTS: QT_TRANSLATE_NOOP("Labels", "Connects"),
    GoalMetric.APPOINTMENTS: QT_TRANSLATE_NOOP("Labels", "Appointments set"),
    GoalMetric.VISITS: QT_TRANSLATE_NOOP("Labels", "Visits"),
}
TIERS_TITLE = QT_TRANSLATE_NOOP("Labels", "Tier %1")

MATCH_REASONS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Labels", "same phone number"),
    "email": QT_TRANSLATE_NOOP("Labels", "same e-mail address"),
    "name": QT_TRANSLATE_NOOP("Labels", "similar name at the same company"),
    "domain": QT_TRANSLATE_NOOP("Labels", "same website or e-mail domain"),
    "name_at_place": QT_TRANSLATE_NOOP("Labels", "similar name in the same place"),
}
PHONE_LABELS: dict[str, str] = {
    "mobile": QT_TRANSLATE_NOOP("Labels", "mobile"),
    "work": QT_TRANSLATE_NOOP("Labels", "work"),
    "home": QT_TRANSLATE_NOOP("Labels", "home"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}

# -- imports ------------------------------------------------------------------------------------
IMPORT_FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Labels", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company (account)"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "Job title"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "mobile_phone": QT_TRANSLATE_NOOP("Labels", "Mobile phone"),
    "work_phone": QT_TRANSLATE_NOOP("Labels", "Work phone"),
    "home_phone": QT_TRANSLATE_NOOP("Labels", "Home phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "street": QT_TRANSLATE_NOOP("Labels", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("Labels", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "lifecycle": QT_TRANSLATE_NOOP("Labels", "Lifecycle"),
    "tier": QT_TRANSLATE_NOOP("Labels", "Account tier"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "latitude": QT_TRANSLATE_NOOP("Labels", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Labels", "Longitude"),
    "coordinates": QT_TRANSLATE_NOOP("Labels", "Coordinates (lat, lon or geo:)"),
}

IMPORT_STATUS_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "update": QT_TRANSLATE_NOOP("Labels", "Update"),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "Duplicate"),
    "invalid": QT_TRANSLATE_NOOP("Labels", "Invalid"),
}


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


def outcome_label(outcome: Outcome) -> str:
    return label(OUTCOMES, outcome)


def kind_label(kind: ActivityKind) -> str:
    return label(ACTIVITY_KINDS, kind)


def section_label(section: Section) -> str:
    return label(SECTIONS, section)


def stage_label(stage: Stage) -> str:
    return label(STAGES, stage)


def metric_label(metric: GoalMetric) -> str:
    return label(GOAL_METRICS, metric)


# -- the queue's reasons -----------------------------------------------------------------------
# The queue's reasons by code; %1, %2 are the reason's arguments (see tracker.domain.priority).
QUEUE_REASONS: dict[str, str] = {
    "fixed_time": QT_TRANSLATE_NOOP("Reason", "fixed time %1"),
    "overdue": QT_TRANSLATE_NOOP("Reason", "overdue %1 days"),
    "overdue_one": QT_TRANSLATE_NOOP("Reason", "overdue 1 day"),
    "due_today": QT_TRANSLATE_NOOP("Reason", "due today"),
    "tier_due": QT_TRANSLATE_NOOP("Reason", "tier %1: last touch %2 days ago"),
    "tier_never": QT_TRANSLATE_NOOP("Reason", "tier %1: never touched"),
    "tier_late": QT_TRANSLATE_NOOP("Reason", "tier %1: past its %2-day window"),
    "deal": QT_TRANSLATE_NOOP("Reason", "deal in %1, worth %2"),
    "intent": QT_TRANSLATE_NOOP("Reason", "last time: %1"),
    "new_lead": QT_TRANSLATE_NOOP("Reason", "new lead, fit %1/5"),
    "new_lead_unrated": QT_TRANSLATE_NOOP("Reason", "new lead"),
    "referral_thanks": QT_TRANSLATE_NOOP("Reason", "thank the referrer"),
    "call_list": QT_TRANSLATE_NOOP("Reason", "on the call list %1"),
    "resume": QT_TRANSLATE_NOOP("Reason", "back from parking"),
    "attempt": QT_TRANSLATE_NOOP("Reason", "attempt %1 of %2"),
    "try_at": QT_TRANSLATE_NOOP("Reason", "try around %1"),
    "cadence": QT_TRANSLATE_NOOP("Reason", "%1 cadence, step %2"),
    "buried": QT_TRANSLATE_NOOP("Reason", "buried until tomorrow"),
    "sibling": QT_TRANSLATE_NOOP("Reason", "a colleague at %1 is already queued today"),
    "over_capacity": QT_TRANSLATE_NOOP("Reason", "over today's capacity"),
    "over_budget": QT_TRANSLATE_NOOP("Reason", "over today's new-prospect budget"),
    "day_off": QT_TRANSLATE_NOOP("Reason", "a day off"),
    "visit_place": QT_TRANSLATE_NOOP("Reason", "at %1"),
}


def reason_text(reason: Reason, currency: str = "EUR") -> str:
    """A reason in the rep's language, numbers and times in the locale's format."""
    code = reason.code
    args = list(reason.args)
    if code == "overdue" and args == ["1"]:
        code, args = "overdue_one", []
    if code == "deal" and len(args) == 2:
        args = [stage_label(Stage(args[0])), money(int(args[1]) * 100, currency)]
    elif code == "intent" and args:
        args = [outcome_label(Outcome(args[0]))]
    elif code == "fixed_time" and args:
        args = [short_time(QTime.fromString(args[0], "HH:mm"))]
    elif code == "try_at" and args:
        args = [short_time(QTime(int(args[0]), 0))]
    template = QUEUE_REASONS.get(code)
    if template is None:
        return reason.text
    text = QCoreApplication.translate("Reason", template)
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", value)
    return text
