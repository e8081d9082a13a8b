"""Creating and editing an account (tier included); a refused save keeps what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.accounts import AccountDraft
from tracker.domain.contact_fields import FieldError
from tracker.domain.enums import Tier
from tracker.services.book import Book
from ui.display import enum_of
from ui.display import phone as show_phone
from ui.labels import tier_label
from ui.operations import Operations
from ui.widgets.coordinates import CoordinatesEdit


class AccountDialog(QDialog):
    """The account form, with a warning when an account of that name or phone exists."""

    def __init__(
        self,
        book: Book,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        account_id: str | None = None,
        draft: AccountDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.account_id = account_id
        self.saved_id: str | None = None
        self._warned = False
        region = book.preferences.get().default_region
        draft = draft or AccountDraft()
        self.setWindowTitle(self.tr("Edit account") if account_id else self.tr("New account"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(draft.name)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("no tier"), None)
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier)
        self.tier.setCurrentIndex(max(0, self.tier.findData(draft.tier)))
        self.phone = QLineEdit(show_phone(draft.phone, region))
        self.website = QLineEdit(draft.website or "")
        self.street = QLineEdit(draft.street or "")
        self.postal_code = QLineEdit(draft.postal_code or "")
        self.postal_code.setMaximumWidth(90)
        self.city = QLineEdit(draft.city or "")
        self.country = QLineEdit(draft.country or "")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.coordinates = CoordinatesEdit()
        self.coordinates.set_value(draft.latitude, draft.longitude)
        self.notes = QPlainTextEdit(draft.notes or "")
        self.notes.setFixedHeight(70)
        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        place.addWidget(self.country)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Tier"), self.tier)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("Str&eet"), self.street)
        form.addRow(self.tr("Postcode, city"), place)
        form.addRow(self.tr("Coor&dinates"), self.coordinates)
        form.addRow(self.tr("N&otes"), self.notes)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
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

    def draft(self) -> AccountDraft:
        """The account as the form shows it; FieldError when the coordinates are no point."""
        latitude, longitude = self.coordinates.value()
        return AccountDraft(
            latitude=latitude,
            longitude=longitude,
            name=self.name.text(),
            tier=enum_of(Tier, self.tier.currentData()),
            phone=self.phone.text(),
            website=self.website.text(),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            draft = self.draft()
            similar = self.book.accounts.similar_to(draft, exclude=self.account_id)
        except FieldError as exc:
            self.error.setText(self.tr("Cannot save yet: %1").replace("%1", str(exc)))
            self.error.show()
            return
        if similar and not self._warned:
            names = ", ".join(name for _id, name in similar[:3])
            self.error.setText(
                self.tr("You already have %1. Save again to add this account anyway.").replace(
                    "%1", names
                )
            )
            self.error.show()
            self._warned = True
            return
        if self.account_id is None:
            saved = self.operations.write(lambda: self.book.accounts.create(draft), parent=self)
        else:
            account_id = self.account_id
            saved = self.operations.write(
                lambda: self.book.accounts.update(account_id, draft), parent=self
            )
        if saved is not None:
            self.saved_id = saved
            self.accept()
