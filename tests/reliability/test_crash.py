"""Crash safety: a writer SIGKILLed at random loses no acknowledged write and leaves no half."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.reliability.harness import merged, run_trials
from tests.reliability.workloads import RESTORE, WORKLOADS, by_name
from tracker.services.book import Book
from tracker.services.location import DataLocation


def test_killing_a_writing_child_loses_nothing(tmp_path: Path) -> None:
    """Twenty kills of a child writing a demo book, preferences, undoable ORM groups and backups,
    and six of one restoring backups: every acknowledged write survives, none is half-applied,
    every check passes."""
    figures = merged(
        run_trials(tmp_path / "mixed", 20, seed=2026),
        run_trials(tmp_path / "restore", 6, seed=7, workloads=[WORKLOADS[0], RESTORE]),
    )
    assert figures.trials == 26
    assert figures.acknowledged > 26
    assert figures.clean, figures.problems[:5]
    assert figures.problems == []


def test_the_checks_see_lost_and_half_written_groups(tmp_path: Path) -> None:
    """The verification is not blind: a missing acknowledged group counts as lost, a group with a
    row missing as half-applied, a half-saved preference as half-applied."""
    location = DataLocation(tmp_path / "book")
    (undoable,) = by_name("undoable")
    (preferences,) = by_name("preferences")
    with Book.open(location) as book:
        tokens = [undoable.write(book, n) for n in range(3)]
        preferences.write(book, 5)
    db = sqlite3.connect(location.database)
    assert undoable.verify(db, [t for t in tokens if t]).lost == 0
    db.execute(
        "DELETE FROM contact_phones WHERE contact_id IN "
        "(SELECT id FROM contacts WHERE last_name = 'crash-1' LIMIT 1)"
    )
    db.commit()
    verdict = undoable.verify(db, [*(t for t in tokens if t), "crash-9"])
    assert (verdict.lost, verdict.half_applied) == (1, 1)
    assert preferences.verify(db, ["5"]).half_applied == 0
    db.execute("UPDATE preferences SET value = '3' WHERE key = 'daily_capacity'")
    db.commit()
    assert preferences.verify(db, ["5"]).half_applied == 1
    assert preferences.verify(db, ["5", "6"]).lost == 1
    db.close()
