"""Undo of the last undoable action (a logged outcome, a merge, a bulk delete …)."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.changes import Changes, Written
from tracker.services.context import ServiceContext
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
    """Takes back the most recent undoable actions of this session, newest first."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def peek(self) -> UndoInfo | None:
        """The action an undo would take back now, if any."""
        steps = self._ctx.history.steps
        return UndoInfo(steps[-1].action, steps[-1].subject) if steps else None

    def undo(self) -> Written[UndoInfo]:
        """Restore every row the last action changed, as it was before; one transaction."""
        history = self._ctx.history
        if not history.steps:
            raise NothingToUndo("nothing to undo")
        step = history.steps[-1]
        try:
            with self._ctx.db.write() as session:
                undo_changes(session, list(step.changes))
        except UndoConflict as exc:
            history.clear()
            raise CannotUndo(f"cannot undo {step.action}: {exc}") from exc
        history.steps.pop()
        return Written(UndoInfo(step.action, step.subject), step.made | Changes())
