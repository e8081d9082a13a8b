"""The start-up inspection tells a sound file from each kind of damage, without changing files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests import damage
from tracker.services.location import DataLocation
from tracker.storage.health import Damage, inspect_file, stamp_identity, wal_checksum


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def book_location(tmp_path: Path) -> DataLocation:
    return damage.make_book(tmp_path / "book")


def test_a_sound_book_is_ok(book_location: DataLocation) -> None:
    """A closed, healthy book passes, with and without the file-level checks."""
    assert inspect_file(book_location.database, exclusive=True).ok
    assert inspect_file(book_location.database, exclusive=False).ok


def test_a_log_left_by_a_crash_is_not_damage(tmp_path: Path, book_location: DataLocation) -> None:
    """The log of an interrupted session belongs to the file and holds committed work: ok."""
    source = book_location.database
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE contacts SET notes = 'after the crash' WHERE rowid % 2 = 0")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # the files as a killed process leaves them
        shutil.copy(f"{source}{suffix}", crashed / f"{source.name}{suffix}")
    writer.close()
    copy = crashed / source.name
    assert copy.with_name(copy.name + "-wal").stat().st_size > 0
    assert inspect_file(copy, exclusive=True).ok


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_file(book_location: DataLocation, keep: float) -> None:
    """A file cut short is called truncated."""
    damage.truncate(book_location.database, keep=keep)
    health = inspect_file(book_location.database, exclusive=True)
    assert health.damage is Damage.TRUNCATED
    assert "cut short" in health.detail


def test_a_file_cut_at_a_page_boundary(book_location: DataLocation) -> None:
    """Whole pages missing at the end are found too (the header says how many there were)."""
    path = book_location.database
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 4 * 4096)
    assert inspect_file(path, exclusive=True).damage is Damage.TRUNCATED
    assert inspect_file(path, exclusive=False).damage is Damage.CORRUPT


def test_garbage_in_the_header(book_location: DataLocation) -> None:
    """A file whose first bytes are not an SQLite header is not a database any more."""
    damage.garble_header(book_location.database)
    assert inspect_file(book_location.database, exclusive=True).damage is Damage.NOT_A_DATABASE
    assert inspect_file(book_location.database, exclusive=False).damage is Damage.CORRUPT


def test_a_corrupted_page(book_location: DataLocation) -> None:
    """A page overwritten in the middle of the file fails quick_check."""
    damage.corrupt_page(book_location.database)
    health = inspect_file(book_location.database, exclusive=True)
    assert health.damage is Damage.CORRUPT
    assert not health.main_file_sound


def test_a_stray_log_from_another_book(tmp_path: Path, book_location: DataLocation) -> None:
    """Another book's log passes SQLite's own check but is caught by the identity; the file alone
    is still sound."""
    damage.stray_log(book_location.database, tmp_path / "other")
    before = digest(book_location.database)
    health = inspect_file(book_location.database, exclusive=True)
    assert health.damage is Damage.STRAY_LOG
    assert health.main_file_sound
    assert digest(book_location.database) == before


def test_a_garbage_log(book_location: DataLocation) -> None:
    """A log file SQLite would silently ignore is reported, and the file alone is sound."""
    damage.garbage_log(book_location.database)
    health = inspect_file(book_location.database, exclusive=True)
    assert health.damage is Damage.STRAY_LOG
    assert health.main_file_sound


def test_the_identity_is_stamped_once(tmp_path: Path) -> None:
    """A book gets a random non-zero identity the first time, and keeps it."""
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    stamp_identity(path)
    first = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    stamp_identity(path)
    assert first != 0
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == first


def test_the_log_checksum_matches_sqlite(tmp_path: Path) -> None:
    """Our reading of the WAL header checksum agrees with a log SQLite wrote."""
    import struct

    connection = sqlite3.connect(tmp_path / "w.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE t (x)")
    header = (tmp_path / "w.sqlite3-wal").read_bytes()[:32]
    connection.close()
    magic, *_rest, c1, c2 = struct.unpack(">8I", header)
    assert wal_checksum(header[:24], big_endian=bool(magic & 1)) == (c1, c2)


def test_a_log_next_to_a_copied_back_backup(tmp_path: Path, book_location: DataLocation) -> None:
    """A backup copied by hand over the database (backups use no log) next to the old file's log
    is a stray log too; the copied file alone is sound."""
    database = book_location.database
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE contacts SET notes = 'in the log only'")
    wal = database.with_name(database.name + "-wal")
    kept_log = wal.read_bytes()
    writer.close()
    backup = next(book_location.backups.glob("*.sqlite3"))
    shutil.copy(backup, database)
    wal.write_bytes(kept_log)
    health = inspect_file(database, exclusive=True)
    assert health.damage is Damage.STRAY_LOG
    assert health.main_file_sound


def test_a_transaction_killed_in_rollback_mode_is_rolled_back_not_called_damage(
    tmp_path: Path,
) -> None:
    """A process killed mid-write on a file in rollback-journal mode (a restored backup before its
    switch to WAL) leaves a hot journal: the inspection lets SQLite undo it, and all is well."""
    import subprocess
    import sys

    path = tmp_path / "rollback.sqlite3"
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE t (x)")
    setup.executemany("INSERT INTO t VALUES (?)", [("before" * 50,)] * 2000)
    setup.commit()
    setup.close()
    code = (
        "import os, signal, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # spill pages into the file before the commit
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE t SET x = 'after'\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    assert path.with_name(path.name + "-journal").stat().st_size > 0
    assert inspect_file(path, exclusive=True).ok
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT DISTINCT x FROM t").fetchall() == [("before" * 50,)]
    connection.close()


def test_the_quick_inspection_leaves_pages_for_later(book_location: DataLocation) -> None:
    """Without the page check a damaged page goes unseen at open (a large book checks it right
    after); a cut-short file and a garbled header are still caught at once."""
    damage.corrupt_page(book_location.database)
    assert inspect_file(book_location.database, exclusive=True, deep=False).ok
    assert inspect_file(book_location.database, exclusive=True).damage is Damage.CORRUPT
    damage.garble_header(book_location.database)
    found = inspect_file(book_location.database, exclusive=True, deep=False)
    assert found.damage is Damage.NOT_A_DATABASE
