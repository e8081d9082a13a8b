"""The undo steps kept in the book: push in the action's transaction, read, remove, prune, clear.

A step is written in the same transaction as the action it undoes, so the book and its undo
steps always agree (a crash loses both or neither), and any process sees it. Every statement
here goes to the connection as Core SQL, never through the ORM: the journal must not record
its own bookkeeping, and a journaling session refuses ORM bulk deletes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from tracker.storage.journal import RowChange, changes_from_json, changes_to_json
from tracker.storage.records import Base
from tracker.storage.records.base import utcnow

STEPS = Base.metadata.tables["undo_steps"]  # UndoStepRecord's table


@dataclass(frozen=True)
class StoredStep:
    """An undo step as read back: what the action was and every row it changed."""

    id: str
    seq: int
    action: str
    subject: str
    tables: frozenset[str]
    changes: tuple[RowChange, ...]


def push(
    session: Session,
    *,
    action: str,
    subject: str,
    changes: Sequence[RowChange],
    tables: set[str],
    keep: int,
) -> None:
    """Add a step after the newest one and drop all but the newest `keep`."""
    connection = session.connection()
    newest = connection.execute(select(func.max(STEPS.c.seq))).scalar() or 0
    stamp = utcnow()
    connection.execute(
        insert(STEPS).values(
            seq=newest + 1,
            action=action,
            subject=subject[:300],
            tables=json.dumps(sorted(tables)),
            rows=changes_to_json(changes),
            created_at=stamp,
            updated_at=stamp,
        )
    )
    connection.execute(delete(STEPS).where(STEPS.c.seq <= newest + 1 - keep))


def newest_label(session: Session) -> tuple[str, str] | None:
    """(action, subject) of the step an undo would take back now, without reading its rows."""
    row = (
        session.connection()
        .execute(select(STEPS.c.action, STEPS.c.subject).order_by(STEPS.c.seq.desc()).limit(1))
        .first()
    )
    return (row.action, row.subject) if row is not None else None


def newest(session: Session) -> StoredStep | None:
    """The most recent step with its rows."""
    row = (
        session.connection()
        .execute(select(STEPS).order_by(STEPS.c.seq.desc()).limit(1))
        .mappings()
        .first()
    )
    if row is None:
        return None
    return StoredStep(
        id=row["id"],
        seq=row["seq"],
        action=row["action"],
        subject=row["subject"],
        tables=frozenset(json.loads(row["tables"])),
        changes=tuple(changes_from_json(row["rows"])),
    )


def remove(session: Session, step_id: str) -> None:
    session.connection().execute(delete(STEPS).where(STEPS.c.id == step_id))


def clear(session: Session) -> None:
    """Forget every step (after work that undo steps must not reach behind: an import's undo,
    a demo load, an undo that could not be done)."""
    session.connection().execute(delete(STEPS))


def clear_file(path: Path) -> None:
    """Forget every step in a database file no one has open (a restore's staging copy): steps
    of the restored book would take back actions from before the backup."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if STEPS.name in tables:  # a backup of an older schema has none
            connection.execute(f"DELETE FROM {STEPS.name}")
    finally:
        connection.close()
