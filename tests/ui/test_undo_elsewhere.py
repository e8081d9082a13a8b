"""Edit ▸ Undo sees actions made by `groundgame` commands while the window was open (the undo
steps live in the book), and Ctrl+Z takes them back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.tracker.services.book_helpers import add_account
from tracker.domain.accounts import AccountQuery
from tracker.domain.clock import FixedClock
from tracker.services.book import Book
from tracker.services.location import DataLocation
from ui.main_window import MainWindow


def command_adds_account(location: DataLocation, clock: FixedClock, name: str) -> None:
    """What `groundgame account add NAME` does: its own Book, its own connections."""
    with Book.open(location, clock=clock) as elsewhere:
        add_account(elsewhere, name)


def test_the_edit_menu_offers_what_a_command_did(
    qtbot, window: MainWindow, location: DataLocation, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Opening the menu reads the newest step: its label names the command's action."""
    assert not window.undo_action.isEnabled()
    command_adds_account(location, clock, "Von der Kommandozeile")
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.isEnabled()
    assert "Von der Kommandozeile" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.book.accounts.ids(AccountQuery()) == ()
    assert not window.undo_action.isEnabled()


def test_coming_back_to_the_window_enables_ctrl_z(
    qtbot, window: MainWindow, location: DataLocation, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Back from the terminal (the window becomes active), Ctrl+Z undoes the command's action."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    command_adds_account(location, clock, "Aus dem Terminal")
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.book.accounts.ids(AccountQuery()) == ()
