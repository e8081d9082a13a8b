"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


class TZDateTime(TypeDecorator[datetime]):
    """An instant stored as naive UTC and handed back timezone-aware (UTC).

    Naive values are refused: an instant without a zone is a bug waiting to happen.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("TZDateTime needs a timezone-aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def uuid_column_type() -> String:
    """Client-generated UUIDs in canonical text form (36 characters)."""
    return String(36)


def enum_values(enum_cls: Any) -> list[str]:
    """The stored string values of an enum, for non-native Enum columns."""
    return [member.value for member in enum_cls]
