"""Keeping the book safe while the app runs: automatic backups, the weekly check, the File menu's
backup actions, and restoring a backup.

Automatic backups (at start, every 30 minutes if something changed) and the weekly full check run
on a worker thread without a dialog; a failure shows as a banner, not a pop-up every half hour.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tracker.services.safety.recovery import BackupInfo, RestoreReport
from ui.dialogs.damaged import when_text
from ui.problems import message_for
from ui.shell import Shell
from ui.widgets.banner import Banner

PERIOD_MS = 30 * 60 * 1000
# The start-up backup and checks run on worker threads; on two cores they would slow the first
# paint, so they begin a moment after the window is up.
START_DELAY_MS = 3000


class Safekeeping(QObject):
    """Backups and checks for one main window; owns the File menu's backup actions."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.book = window.book
        self.operations = window.operations
        writable = not self.book.read_only
        self.back_up_action = self._action(self.tr("&Back up now"), self.back_up_now)
        self.back_up_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B))
        self.back_up_action.setEnabled(writable)
        self.save_action = self._action(self.tr("&Save a backup to…"), self.ask_save_to)
        self.save_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S)
        )
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.ask_restore)
        self.restore_action.setEnabled(writable)
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.periodic)

    def actions(self) -> list[QAction]:
        return [self.back_up_action, self.save_action, self.restore_action]

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- automatic -----------------------------------------------------------------------------
    def start_soon(self, delay_ms: int = START_DELAY_MS) -> None:
        """Call `start` once the event loop has had `delay_ms` to paint the window. The timer is
        a child of this object, so it never fires after the window is gone."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self.start)
        timer.timeout.connect(timer.deleteLater)
        timer.start(delay_ms)

    def start(self) -> None:
        """At start: a backup if anything changed since the last one, the weekly check if due (or
        the page check a large book skipped while opening), and every 30 minutes another backup
        if something changed."""
        if self.book.read_only:
            return
        self.timer.start()
        self._background_backup("start")
        full = self.book.maintenance.full_check_due()
        if full or not self.book.pages_checked:  # a large book's pages are checked now
            self.operations.run_background(
                lambda: self.book.maintenance.check(full=full),
                on_done=self._checked,
                on_failed=self._check_failed,
            )

    def periodic(self) -> None:
        if not self.operations.busy:  # never on top of an import or a restore
            self._background_backup("periodic")

    def _background_backup(self, reason: str) -> None:
        self.operations.run_background(
            lambda: self.book.backups.take_if_changed(reason),
            on_done=self._backed_up_quietly,
            on_failed=self._backup_failed,
        )

    def _backed_up_quietly(self, backup: BackupInfo | None) -> None:
        if backup is not None:
            self.window.banners.hide_banner("backup-failed")

    def _backup_failed(self, exc: BaseException) -> None:
        text = self.tr("The automatic backup failed: %1").replace(
            "%1", message_for(exc, log_dir=self.book.location.logs)
        )
        banner = Banner("backup-failed", text, level="error")
        retry = banner.add_action("retry", self.tr("&Try again"))
        retry.clicked.connect(self.back_up_now)
        self.window.banners.show_banner(banner)

    def _checked(self, report: Any) -> None:
        if not report.ok:
            self._damage_found(report.integrity if report.integrity != "ok" else "")

    def _check_failed(self, exc: BaseException) -> None:
        self._damage_found(message_for(exc, log_dir=self.book.location.logs))

    def _damage_found(self, detail: str) -> None:
        text = self.tr(
            "A check found damage in your book. Restore the latest backup "
            "(File → Restore from backup…) before you go on. %1"
        ).replace("%1", detail)
        banner = Banner("check-failed", text.strip(), level="error", closable=False)
        restore = banner.add_action("restore", self.tr("&Restore…"))
        restore.clicked.connect(self.ask_restore)
        self.window.banners.show_banner(banner)

    # -- on request ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.operations.run_job(
            self.tr("Backing up…"),
            lambda _progress: self.book.backups.take("manual"),
            on_done=self._backed_up,
        )

    def _backed_up(self, backup: BackupInfo) -> None:
        self.window.banners.hide_banner("backup-failed")
        self.window.statusBar().showMessage(
            self.tr("Backed up (%1).").replace("%1", backup.path.name), 10_000
        )

    def ask_save_to(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a backup to"),
            str(Path.home() / "groundgame-backup.sqlite3"),
            self.tr("Groundgame backups (*.sqlite3)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        self.operations.run_job(
            self.tr("Saving a backup…"),
            lambda _progress: self.book.backups.save_to(path),
            on_done=lambda saved: self.window.statusBar().showMessage(
                self.tr("Backup saved to %1.").replace("%1", str(saved)), 10_000
            ),
        )

    def ask_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(self.book.location.backups),
            self.tr("Groundgame backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace your book with the backup %1? Your book as it is now is backed up "
                "first, so this can be taken back."
            ).replace("%1", Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        """Restore `path` in a worker behind a progress dialog; the screens reload after."""
        self.operations.run_job(
            self.tr("Restoring…"),
            lambda progress: self.book.backups.restore(path, progress=progress),
            on_done=self._restored,
        )

    def _restored(self, report: RestoreReport) -> None:
        self.window.banners.hide_banner("check-failed")
        when = (
            when_text(BackupInfo(report.source, report.taken_at, "", 0))
            if report.taken_at
            else report.source.name
        )
        self.window.statusBar().showMessage(
            self.tr("Restored the backup of %1.").replace("%1", when), 15_000
        )
        if report.check != "ok":
            QMessageBox.warning(
                self.window,
                self.tr("Restore from backup"),
                self.tr("The restored book failed its check: %1").replace("%1", report.check),
            )
