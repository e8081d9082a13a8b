"""Changing contacts' state: active, parked until a day, not a fit, do not contact — with why."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.contact_fields import FieldError
from tracker.domain.contacts import StateChange
from tracker.domain.enums import ContactState
from tracker.services.book import Book
from ui.display import plural
from ui.labels import CONTACT_STATES, label
from ui.operations import Operations

REASONS: dict[ContactState, list[str]] = {
    ContactState.PARKED: [
        QT_TRANSLATE_NOOP("StateDialog", "not now, budget next quarter"),
        QT_TRANSLATE_NOOP("StateDialog", "busy season"),
        QT_TRANSLATE_NOOP("StateDialog", "unreachable"),
    ],
    ContactState.NOT_A_FIT: [
        QT_TRANSLATE_NOOP("StateDialog", "too small"),
        QT_TRANSLATE_NOOP("StateDialog", "wrong region"),
        QT_TRANSLATE_NOOP("StateDialog", "no need"),
    ],
    ContactState.DO_NOT_CONTACT: [
        QT_TRANSLATE_NOOP("StateDialog", "asked not to be contacted"),
    ],
}
DEFAULT_PARK_DAYS = 90


class StateDialog(QDialog):
    """One state for the chosen contacts; parking asks until when, the exits ask why."""

    def __init__(
        self,
        book: Book,
        operations: Operations,
        ids: list[str],
        parent: QWidget | None = None,
        *,
        current: ContactState = ContactState.ACTIVE,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.ids = ids
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Change state"))
        self.group = QButtonGroup(self)
        self.buttons_by_state: dict[ContactState, QRadioButton] = {}
        layout = QVBoxLayout(self)
        if len(ids) > 1:
            layout.addWidget(
                QLabel(plural(len(ids), self.tr("%n contact"), self.tr("%n contacts")))
            )
        for state in ContactState:
            button = QRadioButton(label(CONTACT_STATES, state))
            self.group.addButton(button)
            self.buttons_by_state[state] = button
            layout.addWidget(button)
            button.toggled.connect(self._update)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        later = self.today + timedelta(days=DEFAULT_PARK_DAYS)
        self.until.setDate(QDate(later.year, later.month, later.day))
        self.until.setMinimumDate(
            QDate(self.today.year, self.today.month, self.today.day).addDays(1)
        )
        self.reason = QComboBox()
        self.reason.setEditable(True)
        form = QFormLayout()
        form.addRow(self.tr("Parked &until"), self.until)
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        choice = ContactState.PARKED if current is ContactState.ACTIVE else current
        self.buttons_by_state[choice].setChecked(True)

    def state(self) -> ContactState:
        return next(s for s, b in self.buttons_by_state.items() if b.isChecked())

    def _update(self) -> None:
        state = self.state() if self.group.checkedButton() else ContactState.ACTIVE
        self.until.setEnabled(state is ContactState.PARKED)
        self.reason.setEnabled(state is not ContactState.ACTIVE)
        typed = self.reason.currentText()
        self.reason.clear()
        for text in REASONS.get(state, []):
            self.reason.addItem(QCoreApplication.translate("StateDialog", text))
        self.reason.setCurrentText(typed if typed and state is not ContactState.ACTIVE else "")
        if state is not ContactState.ACTIVE and not typed and self.reason.count():
            self.reason.setCurrentIndex(0)

    def change(self) -> StateChange:
        picked = self.until.date()
        return StateChange(
            self.state(),
            date(picked.year(), picked.month(), picked.day()),
            self.reason.currentText(),
        )

    def save(self) -> None:
        change = self.change()
        try:
            change.validated(self.today)
        except FieldError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        done = self.operations.write(
            lambda: self.book.contacts.set_state(self.ids, change), parent=self
        )
        if done is not None:
            self.accept()
