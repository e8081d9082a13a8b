"""Opening a book: the data folder, defaults, preferences and undo."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from tracker.domain.preferences import PreferenceError
from tracker.services.book import Book
from tracker.services.location import DataDirError, DataLocation, resolve
from tracker.services.safety.undo import NothingToUndo


def test_a_new_folder_gets_a_database_with_defaults(location: DataLocation, clock) -> None:  # type: ignore[no-untyped-def]
    """Opening an empty folder creates it, the database, and the default preferences."""
    with Book.open(location, clock=clock) as book:
        prefs = book.preferences.get()
        assert location.database.exists()
        assert prefs.day_start_hour == 4
        assert prefs.give_up_attempts == 6
        assert book.maintenance.is_empty()


def test_the_data_folder_is_private(location: DataLocation, clock) -> None:  # type: ignore[no-untyped-def]
    """On POSIX nobody but the rep can list the data folder."""
    with Book.open(location, clock=clock):
        pass
    if os.name == "posix":
        assert location.root.stat().st_mode & 0o777 == 0o700


def test_a_file_is_not_a_data_folder(tmp_path: Path) -> None:
    """--data-dir pointing at a file gets a clear refusal naming it."""
    target = tmp_path / "notes.txt"
    target.write_text("hello")
    with pytest.raises(DataDirError, match=f"{target} is a file, not a folder"):
        Book.open(DataLocation(target))


def test_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    """A data folder below a file cannot be made; the message says where and why."""
    (tmp_path / "file").write_text("x")
    with pytest.raises(DataDirError, match="cannot create data folder"):
        Book.open(DataLocation(tmp_path / "file" / "data"))


def test_resolve_prefers_argument_then_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--data-dir beats GROUNDGAME_DATA_DIR, which beats the platform folder."""
    monkeypatch.setenv("GROUNDGAME_DATA_DIR", str(tmp_path / "env"))
    assert resolve(str(tmp_path / "arg")).root == tmp_path / "arg"
    assert resolve(None).root == tmp_path / "env"
    monkeypatch.delenv("GROUNDGAME_DATA_DIR")
    assert "Groundgame" in str(resolve(None).root)


def test_preferences_round_trip_and_validate(book: Book) -> None:
    """Saved preferences read back the same; an impossible value is refused by name."""
    prefs = replace(book.preferences.get(), daily_capacity=45, working_days=frozenset({0, 1, 2, 3}))
    book.preferences.save(prefs)
    assert book.preferences.get() == prefs
    with pytest.raises(PreferenceError, match="daily_capacity"):
        book.preferences.save(replace(prefs, daily_capacity=0))
    with pytest.raises(PreferenceError, match="time_zone"):
        book.preferences.save(replace(prefs, time_zone="Mars/Olympus"))
    assert book.preferences.get() == prefs


def test_undo_with_nothing_to_undo(book: Book) -> None:
    """Undo on a fresh book says there is nothing to undo."""
    assert book.undo.peek() is None
    with pytest.raises(NothingToUndo):
        book.undo.undo()
