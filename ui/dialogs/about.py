"""About Groundgame: version, where the data lives, what it is built on."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tracker import version
from tracker.services.book import Book


class AboutDialog(QDialog):
    """Version, data folder (with a button to open it) and the libraries underneath."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Groundgame"))
        title = QLabel(f"<h2>Groundgame {version()}</h2>")
        tagline = QLabel(
            self.tr("Make the calls, knock on the doors, set the appointments, follow up.")
        )
        tagline.setWordWrap(True)
        data = QLabel(self.tr("Your data: %1").replace("%1", str(book.location.database)))
        data.setWordWrap(True)
        data.setObjectName("dataLocation")
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(book.location.root)))
        )
        built = QLabel(
            self.tr("Python %1 · Qt %2 · PySide %3")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", PySide6.__version__)
        )
        built.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, tagline, data, open_folder, built, buttons):
            layout.addWidget(widget)
