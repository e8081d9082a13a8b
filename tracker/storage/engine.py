"""The SQLite engine: per-connection pragmas, WAL, and transactions that begin IMMEDIATE for writes.

Python's sqlite3 driver would otherwise begin transactions itself (lazily, DEFERRED); we switch that
off and emit BEGIN from SQLAlchemy's `begin` event, as the SQLAlchemy SQLite dialect docs describe.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from tracker.storage.search_index import sync_search_index

BUSY_TIMEOUT_MS = 5000
CACHE_SIZE = -32000  # KiB, as PRAGMA cache_size takes it (negative = size, not pages)
_READ_ONLY_OPTION = "groundgame_read"


class Database:
    """One SQLite file: hands out a Session per user action, read or write."""

    def __init__(
        self, path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ):
        self.path = path
        self.read_only = read_only
        self.engine = make_engine(path, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        self._reader = self.engine.execution_options(**{_READ_ONLY_OPTION: True})
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self._reader, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A Session in a BEGIN IMMEDIATE transaction, committed when the block ends cleanly."""
        with self._sessions() as session, session.begin():
            yield session
            session.flush()
            sync_search_index(session.connection())

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A Session in a deferred (read) transaction, rolled back at the end."""
        with self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        """Close every pooled connection (before a restore swaps the file, or at exit)."""
        self.engine.dispose()


def make_engine(
    path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine for the file at `path` with the pragmas every connection needs."""
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        configure_connection(dbapi_connection, busy_timeout_ms=busy_timeout_ms, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if read_only or connection.get_execution_options().get(_READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def configure_connection(
    connection: sqlite3.Connection,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    read_only: bool = False,
) -> None:
    """Apply the per-connection pragmas (also used on raw sqlite3 connections)."""
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA trusted_schema = OFF")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        if not read_only:
            cursor.execute("PRAGMA synchronous = FULL")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()
