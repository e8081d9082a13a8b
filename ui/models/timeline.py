"""The timeline of a contact or account as a table: when, what happened, details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from tracker.domain.contacts import TimelineEntry, TimelineKind
from tracker.domain.enums import ActivityOrigin, ActivityStatus
from ui.display import money, short_date
from ui.labels import ACTIVITY_KINDS, OUTCOMES, REFERRAL_STATUSES, STAGES, label
from ui.models.lists import ListTableModel
from ui.models.paged import Column

KIND_COLORS = {
    TimelineKind.PLANNED: "#2680c2",
    TimelineKind.PURCHASE: "#1a7f37",
    TimelineKind.STAGE: "#6941c6",
    TimelineKind.DEAL: "#6941c6",
    TimelineKind.REFERRAL: "#9a6700",
}


def describe(entry: TimelineEntry) -> str:
    """One line saying what happened (translated)."""
    kind = entry.kind
    if kind is TimelineKind.ACTIVITY:
        what = label(ACTIVITY_KINDS, entry.activity_kind)
        if entry.status is ActivityStatus.CANCELED:
            return QCoreApplication.translate("Timeline", "%1 canceled").replace("%1", what)
        outcome = label(OUTCOMES, entry.outcome)
        return f"{what} — {outcome}" if outcome else what
    if kind is TimelineKind.PLANNED:
        if entry.origin is ActivityOrigin.REFERRAL_THANKS:
            return QCoreApplication.translate("Timeline", "Thank-you call planned")
        return QCoreApplication.translate("Timeline", "%1 planned").replace(
            "%1", label(ACTIVITY_KINDS, entry.activity_kind)
        )
    if kind is TimelineKind.DEAL:
        return QCoreApplication.translate("Timeline", "Deal opened: %1").replace(
            "%1", entry.title or ""
        )
    if kind is TimelineKind.STAGE:
        return (
            QCoreApplication.translate("Timeline", "%1: %2 → %3")
            .replace("%1", entry.title or "")
            .replace("%2", label(STAGES, entry.from_stage))
            .replace("%3", label(STAGES, entry.stage))
        )
    if kind is TimelineKind.PURCHASE:
        return QCoreApplication.translate("Timeline", "Purchase of %1").replace(
            "%1", money(entry.amount_cents or 0, entry.currency or "EUR")
        )
    if kind is TimelineKind.REFERRAL:
        template = (
            QCoreApplication.translate("Timeline", "Referred %1 (%2)")
            if entry.outgoing
            else QCoreApplication.translate("Timeline", "Referred by %1")
        )
        return template.replace("%1", entry.other_name or "").replace(
            "%2", label(REFERRAL_STATUSES, entry.referral_status)
        )
    return QCoreApplication.translate("Timeline", "Note")


def details(entry: TimelineEntry) -> str:
    """The note, description or reason that goes with an entry (one line)."""
    text = " ".join((entry.text or "").split())
    if entry.kind is TimelineKind.ACTIVITY and entry.duration_minutes:
        minutes = QCoreApplication.translate("Timeline", "%1 min").replace(
            "%1", str(entry.duration_minutes)
        )
        return f"{minutes} · {text}" if text else minutes
    if entry.kind is TimelineKind.STAGE and entry.text:
        return QCoreApplication.translate("Timeline", "Reason: %1").replace("%1", text)
    return text


COLUMNS: list[Column[TimelineEntry]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda e: short_date(e.day),
           lambda e: e.when.timestamp(), align=Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "What"), describe, describe,
           color=lambda e: KIND_COLORS.get(e.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Details"), details, details, tooltip=lambda e: e.text or ""),
]  # fmt: skip


def timeline_model() -> ListTableModel[TimelineEntry]:
    return ListTableModel(COLUMNS, lambda e: f"{e.kind.value}:{e.ref_id}")
