"""The Qt application: translator, style, error hook, settings, and the main window."""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker import APP_NAME
from tracker.services.book import Book
from tracker.services.location import resolve
from ui.bus import Bus
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.problems import message_for
from ui.resources import icon, style_sheet
from ui.single_instance import SingleInstance
from ui.startup import open_book

CONFIG_ENV_VAR = "GROUNDGAME_CONFIG_DIR"
SETTLE_DELAY_MS = 1000  # after the first paint, before the rep's first keystroke


def config_dir() -> Path:
    """Folder for UI-only state (window geometry …), apart from the rep's data."""
    explicit = os.environ.get(CONFIG_ENV_VAR)
    if explicit:
        return Path(explicit)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def ui_settings() -> QSettings:
    return QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named and styled."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("groundgame"))
    app.setStyleSheet(style_sheet())
    return app


def create_window(book: Book, settings: QSettings | None = None) -> MainWindow:
    """The main window on an open book, with its own bus (tests and screenshots use this)."""
    return MainWindow(book, Bus(), settings or ui_settings())


def install_excepthook(book: Book, window: MainWindow) -> None:
    """Unexpected errors: a dialog and a log entry (code path only); the app keeps running."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        message = message_for(exc, log_dir=book.location.logs)
        if showing:  # an error while the dialog is up: logged, not stacked
            return
        showing = True
        try:
            QMessageBox.critical(
                window, QCoreApplication.translate("App", "Something went wrong"), message
            )
        finally:
            showing = False

    sys.excepthook = hook


@dataclass
class Launched:
    """A started app: its window on the open book, and the single-instance guard it holds."""

    app: QApplication
    window: MainWindow
    book: Book
    instance: SingleInstance


def launch(*, data_dir: str | None = None) -> Launched | int:
    """Everything `run` does before the event loop: the window shown on the open book, or the
    exit code when there is nothing to show (another instance came forward, the rep quit)."""
    app = application()
    location = resolve(data_dir)
    instance = SingleInstance(location.root, config_dir() / "instances")
    if instance.notify_running():
        return 0  # the running window comes to the front
    if not instance.claim():
        install_translators(app, "")
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "Groundgame is already running"),
            QCoreApplication.translate(
                "App", "Groundgame is already open on this data folder, but does not answer."
            ),
        )
        return 0
    install_translators(app, "")
    book = open_book(location)
    if book is None:
        instance.release()
        return 1
    install_translators(app, book.preferences.get().language)
    launched = Launched(app, create_window(book), book, instance)
    instance.activated.connect(lambda: bring_to_front(launched.window))
    _wire(launched)
    launched.window.show()
    _start(launched.window)
    # On the application, not the window: a window rebuilt in another language must not take
    # the timer (and the collector's restart) with it.
    QTimer.singleShot(SETTLE_DELAY_MS, app, settle_memory)
    return launched


def _start(window: MainWindow) -> None:
    """The window's background work: backups and checks, and syncing with a team server."""
    window.safekeeping.start_soon()
    window.team.start_soon()
    window.calendar.start_soon()


def _wire(launched: Launched) -> None:
    install_excepthook(launched.book, launched.window)
    launched.window.first_run.language_chosen.connect(
        lambda language: switch_language(launched, language)
    )


def switch_language(launched: Launched, language: str) -> None:
    """Show the window again in `language`, where it was (same place, same screen): every string
    is set when a window is built, so a new one is built and the old one closed (the book stays
    open, nothing is lost). The welcome page and Preferences both ask for it."""
    install_translators(launched.app, language)
    old = launched.window
    old.settings.setValue("main/geometry", old.saveGeometry())
    if old.current_page() != "welcome":
        old.settings.setValue("main/page", old.current_page())
    launched.window = create_window(launched.book, old.settings)
    _wire(launched)
    launched.window.show()  # before the old one closes, so the app does not quit in between
    _start(launched.window)
    old.close()
    old.deleteLater()


def settle_memory() -> None:
    """Once the window is up: collect what the start left behind, keep the objects that live
    all session out of later collections (so those stay short while the rep works), and let
    the collector run again if `main.prepare_gui_start` paused it."""
    gc.collect()
    gc.freeze()
    gc.enable()


def run(*, data_dir: str | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    launched = launch(data_dir=data_dir)
    if isinstance(launched, int):
        return launched
    try:
        return launched.app.exec()
    finally:
        launched.book.shutdown()
        launched.instance.release()


def bring_to_front(window: MainWindow) -> None:
    """Show the window on top, un-minimised (a second start asked for it)."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
