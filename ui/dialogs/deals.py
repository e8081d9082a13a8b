"""Opening a deal for a contact, and losing one (which needs a reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.contact_fields import FieldError
from tracker.domain.pipeline import DealDraft
from tracker.services.book import Book
from ui.dialogs.contact_edit import score_combo
from ui.operations import Operations

LOST_REASONS = [
    QT_TRANSLATE_NOOP("DealDialogs", "price"),
    QT_TRANSLATE_NOOP("DealDialogs", "went with a competitor"),
    QT_TRANSLATE_NOOP("DealDialogs", "no budget"),
    QT_TRANSLATE_NOOP("DealDialogs", "timing"),
    QT_TRANSLATE_NOOP("DealDialogs", "no decision"),
]


class DealDialog(QDialog):
    """A new deal: title, value, expected close, readiness."""

    def __init__(
        self, book: Book, operations: Operations, contact_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.contact_id = contact_id
        self.saved_id: str | None = None
        prefs = book.preferences.get()
        self.currency = prefs.currency
        self.setWindowTitle(self.tr("New deal"))
        self.title = QLineEdit()
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 10_000_000)
        self.value.setDecimals(0)
        self.value.setSingleStep(100)
        self.value.setSuffix(f" {prefs.currency}")
        self.close_on = QDateEdit(QDate.currentDate().addDays(30))
        self.close_on.setCalendarPopup(True)
        self.readiness = score_combo(self.tr("cold"), self.tr("ready to buy"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("Expected &close"), self.close_on)
        form.addRow(self.tr("&Readiness"), self.readiness)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> DealDraft:
        picked = self.close_on.date()
        return DealDraft(
            contact_id=self.contact_id,
            title=self.title.text(),
            value_cents=round(self.value.value() * 100),
            currency=self.currency,
            expected_close=date(picked.year(), picked.month(), picked.day()),
            readiness=self.readiness.currentData(),
        )

    def save(self) -> None:
        draft = self.draft()
        try:
            draft.validated()
        except FieldError as exc:
            self.error.setText(self.tr("Cannot save yet: %1").replace("%1", str(exc)))
            self.error.show()
            self.title.setFocus()
            return
        saved = self.operations.write(lambda: self.book.pipeline.create(draft), parent=self)
        if saved is not None:
            self.saved_id = saved
            self.accept()


class LostDialog(QDialog):
    """Why the deal was lost (required)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deal lost"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        for text in LOST_REASONS:
            self.reason.addItem(QCoreApplication.translate("DealDialogs", text))
        self.reason.setCurrentText("")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why was “%1” lost?").replace("%1", title)))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.reason.currentText().strip():
            self.accept()
        else:
            self.reason.setFocus()

    def text(self) -> str:
        return self.reason.currentText().strip()
