"""Translated names for the core's stable codes (outcomes, stages, undo actions …)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Section, Stage
from tracker.domain.priority import Reason
from tracker.services.undo import UndoInfo

UNDO_ACTIONS: dict[str, str] = {
    "log_outcome": QT_TRANSLATE_NOOP("Undo", "Undo log of %1"),
    "bury": QT_TRANSLATE_NOOP("Undo", "Undo bury of %1"),
    "park": QT_TRANSLATE_NOOP("Undo", "Undo parking %1"),
    "reschedule": QT_TRANSLATE_NOOP("Undo", "Undo rescheduling %1"),
    "plan_activity": QT_TRANSLATE_NOOP("Undo", "Undo plan for %1"),
}


def undo_label(info: UndoInfo) -> str:
    """'Undo …' menu text for the action an undo would take back."""
    template = UNDO_ACTIONS.get(info.action)
    if template is None:
        return QCoreApplication.translate("Undo", "&Undo %1").replace("%1", info.subject)
    return QCoreApplication.translate("Undo", template).replace("%1", info.subject)


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
}

IMPORT_STATUS_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "update": QT_TRANSLATE_NOOP("Labels", "Update"),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "Duplicate"),
    "invalid": QT_TRANSLATE_NOOP("Labels", "Invalid"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label of a code from one of the tables above (the code itself if unknown)."""
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


# -- the daily queue ------------------------------------------------------------------------------
OUTCOMES: dict[Outcome, str] = {
    Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("Outcome", "No answer"),
    Outcome.VOICEMAIL: QT_TRANSLATE_NOOP("Outcome", "Voicemail"),
    Outcome.BUSY: QT_TRANSLATE_NOOP("Outcome", "Busy"),
    Outcome.GATEKEEPER: QT_TRANSLATE_NOOP("Outcome", "Gatekeeper"),
    Outcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Outcome", "Wrong number"),
    Outcome.CONNECTED: QT_TRANSLATE_NOOP("Outcome", "Connected"),
    Outcome.APPOINTMENT_SET: QT_TRANSLATE_NOOP("Outcome", "Appointment set"),
    Outcome.CALLBACK_REQUESTED: QT_TRANSLATE_NOOP("Outcome", "Callback requested"),
    Outcome.INTERESTED: QT_TRANSLATE_NOOP("Outcome", "Interested"),
    Outcome.NOT_NOW: QT_TRANSLATE_NOOP("Outcome", "Not now"),
    Outcome.NOT_INTERESTED: QT_TRANSLATE_NOOP("Outcome", "Not interested"),
    Outcome.NOT_A_FIT: QT_TRANSLATE_NOOP("Outcome", "Not a fit"),
    Outcome.ORDER_TAKEN: QT_TRANSLATE_NOOP("Outcome", "Order taken"),
    Outcome.REFERRAL_GIVEN: QT_TRANSLATE_NOOP("Outcome", "Referral given"),
    Outcome.DO_NOT_CONTACT: QT_TRANSLATE_NOOP("Outcome", "Do not contact"),
    Outcome.MET_DECISION_MAKER: QT_TRANSLATE_NOOP("Outcome", "Met decision maker"),
    Outcome.MET_OTHER: QT_TRANSLATE_NOOP("Outcome", "Met someone else"),
    Outcome.NOT_AVAILABLE: QT_TRANSLATE_NOOP("Outcome", "Not available"),
    Outcome.LEFT_MATERIAL: QT_TRANSLATE_NOOP("Outcome", "Left material"),
}

ACTIVITY_KINDS: dict[ActivityKind, str] = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("ActivityKind", "Call"),
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("ActivityKind", "Visit"),
    ActivityKind.FOLLOW_UP: QT_TRANSLATE_NOOP("ActivityKind", "Follow-up"),
}

QUEUE_SECTIONS: dict[Section, str] = {
    Section.FIXED: QT_TRANSLATE_NOOP("Section", "Fixed times"),
    Section.DUE: QT_TRANSLATE_NOOP("Section", "Due"),
    Section.BASE: QT_TRANSLATE_NOOP("Section", "Base customers due a touch"),
    Section.NEW: QT_TRANSLATE_NOOP("Section", "New prospects"),
    Section.BACKLOG: QT_TRANSLATE_NOOP("Section", "Backlog"),
}

DEAL_STAGES: dict[Stage, str] = {
    Stage.NEW: QT_TRANSLATE_NOOP("Stage", "New"),
    Stage.CONTACTED: QT_TRANSLATE_NOOP("Stage", "Contacted"),
    Stage.MEETING_SET: QT_TRANSLATE_NOOP("Stage", "Meeting set"),
    Stage.PROPOSAL: QT_TRANSLATE_NOOP("Stage", "Proposal"),
    Stage.NEGOTIATION: QT_TRANSLATE_NOOP("Stage", "Negotiation"),
    Stage.WON: QT_TRANSLATE_NOOP("Stage", "Won"),
    Stage.LOST: QT_TRANSLATE_NOOP("Stage", "Lost"),
}

GOAL_METRICS: dict[GoalMetric, str] = {
    GoalMetric.CALLS: QT_TRANSLATE_NOOP("Goal", "Calls"),
    GoalMetric.CONNECTS: QT_TRANSLATE_NOOP("Goal", "Connects"),
    GoalMetric.APPOINTMENTS: QT_TRANSLATE_NOOP("Goal", "Appointments set"),
    GoalMetric.VISITS: QT_TRANSLATE_NOOP("Goal", "Visits"),
}

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


def outcome_label(outcome: Outcome) -> str:
    return QCoreApplication.translate("Outcome", OUTCOMES[outcome])


def kind_label(kind: ActivityKind) -> str:
    return QCoreApplication.translate("ActivityKind", ACTIVITY_KINDS[kind])


def section_label(section: Section) -> str:
    return QCoreApplication.translate("Section", QUEUE_SECTIONS[section])


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Stage", DEAL_STAGES[stage])


def metric_label(metric: GoalMetric) -> str:
    return QCoreApplication.translate("Goal", GOAL_METRICS[metric])


CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def money(cents: int, currency: str = "EUR") -> str:
    """An amount in the locale's money format (€1,500 / 1.500 €), cents only when there are some."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    decimals = 0 if cents % 100 == 0 else 2
    return QLocale().toCurrencyString(cents / 100, symbol, decimals)


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


def short_time(value: QTime | time) -> str:
    """A time of day in the locale's short format (14:30 / 2:30 PM)."""
    if isinstance(value, time):
        value = QTime(value.hour, value.minute)
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def short_date(value: QDate) -> str:
    """'Thu 3 Dec' (German: 'Do. 3. Dez.') in the locale's words."""
    locale = QLocale()
    pattern = "ddd d. MMM" if locale.language() == QLocale.Language.German else "ddd d MMM"
    return locale.toString(value, pattern)
