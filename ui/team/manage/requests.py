"""How the manager's dialogs talk to the team server: every request on a worker thread, its
answer (or what went wrong, in words) back on the GUI thread.

An answer is dropped when the dialog is gone, or when a newer request of the same kind replaced
it (a filter typed letter by letter asks again and again; only the last answer counts). A refusal
because the user is no manager (any more) also tells the window, which hides the manager's menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from tracker.domain.changes import Changes
from tracker.services.book import Book
from tracker.services.team.manager import TeamManager
from tracker.sync.errors import Forbidden
from ui.bus import Bus
from ui.operations import Operations
from ui.team.failures import failure_text

T = TypeVar("T")


@dataclass(frozen=True)
class ManageContext:
    """What every manager's dialog needs of the window."""

    book: Book
    operations: Operations
    bus: Bus
    # After a move (an assignment, a share, a handover or its undo): sync the manager's own book,
    # so what left it or came to it shows on this laptop too.
    after_move: Callable[[], None]

    @property
    def server_url(self) -> str:
        status = self.book.team.status()
        return status.server_url if status is not None else ""


class Requests(QObject):
    """Runs one dialog's requests; `busy` while any runs, `writing` while a move runs."""

    busy_changed = Signal()
    failed = Signal(str)  # a failure without a handler of its own, in words for the manager

    def __init__(self, context: ManageContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._latest: dict[str, int] = {}
        self._running = 0
        self._writes = 0

    def _changed(self) -> None:
        """The dialog's cursor says the server is being asked (it stays usable meanwhile)."""
        dialog = self.parent()
        if isinstance(dialog, QWidget):
            if self._running:
                dialog.setCursor(Qt.CursorShape.BusyCursor)
            else:
                dialog.unsetCursor()
        self.busy_changed.emit()

    @property
    def busy(self) -> bool:
        return self._running > 0

    @property
    def writing(self) -> bool:
        return self._writes > 0

    def read(
        self,
        kind: str,
        work: Callable[[TeamManager], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        """Ask the server for something; a newer read of the same `kind` replaces this one."""
        self._start(kind, work, on_done, on_failed, write=False)

    def write(
        self,
        kind: str,
        work: Callable[[TeamManager], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        """Ask the server to change something (the dialog disables its actions meanwhile)."""
        self._start(kind, work, on_done, on_failed, write=True)

    def _start(
        self,
        kind: str,
        work: Callable[[TeamManager], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None,
        *,
        write: bool,
    ) -> None:
        ticket = self._latest.get(kind, 0) + 1
        self._latest[kind] = ticket
        self._running += 1
        self._writes += write
        manager = self.context.book.team_manager  # built here, on the GUI thread

        def finish() -> bool:
            """Count the request as ended; whether its answer still matters."""
            if not shiboken6.isValid(self):
                return False  # the dialog is gone
            self._running -= 1
            self._writes -= write
            self._changed()
            return self._latest.get(kind) == ticket

        def succeeded(result: Any) -> None:
            if finish():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, Forbidden):  # the laptop forgot the role: the menu follows
                self.context.bus.changed.emit(Changes(team=True), self)
            text = failure_text(
                exc, server=self.context.server_url, log_dir=self.context.book.location.logs
            )
            if on_failed is not None:
                on_failed(text)
            else:
                self.failed.emit(text)

        self._changed()
        self.context.operations.run_background(
            lambda: work(manager), on_done=succeeded, on_failed=failed
        )
