"""Reading values from raw SQL rows in the text forms SQLAlchemy stores on SQLite."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

E = TypeVar("E", bound=StrEnum)


def instant(value: Any) -> datetime | None:
    """A stored naive-UTC DateTime (text or datetime) as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def day(value: Any) -> date | None:
    """A stored Date (text or date)."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def enum_or_none(enum_cls: type[E], value: Any) -> E | None:
    return None if value is None else enum_cls(value)


def members(enum_cls: type[E]) -> dict[str, E]:
    """The enum's members by stored value: a dictionary look-up, for rows read by the thousand
    (calling the enum class costs about twenty times as much)."""
    return {member.value: member for member in enum_cls}


def placeholders(prefix: str, values: list[Any] | tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    """`:p0, :p1 …` and their parameters, for an IN list of bound values."""
    names = [f"{prefix}{index}" for index in range(len(values))]
    return ", ".join(f":{name}" for name in names), dict(zip(names, values, strict=True))


def driver_rows(
    session: Session, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()
) -> list[Any]:
    """Every row of `sql` as plain tuples, read with the driver's own cursor.

    For reads on the rep's hot path (the queue after every log), where SQLAlchemy's statement
    and result layers cost several times what SQLite does. The statement runs in the session's
    transaction, on its connection.
    """
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return raw.execute(sql, params).fetchall()  # type: ignore[no-any-return]


def first_column(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    """The first column of every row, read with the driver's own cursor.

    For id lists of 100,000 rows: SQLAlchemy's result objects cost more than the query itself.
    The statement runs in the session's transaction, on its connection.
    """
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cursor = raw.execute(sql, params)
    try:
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
