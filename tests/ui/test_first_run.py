"""The first run: welcome choices, the language, the demo mark and its removal, the cheat sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.conftest import DEMO_DAY
from tests.tracker.services.book_helpers import add_contact
from tracker.domain.changes import Changes
from ui import keys
from ui.app import create_window
from ui.dialogs.cheat_sheet import CheatSheet
from ui.main_window import MainWindow


def click_choice(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in window.welcome.findChildren(QPushButton) if b.objectName() == key)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_empty_book_can_be_started_for_good(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """ "Start with an empty book" opens Contacts, and the next start skips the welcome page."""
    click_choice(qtbot, window, "empty")
    assert window.current_page() == "contacts"
    assert window.book.maintenance.is_empty()
    again = create_window(window.book, window.settings)
    qtbot.addWidget(again)
    assert again.current_page() != "welcome"


def test_the_welcome_language_is_saved_and_announced(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Picking Deutsch saves the preference and asks the app to show the window in German."""
    picker = window.first_run.language
    with qtbot.waitSignal(window.first_run.language_chosen) as chosen:
        picker.setCurrentIndex(picker.findData("de"))
        picker.activated.emit(picker.currentIndex())
    assert chosen.args == ["de"]
    assert window.book.preferences.get().language == "de"


def test_switching_language_rebuilds_the_window_in_german(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The app answers the choice with a new window whose strings are German; the old closes."""
    from PySide6.QtCore import QLocale

    from ui.app import Launched, application, switch_language
    from ui.i18n import install_translators

    launched = Launched(application(), window, window.book, instance=None)  # type: ignore[arg-type]
    window.show()
    locale = QLocale()
    try:
        switch_language(launched, "de")
        qtbot.addWidget(launched.window)
        assert launched.window is not window and launched.window.isVisible()
        assert launched.window.welcome.findChild(QPushButton, "empty").text() == (
            "Mit einem leeren Buch beginnen"
        )
    finally:  # no German (nor another default locale) for the tests after this one
        install_translators(application(), "")
        QLocale.setDefault(locale)


def test_a_demo_book_is_marked_and_the_mark_goes_with_the_demo(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Demo data shows a banner and a title mark; removing it (confirmed) keeps the real contact,
    takes the mark away and says what went."""
    window.book.demo.load(seed=1, contacts=30, today=DEMO_DAY)
    mine = add_contact(window.book, "Real", "Customer")
    window.bus.changed.emit(Changes(everything=True), None)
    assert "demo" in window.banners.visible_keys()
    assert "demo" in window.windowTitle()
    assert window.first_run.remove_demo_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.first_run.confirm_remove_demo()
    assert "demo" not in window.banners.visible_keys()
    assert "demo" not in window.windowTitle()
    assert not window.first_run.remove_demo_action.isEnabled()
    assert window.book.contacts.detail(mine) is not None
    assert "30 demo contacts" in window.statusBar().currentMessage()


def test_the_cheat_sheet_lists_every_shortcut(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Every QAction with a shortcut anywhere in the window (every screen built) and every key
    of the declared key tables appears on the sheet with its keys."""
    sheet = CheatSheet(demo_window)
    qtbot.addWidget(sheet)
    text = sheet.text()
    actions = [a for a in demo_window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(actions) > 20
    for action in actions:
        for sequence in action.shortcuts():
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            assert shown in text, action.text()
    for table in keys.TABLES:
        assert table.label() in text
        for binding in table.bindings:
            assert f"{binding.key_text()}\t{binding.label()}" in text or (
                binding.key_text() in text and binding.label() in text
            )


def test_f1_opens_the_cheat_sheet(qtbot, demo_window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """F1 and ? are the shortcuts of Help → Keyboard shortcuts."""
    shown: list[bool] = []
    monkeypatch.setattr(CheatSheet, "exec", lambda self: shown.append(True) or 0)
    action = next(a for a in demo_window.findChildren(QAction) if a.text() == "&Keyboard shortcuts")
    assert QKeySequence("?") in action.shortcuts()
    assert QKeySequence(Qt.Key.Key_F1) in action.shortcuts()
    action.trigger()
    assert shown == [True]


def test_today_keys_come_from_the_declared_table(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """B on Today's list buries the selected item, as the TODAY table says."""
    demo_window.show_page("today")
    view = demo_window.views["today"]
    view.refresh()
    first = view.current_item()
    assert first is not None
    assert any(b.action == "bury" and Qt.Key.Key_B in b.keys for b in keys.TODAY.bindings)
    qtbot.keyClick(view.table, Qt.Key.Key_B)
    view.refresh()
    assert view.current_item() is None or view.current_item().id != first.id


def test_no_key_is_taken_twice(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A window-wide shortcut is used by no other action: Qt runs neither of two that share a
    key (Ctrl+Shift+S was once both "Save a backup to…" and a contact's state)."""
    demo_window.build_all_views()
    actions = [a for a in demo_window.findChildren(QAction) if not a.shortcut().isEmpty()]
    window_wide = [a for a in actions if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut]
    for action in window_wide:
        for sequence in action.shortcuts():
            others = [o.text() for o in actions if o is not action and sequence in o.shortcuts()]
            assert not others, f"{sequence.toString()}: {action.text()} and {others}"


def test_a_language_saved_in_preferences_applies_at_once(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Saving another language in Preferences asks the app to show the window in it."""
    from dataclasses import replace

    from ui.dialogs.preferences import PreferencesDialog

    book = window.book

    def save_german(_dialog: PreferencesDialog) -> int:
        book.preferences.save(replace(book.preferences.get(), language="de"))
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", save_german)
    with qtbot.waitSignal(window.first_run.language_chosen) as chosen:
        window._open_preferences()
    assert chosen.args == ["de"]
