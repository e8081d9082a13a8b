"""Start-up on a damaged book: plain words, and two clicks from a truncated file to a working app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from tests import damage
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.safety.recovery import Damage
from ui.app import application, create_window
from ui.dialogs.damaged import DamagedDialog
from ui.startup import open_book


class Clicker:
    """Clicks through the modal dialogs as they appear, like a rep would; counts the clicks.

    A button is chosen on one timer tick and clicked on the next, so the click never happens
    inside the tick that found the dialog.
    """

    def __init__(self, choose: Callable[[QDialog], QPushButton | None]) -> None:
        self.choose = choose
        self.clicks: list[str] = []
        self.seen: list[str] = []
        self.pending: QDialog | None = None
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        button = self.choose(dialog)
        if button is None:
            return
        if self.pending is not dialog:  # first sight: read it, click on the next tick
            self.pending = dialog
            self.seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
            return
        self.pending = None
        self.clicks.append(button.text())
        button.click()

    def stop(self) -> None:
        self.timer.stop()


def press(key: str) -> Callable[[QDialog], QPushButton | None]:
    """Press the damage dialog's button `key`, then OK on any message box."""

    def choose(dialog: QDialog) -> QPushButton | None:
        if isinstance(dialog, DamagedDialog):
            return dialog.buttons[key]
        if isinstance(dialog, QMessageBox):
            return dialog.button(QMessageBox.StandardButton.Ok)
        return None

    return choose


@pytest.fixture
def damaged(tmp_path: Path) -> DataLocation:
    """A demo book of 30 contacts with a backup, then truncated."""
    application()
    location = damage.make_book(tmp_path / "book", contacts=30)
    damage.truncate(location.database)
    return location


def test_two_clicks_from_a_truncated_file_to_a_working_app(qtbot, damaged: DataLocation) -> None:  # type: ignore[no-untyped-def]
    """ "Restore backup from …", then OK: the window opens on the restored book with its data."""
    clicker = Clicker(press(DamagedDialog.RESTORE))
    book = open_book(damaged)
    clicker.stop()
    assert book is not None
    assert len(clicker.clicks) == 2
    assert clicker.clicks[0].replace("&", "").startswith("Restore backup from ")
    assert "cut short" in clicker.seen[0]
    assert "Your book was restored from the backup of" in clicker.seen[1]
    window = create_window(book)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == "today"
    assert book.maintenance.check(full=True).contacts == 30
    window.close()
    book.close()


def test_starting_with_an_empty_book(qtbot, damaged: DataLocation) -> None:  # type: ignore[no-untyped-def]
    """ "Start with an empty book" keeps the damaged file aside and opens an empty book."""
    clicker = Clicker(press(DamagedDialog.EMPTY))
    book = open_book(damaged)
    clicker.stop()
    assert book is not None and book.maintenance.is_empty()
    assert any(damaged.damaged.rglob("groundgame.sqlite3"))
    book.close()


def test_quit_leaves_everything_as_it_was(qtbot, damaged: DataLocation) -> None:  # type: ignore[no-untyped-def]
    """Quit moves nothing: the next start asks again."""
    before = damaged.database.read_bytes()
    clicker = Clicker(press(DamagedDialog.QUIT))
    assert open_book(damaged) is None
    clicker.stop()
    assert damaged.database.read_bytes() == before
    assert not damaged.damaged.exists()


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (damage.garble_header, "not a database"),
        (damage.corrupt_page, "Parts of the file are damaged"),
    ],
)
def test_the_dialog_says_what_happened(qtbot, tmp_path: Path, spoil, words: str) -> None:  # type: ignore[no-untyped-def]
    """Each kind of damage is explained in its own plain words, with the backup's date."""
    application()
    location = damage.make_book(tmp_path / "book", contacts=5)
    spoil(location.database)
    from tracker.services.safety.recovery import DamagedDatabase

    with pytest.raises(DamagedDatabase) as caught:
        Book.open(location)
    dialog = DamagedDialog(caught.value.report)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert words in text
    assert "kept there for 14 days" in text
    assert dialog.buttons[DamagedDialog.RESTORE].isDefault()
    assert set(dialog.buttons) == {"restore", "choose", "empty", "quit"}
    assert caught.value.report.damage in (Damage.NOT_A_DATABASE, Damage.CORRUPT)


def test_a_book_from_a_newer_groundgame_is_refused_untouched(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Opening the window on a newer book says to update the app, opens nothing, and leaves the
    file byte for byte as it was, with nothing written into its log either."""
    import hashlib
    import sqlite3

    application()
    location = DataLocation(tmp_path / "book")
    Book.open(location).close()
    with sqlite3.connect(location.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = hashlib.sha256(location.database.read_bytes()).hexdigest()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert open_book(location) is None
    assert len(said) == 1 and "newer version of Groundgame" in said[0]
    assert hashlib.sha256(location.database.read_bytes()).hexdigest() == before
    wal = location.database.with_name(location.database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_book_from_the_first_schema_opens_after_a_verified_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window opens a book of schema 0001 after backing it up as it was."""
    import shutil
    import sqlite3

    application()
    location = DataLocation(tmp_path / "book")
    location.root.mkdir()
    shutil.copy(Path(__file__).parents[1] / "data" / "schema_0001.sqlite3", location.database)
    book = open_book(location)
    assert book is not None
    try:
        backups = list(location.backups.glob("*before-upgrade-0001*"))
        assert len(backups) == 1
        with sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True) as saved:
            assert saved.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            assert saved.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        window = create_window(book)
        qtbot.addWidget(window)
    finally:
        book.close()
