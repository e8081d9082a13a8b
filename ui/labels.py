"""Translated names for the core's stable codes (outcomes, stages, undo actions …)."""

from __future__ import annotations

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


# -- reports, exports and imports (issue 5) ----------------------------------------------------
KIND_LABELS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
}

OUTCOME_LABELS: dict[str, str] = {
    "no_answer": QT_TRANSLATE_NOOP("Labels", "No answer"),
    "voicemail": QT_TRANSLATE_NOOP("Labels", "Voicemail"),
    "busy": QT_TRANSLATE_NOOP("Labels", "Busy"),
    "gatekeeper": QT_TRANSLATE_NOOP("Labels", "Gatekeeper"),
    "wrong_number": QT_TRANSLATE_NOOP("Labels", "Wrong number"),
    "connected": QT_TRANSLATE_NOOP("Labels", "Connected"),
    "appointment_set": QT_TRANSLATE_NOOP("Labels", "Appointment set"),
    "callback_requested": QT_TRANSLATE_NOOP("Labels", "Callback requested"),
    "interested": QT_TRANSLATE_NOOP("Labels", "Interested"),
    "not_now": QT_TRANSLATE_NOOP("Labels", "Not now"),
    "not_interested": QT_TRANSLATE_NOOP("Labels", "Not interested"),
    "not_a_fit": QT_TRANSLATE_NOOP("Labels", "Not a fit"),
    "order_taken": QT_TRANSLATE_NOOP("Labels", "Order taken"),
    "referral_given": QT_TRANSLATE_NOOP("Labels", "Referral given"),
    "do_not_contact": QT_TRANSLATE_NOOP("Labels", "Do not contact"),
    "met_decision_maker": QT_TRANSLATE_NOOP("Labels", "Met decision maker"),
    "met_other": QT_TRANSLATE_NOOP("Labels", "Met someone else"),
    "not_available": QT_TRANSLATE_NOOP("Labels", "Not available"),
    "left_material": QT_TRANSLATE_NOOP("Labels", "Left material"),
}

STAGE_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "contacted": QT_TRANSLATE_NOOP("Labels", "Contacted"),
    "meeting_set": QT_TRANSLATE_NOOP("Labels", "Meeting set"),
    "proposal": QT_TRANSLATE_NOOP("Labels", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("Labels", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("Labels", "Won"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
}

GOAL_METRIC_LABELS: dict[str, str] = {
    "calls": QT_TRANSLATE_NOOP("Labels", "Calls"),
    "connects": QT_TRANSLATE_NOOP("Labels", "Connects"),
    "appointments": QT_TRANSLATE_NOOP("Labels", "Appointments set"),
    "visits": QT_TRANSLATE_NOOP("Labels", "Visits"),
}

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
