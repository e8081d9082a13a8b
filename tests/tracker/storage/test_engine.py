"""Connection set-up: pragmas on every connection, WAL, and writes that begin IMMEDIATE."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tracker.storage.engine import Database
from tracker.storage.migrate import ensure_schema


@pytest.fixture
def database(tmp_path: Path) -> Database:
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    db = Database(path)
    yield db
    db.dispose()


def test_every_connection_gets_the_safety_pragmas(database: Database) -> None:
    """foreign_keys on, synchronous FULL, trusted_schema off, a busy timeout, WAL journal."""
    with database.read() as session:
        pragma = lambda name: session.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2
        assert pragma("trusted_schema") == 0
        assert pragma("busy_timeout") == 5000
        assert pragma("journal_mode") == "wal"


def test_a_write_holds_the_write_lock_from_its_first_statement(database: Database) -> None:
    """BEGIN IMMEDIATE: while a write transaction is open, another writer cannot start."""
    other = sqlite3.connect(database.path, timeout=0.1, isolation_level=None)
    with database.write() as session:
        session.execute(text("SELECT 1"))
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_reads_do_not_block_a_writer(database: Database) -> None:
    """A read transaction begins deferred, so another process can still write."""
    other = sqlite3.connect(database.path, timeout=0.1, isolation_level=None)
    with database.read() as session:
        session.execute(text("SELECT count(*) FROM contacts")).scalar()
        other.execute("BEGIN IMMEDIATE")  # raises "database is locked" if the read held a lock
        assert other.in_transaction
        other.execute("ROLLBACK")
    other.close()


def test_a_failed_write_rolls_back(database: Database) -> None:
    """An exception inside write() leaves nothing behind."""
    with pytest.raises(RuntimeError), database.write() as session:
        session.execute(
            text("INSERT INTO preferences (key, value, updated_at) VALUES ('x', '1', '2026-01-01')")
        )
        raise RuntimeError("boom")
    with database.read() as session:
        assert (
            session.execute(text("SELECT count(*) FROM preferences WHERE key = 'x'")).scalar() == 0
        )


def test_foreign_keys_are_enforced(database: Database) -> None:
    """A contact pointing at a missing account is refused by the database itself."""
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.write() as session:
        session.execute(
            text(
                "INSERT INTO contacts (id, account_id, first_name, last_name, lifecycle, state,"
                " unanswered_attempts, created_at, updated_at)"
                " VALUES ('c1', 'missing', 'A', 'B', 'lead', 'active', 0, '2026-01-01', '2026-01-01')"
            )
        )
