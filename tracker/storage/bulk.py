"""Fast bulk inserts for large generated or imported data, bypassing the ORM unit of work.

Values are written in the exact text forms SQLAlchemy's SQLite types use, so rows inserted here
read back through the ORM like any other. Triggers (the search index) fire as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def sql_datetime(value: datetime | None) -> str | None:
    """An aware instant as SQLAlchemy stores a naive-UTC DateTime on SQLite."""
    if value is None:
        return None
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def sql_wall_time(value: datetime | None) -> str | None:
    """A naive wall-clock time in SQLAlchemy's SQLite DateTime text form."""
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def sql_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """executemany an INSERT of `rows` (tuples in `columns` order) into `table`; returns the count."""
    unknown = [name for name in columns if name not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {', '.join(unknown)}")
    placeholders = ", ".join("?" for _ in columns)
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})"
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        total = 0
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 20000:
                cursor.executemany(statement, batch)
                total += len(batch)
                batch.clear()
        if batch:
            cursor.executemany(statement, batch)
            total += len(batch)
        return total
    finally:
        cursor.close()
