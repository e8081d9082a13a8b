"""Render the main screens with demo data into PNG files (run offscreen: `make screenshots`).

Each entry of SCREENS names a file and a function that brings the window into the state to show;
features add their screens here. The demo book is made in a temporary folder, so the rep's own
data is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from tracker.domain.clock import clock_for_day
from tracker.services.book import Book
from tracker.services.location import DataLocation
from ui.app import application, create_window
from ui.i18n import install_translators
from ui.main_window import MainWindow

DEMO_DAY = date(2026, 12, 1)
ZONE = "Europe/Berlin"
Shot = Callable[[MainWindow], QWidget]


def page(key: str) -> Shot:
    def show(window: MainWindow) -> QWidget:
        window.show_page(key)
        return window

    return show


def preferences(window: MainWindow) -> QWidget:
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.book, window.operations, window)
    dialog.show()
    return dialog


def damaged_start(window: MainWindow) -> QWidget:
    """The dialog a truncated book gets at start."""
    from datetime import UTC, datetime

    from tracker.services.recovery import BackupInfo, Damage, DamageReport
    from ui.dialogs.damaged import DamagedDialog

    location = window.book.location
    backup = BackupInfo(
        location.backups / "groundgame-20261201-073000-000000-start.sqlite3",
        datetime(2026, 12, 1, 7, 30, tzinfo=UTC),
        "start",
        2_400_000,
    )
    report = DamageReport(
        location.database,
        Damage.TRUNCATED,
        "the file is cut short",
        backup,
        location.damaged / "20261201-080000",
    )
    dialog = DamagedDialog(report, window)
    dialog.show()
    return dialog


def read_only(window: MainWindow) -> QWidget:
    """The window on a book whose folder cannot be written."""
    book = Book.open(window.book.location, clock=window.book.clock, read_only=True)
    other = create_window(book, window.settings)
    other.resize(1280, 800)
    other.show_page("today")
    other.show()
    other.destroyed.connect(book.close)
    return other


SCREENS: list[tuple[str, Shot]] = [
    ("today", page("today")),
    ("contacts", page("contacts")),
    ("pipeline", page("pipeline")),
    ("base", page("base")),
    ("reports", page("reports")),
    ("preferences", preferences),
    ("damaged-start", damaged_start),
    ("read-only", read_only),
]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def render(out_dir: Path, language: str = "en", only: set[str] | None = None) -> list[Path]:
    app = application()
    install_translators(app, language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        clock = clock_for_day(DEMO_DAY, zone_name=ZONE, hour=9)
        book = Book.open(DataLocation(Path(tmp) / "data"), clock=clock)
        prefs = book.preferences.get()
        from dataclasses import replace

        book.preferences.save(replace(prefs, time_zone=ZONE, rep_name="Alex Berger"))
        book.demo.load(seed=1, contacts=300, today=DEMO_DAY)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = create_window(book, settings)
        window.resize(1280, 800)
        window.show()
        settle(app)
        out_dir.mkdir(parents=True, exist_ok=True)
        suffix = "" if language == "en" else f"-{language}"
        for name, shot in SCREENS:
            if only is not None and name not in only:
                continue
            widget = shot(window)
            settle(app)
            path = out_dir / f"{name}{suffix}.png"
            widget.grab().save(str(path))
            written.append(path)
            if widget is not window:
                widget.close()
        window.close()
        book.close()
    return written


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    only = set(sys.argv[2:]) or None
    for path in render(out_dir, "en", only):
        print(path)
    for path in render(
        out_dir, "de", {"today", "preferences"} & (only or {"today", "preferences"})
    ):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
