"""Undoable writes whose updated rows all carry one `updated_at` stamp.

Why: when a flush updates several rows of a table in one executemany, SQLAlchemy evaluates the
`onupdate` default per row, but the objects may all show the first value afterwards; the undo
journal (tracker.storage.journal) reads the stamp from the object, so undo would then see rows
"changed after the action" and refuse. Stamping every updated row of the action with the same
explicit value keeps the object and the database in agreement.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from tracker.services.context import ServiceContext
from tracker.storage.records.base import utcnow


@contextmanager
def undoable(ctx: ServiceContext, action: str, subject: str) -> Iterator[Session]:
    """ctx.undoable(action, subject), with one `updated_at` for every row it updates."""
    with ctx.undoable(action, subject) as session:
        stamp = utcnow()

        def stamp_updates(session: Session, _context: Any, _instances: Any) -> None:
            for row in session.dirty:
                if hasattr(row, "updated_at") and session.is_modified(row):
                    row.updated_at = stamp

        event.listen(session, "before_flush", stamp_updates)
        try:
            yield session
            session.flush()
        finally:
            event.remove(session, "before_flush", stamp_updates)
