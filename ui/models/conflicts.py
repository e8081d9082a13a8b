"""Columns of the Conflicts dialog's two lists: conflicts to resolve, changes the server refused."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.domain.team import Conflict, Refusal
from ui.models.lists import ListTableModel
from ui.models.paged import Column
from ui.team.labels import field_label, record_kind, refusal_reason, when_text


def one_line(value: str | None) -> str:
    """A value as one line of a table cell (the detail below shows it whole)."""
    return " ".join((value or "").split())


def conflict_columns() -> list[Column[Conflict]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda c: c.record,
               lambda c: c.record.lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda c: field_label(c.table, c.column),
               lambda c: field_label(c.table, c.column).lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Kept now"), lambda c: one_line(c.kept_value),
               lambda c: one_line(c.kept_value).lower(), tooltip=lambda c: c.kept_value or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Other value"), lambda c: one_line(c.other_value),
               lambda c: one_line(c.other_value).lower(), tooltip=lambda c: c.other_value or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Found"), lambda c: when_text(c.detected_at),
               lambda c: c.detected_at.timestamp()),
    ]  # fmt: skip


def conflict_model() -> ListTableModel[Conflict]:
    return ListTableModel(conflict_columns(), lambda c: c.id)


def refusal_columns() -> list[Column[Refusal]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda r: r.record,
               lambda r: r.record.lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: record_kind(r.table),
               lambda r: record_kind(r.table).lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Why the server refused it"),
               lambda r: refusal_reason(r.table, r.reason),
               lambda r: r.reason.lower(), tooltip=lambda r: refusal_reason(r.table, r.reason)),
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: when_text(r.refused_at),
               lambda r: r.refused_at.timestamp()),
    ]  # fmt: skip


def refusal_model() -> ListTableModel[Refusal]:
    return ListTableModel(refusal_columns(), lambda r: str(r.id))
