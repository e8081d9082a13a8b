"""The contact and state forms: a refused save keeps what was typed; duplicates are offered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tracker.domain.contacts import ContactQuery
from tracker.domain.enums import ContactState
from ui.dialogs.contact_edit import ContactDialog
from ui.dialogs.contact_state import StateDialog
from ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> ContactDialog:  # type: ignore[no-untyped-def]
    dlg = ContactDialog(window.book, window.operations, window)
    qtbot.addWidget(dlg)
    return dlg


def fill(dialog: ContactDialog, first: str, last: str, phone: str = "", email: str = "") -> None:
    dialog.first_name.setText(first)
    dialog.last_name.setText(last)
    dialog.phone_rows[0][0].setText(phone)
    dialog.email_rows[0].setText(email)


def test_a_bad_phone_keeps_the_form_and_says_why(dialog: ContactDialog) -> None:
    """Saving with an impossible phone number shows the reason; every typed field stays."""
    fill(dialog, "Jürgen", "Groß", phone="12", email="jg@example.de")
    dialog.notes.setPlainText("met at the trade fair")
    dialog.save()
    assert dialog.result() == 0
    assert "phone" in dialog.error.text()
    assert dialog.first_name.text() == "Jürgen" and dialog.phone_rows[0][0].text() == "12"
    assert dialog.notes.toPlainText() == "met at the trade fair"
    assert dialog.book.contacts.ids(ContactQuery()) == ()


def test_saving_stores_the_contact_with_e164(dialog: ContactDialog) -> None:
    """A good form is stored; the phone typed nationally is kept in E.164."""
    fill(dialog, "Eva", "Lang", phone="0151 2345 6789", email="eva@lang.de")
    dialog.tags.setText("VIP, trade fair")
    dialog.save()
    assert dialog.saved_id is not None
    detail = dialog.book.contacts.detail(dialog.saved_id)
    assert detail.phones[0].number == "+4915123456789"
    assert detail.tags == ("trade fair", "vip")


def test_a_duplicate_is_offered_before_saving_twice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The same phone warns once and offers the existing contact; a second save keeps both."""
    first = ContactDialog(window.book, window.operations, window)
    qtbot.addWidget(first)
    fill(first, "Eva", "Lang", phone="0151 2345 6789")
    first.save()
    second = ContactDialog(window.book, window.operations, window)
    qtbot.addWidget(second)
    fill(second, "E.", "Lang", phone="+49 151 23456789")
    second.save()
    assert second.saved_id is None and "Eva Lang" in second.duplicates.text()
    assert second.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Sa&ve anyway"
    opened: list[str] = []
    second.open_existing.connect(opened.append)
    second.open_button.click()
    assert opened == [first.saved_id]
    third = ContactDialog(window.book, window.operations, window)
    qtbot.addWidget(third)
    fill(third, "E.", "Lang", phone="+49 151 23456789")
    third.save()
    third.save()
    assert third.saved_id is not None
    assert len(window.book.contacts.ids(ContactQuery())) == 2


def test_the_state_form_needs_a_reason_for_not_a_fit(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Not a fit without a reason stays open with the message; with one it is stored."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    first = ContactDialog(window.book, window.operations, window)
    qtbot.addWidget(first)
    fill(first, "Eva", "Lang")
    first.save()
    dialog = StateDialog(window.book, window.operations, [first.saved_id], window)
    qtbot.addWidget(dialog)
    dialog.buttons_by_state[ContactState.NOT_A_FIT].setChecked(True)
    dialog.reason.setCurrentText("")
    dialog.save()
    assert dialog.result() == 0 and "reason" in dialog.error.text()
    dialog.reason.setCurrentText("too small")
    dialog.save()
    detail = window.book.contacts.detail(first.saved_id)
    assert (detail.state, detail.state_reason) == (ContactState.NOT_A_FIT, "too small")
