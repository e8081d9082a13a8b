"""Words for the sync's table and column codes (which field of which record a conflict is about,
what kind of record a refused change was; ui/labels.py does the same for the book's codes), and
for the moments sync reports ("2 min ago").

The code tables are marked with QT_TRANSLATE_NOOP in the context "TeamLabels"; the functions
translate.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from ui.display import plural

translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context

RECORD_KINDS: dict[str, str] = {
    "accounts": QT_TRANSLATE_NOOP("TeamLabels", "Account"),
    "contacts": QT_TRANSLATE_NOOP("TeamLabels", "Contact"),
    "contact_phones": QT_TRANSLATE_NOOP("TeamLabels", "Phone number"),
    "contact_emails": QT_TRANSLATE_NOOP("TeamLabels", "E-mail address"),
    "contact_tags": QT_TRANSLATE_NOOP("TeamLabels", "Tag"),
    "notes": QT_TRANSLATE_NOOP("TeamLabels", "Note"),
    "activity_series": QT_TRANSLATE_NOOP("TeamLabels", "Recurring appointment"),
    "deals": QT_TRANSLATE_NOOP("TeamLabels", "Deal"),
    "activities": QT_TRANSLATE_NOOP("TeamLabels", "Call or visit"),
    "deal_stage_changes": QT_TRANSLATE_NOOP("TeamLabels", "Deal stage change"),
    "purchases": QT_TRANSLATE_NOOP("TeamLabels", "Purchase"),
    "referrals": QT_TRANSLATE_NOOP("TeamLabels", "Referral"),
    "sync_conflicts": QT_TRANSLATE_NOOP("TeamLabels", "Conflict"),
    "call_lists": QT_TRANSLATE_NOOP("TeamLabels", "Call list"),
    "call_list_entries": QT_TRANSLATE_NOOP("TeamLabels", "Contact on a call list"),
    "visit_time_edits": QT_TRANSLATE_NOOP("TeamLabels", "Visit time changed"),
}

# The fields people type (tracker/sync/tables.py: `typed`), the only ones that can conflict.
FIELDS: dict[tuple[str, str], str] = {
    ("accounts", "name"): QT_TRANSLATE_NOOP("TeamLabels", "Account name"),
    ("accounts", "website"): QT_TRANSLATE_NOOP("TeamLabels", "Website"),
    ("accounts", "street"): QT_TRANSLATE_NOOP("TeamLabels", "Street"),
    ("accounts", "postal_code"): QT_TRANSLATE_NOOP("TeamLabels", "Postal code"),
    ("accounts", "city"): QT_TRANSLATE_NOOP("TeamLabels", "City"),
    ("accounts", "notes"): QT_TRANSLATE_NOOP("TeamLabels", "Account notes"),
    ("contacts", "first_name"): QT_TRANSLATE_NOOP("TeamLabels", "First name"),
    ("contacts", "last_name"): QT_TRANSLATE_NOOP("TeamLabels", "Last name"),
    ("contacts", "job_title"): QT_TRANSLATE_NOOP("TeamLabels", "Job title"),
    ("contacts", "street"): QT_TRANSLATE_NOOP("TeamLabels", "Street"),
    ("contacts", "postal_code"): QT_TRANSLATE_NOOP("TeamLabels", "Postal code"),
    ("contacts", "city"): QT_TRANSLATE_NOOP("TeamLabels", "City"),
    ("contacts", "source"): QT_TRANSLATE_NOOP("TeamLabels", "Source"),
    ("contacts", "state_reason"): QT_TRANSLATE_NOOP("TeamLabels", "Reason for the state"),
    ("contacts", "notes"): QT_TRANSLATE_NOOP("TeamLabels", "Contact notes"),
    ("contact_phones", "number"): QT_TRANSLATE_NOOP("TeamLabels", "Phone number"),
    ("contact_phones", "label"): QT_TRANSLATE_NOOP("TeamLabels", "Phone label"),
    ("contact_emails", "address"): QT_TRANSLATE_NOOP("TeamLabels", "E-mail address"),
    ("contact_emails", "label"): QT_TRANSLATE_NOOP("TeamLabels", "E-mail label"),
    ("notes", "body"): QT_TRANSLATE_NOOP("TeamLabels", "Note"),
    ("activity_series", "location"): QT_TRANSLATE_NOOP("TeamLabels", "Place of the appointments"),
    ("deals", "title"): QT_TRANSLATE_NOOP("TeamLabels", "Deal title"),
    ("deals", "lost_reason"): QT_TRANSLATE_NOOP("TeamLabels", "Why the deal was lost"),
    ("deals", "notes"): QT_TRANSLATE_NOOP("TeamLabels", "Deal notes"),
    ("activities", "note"): QT_TRANSLATE_NOOP("TeamLabels", "Note on a call or visit"),
    ("activities", "location"): QT_TRANSLATE_NOOP("TeamLabels", "Place of a visit"),
    ("activities", "met_with"): QT_TRANSLATE_NOOP("TeamLabels", "Met at a visit"),
    ("activities", "topics"): QT_TRANSLATE_NOOP("TeamLabels", "Topics of a visit"),
    ("visit_time_edits", "reason"): QT_TRANSLATE_NOOP("TeamLabels", "Why a visit time changed"),
    ("purchases", "description"): QT_TRANSLATE_NOOP("TeamLabels", "What was bought"),
    ("referrals", "note"): QT_TRANSLATE_NOOP("TeamLabels", "Referral note"),
}

# Fields that hold paragraphs: combining two versions puts them on lines of their own.
MULTILINE: frozenset[tuple[str, str]] = frozenset(
    {
        ("accounts", "notes"),
        ("contacts", "notes"),
        ("notes", "body"),
        ("deals", "notes"),
        ("deals", "lost_reason"),
        ("activities", "note"),
        ("referrals", "note"),
    }
)


def record_kind(table: str) -> str:
    """'Contact', 'Deal' … for a synced table's code (the code itself for an unknown one)."""
    text = RECORD_KINDS.get(table)
    return QCoreApplication.translate("TeamLabels", text) if text else table


