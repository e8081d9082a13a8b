"""The main window shell: welcome page, navigation by keyboard, demo loading, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tracker.domain.contacts import ContactQuery
from tracker.services.book import Book
from ui.app import create_window
from ui.main_window import MainWindow
from ui.navigation import PAGES


def test_empty_book_shows_the_welcome_page(window: MainWindow) -> None:
    """With no contacts the rep sees what to do first: one button per declared welcome choice
    (import, an empty book, demo data, signing in to a team), in that order."""
    from ui.welcome import CHOICES

    assert window.current_page() == "welcome"
    buttons = [b.objectName() for b in window.welcome.findChildren(QPushButton)]
    assert buttons == [choice.key for choice in CHOICES] == ["import", "empty", "demo", "team"]
    assert window.demo_action.isEnabled()


def test_signing_in_to_a_team_from_the_welcome_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The welcome page's last choice opens the team sign-in dialog."""
    from ui.team.sign_in import SignInDialog

    button = next(b for b in window.welcome.findChildren(QPushButton) if b.objectName() == "team")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(SignInDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_loading_demo_data_from_the_welcome_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The demo loads in the background and the window moves on to Today."""
    button = next(b for b in window.welcome.findChildren(QPushButton) if b.objectName() == "demo")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "today", timeout=30000)
    assert not window.book.maintenance.is_empty()
    assert not window.demo_action.isEnabled()


def test_every_screen_is_reachable_by_keyboard(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+1 … Ctrl+5 switch between Today, Contacts, Pipeline, Base and Reports; Ctrl+6, the
    Team screen, is a sales manager's and does nothing in a rep's book."""
    demo_window.activateWindow()
    qtbot.waitExposed(demo_window)
    for number, page in reversed(list(enumerate(PAGES, start=1))):
        before = demo_window.current_page()
        qtbot.keyClick(
            demo_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert demo_window.current_page() == (before if page.manager_only else page.key)


def test_layout_and_page_are_remembered(qtbot, demo_book: Book, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    """Size and the last screen come back the next time the window opens.

    The offscreen screen is 800 × 600 and Qt fits restored windows onto the screen, so the test
    uses a size that fits.
    """
    first = create_window(demo_book, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    first.show_page("pipeline")
    first.close()
    second = create_window(demo_book, settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 560)
    assert second.current_page() == "pipeline"
    second.close()


def test_the_data_file_is_visible(demo_window: MainWindow) -> None:
    """The status bar names the database file, so the rep knows where the data lives."""
    assert str(demo_window.book.location.database) in demo_window.location_label.text()


def test_about_names_version_and_data_folder(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """About shows the version and the data location."""
    from tracker import version
    from ui.dialogs.about import AboutDialog

    dialog = AboutDialog(demo_window.book, demo_window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert version() in texts
    assert str(demo_window.book.location.database) in texts


def test_screens_are_built_when_first_shown(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Only the screen on show is built at start; the others come when opened, and a contact
    opened from the Base (built later) still lands in Contacts."""
    assert set(demo_window.views) == {"today"}
    demo_window.show_page("base")
    base = demo_window.views["base"]
    assert set(demo_window.views) == {"today", "base"}
    contact_id = next(iter(demo_window.book.contacts.ids(ContactQuery())))
    base.open_contact_requested.emit(contact_id)
    assert demo_window.current_page() == "contacts"
    assert demo_window.views["contacts"].contacts.current_id() == contact_id
