"""Online backups: complete and verified or absent, private, named by time and reason."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tracker.storage.backup import (
    BackupError,
    backup_name,
    free_backup_path,
    list_backups,
    online_backup,
    parse_backup_name,
    quick_check,
    remove_partials,
)
from tracker.storage.migrate import ensure_schema


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    return path


def test_a_backup_of_a_database_in_use_holds_its_committed_state(
    tmp_path: Path, database: Path
) -> None:
    """Rows still only in the log of an open connection are in the copy, which checks ok."""
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO preferences VALUES ('k', '\"v\"', '2026-01-01 00:00:00')")
    target = online_backup(database, tmp_path / "backups" / "b.sqlite3")
    writer.close()
    assert quick_check(target) == "ok"
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM preferences WHERE key = 'k'").fetchone() == ('"v"',)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    copy.close()
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_the_copy_is_dated_before_it_was_made(tmp_path: Path, database: Path) -> None:
    """The backup's modification time is when copying began, so a write during it counts later."""
    before = datetime.now(UTC).timestamp()
    target = online_backup(database, tmp_path / "b.sqlite3")
    assert target.stat().st_mtime <= datetime.now(UTC).timestamp()
    assert target.stat().st_mtime >= before - 1


def test_a_failed_backup_leaves_nothing(tmp_path: Path, database: Path) -> None:
    """A destination that cannot be written: BackupError naming it, no half-written file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="could not back up"):
        online_backup(database, blocker / "b.sqlite3")
    damaged = tmp_path / "garbage.sqlite3"
    damaged.write_bytes(b"no database here" * 100)
    with pytest.raises(BackupError):
        online_backup(damaged, tmp_path / "out" / "c.sqlite3")
    assert list((tmp_path / "out").iterdir()) == []


def test_names_sort_by_time_and_carry_the_reason(tmp_path: Path) -> None:
    """A backup's name holds its UTC time and reason and parses back; other files are ignored."""
    when = datetime(2026, 3, 29, 1, 30, 5, 123456, tzinfo=UTC)
    name = backup_name(when, "Before Import")
    assert name == "groundgame-20260329-013005-123456-before-import.sqlite3"
    assert parse_backup_name(name) == (when, "before-import")
    assert parse_backup_name("notes.txt") is None
    (tmp_path / name).write_bytes(b"x")
    (tmp_path / "other.sqlite3").write_bytes(b"x")
    taken = free_backup_path(tmp_path, when, "before import")
    assert taken.name != name
    taken.write_bytes(b"y")
    assert [b.reason for b in list_backups(tmp_path)] == ["before-import", "before-import"]


def test_leftover_partial_copies_are_removed(tmp_path: Path) -> None:
    """A copy a crash left half-written (never under a backup's name) is cleaned away."""
    (tmp_path / "groundgame-x.sqlite3.partial").write_bytes(b"half")
    remove_partials(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_journal_left_by_a_killed_copy_does_not_leak_into_the_next(
    tmp_path: Path, database: Path
) -> None:
    """A hot journal next to a half-written copy (a kill mid-backup) is removed before the same
    name is used again, so SQLite cannot "roll it back" into the new copy."""
    target = tmp_path / "out" / "fixed-name.sqlite3"
    online_backup(database, target)
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE junk (x)")
    connection.executemany("INSERT INTO junk VALUES (randomblob(3000))", [()] * 50)
    connection.commit()
    connection.close()
    partial = target.with_name(target.name + ".partial")
    (partial.parent / (partial.name + "-journal")).write_bytes(other.read_bytes()[:8192])
    online_backup(database, target)
    assert quick_check(target) == "ok"
    assert not (partial.parent / (partial.name + "-journal")).exists()
