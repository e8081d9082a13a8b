"""Bring a database file to the schema this app was built for, at start-up, from code.

A current file is recognised with one raw sqlite3 query, so Alembic is imported only when there
is work to do. An older file is backed up (online backup, verified) before it is upgraded; a file
written by a newer app, or one that is not a Groundgame database, is refused.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from tracker.storage.backup import free_backup_path, online_backup
from tracker.storage.health import sqlite_uri

# Every revision this app knows, oldest first. tests/tracker/storage/test_migrations.py checks this
# against the Alembic scripts, so adding a migration means adding its id here.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
)
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(RuntimeError):
    """The file cannot be used with this version of the app; the message says why in plain words."""


class SchemaState(StrEnum):
    NEW = "new"  # no file, or a file with no tables
    CURRENT = "current"
    OLDER = "older"


@dataclass(frozen=True)
class MigrationReport:
    """What ensure_schema did."""

    state: SchemaState
    from_revision: str | None
    backup: Path | None


def read_revision(path: Path, *, immutable: bool = False) -> tuple[SchemaState, str | None]:
    """Classify the file at `path` without importing Alembic; raise SchemaError if unusable."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState.NEW, None
    connection = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise SchemaError(
                    f"{path} is an SQLite file, but not a Groundgame database; "
                    "choose another data folder"
                )
            return SchemaState.NEW, None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision == HEAD:
        return SchemaState.CURRENT, revision
    if revision in KNOWN_REVISIONS:
        return SchemaState.OLDER, revision
    raise SchemaError(
        f"{path} was written by a newer version of Groundgame (schema {revision}); "
        "please update the app to open it"
    )


def ensure_schema(path: Path, *, backup_dir: Path, now: datetime | None = None) -> MigrationReport:
    """Create or upgrade the database at `path` to HEAD; back up first when upgrading."""
    state, revision = read_revision(path)
    if state is SchemaState.CURRENT:
        return MigrationReport(state, revision, None)
    backup = None
    if state is SchemaState.OLDER:
        when = now or datetime.now(UTC)
        target = free_backup_path(backup_dir, when, f"before-upgrade-{revision}")
        backup = online_backup(path, target)
    upgrade(path, HEAD)
    return MigrationReport(state, revision, backup)


def upgrade(path: Path, revision: str) -> None:
    """Run the Alembic scripts up to `revision` in one transaction, foreign keys checked at the end.

    Foreign keys are off while batch operations recreate tables (dropping a parent table with them
    on would cascade), and `foreign_key_check` must come back empty before the commit.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    from tracker.storage.engine import configure_connection
    from tracker.storage.search_index import sync_search_index

    engine = create_engine(f"sqlite:///{path.as_posix()}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        configure_connection(dbapi_connection)
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            sync_search_index(connection)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise SchemaError(
                    f"upgrading {path} would break {len(problems)} references "
                    f"(first in table {problems[0][0]}); nothing was changed"
                )
    finally:
        engine.dispose()
