"""Opening the rep's book for the window, and what to do when its file turns out damaged.

From a truncated file to a working app takes two clicks: "Restore backup from …" in the damage
dialog, then OK on the note that says the book is back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.domain.clock import Clock, SystemClock
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.safety.recovery import DamagedDatabase, DamageReport, RestoreReport, recover
from ui.dialogs.damaged import DamagedDialog, when_text
from ui.problems import message_for

# Set by the self-test (`--self-test`), which runs with nobody to close a message box: an error
# at start then ends the test with its traceback instead of waiting on a dialog for ever.
RAISE_INSTEAD_OF_ASKING = False


def open_book(
    location: DataLocation, *, clock: Clock | None = None, parent: QWidget | None = None
) -> Book | None:
    """The open book, or None when the rep chose to quit or it cannot be opened (said why)."""
    clock = clock or SystemClock()
    while True:
        try:
            return Book.open(location, clock=clock)
        except DamagedDatabase as damaged:
            if RAISE_INSTEAD_OF_ASKING:
                raise
            if not _recover(location, damaged.report, clock, parent):
                return None
        except Exception as exc:
            if RAISE_INSTEAD_OF_ASKING:
                raise
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("Startup", "Groundgame cannot start"),
                message_for(exc, log_dir=location.logs),
            )
            return None


def _recover(
    location: DataLocation, report: DamageReport, clock: Clock, parent: QWidget | None
) -> bool:
    """Ask what to do and do it; False when the rep chose to quit."""
    dialog = DamagedDialog(report, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()  # deleted by Qt's event loop, not by Python's garbage collector
    backup: Path | None = None
    if choice == DamagedDialog.QUIT:
        return False
    if choice == DamagedDialog.RESTORE and report.latest_backup is not None:
        backup = report.latest_backup.path
    elif choice == DamagedDialog.CHOOSE:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Startup", "Choose a backup"),
            str(location.backups),
            QCoreApplication.translate("Startup", "Groundgame backups (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return True  # back to the damage dialog
        backup = Path(chosen)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = recover(location, backup=backup, now=clock.now())
    except Exception as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Startup", "The backup could not be restored"),
            message_for(exc, log_dir=location.logs),
        )
        return True
    QGuiApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Startup", "Your book is back"),
        _restored_text(report, restored),
    )
    return True


def _restored_text(report: DamageReport, restored: RestoreReport | None) -> str:
    kept = QCoreApplication.translate(
        "Startup", "The damaged file is kept in %1 for 14 days."
    ).replace("%1", str(report.damaged_folder.parent))
    if restored is None:
        return (
            QCoreApplication.translate("Startup", "Groundgame starts with an empty book.")
            + " "
            + kept
        )
    latest = report.latest_backup
    if latest is not None and restored.source == latest.path:
        text = QCoreApplication.translate(
            "Startup", "Your book was restored from the backup of %1."
        ).replace("%1", when_text(latest))
    else:
        text = QCoreApplication.translate("Startup", "Your book was restored from %1.").replace(
            "%1", str(restored.source)
        )
    if restored.check != "ok":
        text += " " + QCoreApplication.translate(
            "Startup", "But the restored book failed its check: %1"
        ).replace("%1", restored.check)
    return text + " " + kept
