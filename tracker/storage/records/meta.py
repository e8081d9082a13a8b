"""Bookkeeping rows: preferences, import batches, saved import mappings and the undo steps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.domain.ids import new_id
from tracker.storage.records.base import Base, Tracked, utcnow
from tracker.storage.types import TZDateTime


class PreferenceRecord(Base):
    """One business preference as JSON text, keyed by its name."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)


class ImportBatchRecord(Tracked, Base):
    """One import run; rows it created carry its id so "Undo last import" removes exactly them."""

    __tablename__ = "import_batches"

    file_name: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(10))
    encoding: Mapped[str | None] = mapped_column(String(40), default=None)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    # JSON of the undo journal for existing rows the import changed (inserted rows carry import_id).
    undo_data: Mapped[str | None] = mapped_column(Text, default=None)


class ImportMappingRecord(Tracked, Base):
    """A saved column mapping (source column → field) for imports from a known tool."""

    __tablename__ = "import_mappings"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON object


class UndoStepRecord(Base):
    """One undoable action: its label and the before-images of the rows it changed.

    Kept in the book, written in the action's own transaction, so any process can take it back:
    `groundgame undo` what the app did, the app's Ctrl+Z what a command did. Undone or pruned
    steps are deleted, not soft-deleted: a step is bookkeeping, not something the rep made.
    """

    __tablename__ = "undo_steps"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # The order of the actions (1, 2, …): given in the write transaction, so strictly increasing
    # across processes, where ids made in the same millisecond by two processes might not be.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    action: Mapped[str] = mapped_column(String(60))  # a stable code, e.g. log_outcome
    subject: Mapped[str] = mapped_column(String(300))  # for the label, e.g. the contact's name
    tables: Mapped[str] = mapped_column(Text)  # JSON list of the tables it changed
    rows: Mapped[str] = mapped_column(Text)  # JSON journal (tracker.storage.journal)
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)
