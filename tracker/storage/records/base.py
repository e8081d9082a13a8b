"""Declarative base, constraint naming convention and the columns every row carries."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tracker.domain.ids import new_id
from tracker.storage.types import TZDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def str_enum(enum_cls: type[StrEnum], length: int = 32) -> Enum:
    """A non-native enum column storing the members' string values (no CHECK constraint)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Root of all records; one MetaData with a naming convention for Alembic."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Columns on every row: client UUID, creation and update times, soft delete."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
