"""Backups from the window: File menu actions, automatic backups, restore, banners."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton

from tracker.domain.clock import FixedClock
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.safety.placement import PlacementRisk, PlacementWarning
from ui.app import application, create_window
from ui.main_window import MainWindow


def test_the_file_menu_has_the_backup_actions(window: MainWindow) -> None:
    """Back up now, Save a backup to… and Restore from backup… are in File, by keyboard too."""
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert {"&Back up now", "&Save a backup to…", "&Restore from backup…"} <= set(texts)
    keeping = window.safekeeping
    assert keeping.back_up_action.shortcut().toString() == "Ctrl+B"
    assert keeping.save_action.shortcut().toString() == "Ctrl+Shift+S"


def test_back_up_now_runs_in_the_background_and_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The action writes a verified backup in a worker and names it in the status bar."""
    window.safekeeping.back_up_action.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=20000)
    assert [b.reason for b in window.book.backups.available()] == ["manual"]


def test_save_a_backup_to_a_chosen_file(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Saving to a chosen place writes the copy there."""
    target = tmp_path / "stick" / "mine.sqlite3"
    window.safekeeping.save_to(target)
    qtbot.waitUntil(target.exists, timeout=20000)
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage(), timeout=20000)


def test_automatic_backups_only_when_something_changed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At start a backup is taken; the 30-minute tick adds one only after a change."""
    keeping = window.safekeeping
    keeping.start()
    assert keeping.timer.isActive() and keeping.timer.interval() == 30 * 60 * 1000
    qtbot.waitUntil(lambda: len(window.book.backups.available()) == 1, timeout=20000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=20000)
    keeping.periodic()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=20000)
    assert len(window.book.backups.available()) == 1
    book = window.book
    book.preferences.save(replace(book.preferences.get(), rep_name="Changed"))
    keeping.periodic()
    qtbot.waitUntil(lambda: len(window.book.backups.available()) == 2, timeout=20000)
    assert [b.reason for b in window.book.backups.available()] == ["start", "periodic"]


def test_start_soon_waits_for_the_window_then_backs_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The start-up backup begins after the delay, not during the first paint."""
    keeping = window.safekeeping
    keeping.start_soon(200)
    assert not keeping.timer.isActive() and window.book.backups.available() == []
    qtbot.waitUntil(lambda: len(window.book.backups.available()) == 1, timeout=20000)
    assert keeping.timer.isActive()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=20000)


def test_start_soon_never_fires_after_the_window_is_gone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Closing and deleting the window before the delay ends cancels the start-up work."""
    keeping = window.safekeeping
    started: list[bool] = []
    keeping.start = lambda: started.append(True)  # type: ignore[method-assign]
    keeping.start_soon(100)
    keeping.deleteLater()
    qtbot.wait(400)
    assert started == []


def test_restore_from_the_window_reloads_the_book(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Restoring an empty book's backup empties the window's book; the welcome page shows."""
    book = demo_window.book
    backup = book.backups.take("manual")
    book.preferences.save(replace(book.preferences.get(), rep_name="After the backup"))
    demo_window.safekeeping.restore(backup.path)
    qtbot.waitUntil(lambda: "Restored" in demo_window.statusBar().currentMessage(), timeout=30000)
    assert book.preferences.get().rep_name != "After the backup"
    assert book.backups.available()[-1].reason == "before-restore"


def test_a_failed_automatic_backup_shows_a_banner_not_a_popup(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """When the backups folder cannot be written, a banner says so and offers to try again."""
    popups: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: popups.append(args[2]))
    import shutil

    shutil.rmtree(window.book.location.backups)
    window.book.location.backups.write_text("in the way")
    window.safekeeping.start()
    qtbot.waitUntil(lambda: "backup-failed" in window.banners.visible_keys(), timeout=20000)
    assert "could not back up" in window.banners.banners["backup-failed"].label.text()
    assert popups == []


def test_read_only_mode_shows_a_banner_and_refuses_writes(
    qtbot,
    location: DataLocation,
    clock: FixedClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """A read-only book: the window says so in a banner and the title; a save is refused with
    a clear message; backing up into the folder, restoring and logging outcomes are disabled."""
    application()
    writable = Book.open(location, clock=clock)
    writable.demo.load(seed=3, contacts=40)
    writable.close()
    book = Book.open(location, clock=clock, read_only=True)
    window = create_window(book, settings)
    qtbot.addWidget(window)
    window.show()
    assert "read-only" in window.windowTitle()
    assert "read-only" in window.banners.banners["read-only"].label.text()
    assert not window.safekeeping.back_up_action.isEnabled()
    assert not window.safekeeping.restore_action.isEnabled()
    assert window.safekeeping.save_action.isEnabled()
    today = window.views["today"]
    assert not today.detail.pad.isEnabled() and not today.detail.bury.isEnabled()
    today.table.selectRow(1)  # an item shown in the detail stays read-only too
    detail = today.detail
    assert detail.pad.buttons and not any(b.isEnabled() for b in detail.pad.buttons.values())
    assert not (detail.note.isEnabled() or detail.bury.isEnabled() or detail.park.isEnabled())
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    window.operations.write(lambda: book.preferences.save(book.preferences.get()))
    assert shown == [
        (
            "Nothing was saved",
            "Groundgame opened your book read-only because your data folder cannot be written. "
            "Nothing can be saved.",
        )
    ]
    window.close()
    book.close()


def test_a_risky_data_folder_is_warned_about_once(
    qtbot,
    book: Book,
    settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    """A data folder in a sync folder gets a banner until the rep dismisses it, then never again."""
    application()
    book.storage_warnings = [PlacementWarning(PlacementRisk.CLOUD, "Dropbox", book.location.root)]
    first = create_window(book, settings)
    qtbot.addWidget(first)
    banner = first.banners.banners["placement"]
    assert "inside Dropbox" in banner.label.text()
    banner.findChild(QPushButton, "close").click()
    assert "placement" not in first.banners.visible_keys()
    second = create_window(book, settings)
    qtbot.addWidget(second)
    assert "placement" not in second.banners.banners


def test_a_large_books_pages_are_checked_after_start(
    qtbot, book: Book, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A book opened without the page check (too large to wait for) gets it in the background
    right after start; damage it finds shows the banner with Restore."""
    from tests import damage
    from tracker.services import book as book_module

    location: DataLocation = book.location
    book.demo.load(seed=3, contacts=40)
    book.close()
    damage.corrupt_page(location.database)
    monkeypatch.setattr(book_module, "DEEP_CHECK_BYTES", 1024)
    large = Book.open(location, clock=book.clock)
    assert large.pages_checked is False
    window = create_window(large, settings)
    qtbot.addWidget(window)
    shown: list[str] = []  # Today itself trips over the damaged page and says so
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window.show()
    window.safekeeping.start()
    qtbot.waitUntil(lambda: "check-failed" in window.banners.visible_keys(), timeout=20000)
    assert shown and all("damaged" in message for message in shown)
    assert "found damage" in window.banners.banners["check-failed"].label.text()
    window.close()
    large.close()
