"""Team-mode windows: main windows on laptops' books that talk to a real team server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from tests.team import Laptops, TeamServer
from tracker.server.apply import LOCK_KEY
from tracker.services.book import Book
from ui.app import application, create_window
from ui.main_window import MainWindow

OpenWindow = Callable[[Book], MainWindow]


@pytest.fixture
def open_window(qtbot, laptops: Laptops, tmp_path: Path) -> Iterator[OpenWindow]:  # type: ignore[no-untyped-def]
    """Opens the main window on a laptop's book; every window is closed (and its syncs waited
    for) before the laptops' books close."""
    application()
    opened: list[MainWindow] = []

    def open_on(book: Book) -> MainWindow:
        settings = QSettings(str(tmp_path / f"ui-{len(opened)}.ini"), QSettings.Format.IniFormat)
        window = create_window(book, settings)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window

    yield open_on
    for window in opened:
        window.close()
        assert window.team.runner.wait(30_000)


@contextmanager
def server_stalled(server: TeamServer) -> Iterator[None]:
    """The team server is stuck: every push waits inside the server (it cannot take the team's
    change lock, held here) until the block ends. Pulls and sign-ins still answer."""
    with server.engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
            connection.commit()
