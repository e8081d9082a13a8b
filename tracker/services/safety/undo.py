"""Undo of the last undoable action (a logged outcome, a merge, a bulk delete …), from any process.

The steps live in the book (`tracker.storage.undo_log`), so `groundgame undo` takes back what the
app did and the app's Ctrl+Z what a command did; both read the newest step inside the undo's own
write transaction, so two processes can never take back the same step twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.changes import Changes, Written
from tracker.services.context import ServiceContext, changes_for_tables
from tracker.storage import undo_log
from tracker.storage.journal import UndoConflict, undo_changes


class NothingToUndo(RuntimeError):
    """There is no action left to undo."""


class CannotUndo(RuntimeError):
    """The last action cannot be undone any more; the message says why."""


@dataclass(frozen=True)
class UndoInfo:
    """What the next undo would take back: a stable action code and a subject for the label."""

    action: str
    subject: str


class UndoService:
    """Takes back the most recent undoable actions, newest first, whichever process made them."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def peek(self) -> UndoInfo | None:
        """The action an undo would take back now, if any."""
        with self._ctx.db.read() as session:
            found = undo_log.newest_label(session)
        return UndoInfo(*found) if found is not None else None

    def undo(self) -> Written[UndoInfo]:
        """Restore every row the last action changed, as it was before; one transaction.

        When later work stands in the way (a row changed since, or later rows refer to one the
        action added), nothing is changed, CannotUndo says what, and the undo history is
        forgotten: the older steps lie beneath this one and cannot be taken back past it.
        """
        try:
            with self._ctx.db.write() as session:
                step = undo_log.newest(session)
                if step is None:
                    raise NothingToUndo("nothing to undo")
                try:
                    undo_changes(session, step.changes)
                except UndoConflict as exc:
                    what = step.action.replace("_", " ")
                    raise CannotUndo(
                        f"cannot undo {what} ({step.subject}): {exc}, so nothing was undone; "
                        "the undo history was cleared"
                    ) from exc
                undo_log.remove(session, step.id)
        except CannotUndo:
            with self._ctx.db.write() as session:  # after the rollback of the attempt
                undo_log.clear(session)
            raise
        info = UndoInfo(step.action, step.subject)
        return Written(info, changes_for_tables(set(step.tables)) | Changes())
