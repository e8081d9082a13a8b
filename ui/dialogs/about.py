"""About Groundgame: version, where the data lives, what it is built on."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker import version
from tracker.services.book import Book
from ui.resources import icon


class AboutDialog(QDialog):
    """Icon, version, data folder (with a button to open it) and the libraries underneath."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Groundgame"))
        self.setMinimumWidth(480)
        logo = QLabel()
        logo.setPixmap(icon("groundgame").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2 style='margin:0'>Groundgame {version()}</h2>")
        tagline = QLabel(
            self.tr("Make the calls, knock on the doors, set the appointments, follow up.")
        )
        tagline.setWordWrap(True)
        data = QLabel(self.tr("Your data: %1").replace("%1", str(book.location.database)))
        data.setWordWrap(True)
        data.setObjectName("dataLocation")
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups = QLabel(self.tr("Backups: %1").replace("%1", str(book.location.backups)))
        backups.setWordWrap(True)
        backups.setObjectName("muted")
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
        text = QVBoxLayout()
        for widget in (title, tagline, data, backups):
            text.addWidget(widget)
        folder_row = QHBoxLayout()
        folder_row.addWidget(open_folder)
        folder_row.addStretch(1)
        text.addLayout(folder_row)
        text.addSpacing(6)
        text.addWidget(built)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
