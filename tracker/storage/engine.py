"""The SQLite engine: per-connection pragmas, WAL, and transactions that begin IMMEDIATE for writes.

Python's sqlite3 driver would otherwise begin transactions itself (lazily, DEFERRED); we switch that
off and emit BEGIN from SQLAlchemy's `begin` event, as the SQLAlchemy SQLite dialect docs describe.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from tracker.storage.search_index import sync_search_index

BUSY_TIMEOUT_MS = 5000
CACHE_SIZE = -8000  # KiB per connection (PRAGMA cache_size: negative = size, not pages)
_READ_ONLY_OPTION = "groundgame_read"


class ReadOnlyBook(RuntimeError):
    """The book was opened read-only; the message says why nothing can be saved."""


class Database:
    """One SQLite file: hands out a Session per user action, read or write."""

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        immutable: bool = False,
    ):
        self.path = path
        self.read_only = read_only or immutable
        self.immutable = immutable
        self.engine = make_engine(
            path, read_only=self.read_only, busy_timeout_ms=busy_timeout_ms, immutable=immutable
        )
        self._reader = self.engine.execution_options(**{_READ_ONLY_OPTION: True})
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self._reader, expire_on_commit=False)
        self._gate = _Gate()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A Session in a BEGIN IMMEDIATE transaction, committed when the block ends cleanly."""
        if self.read_only:
            raise ReadOnlyBook(
                f"the data folder {self.path.parent} is read-only, so Groundgame opened your book "
                "read-only; nothing can be saved"
            )
        with self._gate.session(), self._sessions() as session, session.begin():
            yield session
            session.flush()
            sync_search_index(session.connection())

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A Session in a deferred (read) transaction, rolled back at the end."""
        with self._gate.session(), self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def suspended(self) -> Iterator[None]:
        """No session of this process runs inside the block, and every connection is closed.

        Waits for sessions of other threads to end and holds new ones back until the block is
        over (a restore swaps the file in here). The calling thread must not hold a session.
        """
        with self._gate.closed():
            self.engine.dispose()
            yield
            self.engine.dispose()

    def dispose(self) -> None:
        """Close every pooled connection (before a restore swaps the file, or at exit)."""
        self.engine.dispose()


class _Gate:
    """Counts running sessions; `closed()` waits for them to end and keeps new ones waiting."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._active = 0
        self._closed_by: int | None = None
        self._local = threading.local()

    @contextmanager
    def session(self) -> Iterator[None]:
        depth = getattr(self._local, "depth", 0)
        with self._condition:
            if depth == 0:  # a nested session of a thread already inside never waits
                while self._closed_by not in (None, threading.get_ident()):
                    self._condition.wait()
            self._active += 1
        self._local.depth = depth + 1
        try:
            yield
        finally:
            self._local.depth = depth
            with self._condition:
                self._active -= 1
                self._condition.notify_all()

    @contextmanager
    def closed(self) -> Iterator[None]:
        with self._condition:
            while self._closed_by is not None or self._active > 0:
                self._condition.wait()
            self._closed_by = threading.get_ident()
        try:
            yield
        finally:
            with self._condition:
                self._closed_by = None
                self._condition.notify_all()


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    immutable: bool = False,
) -> Engine:
    """An engine for the file at `path` with the pragmas every connection needs.

    `immutable` reads a WAL database in a folder nobody can write (SQLite cannot create the
    shared-memory file there); it is only used read-only.
    """
    if immutable:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&immutable=1&uri=true"
    elif read_only:
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
