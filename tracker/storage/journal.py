"""Undo journal: before-images of every row an undoable action inserts, updates or deletes.

While a Session carries a Journal in `session.info`, mapper events record each flushed row in
flush order: inserted primary keys, and for updates and deletes the row as the database held it
just before (read with the flush's own connection, so it is exact even for unloaded attributes).
Values are kept as SQLite stores them and undo writes them back the same way, byte for byte;
these reads and writes go straight to the driver, since they run for every row of every
undoable action (logging an outcome among them). Triggers (the search index) follow.
Bulk UPDATE/DELETE statements bypass the mapper and are refused while a journal is active.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Table, event, inspect
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from tracker.storage.records.base import Base

JOURNAL_KEY = "groundgame_journal"

Operation = Literal["insert", "update", "delete"]


class UndoConflict(RuntimeError):
    """A row changed after the action that is to be undone; undoing would overwrite that change."""


@dataclass(frozen=True)
class RowChange:
    """One row touched by an action: the table, its key, its values before, its stamp after."""

    operation: Operation
    table: str
    key: dict[str, Any]
    before: dict[str, Any] | None
    updated_after: str | None  # the stored text of updated_at after the action


@dataclass
class Journal:
    """Row changes collected during one transaction, in the order they were flushed."""

    changes: list[RowChange] = field(default_factory=list)

    @property
    def tables(self) -> set[str]:
        return {change.table for change in self.changes}


def start_journal(session: Session) -> Journal:
    """Record every row this Session flushes from now on."""
    journal = Journal()
    session.info[JOURNAL_KEY] = journal
    return journal


def _journal_of(connection: Connection, target: Any) -> Journal | None:
    session = inspect(target).session
    if session is None:
        return None
    journal = session.info.get(JOURNAL_KEY)
    return journal if isinstance(journal, Journal) else None


def _key_of(mapper: Mapper[Any], target: Any) -> dict[str, Any]:
    return {
        str(column.key): getattr(target, mapper.get_property_by_column(column).key)
        for column in mapper.primary_key
    }


def _where(key: dict[str, Any]) -> str:
    return " AND ".join(f"{name} = ?" for name in key)


def _current_row(
    connection: Connection, table: Table, key: dict[str, Any]
) -> dict[str, Any] | None:
    """The row as stored (raw SQLite values), or None."""
    names = [column.name for column in table.columns]
    row = connection.exec_driver_sql(
        f"SELECT {', '.join(names)} FROM {table.name} WHERE {_where(key)}", tuple(key.values())
    ).first()
    return dict(zip(names, row, strict=True)) if row is not None else None


def _stored_stamp(connection: Connection, table: Table, key: dict[str, Any]) -> str | None:
    """The row's `updated_at` as the database holds it now.

    Read back rather than taken from the object: a flush that updates several rows in one
    executemany evaluates `onupdate` once, so the objects' attributes cannot be trusted.
    """
    if "updated_at" not in table.c:
        return None
    value = connection.exec_driver_sql(
        f"SELECT updated_at FROM {table.name} WHERE {_where(key)}", tuple(key.values())
    ).scalar()
    return None if value is None else str(value)


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    journal = _journal_of(connection, target)
    if journal is not None:
        table = mapper.local_table
        assert isinstance(table, Table)
        key = _key_of(mapper, target)
        journal.changes.append(
            RowChange("insert", table.name, key, None, _stored_stamp(connection, table, key))
        )


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    journal = _journal_of(connection, target)
    if journal is not None:
        table = mapper.local_table
        assert isinstance(table, Table)
        key = _key_of(mapper, target)
        journal.changes.append(
            RowChange("update", table.name, key, _current_row(connection, table, key), None)
        )


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    journal = _journal_of(connection, target)
    if journal is None:
        return
    # Flushes run before_update for a whole batch of rows first, so look the entry up by key.
    table = mapper.local_table
    assert isinstance(table, Table)
    key = _key_of(mapper, target)
    for index in range(len(journal.changes) - 1, -1, -1):
        entry = journal.changes[index]
        if entry.operation == "update" and entry.table == table.name and entry.key == key:
            journal.changes[index] = RowChange(
                "update",
                entry.table,
                entry.key,
                entry.before,
                _stored_stamp(connection, table, key),
            )
            return


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    journal = _journal_of(connection, target)
    if journal is not None:
        table = mapper.local_table
        assert isinstance(table, Table)
        key = _key_of(mapper, target)
        journal.changes.append(
            RowChange("delete", table.name, key, _current_row(connection, table, key), None)
        )


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and JOURNAL_KEY in state.session.info:
        raise RuntimeError("an undoable action must change rows one by one through the ORM")


def undo_changes(session: Session, changes: list[RowChange]) -> None:
    """Put every row back as it was before the changes, newest first.

    Raises UndoConflict (and changes nothing, as the caller's transaction rolls back) when a row
    was changed again after the action.
    """
    tables = Base.metadata.tables
    connection = session.connection()
    for change in reversed(changes):
        table = tables[change.table]
        where, key = _where(change.key), tuple(change.key.values())
        if (
            change.operation != "delete"
            and change.updated_after is not None
            and "updated_at" in table.c
        ):
            current = connection.exec_driver_sql(
                f"SELECT updated_at FROM {table.name} WHERE {where}", key
            ).scalar()
            if current is not None and str(current) != change.updated_after:
                raise UndoConflict(f"a row in {change.table} changed after this action")
        if change.operation == "insert":
            connection.exec_driver_sql(f"DELETE FROM {table.name} WHERE {where}", key)
        elif change.operation == "update" and change.before is not None:
            assignments = ", ".join(f"{name} = ?" for name in change.before)
            connection.exec_driver_sql(
                f"UPDATE {table.name} SET {assignments} WHERE {where}",
                (*change.before.values(), *key),
            )
        elif change.operation == "delete" and change.before is not None:
            names = ", ".join(change.before)
            marks = ", ".join("?" for _ in change.before)
            connection.exec_driver_sql(
                f"INSERT INTO {table.name} ({names}) VALUES ({marks})",
                tuple(change.before.values()),
            )
