"""Faults for real: a full disk, a database locked by another process, a read-only folder, bugs."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from tests import faults
from tracker.domain.clock import FixedClock
from tracker.domain.drafts import ContactDraft
from tracker.services.book import Book
from tracker.services.errors import Problem, classify, user_facing_message
from tracker.services.location import DataLocation
from tracker.storage.contacts import insert_contact


def test_a_full_disk_rolls_the_write_back_and_says_so(book: Book) -> None:
    """SQLITE_FULL mid-write: nothing of the write is kept, the message names the full disk, and
    once space is free the same write succeeds."""
    before = book.preferences.get()
    free = faults.fill_the_disk(book)
    wanted = replace(before, rep_name="A" * 200_000, daily_capacity=44)
    with pytest.raises(Exception) as caught:
        book.preferences.save(wanted)
    assert classify(caught.value) is Problem.DISK_FULL
    assert "disk is full" in user_facing_message(caught.value, log_dir=None)
    assert book.preferences.get() == before
    free()
    book.preferences.save(wanted)
    assert book.preferences.get().daily_capacity == 44


def test_a_full_disk_during_a_big_transaction_leaves_none_of_it(book: Book) -> None:
    """A demo load that runs out of space mid-way leaves the book empty, and consistent."""
    free = faults.fill_the_disk(book)
    with pytest.raises(Exception) as caught:
        book.demo.load(contacts=200)
    assert classify(caught.value) is Problem.DISK_FULL
    free()
    report = book.maintenance.check(full=True)
    assert report.ok and report.contacts == 0 and report.activities == 0


def test_a_full_disk_in_an_undoable_write(book: Book) -> None:
    """Rows flushed through the ORM before the disk filled are all rolled back; no undo step."""
    free = faults.fill_the_disk(book)
    with pytest.raises(Exception) as caught, book._ctx.undoable("create_contacts", "x") as session:
        for n in range(300):
            insert_contact(session, ContactDraft(first_name="Fill", last_name=f"{n:04}" * 40))
    assert classify(caught.value) is Problem.DISK_FULL
    free()
    assert book.maintenance.check().contacts == 0
    assert book.undo.peek() is None


def test_a_database_locked_by_another_process(location: DataLocation, clock: FixedClock) -> None:
    """While another process writes, a save waits (busy_timeout) and then says the book is busy;
    once the other process is gone it succeeds."""
    Book.open(location, clock=clock).close()
    with Book.open(location, clock=clock, busy_timeout_ms=300) as book:
        other = faults.hold_write_lock(location.database)
        try:
            with pytest.raises(Exception) as caught:
                book.preferences.save(replace(book.preferences.get(), rep_name="Waiting"))
            assert classify(caught.value) is Problem.BUSY
            assert "busy in another Groundgame" in user_facing_message(caught.value, log_dir=None)
        finally:
            other.kill()
            other.wait()
        book.preferences.save(replace(book.preferences.get(), rep_name="Later"))
        assert book.preferences.get().rep_name == "Later"


def test_a_read_only_folder_opens_the_book_read_only(tmp_path: Path) -> None:
    """A folder the process cannot write: the book opens read-only, reads work, writes are refused
    with a clear message (in a child process for which the folder really is read-only)."""
    folder = tmp_path / "book"
    with Book.open(DataLocation(folder)) as book:
        book.preferences.save(replace(book.preferences.get(), rep_name="Read Only"))
    check = faults.run_in_read_only_folder(folder, "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok: ")
    assert "read-only" in check.stderr
    demo = faults.run_in_read_only_folder(folder, "demo", "--contacts", "3")
    assert demo.returncode == 1
    assert demo.stderr.strip().endswith("nothing can be saved")
    assert "Traceback" not in demo.stderr
    assert not any(p.name.endswith("-shm") for p in folder.iterdir())


def test_the_read_only_mode_refuses_writes_in_plain_words(
    location: DataLocation, clock: FixedClock
) -> None:
    """Every write of a read-only book is refused before it starts, naming the folder."""
    Book.open(location, clock=clock).close()
    with Book.open(location, clock=clock, read_only=True) as book:
        assert book.read_only
        assert book.preferences.get().day_start_hour == 4
        with pytest.raises(Exception) as caught:
            book.preferences.save(book.preferences.get())
        message = user_facing_message(caught.value, log_dir=None)
        assert str(location.root) in message and "nothing can be saved" in message


def test_sqlite_refusing_a_write_to_a_read_only_file_is_worded(tmp_path: Path) -> None:
    """SQLITE_READONLY from SQLite itself (a file opened ?mode=ro) gets the read-only message."""
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    assert classify(caught.value) is Problem.READ_ONLY
    assert "cannot be written" in user_facing_message(caught.value, log_dir=None)


def test_a_bug_is_logged_with_its_code_path_and_no_customer_data(tmp_path: Path) -> None:
    """An unexpected error gives one line for the rep; the log has the traceback of it and its
    cause, but not the messages, which may quote customer data."""

    def lookup(name: str) -> None:
        try:
            {}[name]
        except KeyError as exc:
            raise RuntimeError(f"no contact named {name}") from exc

    with pytest.raises(RuntimeError) as caught:
        lookup("Jörg Köhler, +49 170 1234567")
    message = user_facing_message(caught.value, log_dir=tmp_path / "logs")
    assert message.startswith("unexpected error (RuntimeError); details in ")
    text = (tmp_path / "logs" / "groundgame.log").read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "in lookup" in text and "test_faults.py" in text
    assert "Köhler" not in text and "1234567" not in text
    assert (tmp_path / "logs" / "groundgame.log").stat().st_mode & 0o777 == 0o600
