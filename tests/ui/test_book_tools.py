"""The search palette, Find duplicates and the tier cadences tab of the Preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tracker.domain.accounts import AccountDraft, AccountQuery
from tracker.domain.contact_fields import Phone
from tracker.domain.contacts import ContactQuery
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import Tier
from tracker.domain.names import name_words
from ui.dialogs.duplicates import DuplicatesDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.main_window import MainWindow
from ui.views.contacts import ContactsView
from ui.widgets.search_palette import SearchPalette


def test_ctrl_k_searches_as_you_type_and_enter_opens(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K opens the palette; typed letters show hits; Enter opens the contact in Contacts."""
    demo_window.activateWindow()
    qtbot.keyClick(demo_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = demo_window.book_actions.palette
    assert isinstance(palette, SearchPalette) and palette.isVisible()
    qtbot.keyClicks(palette.query, "muel")
    assert palette.model.rowCount() > 0
    hit = palette.model.hit_at(0)
    shown = f"{hit.name} {hit.account or ''} {hit.plain_snippet()}"
    assert any(word.startswith("mul") for word in name_words(shown))  # Müller, Mueller, Muller
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    hit = palette.model.hit_at(palette.results.currentIndex().row())
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert demo_window.current_page() == "contacts"
    view = demo_window.views["contacts"]
    assert isinstance(view, ContactsView)
    shown = (
        view.contacts.current_id() if hit.kind.value != "account" else view.accounts.current_id()
    )
    assert shown in (hit.id, hit.contact_id)


def test_merging_from_the_duplicates_tool_and_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The tool lists the cluster, merges the ticked record into the kept one; Ctrl+Z undoes it."""
    book = window.book
    keep = book.contacts.create(
        ContactDraft("Eva", "Lang", phones=(Phone("0151 2345 6789"),))
    ).value
    book.contacts.create(ContactDraft("Eva", "Lange", phones=(Phone("0151 23456789"),)))
    dialog = DuplicatesDialog(book, window.operations, book.duplicates.clusters(), window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2  # the heading "People" and the cluster
    keep_row = next(i for i in range(2) if dialog.clusters[0].members[i].id == keep)
    dialog.keep_group.button(keep_row).setChecked(True)
    for row in range(2):
        state = Qt.CheckState.Unchecked if row == keep_row else Qt.CheckState.Checked
        dialog.members.item(row, 1).setCheckState(state)
    dialog.merge()
    assert book.contacts.ids(ContactQuery()) == (keep,)
    assert dialog.list.count() == 0
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(book.contacts.ids(ContactQuery())) == 2


def test_accounts_and_people_are_listed_and_an_account_is_merged(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Account clusters come first under their heading; merging one moves its people to the
    kept account, and Ctrl+Z undoes it."""
    book = window.book
    keep = book.accounts.create(AccountDraft("Schröder Bau GmbH", city="Köln")).value
    other = book.accounts.create(AccountDraft("Schroeder-Bau", city="Koeln")).value
    book.contacts.create(ContactDraft("Tom", "Berg", account_id=other))
    book.contacts.create(ContactDraft("Eva", "Lang", phones=(Phone("0151 2345 6789"),)))
    book.contacts.create(ContactDraft("Eva", "Lange", phones=(Phone("0151 23456789"),)))
    dialog = DuplicatesDialog(book, window.operations, book.duplicates.clusters(), window)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert texts[0] == "Accounts" and texts[2] == "People"
    assert (texts[1].startswith("Schr") and "(2) — Köln" in texts[1]) or "Koeln" in texts[1]
    assert (
        dialog.current_index() == 0 and dialog.merge_button.text() == "&Merge into the kept account"
    )
    headers = [
        dialog.members.horizontalHeaderItem(c).text() for c in range(dialog.members.columnCount())
    ]
    assert headers[3:6] == ["Place", "Phone and website", "People"]
    keep_row = next(i for i in range(2) if dialog.clusters[0].members[i].id == keep)
    dialog.keep_group.button(keep_row).setChecked(True)
    for row in range(2):
        state = Qt.CheckState.Unchecked if row == keep_row else Qt.CheckState.Checked
        dialog.members.item(row, 1).setCheckState(state)
    dialog.merge()
    assert book.accounts.ids(AccountQuery()) == (keep,)
    assert len(book.contacts.ids(ContactQuery(account_id=keep))) == 1
    assert dialog.list.item(0).text() == "People"
    assert dialog.merge_button.text() == "&Merge into the kept contact"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(book.accounts.ids(AccountQuery())) == {keep, other}


def test_tier_windows_are_edited_in_the_preferences(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The Tier cadences tab stores new windows and refuses a maximum below the ideal."""
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = PreferencesDialog(window.book, window.operations, window)
    qtbot.addWidget(dialog)
    ideal, most, _kind = dialog.tiers.rows[Tier.A]
    ideal.setValue(10)
    most.setValue(5)
    dialog.save()
    assert warnings and "tier A" in warnings[0]
    assert dialog.result() == 0 and ideal.value() == 10  # the form keeps what was typed
    most.setValue(20)
    dialog.save()
    policies = {p.tier: p for p in window.book.tiers.policies()}
    assert (policies[Tier.A].ideal_days, policies[Tier.A].max_days) == (10, 20)
    assert (policies[Tier.B].ideal_days, policies[Tier.B].max_days) == (30, 45)
