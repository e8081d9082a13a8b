"""The *Manage the team* part of the Team menu: shown only to a user the team server knows as a
sales manager (the role the login answered, kept with the sign-in), hidden for reps, solo books
and signed-out laptops. Each entry opens its dialog (or brings it forward when open).

After a dialog moved books between reps, the manager's own laptop syncs at once (or right after
the sync that is running), so accounts given to or taken from the manager show here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from tracker.domain.team import TeamStatus
from ui.shell import Shell
from ui.team.manage.requests import ManageContext
from ui.team.runner import SyncRunner

translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context


class ManageActions(QObject):
    """The manager's menu entries and their dialogs (one of each kind at a time)."""

    def __init__(self, window: Shell, menu: QMenu, runner: SyncRunner, after: QAction) -> None:
        super().__init__(menu)
        self.window = window
        self.runner = runner
        self.context = ManageContext(
            book=window.book,
            operations=window.operations,
            bus=window.operations.bus,
            after_move=self.sync_own_book,
        )
        self.dialogs: dict[str, QDialog] = {}
        self._sync_again = False
        runner.succeeded.connect(lambda _report: self._sync_if_asked())
        runner.failed.connect(lambda _exc: self._sync_if_asked())

        self.section = QAction(translate("ManageTeam", "Manage the team"), menu)
        self.section.setSeparator(True)
        self.reps_action = self._action(
            translate("ManageTeam", "&Reps and accounts…"), "reps", self._reps_dialog
        )
        self.territories_action = self._action(
            translate("ManageTeam", "&Territories…"), "territories", self._territories_dialog
        )
        self.share_action = self._action(
            translate("ManageTeam", "Sh&are an account…"), "share", self._share_dialog
        )
        self.lists_action = self._action(
            translate("ManageTeam", "Send a call l&ist…"), "lists", self._lists_dialog
        )
        self.handover_action = self._action(
            translate("ManageTeam", "&Hand over a book…"), "handover", self._handover_dialog
        )
        self.actions = [
            self.reps_action,
            self.territories_action,
            self.share_action,
            self.lists_action,
            self.handover_action,
        ]
        entries = menu.actions()
        position = entries.index(after) + 1
        before = entries[position] if position < len(entries) else None
        menu.insertActions(before, [self.section, *self.actions])  # type: ignore[arg-type]
        self.show_for(None)

    def _action(self, text: str, key: str, make: Callable[[], QDialog]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda: self.open(key, make))
        return action

    def show_for(self, status: TeamStatus | None) -> None:
        """Show the part for a signed-in manager, hide it for everyone else."""
        shown = status is not None and status.signed_in and status.manager
        for action in (self.section, *self.actions):
            action.setVisible(shown)

    # -- dialogs -------------------------------------------------------------------------------
    def open(self, key: str, make: Callable[[], QDialog]) -> QDialog:
        """Open the dialog of this kind, or bring the open one forward."""
        dialog = self.dialogs.get(key)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = make()
        dialog.finished.connect(lambda _result: self._forget(key))
        self.dialogs[key] = dialog
        dialog.open()
        return dialog

    def _forget(self, key: str) -> None:
        dialog = self.dialogs.pop(key, None)
        if dialog is not None:
            dialog.deleteLater()

    def _reps_dialog(self) -> QDialog:
        from ui.team.manage.reps_accounts import RepsAccountsDialog

        return RepsAccountsDialog(self.context, self.window)  # type: ignore[arg-type]

    def _territories_dialog(self) -> QDialog:
        from ui.team.manage.territories import TerritoriesDialog

        return TerritoriesDialog(self.context, self.window)  # type: ignore[arg-type]

    def _share_dialog(self) -> QDialog:
        from ui.team.manage.share import ShareDialog

        return ShareDialog(self.context, self.window)  # type: ignore[arg-type]

    def _lists_dialog(self) -> QDialog:
        from ui.team.manage.call_lists import CallListsDialog

        return CallListsDialog(self.context, self.window)  # type: ignore[arg-type]

    def _handover_dialog(self) -> QDialog:
        from ui.team.manage.handover import HandoverDialog

        return HandoverDialog(self.context, self.window)  # type: ignore[arg-type]

    # -- the manager's own book ----------------------------------------------------------------
    def sync_own_book(self) -> None:
        """Sync this laptop now, or once the running sync ends (it may have missed the move)."""
        status = self.window.book.team.status()
        if self.window.book.read_only or status is None or not status.signed_in:
            return
        if not self.runner.start():
            self._sync_again = True

    def _sync_if_asked(self) -> None:
        if self._sync_again:
            self._sync_again = False
            self.runner.start()


def install_manage_actions(
    window: Shell, menu: QMenu, runner: SyncRunner, *, after: QAction
) -> ManageActions:
    """Add the manager's part to the Team menu, right after `after`."""
    return ManageActions(window, menu, runner, after)
