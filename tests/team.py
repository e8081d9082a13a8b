"""Team-mode test parts: a real PostgreSQL cluster, a real team server on a loopback port, and
laptops (books in temporary folders) that sign in to it.

The cluster is started once per test session (Debian's initdb/pg_ctl, as the `postgres` user when
the tests run as root); each test gets a fresh database cloned from a migrated template, and its
own server. Nothing here fakes the server: the laptops talk HTTP to uvicorn serving the app.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import Engine, create_engine, select, text

from tools.pg_cluster import Cluster, free_port
from tracker.domain.clock import Clock
from tracker.server.admin import add_user
from tracker.server.app import RateLimit, create_app
from tracker.server.migrate import upgrade
from tracker.server.schema import MIRRORS, metadata, users
from tracker.server.values import wire_value
from tracker.server.visibility import shared_with, visible
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.team import credentials
from tracker.sync.engine import SyncEngine
from tracker.sync.errors import Unreachable
from tracker.sync.tables import SYNCED, spec_of
from tracker.sync.transport import Transport

PASSWORD = "correct horse battery"
TEMPLATE = "gg_template"


class Postgres:
    """The session's cluster and a migrated template database to clone."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="gg-pg-"))
        self.cluster = Cluster(self.folder, fast=True)
        self.cluster.start()
        self.cluster.create_database(TEMPLATE)
        engine = create_engine(self.cluster.url(TEMPLATE))
        upgrade(engine)
        engine.dispose()

    def fresh_database(self) -> str:
        """The team database, emptied (truncating is much faster than a new database)."""
        url = self.cluster.url(TEMPLATE)
        engine = create_engine(url)
        tables = ", ".join(name for name in metadata.tables if name != "sync_head")
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            connection.execute(text("UPDATE sync_head SET seq = 0, hlc = 0"))
            connection.execute(text("ALTER SEQUENCE sync_seq RESTART"))
            connection.execute(text("ALTER SEQUENCE client_numbers RESTART"))
        engine.dispose()
        return url

    def close(self) -> None:
        self.cluster.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class TeamServer:
    """The sync app served by uvicorn in a thread on a free loopback port."""

    def __init__(
        self, database_url: str, *, clock: Clock | None = None, rate: RateLimit | None = None
    ) -> None:
        self.engine: Engine = create_engine(database_url, pool_size=10, max_overflow=20)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(
            self.engine, clock=clock, rate=rate or RateLimit(per_second=1e6, burst=10**6)
        )
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the team server did not start")
            time.sleep(0.01)

    def add_user(self, name: str, *, manager: bool = False, password: str = PASSWORD) -> str:
        add_user(self.engine, name, manager=manager, password=password, now=datetime.now(UTC))
        return name

    def user_id(self, name: str) -> int:
        with self.engine.connect() as connection:
            return int(
                connection.execute(select(users.c.id).where(users.c.name == name)).scalar_one()
            )

    def rows(self, user: str) -> dict[str, dict[str, dict[str, Any]]]:
        """What the server holds for a user: live rows of every synced table, as they travel."""
        owner = self.user_id(user)
        found: dict[str, dict[str, dict[str, Any]]] = {}
        with self.engine.connect() as connection:
            has_shares = bool(shared_with(connection, owner))
            for spec in SYNCED:
                mirror = MIRRORS[spec.name]
                columns = [mirror.c[name] for name in spec.columns]
                result = connection.execute(
                    select(*columns).where(
                        visible(owner, spec.name, has_shares=has_shares),
                        mirror.c.deleted.is_(False),
                    )
                )
                found[spec.name] = {
                    row[0]: {
                        name: _normal(wire_value(spec.name, name, value))
                        for name, value in zip(spec.columns, row, strict=True)
                    }
                    for row in result
                }
        return found

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.engine.dispose()


def _normal(value: Any) -> Any:
    """Floats and whole numbers compare alike (SQLite may store 48.0 as 48)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def book_rows(book: Book) -> dict[str, dict[str, dict[str, Any]]]:
    """A book's synced rows as they travel, by table and id."""
    connection = sqlite3.connect(book.location.database)
    try:
        found: dict[str, dict[str, dict[str, Any]]] = {}
        for spec in SYNCED:
            columns = spec.columns
            found[spec.name] = {
                row[0]: {name: _normal(value) for name, value in zip(columns, row, strict=True)}
                for row in connection.execute(f"SELECT {', '.join(columns)} FROM {spec.name}")
            }
        return found
    finally:
        connection.close()


def outbox_size(book: Book) -> int:
    connection = sqlite3.connect(book.location.database)
    try:
        return int(connection.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
    finally:
        connection.close()


@dataclass
class Laptops:
    """Books in a temporary folder, each signed in to the server as some user."""

    root: Path
    server: TeamServer
    clock: Clock | None = None
    opened: list[Book] = field(default_factory=list)

    def new(self, name: str, user: str, *, sign_in: bool = True) -> Book:
        book = Book.open(DataLocation(self.root / name), clock=self.clock)
        self.opened.append(book)
        if sign_in:
            book.team.sign_in(self.server.url, user, PASSWORD)
        return book

    def close(self) -> None:
        for book in self.opened:
            book.close()


def team_rows_equal(book: Book, server: TeamServer, user: str) -> None:
    """Assert the book holds exactly what the server holds for its user."""
    mine, theirs = book_rows(book), server.rows(user)
    for spec in SYNCED:
        assert mine[spec.name] == theirs[spec.name], f"{spec.name} differs"


def spec_columns(table: str) -> tuple[str, ...]:
    return spec_of(table).columns


def running(postgres: Postgres, **options: Any) -> Iterator[TeamServer]:
    server = TeamServer(postgres.fresh_database(), **options)
    try:
        yield server
    finally:
        server.stop()


class Flaky(Transport):
    """The real HTTP transport, but the network fails when told: before a request reaches the
    server (`lose_request`) or after the server answered (`lose_answer`), by path and count."""

    def __init__(self, base_url: str, *, token: str | None) -> None:
        super().__init__(base_url, token=token)
        self.lose_request: dict[str, int] = {}
        self.lose_answer: dict[str, int] = {}
        self.calls: dict[str, int] = {}

    def request(self, method: str, path: str, body: bytes | object | None = None) -> Any:
        self.calls[path] = self.calls.get(path, 0) + 1
        if self.lose_request.get(path, 0) > 0:
            self.lose_request[path] -= 1
            raise Unreachable("the network dropped the request")
        answer = super().request(method, path, body)
        if self.lose_answer.get(path, 0) > 0:
            self.lose_answer[path] -= 1
            raise Unreachable("the network dropped the answer")
        return answer


def engine_for(book: Book, transport: Transport | None = None, **options: Any) -> SyncEngine:
    """A sync engine for a signed-in book, on the given (or a real) transport."""
    stored = credentials.load(book.location)
    assert stored is not None, "sign the book in first"
    transport = transport or Transport(stored.server_url, token=stored.token)
    return SyncEngine(book._ctx.db, book.clock, transport, **options)


def flaky_for(book: Book) -> Flaky:
    stored = credentials.load(book.location)
    assert stored is not None
    return Flaky(stored.server_url, token=stored.token)
