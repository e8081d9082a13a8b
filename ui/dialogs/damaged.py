"""The dialog shown when the book's file is damaged at start: restore, start empty, or quit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.services.safety.recovery import BackupInfo, Damage, DamageReport

WHAT_HAPPENED = {
    Damage.TRUNCATED: QT_TRANSLATE_NOOP(
        "DamagedDialog",
        "The file has been cut short. This happens when the disk runs full or a copy of the "
        "file is interrupted.",
    ),
    Damage.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "DamagedDialog",
        "The start of the file has been overwritten with something that is not a database.",
    ),
    Damage.CORRUPT: QT_TRANSLATE_NOOP(
        "DamagedDialog",
        "Parts of the file are damaged, as a failing disk or a computer that lost power can "
        "leave them.",
    ),
    Damage.STRAY_LOG: QT_TRANSLATE_NOOP(
        "DamagedDialog",
        "A log file lying next to it does not belong to it, for example after the file was "
        "copied back from somewhere else.",
    ),
}


def when_text(backup: BackupInfo) -> str:
    """The backup's time in the rep's locale, local time."""
    moment = QDateTime.fromMSecsSinceEpoch(int(backup.taken_at.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class DamagedDialog(QDialog):
    """Explains the damage in plain words and asks what to do; `choice` holds the answer."""

    RESTORE = "restore"
    CHOOSE = "choose"
    EMPTY = "empty"
    QUIT = "quit"

    def __init__(self, report: DamageReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.choice = self.QUIT
        self.setWindowTitle(self.tr("Your book is damaged"))
        self.setMinimumWidth(600)
        heading = QLabel(self.tr("Groundgame cannot open your book: its file is damaged."))
        heading.setObjectName("emptyTitle")
        heading.setWordWrap(True)
        what = QLabel(QCoreApplication.translate("DamagedDialog", WHAT_HAPPENED[report.damage]))
        what.setWordWrap(True)
        kept = QLabel(
            self.tr(
                "Whatever you choose, the damaged file is moved to %1 and kept there for 14 days."
            ).replace("%1", str(report.damaged_folder.parent))
        )
        kept.setWordWrap(True)
        kept.setObjectName("muted")
        kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(what)
        backup = report.latest_backup
        if backup is not None:
            offer = QLabel(
                self.tr(
                    "The latest verified backup is from %1. Restoring it brings your book back "
                    "as it was then."
                ).replace("%1", when_text(backup))
            )
        else:
            offer = QLabel(
                self.tr(
                    "There is no backup in the data folder. If you saved one elsewhere, "
                    "choose it; otherwise start with an empty book."
                )
            )
        offer.setWordWrap(True)
        layout.addWidget(offer)
        layout.addWidget(kept)
        layout.addSpacing(8)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        if backup is not None:
            self._button(
                row,
                self.RESTORE,
                self.tr("&Restore backup from %1").replace("%1", when_text(backup)),
            )
        self._button(row, self.CHOOSE, self.tr("&Choose a backup…"))
        self._button(row, self.EMPTY, self.tr("Start with an &empty book"))
        row.addStretch(1)
        self._button(row, self.QUIT, self.tr("&Quit"))
        layout.addLayout(row)
        first = self.buttons.get(self.RESTORE) or self.buttons[self.CHOOSE]
        first.setDefault(True)
        first.setProperty("primary", True)
        first.style().unpolish(first)
        first.style().polish(first)
        first.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped labels need their height for the width the dialog really has.
        layout = self.layout()
        width = max(self.width(), self.minimumSizeHint().width())
        self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

    def _button(self, row: QHBoxLayout, key: str, label: str) -> None:
        button = QPushButton(label)
        button.setObjectName(key)
        button.setAutoDefault(True)
        button.clicked.connect(lambda: self._choose(key))
        row.addWidget(button)
        self.buttons[key] = button

    def _choose(self, key: str) -> None:
        self.choice = key
        if key == self.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Esc and the window's close button mean Quit
        self.choice = self.QUIT
        super().reject()
