"""Creating and editing a contact: validation that keeps what was typed, duplicate warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.contact_fields import FieldError, Phone
from tracker.domain.contacts import ContactDetail
from tracker.domain.drafts import ContactDraft
from tracker.domain.duplicates import KnownDuplicate
from tracker.domain.enums import Lifecycle
from tracker.services.book import Book
from ui.display import enum_of
from ui.display import phone as show_phone
from ui.labels import LIFECYCLES, MATCH_REASONS, PHONE_LABELS, label
from ui.operations import Operations
from ui.widgets.coordinates import CoordinatesEdit
from ui.widgets.lookup import LookupEdit

MAX_ROWS = 4


def score_combo(low: str, high: str) -> QComboBox:
    """A 1–5 choice with "not rated"; the ends say what they mean."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("ContactDialog", "not rated"), None)
    for value in range(1, 6):
        text = str(value)
        if value == 1:
            text = f"1 – {low}"
        elif value == 5:
            text = f"5 – {high}"
        combo.addItem(text, value)
    return combo


class ContactDialog(QDialog):
    """The contact form. A refused save keeps everything typed and says what to fix."""

    open_existing = Signal(str)

    def __init__(
        self,
        book: Book,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        contact: ContactDetail | None = None,
        account_id: str | None = None,
        account_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.contact_id = contact.id if contact else None
        self.saved_id: str | None = None
        self._accepted_duplicates: tuple[str, ...] | None = None
        self.region = book.preferences.get().default_region
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.setMinimumWidth(560)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.account = LookupEdit(book.accounts.suggest)
        self.account.setPlaceholderText(self.tr("Type to find an account"))
        self.job_title = QLineEdit()
        self.phone_rows: list[tuple[QLineEdit, QComboBox]] = []
        self.email_rows: list[QLineEdit] = []
        self.phones_box = QVBoxLayout()
        self.emails_box = QVBoxLayout()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. vip, trade fair"))
        self.lifecycle = QComboBox()
        for code in Lifecycle:
            self.lifecycle.addItem(label(LIFECYCLES, code), code)
        self.fit = score_combo(self.tr("poor fit"), self.tr("ideal customer"))
        self.readiness = score_combo(self.tr("cold"), self.tr("ready to buy"))
        self.referred_by = LookupEdit(book.contacts.suggest)
        self.referred_by.setPlaceholderText(self.tr("Who brought this contact?"))
        self.source = QLineEdit()
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(90)
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.coordinates = CoordinatesEdit()
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        add_phone = QPushButton(self.tr("+ &Phone"))
        add_phone.clicked.connect(lambda: self._add_phone_row())
        add_email = QPushButton(self.tr("+ E-&mail"))
        add_email.clicked.connect(lambda: self._add_email_row())
        phones = QVBoxLayout()
        phones.addLayout(self.phones_box)
        phones.addWidget(add_phone, 0, Qt.AlignmentFlag.AlignLeft)
        emails = QVBoxLayout()
        emails.addLayout(self.emails_box)
        emails.addWidget(add_email, 0, Qt.AlignmentFlag.AlignLeft)
        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        place.addWidget(self.country)
        scores = QHBoxLayout()
        scores.addWidget(self.fit)
        readiness_label = QLabel(self.tr("Rea&diness"))
        readiness_label.setBuddy(self.readiness)
        scores.addWidget(readiness_label)
        scores.addWidget(self.readiness)
        scores.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Account"), self.account)
        form.addRow(self.tr("&Job title"), self.job_title)
        form.addRow(self.tr("Phones"), phones)
        form.addRow(self.tr("E-mails"), emails)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("Lif&ecycle"), self.lifecycle)
        fit_label = QLabel(self.tr("F&it"))
        fit_label.setBuddy(self.fit)
        form.addRow(fit_label, scores)
        form.addRow(self.tr("&Referred by"), self.referred_by)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("Street"), self.street)
        form.addRow(self.tr("Postcode, city"), place)
        form.addRow(self.tr("Coor&dinates"), self.coordinates)
        form.addRow(self.tr("&Notes"), self.notes)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.duplicates = QLabel()
        self.duplicates.setObjectName("formWarning")
        self.duplicates.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the existing contact"))
        self.open_button.clicked.connect(self._open_existing)
        warning = QVBoxLayout()
        warning.addWidget(self.duplicates)
        warning.addWidget(self.open_button)
        self.warning = QFrame()
        self.warning.setObjectName("warningBanner")
        self.warning.setLayout(warning)
        self.warning.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(600, 720)
        self._fill(contact, account_id, account_name)

    # -- the form -------------------------------------------------------------------------------
    def _fill(self, contact: ContactDetail | None, account_id: str | None, name: str) -> None:
        if contact is None:
            self.account.set_choice(account_id, name)
            self._add_phone_row()
            self._add_email_row()
            return
        self.first_name.setText(contact.first_name)
        self.last_name.setText(contact.last_name)
        self.account.set_choice(contact.account_id, contact.account or "")
        self.job_title.setText(contact.job_title or "")
        for number in contact.phones or (Phone(""),):
            self._add_phone_row(number)
        for address in contact.emails or ("",):
            self._add_email_row(address)
        self.tags.setText(", ".join(contact.tags))
        self.lifecycle.setCurrentIndex(self.lifecycle.findData(contact.lifecycle))
        self.fit.setCurrentIndex(max(0, self.fit.findData(contact.fit)))
        self.readiness.setCurrentIndex(max(0, self.readiness.findData(contact.readiness)))
        self.referred_by.set_choice(contact.referred_by_id, contact.referred_by or "")
        self.source.setText(contact.source or "")
        self.street.setText(contact.street or "")
        self.postal_code.setText(contact.postal_code or "")
        self.city.setText(contact.city or "")
        self.country.setText(contact.country or "")
        self.coordinates.set_value(contact.latitude, contact.longitude)
        self.notes.setPlainText(contact.notes or "")

    def _add_phone_row(self, number: Phone | None = None) -> None:
        if len(self.phone_rows) >= MAX_ROWS:
            return
        edit = QLineEdit(show_phone(number.number, self.region) if number and number.number else "")
        edit.setPlaceholderText(self.tr("e.g. 0151 2345 6789"))
        kind = QComboBox()
        for code, text in PHONE_LABELS.items():
            kind.addItem(QCoreApplication.translate("Labels", text), code)
        if number is not None and number.label:
            kind.setCurrentIndex(max(0, kind.findData(number.label)))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(kind)
        self.phones_box.addLayout(row)
        self.phone_rows.append((edit, kind))

    def _add_email_row(self, address: str = "") -> None:
        if len(self.email_rows) >= MAX_ROWS:
            return
        edit = QLineEdit(address)
        edit.setPlaceholderText(self.tr("name@example.com"))
        self.emails_box.addWidget(edit)
        self.email_rows.append(edit)

    def draft(self) -> ContactDraft:
        """The contact as the form shows it now (not yet validated); FieldError when the
        coordinates are no point."""
        latitude, longitude = self.coordinates.value()
        return ContactDraft(
            latitude=latitude,
            longitude=longitude,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            account_id=self.account.chosen_id(),
            job_title=self.job_title.text(),
            phones=tuple(
                Phone(edit.text(), str(kind.currentData()))
                for edit, kind in self.phone_rows
                if edit.text().strip()
            ),
            emails=tuple(edit.text() for edit in self.email_rows if edit.text().strip()),
            tags=tuple(tag for tag in self.tags.text().split(",") if tag.strip()),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            source=self.source.text(),
            referred_by_id=self.referred_by.chosen_id(),
            lifecycle=enum_of(Lifecycle, self.lifecycle.currentData()) or Lifecycle.LEAD,
            fit=self.fit.currentData(),
            readiness=self.readiness.currentData(),
            notes=self.notes.toPlainText(),
        )

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Check, warn about duplicates once, then store; on any refusal the form stays as typed."""
        self.error.hide()
        try:
            draft = self.draft()
            duplicates = self.book.contacts.duplicates_of(draft, exclude=self.contact_id)
        except FieldError as exc:
            self._show_error(exc)
            return
        fingerprint = tuple(d.id for d in duplicates)
        if duplicates and fingerprint != self._accepted_duplicates:
            self._show_duplicates(duplicates)
            self._accepted_duplicates = fingerprint
            return
        if self.contact_id is None:
            saved = self.operations.write(
                lambda: self.book.contacts.create(draft), initiator=self, parent=self
            )
        else:
            contact_id = self.contact_id
            saved = self.operations.write(
                lambda: self.book.contacts.update(contact_id, draft), initiator=self, parent=self
            )
        if saved is not None:
            self.saved_id = saved
            self.accept()

    def _show_error(self, exc: FieldError) -> None:
        widgets = {
            "name": self.first_name,
            "phone": self.phone_rows[0][0] if self.phone_rows else self.first_name,
            "email": self.email_rows[0] if self.email_rows else self.first_name,
            "coordinates": self.coordinates,
        }
        self.error.setText(self.tr("Cannot save yet: %1").replace("%1", str(exc)))
        self.error.show()
        target = widgets.get(exc.field)
        if exc.field == "phone":
            target = next((e for e, _k in self.phone_rows if e.text().strip()), target)
        if exc.field == "email":
            target = next((e for e in self.email_rows if e.text().strip()), target)
        if target is not None:
            target.setFocus()

    def _show_duplicates(self, duplicates: list[KnownDuplicate]) -> None:
        lines = []
        for duplicate in duplicates[:5]:
            why = ", ".join(
                QCoreApplication.translate("Labels", MATCH_REASONS[r.value])
                for r in duplicate.reasons
            )
            where = f" ({duplicate.account})" if duplicate.account else ""
            lines.append(f"• {duplicate.name}{where}: {why}")
        self.duplicates.setText(
            self.tr("This looks like a contact you already have:")
            + "\n"
            + "\n".join(lines)
            + "\n"
            + self.tr("Save again to keep both, or open the existing one.")
        )
        self._first_duplicate = duplicates[0].id
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Sa&ve anyway"))
        self.warning.show()

    def _open_existing(self) -> None:
        self.open_existing.emit(self._first_duplicate)
        self.reject()
