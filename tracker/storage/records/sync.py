"""Team mode's rows on the laptop: conflicts to resolve (they travel), and the sync bookkeeping
(state, outbox, pending batch, rows waiting for a parent) that never leaves the laptop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.records.base import Base, Tracked
from tracker.storage.types import TZDateTime


class SyncConflictRecord(Tracked, Base):
    """A field two people changed at once: the value kept for now and the other one, until the
    rep resolves it. Made by the team server; travels like any record."""

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    column_name: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text, default=None)
    other_value: Mapped[str | None] = mapped_column(Text, default=None)
    kept_by: Mapped[str] = mapped_column(String(100), default="")
    other_by: Mapped[str] = mapped_column(String(100), default="")
    detected_at: Mapped[datetime] = mapped_column(TZDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    resolution: Mapped[str | None] = mapped_column(String(20), default=None)


class SyncStateRecord(Base):
    """The one row saying this book belongs to a team: who, where, and how far sync has come."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    capture: Mapped[int] = mapped_column(Integer, default=1)  # 0 while pulled rows are applied
    client_id: Mapped[str] = mapped_column(String(36))
    server_url: Mapped[str] = mapped_column(String(300))
    user_name: Mapped[str] = mapped_column(String(100))
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)  # the server sequence pulled up to
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)  # the hybrid logical clock's last tick
    next_batch: Mapped[int] = mapped_column(Integer, default=1)
    # The first push of a book that joined a team: the table (index into SYNCED) and the id it has
    # reached; None once everything is up.
    upload_table: Mapped[int | None] = mapped_column(Integer, default=0)
    upload_after: Mapped[str] = mapped_column(String(36), default="")
    joined_at: Mapped[datetime] = mapped_column(TZDateTime())
    last_sync_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)


class SyncOutboxRecord(Base):
    """One captured change, written by a trigger in the same transaction as the change itself."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(1))  # i, u, d
    cols: Mapped[str | None] = mapped_column(Text, default=None)  # "a,b," for updates
    wall_ms: Mapped[int] = mapped_column(BigInteger)
    base: Mapped[int] = mapped_column(BigInteger)  # the pull cursor when the change was made

    __table_args__ = (Index("ix_sync_outbox_tbl_row_id", "tbl", "row_id"),)


class SyncPendingRecord(Base):
    """The batch sent but not yet acknowledged, kept byte for byte so a retry is the same batch."""

    __tablename__ = "sync_pending"

    batch_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    upto: Mapped[int | None] = mapped_column(BigInteger, default=None)  # outbox seq covered
    upload_table: Mapped[int | None] = mapped_column(Integer, default=None)
    upload_after: Mapped[str] = mapped_column(String(36), default="")
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class SyncWaitingRecord(Base):
    """A pulled row whose parent has not arrived (yet); applied when it does."""

    __tablename__ = "sync_waiting"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    target: Mapped[str] = mapped_column(String(36), index=True)
    payload: Mapped[str] = mapped_column(Text)


class SyncDanglingRecord(Base):
    """An optional reference cleared on this laptop because its target is not here (yet)."""

    __tablename__ = "sync_dangling"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    target: Mapped[str] = mapped_column(String(36), index=True)


class SyncRefusalRecord(Base):
    """A change the server refused, with its reason and the values, shown to the rep."""

    __tablename__ = "sync_refusals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    refused_at: Mapped[datetime] = mapped_column(TZDateTime())
    settled: Mapped[int] = mapped_column(Integer, default=0)  # 1 once the server's version is back
    dismissed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
