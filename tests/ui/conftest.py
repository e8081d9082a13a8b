"""Qt fixtures: the main window on a real book, offscreen, with settings in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tracker.services.book import Book
from ui.app import application, create_window
from ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, book: Book, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    application()
    win = create_window(book, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def demo_window(qtbot, demo_book: Book, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    application()
    win = create_window(demo_book, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
