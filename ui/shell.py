"""What window-wide helpers (book actions, safekeeping, team mode) need of the main window.

They are installed by the main window and talk back to it through this interface, so neither
imports the window's module (no import circle) and a test could give them any window that has
these parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar

from tracker.services.book import Book
from ui.operations import Operations
from ui.views.base import View
from ui.widgets.banner import BannerArea


class Shell(Protocol):
    """The main window as its helpers see it."""

    book: Book
    operations: Operations
    views: Mapping[str, View]
    banners: BannerArea
    edit_menu: QMenu
    settings: QSettings

    def show_page(self, key: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def setWindowTitle(self, title: str) -> None: ...

    def menuBar(self) -> QMenuBar: ...

    def addAction(self, action: QAction) -> None: ...

    def installEventFilter(self, watched: QObject) -> None: ...
