"""Team mode in the main window: the Team menu, the status bar line, and background sync.

Installed by the main window with one call. A book without a team shows only *Sign in to a
team…*; once signed in, the menu has *Sync now* (F9, the send/receive key reps know from their
mail program), *Conflicts…*, *Sign out* and *Leave the team…*, and the status bar tells how sync
stands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from tracker.domain.changes import Changes, Written
from tracker.domain.team import TeamStatus
from ui.display import plural
from ui.shell import Shell
from ui.team.failures import Failure, failure_of
from ui.team.manage.actions import install_manage_actions
from ui.team.runner import SyncRunner
from ui.team.schedule import SyncSchedule
from ui.team.status import Click, TeamStatusWidget, status_line

MINUTE_MS = 60_000  # "2 min ago" stays true
CLOSE_WAIT_MS = 3_000  # how long closing the window waits for a running sync to stop

# The server refused this sign-in: the menu offers to sign in again.
NEEDS_SIGN_IN = frozenset({Failure.SIGN_IN, Failure.PASSWORD, Failure.REVOKED})

translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context


class TeamControls(QObject):
    """Owns the team actions, the status line and the background sync of one main window."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.book = window.book
        self.operations = window.operations
        self.bus = window.operations.bus
        self.status: TeamStatus | None = None
        self.sign_in_dialog: QDialog | None = None
        self.conflicts_dialog: QDialog | None = None
        self.runner = SyncRunner(self.book, self.bus, self)
        self.schedule = SyncSchedule(self.runner, self.book, self.bus, self.operations, self)

        self.sign_in_action = self._action(
            translate("TeamControls", "&Sign in to a team…"), self.sign_in
        )
        self.sync_action = self._action(translate("TeamControls", "S&ync now"), self.sync_now)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.conflicts_action = self._action(
            translate("TeamControls", "&Conflicts…"), self.show_conflicts
        )
        self.sign_out_action = self._action(translate("TeamControls", "Sign &out"), self.sign_out)
        self.leave_action = self._action(translate("TeamControls", "&Leave the team…"), self.leave)
        self.menu = QMenu(translate("TeamControls", "&Team"), window.menuBar())
        self.menu.setObjectName("teamMenu")
        for action in (self.sign_in_action, self.sync_action, self.conflicts_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.sign_out_action)
        self.menu.addAction(self.leave_action)
        # A manager's part (reps and accounts, territories, lists, handovers), for managers only.
        self.manage = install_manage_actions(
            window, self.menu, self.runner, after=self.conflicts_action
        )
        menus = window.menuBar().actions()
        window.menuBar().insertMenu(menus[-1] if menus else None, self.menu)  # before Help

        self.status_widget = TeamStatusWidget()
        window.statusBar().insertPermanentWidget(0, self.status_widget)
        self.status_widget.state_clicked.connect(self._state_clicked)
        self.status_widget.problems_clicked.connect(self.show_conflicts)

        # Many changes in one go (an import, a pull) read the status once.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.minute = QTimer(self)
        self.minute.setInterval(MINUTE_MS)
        self.minute.timeout.connect(self.refresh)
        self.bus.changed.connect(lambda *_: self._refresh_soon.start())
        self.runner.changed.connect(self._show)
        window.installEventFilter(self)
        self.refresh()

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the team status again and show it in the menu and the status bar."""
        self.status = self.book.team.status()
        if self.status is None:
            self.minute.stop()
        elif not self.minute.isActive():
            self.minute.start()
        self._show()

    def _show(self) -> None:
        status, running = self.status, self.runner.running
        joined = status is not None
        signed_in = status is not None and status.signed_in
        writable = not self.book.read_only
        failure = self.runner.activity.failure
        refused = failure is not None and failure_of(failure) in NEEDS_SIGN_IN
        self.sign_in_action.setVisible(not signed_in or refused)
        self.sign_in_action.setText(
            translate("TeamControls", "&Sign in again…")
            if joined
            else translate("TeamControls", "&Sign in to a team…")
        )
        self.sign_in_action.setEnabled(writable and not running)
        for action in (self.sync_action, self.sign_out_action):
            action.setVisible(signed_in)
        self.conflicts_action.setVisible(joined)
        self.leave_action.setVisible(joined)
        self.sync_action.setEnabled(writable and not running)
        self.manage.show_for(status)
        self.sign_out_action.setEnabled(not running)
        self.leave_action.setEnabled(writable and not running)
        if status is None:
            self.status_widget.show_line(None)
            return
        shortcut = self.sync_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        line = status_line(status, self.runner.activity, self.book.clock.now(), shortcut=shortcut)
        self.status_widget.show_line(line)

    def _state_clicked(self, click: str) -> None:
        if click == Click.SIGN_IN:
            self.sign_in()
        elif click == Click.SYNC:
            self.sync_now()

    # -- actions -------------------------------------------------------------------------------
    def start_soon(self) -> None:
        """Sync by itself from now on (the app calls this once the window is up)."""
        if not self.book.read_only:
            self.schedule.start()

    def sync_now(self) -> None:
        """Sync at once (F9); a sync already running is left to finish."""
        if self.status is None:
            return
        if not self.status.signed_in:
            self.sign_in()
            return
        self.runner.start()

    def sign_in(self) -> None:
        """Open the sign-in dialog (window-modal; the main window keeps painting behind it)."""
        from ui.team.sign_in import SignInDialog

        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            return
        dialog = SignInDialog(self.book, self.operations, self.runner, self.window)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(lambda _result: self._forget_dialog("sign_in_dialog"))
        self.sign_in_dialog = dialog
        dialog.open()

    def _forget_dialog(self, name: str) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.deleteLater()

    def _signed_in(self, _status: TeamStatus) -> None:
        self.bus.changed.emit(Changes(team=True), self)
        self.schedule.resume()

    def show_conflicts(self) -> None:
        """Open the Conflicts dialog (or bring it forward)."""
        from ui.team.conflicts import ConflictsDialog

        if self.conflicts_dialog is not None:
            self.conflicts_dialog.raise_()
            return
        dialog = ConflictsDialog(self.book, self.operations, self.bus, self.window)
        dialog.finished.connect(lambda _result: self._forget_dialog("conflicts_dialog"))
        self.conflicts_dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        """Forget this laptop's sign-in; the server is told if it can be reached."""

        def signed_out(status: TeamStatus) -> None:
            text = translate("TeamControls", "Signed out of %1.").replace("%1", status.server_url)
            if status.waiting:
                text += " " + plural(
                    status.waiting,
                    translate("TeamControls", "%n change waits for your next sign-in."),
                    translate("TeamControls", "%n changes wait for your next sign-in."),
                )
            self.window.statusBar().showMessage(text, 15_000)

        self.operations.run_job(
            translate("TeamControls", "Signing out…"),
            lambda _progress: Written(self.book.team.sign_out(), Changes(team=True)),
            on_done=signed_out,
        )

    def leave(self) -> None:
        """Leave the team after a question that says what would be lost."""
        status = self.book.team.status()
        if status is None:
            return
        text = translate(
            "TeamControls",
            "Your book keeps all its data, but it stops syncing with %1: your changes no longer "
            "reach the team, and the team's no longer reach you.",
        ).replace("%1", status.server_url)
        if status.waiting:
            text += "\n\n" + plural(
                status.waiting,
                translate(
                    "TeamControls",
                    "%n change made on this laptop has not reached the team and never will.",
                ),
                translate(
                    "TeamControls",
                    "%n changes made on this laptop have not reached the team and never will.",
                ),
            )
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("TeamControls", "Leave the team"))
        box.setText(translate("TeamControls", "Leave the team?"))
        box.setInformativeText(text)
        leave = box.addButton(
            translate("TeamControls", "&Leave the team"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not leave:
            return
        lost = self.operations.write(
            lambda: Written(self.book.team.leave(), Changes(team=True)), initiator=self
        )
        self.refresh()
        if lost is not None:
            self.window.statusBar().showMessage(
                translate("TeamControls", "You left the team. Your book keeps all its data."),
                15_000,
            )

    # -- closing -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """No new syncs; a running one is asked to stop and given a moment (each of its steps is
        complete alone, so one cut short resumes next time)."""
        self.schedule.stop()
        self.minute.stop()
        self.runner.cancel()
        self.runner.wait(CLOSE_WAIT_MS)


def install_team_controls(window: Shell) -> TeamControls:
    """Add team mode to the main window."""
    return TeamControls(window)