def field_label(table: str, column: str) -> str:
    """'Contact notes', 'Last name' … for a table and column code."""
    text = FIELDS.get((table, column))
    if text is not None:
        return QCoreApplication.translate("TeamLabels", text)
    return f"{record_kind(table)}: {column.replace('_', ' ')}"


def refusal_reason(table: str, reason: str) -> str:
    """The server's reason with a field code it starts with in words ("last_name is longer than
    100 characters" → "Last name is longer than 100 characters"); other reasons as they are."""
    code, _space, rest = reason.partition(" ")
    label = FIELDS.get((table, code))
    if label is None or not rest:
        return reason
    return f"{QCoreApplication.translate('TeamLabels', label)} {rest}"


def is_multiline(table: str, column: str) -> bool:
    return (table, column) in MULTILINE


def combined(table: str, column: str, kept: str | None, other: str | None) -> str:
    """Both versions joined, as a start for the rep's own text."""
    parts = [value.strip() for value in (kept, other) if value and value.strip()]
    return ("\n\n" if is_multiline(table, column) else " ").join(parts)


def ago_text(then: datetime, now: datetime) -> str:
    """'just now', '2 min ago', '3 h ago', '4 days ago'."""
    minutes = max(int((now - then).total_seconds() // 60), 0)
    if minutes < 1:
        return translate("TeamTimes", "just now")
    if minutes < 60:
        return plural(
            minutes, translate("TeamTimes", "%n min ago"), translate("TeamTimes", "%n min ago")
        )
    hours = minutes // 60
    if hours < 24:
        return plural(hours, translate("TeamTimes", "%n h ago"), translate("TeamTimes", "%n h ago"))
    days = hours // 24
    return plural(days, translate("TeamTimes", "%n day ago"), translate("TeamTimes", "%n days ago"))


def when_text(moment: datetime | None) -> str:
    """A moment in the locale's short date and time, in this computer's time zone."""
    if moment is None:
        return translate("TeamTimes", "never")
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
