"""Backups of an open book: taken when needed, pruned by the policy, restored whole."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.domain.clock import FixedClock
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.services.safety.recovery import RestoreError
from tracker.storage.backup import BackupError
from tracker.storage.migrate import SchemaError

DATA = Path(__file__).resolve().parents[3] / "data"


def contacts_in(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()


def rename_rep(book: Book, name: str) -> None:
    book.preferences.save(replace(book.preferences.get(), rep_name=name))


def test_a_backup_is_taken_only_when_something_changed(book: Book) -> None:
    """take_if_changed copies after a write and not again until the next one."""
    first = book.backups.take_if_changed("start")
    assert first is not None and first.path.exists()
    assert book.backups.take_if_changed("periodic") is None
    rename_rep(book, "Changed")
    second = book.backups.take_if_changed("periodic")
    assert second is not None and second.path != first.path
    assert [b.reason for b in book.backups.available()] == ["start", "periodic"]


def test_before_risky_work_there_is_a_backup_of_the_current_state(book: Book) -> None:
    """before() makes a copy of the state as it is now, or names the copy that already has it."""
    rename_rep(book, "Before import")
    taken = book.backups.before("import")
    assert taken is not None and taken.reason == "before-import"
    assert book.backups.before("merge") == taken


def test_before_refuses_when_no_backup_can_be_made(book: Book) -> None:
    """A backups folder that cannot be written stops the risky work with a clear message."""
    shutil.rmtree(book.location.backups, ignore_errors=True)
    book.location.backups.write_text("in the way")
    rename_rep(book, "x")
    with pytest.raises(BackupError, match="could not back up"):
        book.backups.before("bulk-delete")


def test_old_backups_are_pruned_by_the_policy(book: Book, clock: FixedClock) -> None:
    """Daily backups over 40 days shrink to today, yesterday and the newest of the days, weeks
    and months the policy keeps."""
    for _day in range(40):
        rename_rep(book, f"day {_day}")
        book.backups.take("periodic")
        clock.advance(timedelta(days=1))
    kept = book.backups.available()
    assert len(kept) < 40
    assert kept[-1].taken_at == clock.now() - timedelta(days=1)
    ages = sorted((clock.now() - b.taken_at).days for b in kept)
    assert ages[:13] == list(range(1, 14))  # yesterday, and each of the 12 days before


def test_save_to_writes_a_verified_copy_anywhere(book: Book, tmp_path: Path) -> None:
    """ "Save a backup to…" writes a complete copy at the chosen place (or into a chosen folder)."""
    book.demo.load(contacts=12)
    saved = book.backups.save_to(tmp_path / "usb" / "copy.sqlite3")
    assert contacts_in(saved) == 12
    into_folder = book.backups.save_to(tmp_path / "usb")
    assert into_folder.parent == tmp_path / "usb" and contacts_in(into_folder) == 12
    with pytest.raises(BackupError, match="own database"):
        book.backups.save_to(book.location.database)


def test_restore_brings_back_the_backup_and_keeps_the_state_before(book: Book) -> None:
    """A restore swaps in the backup, keeps a backup of what was there, and clears undo."""
    book.demo.load(contacts=10)
    backup = book.backups.take("manual")
    book.undo  # noqa: B018 - the demo cleared the history; make an undoable change below
    rename_rep(book, "After the backup")
    written = book.backups.restore(backup.path)
    report = written.value
    assert written.changes.everything
    assert report.check == "ok"
    assert book.preferences.get().rep_name != "After the backup"
    assert report.previous is not None and report.previous.exists()
    assert not report.previous_was_damaged
    assert book.backups.available()[-1].reason == "before-restore"
    assert book.maintenance.check().contacts == 10
    assert book.undo.peek() is None
    wal = book.location.database.with_name(book.location.database.name + "-wal")
    if os.name == "posix":
        assert book.location.database.stat().st_mode & 0o777 == 0o600
        assert not wal.exists() or wal.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_what_is_not_a_sound_groundgame_book(book: Book, tmp_path: Path) -> None:
    """Missing, damaged, foreign and newer files are refused, and the book stays as it was."""
    rename_rep(book, "Keep me")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 300)
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (x)").connection.commit()
    newer = book.backups.save_to(tmp_path / "newer.sqlite3")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    connection.commit()
    connection.close()
    with pytest.raises(RestoreError, match="is not a file"):
        book.backups.restore(tmp_path / "missing.sqlite3")
    with pytest.raises(RestoreError, match="damaged"):
        book.backups.restore(garbage)
    with pytest.raises(SchemaError, match="not a Groundgame database"):
        book.backups.restore(foreign)
    with pytest.raises(SchemaError, match="newer version"):
        book.backups.restore(newer)
    with pytest.raises(RestoreError, match="own database"):
        book.backups.restore(book.location.database)
    assert book.preferences.get().rep_name == "Keep me"


def test_a_backup_from_an_older_version_is_restored_and_upgraded(book: Book) -> None:
    """Each kept schema file restores: upgraded to this version, checked, rows intact."""
    for kept in sorted(DATA.glob("schema_*.sqlite3")):
        written = book.backups.restore(kept)
        assert written.value.check == "ok"
        assert book.maintenance.check().contacts == contacts_in(kept)


def test_a_read_only_book_keeps_no_backups(location: DataLocation, clock: FixedClock) -> None:
    """In read-only mode nothing is backed up into the folder and restores are refused."""
    Book.open(location, clock=clock).close()
    with Book.open(location, clock=clock, read_only=True) as book:
        assert book.read_only
        assert book.backups.take_if_changed("start") is None
        assert book.backups.before("import") is None
        from tracker.storage.engine import ReadOnlyBook

        with pytest.raises(ReadOnlyBook, match="read-only"):
            book.backups.take()


def test_a_clean_exit_keeps_a_last_backup_and_empties_the_log(
    location: DataLocation, clock: FixedClock
) -> None:
    """shutdown(): a backup if anything changed since the newest one, the log folded into the
    file; the next start finds nothing new to back up."""
    book = Book.open(location, clock=clock)
    book.backups.take("start")
    rename_rep(book, "Worked all day")
    book.shutdown()
    assert [b.reason for b in book.backups.available()] == ["start", "exit"]
    assert not location.database.with_name("groundgame.sqlite3-wal").exists()
    with Book.open(location, clock=clock) as again:
        assert again.backups.take_if_changed("start") is None
        assert contacts_in(again.backups.available()[-1].path) == 0


def test_the_full_check_runs_weekly_and_is_remembered(book: Book, clock: FixedClock) -> None:
    """integrity_check + foreign_key_check are due on a new book, not again for a week."""
    assert book.maintenance.full_check_due()
    assert book.maintenance.check(full=True).ok
    assert not book.maintenance.full_check_due()
    clock.advance(timedelta(days=6, hours=23))
    assert not book.maintenance.full_check_due()
    clock.advance(timedelta(hours=1))
    assert book.maintenance.full_check_due()
