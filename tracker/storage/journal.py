"""Undo journal: before-images of every row an undoable action inserts, updates or deletes.

While a Session carries a Journal in `session.info`, mapper events record each flushed row in
flush order: inserted primary keys, and for updates and deletes the row as the database held it
just before (read with the flush's own connection, so it is exact even for unloaded attributes).
Values are kept as SQLite stores them and undo writes them back the same way, byte for byte;
these reads and writes go straight to the driver, since they run for every row of every
undoable action (logging an outcome among them). Triggers (the search index) follow.
Bulk UPDATE/DELETE statements bypass the mapper and are refused while a journal is active.

Undo refuses (UndoConflict) rather than overwrite later work: a row whose `updated_at` moved on
since the action, or a row the action added that later rows refer to (deleting it would cascade
into them or unlink them).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, Literal

from sqlalchemy import Connection, Table, event, inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from tracker.storage.bulk import sql_datetime, sql_wall_time
from tracker.storage.records.base import Base

JOURNAL_KEY = "groundgame_journal"

Operation = Literal["insert", "update", "delete"]

# How a conflict names the rows of a table to the rep.
TABLE_NOUNS: dict[str, str] = {
    "accounts": "the account",
    "contacts": "the contact",
    "contact_phones": "the contact's phone numbers",
    "contact_emails": "the contact's e-mail addresses",
    "contact_tags": "the contact's tags",
    "notes": "a note",
    "deals": "the deal",
    "deal_stage_changes": "the deal's stage history",
    "activities": "a planned or logged activity",
    "activity_series": "a repeating appointment",
    "purchases": "a purchase",
    "referrals": "a referral",
    "preferences": "the preferences",
}


class UndoConflict(RuntimeError):
    """Undoing would overwrite or remove later work; the message says what changed since."""

    def __init__(self, table: str, *, referenced: bool = False) -> None:
        noun = TABLE_NOUNS.get(table, f"a row of {table}")
        if referenced:
            super().__init__(f"later work refers to {noun} it added")
        else:
            super().__init__(f"{noun} changed after it")
        self.table = table


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


def stop_journal(session: Session) -> None:
    """Record nothing more (the journal keeps what it has)."""
    session.info.pop(JOURNAL_KEY, None)


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


def undo_changes(session: Session, changes: Sequence[RowChange]) -> None:
    """Put every row back as it was before the changes, newest first.

    Raises UndoConflict (and changes nothing, as the caller's transaction rolls back) when a row
    was changed again after the action, or when later rows refer to a row the action added.
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
                raise UndoConflict(change.table)
        try:
            if change.operation == "insert":
                # Rows the action itself added or repointed were put back before (newest first);
                # any row still pointing here came later and would be deleted or unlinked.
                if _referenced(connection, change.table, change.key):
                    raise UndoConflict(change.table, referenced=True)
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
        except IntegrityError as exc:  # e.g. a row with the same unique value was added since
            raise UndoConflict(change.table) from exc


@cache
def _references(table_name: str) -> tuple[tuple[str, str, str], ...]:
    """(child table, child column, referenced column) of every foreign key pointing at a table."""
    found = []
    for child in Base.metadata.sorted_tables:
        for key in child.foreign_keys:
            if key.column.table.name == table_name:
                found.append((child.name, key.parent.name, key.column.name))
    return tuple(found)


def _referenced(connection: Connection, table_name: str, key: dict[str, Any]) -> bool:
    """True when some row (live or soft-deleted) of another table points at this one."""
    for child, column, target in _references(table_name):
        if target not in key:
            continue
        hit = connection.exec_driver_sql(
            f"SELECT 1 FROM {child} WHERE {column} = ? LIMIT 1", (key[target],)
        ).first()
        if hit is not None:
            return True
    return False


# -- the journal as JSON (undo steps and import batches keep it in the book) ----------------------
# Values are kept as SQLite stores them: text, integers, reals and NULL, which JSON holds exactly
# (Python writes floats by their shortest round-tripping repr); a blob is tagged.
def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$b" in value:
            return base64.b64decode(value["$b"])
        # Imports of earlier versions wrote instants and days as tagged objects: the stored text.
        if "$dt" in value:
            moment = datetime.fromisoformat(value["$dt"])
            return sql_wall_time(moment) if moment.tzinfo is None else sql_datetime(moment)
        if "$d" in value:
            return value["$d"]
    return value


def changes_to_json(changes: Sequence[RowChange]) -> str:
    """The row changes as JSON text, exactly as undo_changes needs them back."""
    return json.dumps(
        [
            {
                "op": c.operation,
                "table": c.table,
                "key": {name: _encode(v) for name, v in c.key.items()},
                "before": None
                if c.before is None
                else {name: _encode(v) for name, v in c.before.items()},
                "after": _encode(c.updated_after),
            }
            for c in changes
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def changes_from_json(data: str | None) -> list[RowChange]:
    """Row changes written by changes_to_json (also by imports of earlier versions)."""
    if not data:
        return []
    return [
        RowChange(
            item["op"],
            item["table"],
            {name: _decode(v) for name, v in item["key"].items()},
            None if item["before"] is None else {k: _decode(v) for k, v in item["before"].items()},
            _decode(item["after"]),
        )
        for item in json.loads(data)
    ]
