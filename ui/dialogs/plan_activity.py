"""Ctrl+N: plan a call, visit or follow-up — a contact found as you type, a day, maybe a time,
a place and a time zone, maybe repeating."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tracker.domain.enums import ActivityKind
from tracker.domain.recurrence import preset_rule
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft, PlanError
from ui.labels import kind_label
from ui.operations import Operations

ID_ROLE = Qt.ItemDataRole.UserRole + 1
REPEATS = ("", "weekly", "biweekly", "four_weekly", "monthly")


class PlanActivityDialog(QDialog):
    """The planning form; a failed save keeps everything typed."""

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.contact_id: str | None = None
        self.planned_id: str | None = None
        self.setWindowTitle(self.tr("Plan a call, visit or follow-up"))
        self.setMinimumWidth(480)
        prefs = book.preferences.get()
        today = book.queue.current_day()

        self.contact = QLineEdit()
        self.contact.setObjectName("contact")
        self.contact.setPlaceholderText(self.tr("Type a name, company or city"))
        self.hits = QStandardItemModel(self)
        self.completer = QCompleter(self.hits, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.contact.setCompleter(self.completer)
        self.contact.textEdited.connect(self._search)
        self.completer.activated[QModelIndex].connect(self._picked)

        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(kind_label(kind), kind)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        self.fixed = QCheckBox(self.tr("At a &fixed time"))
        self.at = QTimeEdit(QTime(10, 0))
        self.at.setEnabled(False)
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setEnabled(False)
        self.fixed.toggled.connect(self.at.setEnabled)
        self.fixed.toggled.connect(self.duration.setEnabled)
        self.place = QLineEdit()
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(prefs.time_zone)
        self.repeat = QComboBox()
        for code, label in zip(
            REPEATS,
            (
                self.tr("Does not repeat"),
                self.tr("Every week"),
                self.tr("Every 2 weeks"),
                self.tr("Every 4 weeks"),
                self.tr("Every month"),
            ),
            strict=True,
        ):
            self.repeat.addItem(label, code)
        self.until_on = QCheckBox(self.tr("until"))
        self.until = QDateEdit(QDate(today.year, today.month, today.day).addMonths(6))
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.until_on.toggled.connect(self.until.setEnabled)
        self.note = QLineEdit()

        times = QHBoxLayout()
        times.addWidget(self.fixed)
        times.addWidget(self.at)
        times.addWidget(self.duration)
        times.addStretch(1)
        repeats = QHBoxLayout()
        repeats.addWidget(self.repeat)
        repeats.addWidget(self.until_on)
        repeats.addWidget(self.until)
        repeats.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Time &zone:"), self.zone)
        form.addRow(self.tr("&Repeat:"), repeats)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _search(self, text: str) -> None:
        self.contact_id = None
        self.hits.clear()
        for hit in self.book.planning.find_contacts(text):
            label = f"{hit.name} — {hit.account}" if hit.account else hit.name
            entry = QStandardItem(label)
            entry.setData(hit.id, ID_ROLE)
            self.hits.appendRow(entry)
        if self.hits.rowCount():
            self.completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        self.contact_id = index.data(ID_ROLE)
        self.contact.setText(index.data(Qt.ItemDataRole.DisplayRole))

    def choose_contact(self, contact_id: str, label: str) -> None:
        """Preselect a contact (from a screen that knows whom the rep is looking at)."""
        self.contact_id = contact_id
        self.contact.setText(label)

    def draft(self) -> PlanDraft:
        if self.contact_id is None:
            raise PlanError("contact: choose a contact from the list as you type")
        value = self.day.date()
        repeat_code = self.repeat.currentData()
        until = None
        if self.until_on.isChecked():
            chosen = self.until.date()
            until = date(chosen.year(), chosen.month(), chosen.day())
        at = self.at.time()
        return PlanDraft(
            contact_id=self.contact_id,
            kind=self.kind.currentData(),
            day=date(value.year(), value.month(), value.day()),
            at=time(at.hour(), at.minute()) if self.fixed.isChecked() else None,
            duration_minutes=self.duration.value() if self.fixed.isChecked() else None,
            location=self.place.text(),
            time_zone=self.zone.currentText().strip() or None,
            note=self.note.text(),
            repeat=preset_rule(repeat_code, until=until) if repeat_code else None,
        )

    def save(self) -> None:
        try:
            draft = self.draft()
        except PlanError as exc:
            self.operations.show_error(exc, self)
            return
        planned = self.operations.write(lambda: self.book.planning.add(draft), parent=self)
        if planned is not None:
            self.planned_id = planned
            self.accept()
