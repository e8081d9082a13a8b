"""Schema migrations: exact match with the models, upgrades without loss, refusals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.storage import migrate
from tracker.storage.migrate import (
    HEAD,
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    SchemaError,
    SchemaState,
    ensure_schema,
    read_revision,
)
from tracker.storage.records import Base
from tracker.storage.schema_filters import include_object

DATA = Path(__file__).resolve().parents[2] / "data"
TABLES = (
    "accounts",
    "contacts",
    "contact_phones",
    "contact_emails",
    "deals",
    "activities",
    "purchases",
    "referrals",
)
# Tables a newer version may add its own default rows to when it opens an older book.
DEFAULT_TABLES = {"preferences", "cadences", "cadence_steps", "goals", "tier_policies"}


def script_revisions() -> list[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def every_table(path: Path) -> dict[str, tuple[int, frozenset[object]]]:
    """Each table's row count and its set of ids (or rowids): the FTS index's own tables aside."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search_fts%'"
            )
        ]
        found = {}
        for name in names:
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
            key = "id" if "id" in columns else "rowid"
            ids = frozenset(row[0] for row in connection.execute(f'SELECT {key} FROM "{name}"'))
            found[name] = (len(ids), ids)
        return found
    finally:
        connection.close()


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


def test_known_revisions_match_the_scripts() -> None:
    """The revision list the fast start-up check uses is exactly the Alembic history."""
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_migrations_produce_exactly_the_models(tmp_path: Path) -> None:
    """Upgrading an empty file to head yields the schema the ORM models describe."""
    path = tmp_path / "fresh.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_fresh_file_is_created_at_head(tmp_path: Path) -> None:
    """A new data folder gets a database at the newest schema, with no backup needed."""
    report = ensure_schema(tmp_path / "new.sqlite3", backup_dir=tmp_path / "backups")
    assert report.state is SchemaState.NEW
    assert report.backup is None
    assert read_revision(tmp_path / "new.sqlite3") == (SchemaState.CURRENT, HEAD)


def test_current_file_is_left_alone(tmp_path: Path) -> None:
    """Opening a current database does no migration work (Alembic is not even needed)."""
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    before = path.stat().st_mtime_ns
    report = ensure_schema(path, backup_dir=tmp_path / "backups")
    assert report.state is SchemaState.CURRENT
    assert path.stat().st_mtime_ns == before


def test_every_schema_version_has_a_kept_database() -> None:
    """A database from each revision is kept in tests/data (`python tools/keep_schema.py`)."""
    kept = {p.name for p in DATA.glob("schema_*.sqlite3")}
    assert {f"schema_{revision}.sqlite3" for revision in KNOWN_REVISIONS} <= kept


@pytest.mark.parametrize("fixture", sorted(p.name for p in DATA.glob("schema_*.sqlite3")))
def test_every_kept_schema_opens_without_loss(tmp_path: Path, fixture: str) -> None:
    """Each database kept from an earlier schema upgrades with every table's rows (the same
    ids), no broken reference, a passing integrity_check and a consistent search index."""
    location = DataLocation(tmp_path / "data")
    location.root.mkdir()
    shutil.copy(DATA / fixture, location.database)
    before = every_table(location.database)
    with Book.open(location) as book:
        report = book.maintenance.check(full=True)
    assert report.ok
    after = every_table(location.database)
    for table, (count, ids) in before.items():
        if table in DEFAULT_TABLES:
            assert ids <= after[table][1], table
        elif table != "alembic_version":
            assert after[table] == (count, ids), table
    connection = sqlite3.connect(location.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")
    finally:
        connection.close()
    upgraded = fixture != f"schema_{HEAD}.sqlite3"
    reasons = [p.name for p in location.backups.iterdir() if "before-upgrade" in p.name]
    assert bool(reasons) == upgraded  # an upgrade first keeps a verified backup


def test_older_file_is_backed_up_before_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade first writes a verified backup of the old file."""
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    # Pretend this app knows one more revision than the file has.
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, "9999"))
    monkeypatch.setattr(migrate, "HEAD", "9999")
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "upgrade", lambda p, revision: upgraded.append(revision))
    report = ensure_schema(path, backup_dir=tmp_path / "backups")
    assert report.state is SchemaState.OLDER
    assert report.backup is not None and report.backup.exists()
    assert upgraded == ["9999"]
    assert row_counts(report.backup) == row_counts(path)


def test_newer_file_is_refused(tmp_path: Path) -> None:
    """A database written by a newer app is not touched; the message says to update."""
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaError, match="newer version of Groundgame"):
        ensure_schema(path, backup_dir=tmp_path / "backups")


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    """Some other program's SQLite file is not mistaken for an empty book."""
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE things (x)")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaError, match="not a Groundgame database"):
        ensure_schema(path, backup_dir=tmp_path / "backups")
