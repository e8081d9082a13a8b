"""Values between the wire (SQLite's stored text forms) and PostgreSQL's typed columns.

Every pushed value is checked against its column here — type, length, enum member — so a bad
value is refused with a reason that names the column, instead of failing the batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, Column, Date, DateTime, Enum, Float, Integer, String, Text
from sqlalchemy.sql import ColumnElement, func, literal_column

from tracker.storage.types import TZDateTime
from tracker.sync.protocol import MAX_TEXT
from tracker.sync.tables import spec_of


class BadValue(ValueError):
    """A pushed value does not fit its column."""


@dataclass(frozen=True)
class Codec:
    """How one column's values are checked and converted."""

    kind: str
    parse: Callable[[Any], Any]
    nullable: bool


def _text(limit: int) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if not isinstance(value, str):
            raise BadValue("must be text")
        if len(value) > limit:
            raise BadValue(f"is longer than {limit} characters")
        return value

    return parse


def _enum(allowed: frozenset[str]) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if value not in allowed:
            raise BadValue(f"must be one of {', '.join(sorted(allowed))}")
        return value

    return parse


def _int(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue("must be a whole number")
    if not -(2**63) <= value < 2**63:
        raise BadValue("is out of range")
    return value


def _float(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue("must be a number")
    return float(value)


def _date(value: Any) -> Any:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadValue("must be a date (YYYY-MM-DD)") from None


def _datetime(value: Any) -> Any:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadValue("must be a time (YYYY-MM-DD HH:MM:SS)") from None
    if parsed.tzinfo is not None:
        raise BadValue("must be a time without a zone (UTC)")
    return parsed


def _codec_for(column: Column[Any]) -> Codec:
    kind = column.type
    if isinstance(kind, TZDateTime | DateTime):
        return Codec("datetime", _datetime, column.nullable is not False)
    if isinstance(kind, Date):
        return Codec("date", _date, column.nullable is not False)
    if isinstance(kind, Enum):
        allowed = frozenset(str(value) for value in kind.enums)
        return Codec("enum", _enum(allowed), column.nullable is not False)
    if isinstance(kind, Text):
        return Codec("text", _text(MAX_TEXT), column.nullable is not False)
    if isinstance(kind, String):
        return Codec("text", _text(kind.length or MAX_TEXT), column.nullable is not False)
    if isinstance(kind, Integer | BigInteger):
        return Codec("int", _int, column.nullable is not False)
    if isinstance(kind, Float):
        return Codec("float", _float, column.nullable is not False)
    raise TypeError(f"no codec for {column}")


@cache
def codecs(table: str) -> dict[str, Codec]:
    spec = spec_of(table)
    return {name: _codec_for(spec.column(name)) for name in spec.columns}


def parse_value(table: str, column: str, value: Any) -> Any:
    """The typed value for PostgreSQL; BadValue says what is wrong."""
    codec = codecs(table)[column]
    if value is None:
        if not codec.nullable:
            raise BadValue("must not be empty")
        return None
    return codec.parse(value)


def wire_value(table: str, column: str, value: Any) -> Any:
    """A typed value in the text form a laptop stores."""
    if value is None:
        return None
    kind = codecs(table)[column].kind
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if kind == "date":
        return value.isoformat()
    return value


def wire_select(table: str, column: ColumnElement[Any], name: str) -> ColumnElement[Any]:
    """The column as it travels: dates and times formatted by PostgreSQL itself."""
    kind = codecs(table)[name].kind
    if kind == "datetime":
        return func.to_char(column, literal_column("'YYYY-MM-DD HH24:MI:SS.US'")).label(name)
    if kind == "date":
        return func.to_char(column, literal_column("'YYYY-MM-DD'")).label(name)
    return column.label(name)
