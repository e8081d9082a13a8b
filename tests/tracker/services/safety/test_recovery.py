"""A damaged book at start: found before anything else, explained, set aside, restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests import damage
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.safety.recovery import Damage, DamagedDatabase, prune_damaged, recover

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

DAMAGES = {
    "truncated": (lambda loc, tmp: damage.truncate(loc.database), Damage.TRUNCATED),
    "garbage header": (lambda loc, tmp: damage.garble_header(loc.database), Damage.NOT_A_DATABASE),
    "corrupted page": (lambda loc, tmp: damage.corrupt_page(loc.database), Damage.CORRUPT),
    "stray log": (lambda loc, tmp: damage.stray_log(loc.database, tmp / "o"), Damage.STRAY_LOG),
}


def open_damaged(location: DataLocation) -> DamagedDatabase:
    with pytest.raises(DamagedDatabase) as caught:
        Book.open(location)
    return caught.value


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_damage_is_found_before_migrations_and_explained(tmp_path: Path, kind: str) -> None:
    """Each kind of damage stops the opening with a plain message offering the latest backup."""
    location = damage.make_book(tmp_path / "book")
    spoil, expected = DAMAGES[kind]
    spoil(location, tmp_path)
    error = open_damaged(location)
    assert error.report.damage is expected
    assert error.report.latest_backup is not None
    assert "is damaged" in str(error) and "groundgame restore --latest" in str(error)
    assert location.database.exists()  # nothing is moved before the rep chooses


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_restoring_the_latest_backup_brings_the_book_back(tmp_path: Path, kind: str) -> None:
    """Choosing the backup sets the damaged files aside and opens a working, checked book."""
    location = damage.make_book(tmp_path / "book", contacts=25)
    DAMAGES[kind][0](location, tmp_path)
    report = open_damaged(location).report
    assert report.latest_backup is not None
    restored = recover(location, backup=report.latest_backup.path, now=NOW)
    assert restored is not None and restored.check == "ok"
    assert restored.previous_was_damaged
    set_aside = sorted(p.name for p in location.damaged.rglob("*") if p.is_file())
    assert "groundgame.sqlite3" in set_aside
    with Book.open(location) as book:
        assert book.maintenance.check(full=True).ok
        assert book.maintenance.check().contacts == 25


def test_a_stray_log_offers_the_file_as_it_was_without_it(tmp_path: Path) -> None:
    """When only the log is foreign, the file alone is rescued (once) as the newest backup: a
    change made after the last backup survives."""
    location = damage.make_book(tmp_path / "book", contacts=10)
    connection = sqlite3.connect(location.database)
    connection.execute("UPDATE contacts SET notes = 'after the last backup'")
    connection.commit()
    connection.close()  # checkpointed into the file itself
    damage.stray_log(location.database, tmp_path / "other")
    open_damaged(location)
    report = open_damaged(location).report  # asking twice rescues the file once
    assert report.latest_backup is not None and report.latest_backup.reason == "rescued"
    assert len(list(location.backups.glob("*-rescued.sqlite3"))) == 1
    recover(location, backup=report.latest_backup.path, now=NOW)
    with Book.open(location) as book:
        assert book.maintenance.check(full=True).ok
    connection = sqlite3.connect(location.database)
    notes = {row[0] for row in connection.execute("SELECT notes FROM contacts")}
    connection.close()
    assert notes == {"after the last backup"}


def test_starting_empty_sets_the_damaged_files_aside(tmp_path: Path) -> None:
    """ "Start with an empty book" keeps the damaged files and opens a new, empty book."""
    location = damage.make_book(tmp_path / "book")
    damage.truncate(location.database)
    open_damaged(location)
    assert recover(location, backup=None, now=NOW) is None
    with Book.open(location) as book:
        assert book.maintenance.is_empty()
    assert [p.name for p in location.damaged.rglob("groundgame.sqlite3")] == ["groundgame.sqlite3"]


def test_damaged_files_are_kept_for_fourteen_days(tmp_path: Path) -> None:
    """Set-aside files older than 14 days are deleted; younger ones stay."""
    location = damage.make_book(tmp_path / "book")
    damage.truncate(location.database)
    recover(location, backup=None, now=NOW)
    prune_damaged(location, NOW + timedelta(days=13))
    assert any(location.damaged.iterdir())
    prune_damaged(location, NOW + timedelta(days=15))
    assert not any(location.damaged.iterdir())


def test_no_backup_at_all_is_said_plainly(tmp_path: Path) -> None:
    """A damaged book without any backup: the message says there is none to restore."""
    location = DataLocation(tmp_path / "book")
    Book.open(location).close()
    damage.garble_header(location.database)
    error = open_damaged(location)
    assert error.report.latest_backup is None
    assert "there is no backup to restore" in str(error)
