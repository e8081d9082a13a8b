"""Crash safety: a writer SIGKILLed at random loses no acknowledged write and leaves no half."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.reliability.harness import merged, run_trials
from tests.reliability.workloads import RESTORE, WORKLOADS, by_name
from tracker.services.book import Book
from tracker.services.location import DataLocation


def test_killing_a_writing_child_loses_nothing(tmp_path: Path) -> None:
    """Twenty kills of a child writing a demo book, preferences, undoable ORM groups, outcome logs,
    new contacts, imports, account merges and backups,
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


def test_the_checks_see_a_half_logged_outcome_and_a_half_created_contact(tmp_path: Path) -> None:
    """A logged outcome without its next step, and a contact without one of its tags, count as
    half-applied; an acknowledged contact that is missing counts as lost."""
    location = DataLocation(tmp_path / "book")
    (demo,) = by_name("demo")
    (log,) = by_name("log")
    (contact,) = by_name("contact")
    with Book.open(location) as book:
        demo.write(book, 0)
        logged = [log.write(book, n) for n in range(2)]
        created = [contact.write(book, n) for n in range(2)]
    db = sqlite3.connect(location.database)
    tokens = [t for t in logged if t]
    assert len(tokens) == 2
    assert (log.verify(db, tokens).lost, log.verify(db, tokens).half_applied) == (0, 0)
    db.execute("DELETE FROM activities WHERE previous_id = ?", (tokens[0],))
    db.execute(
        "DELETE FROM contact_tags WHERE tag = 'crash' AND contact_id IN "
        "(SELECT id FROM contacts WHERE last_name = ?)",
        (created[0],),
    )
    db.commit()
    assert log.verify(db, tokens).half_applied == 1
    verdict = contact.verify(db, [*(t for t in created if t), "crashc-99"])
    assert (verdict.lost, verdict.half_applied) == (1, 1)
    db.close()


def test_the_checks_see_a_half_merged_account(tmp_path: Path) -> None:
    """An acknowledged account merge whose people stayed behind counts as half-applied; one whose
    duplicate account is still there counts as lost."""
    location = DataLocation(tmp_path / "book")
    (merge,) = by_name("merge")
    with Book.open(location) as book:
        tokens = [token for n in range(2) if (token := merge.write(book, n))]
    db = sqlite3.connect(location.database)
    assert (merge.verify(db, tokens).lost, merge.verify(db, tokens).half_applied) == (0, 0)
    db.execute(
        "UPDATE contacts SET account_id = (SELECT id FROM accounts WHERE name = 'crashm-1 other')"
        " WHERE last_name = 'crashm-1' AND first_name = 'P0'"
    )
    db.commit()
    verdict = merge.verify(db, [*tokens, "crashm-7"])
    assert (verdict.lost, verdict.half_applied) == (1, 1)
    db.close()


def test_the_checks_see_a_half_checked_out_visit(tmp_path: Path) -> None:
    """A reported visit without its check-out time counts as half-applied; an acknowledged visit
    whose report is missing counts as lost; a visit cut after its check-in is neither."""
    from tracker.domain.contacts import ContactQuery
    from tracker.domain.enums import ActivityKind
    from tracker.services.day.planning import PlanDraft

    location = DataLocation(tmp_path / "book")
    (demo,) = by_name("demo")
    (visit,) = by_name("visit")
    with Book.open(location) as book:
        demo.write(book, 0)
        tokens = [token for n in range(2) if (token := visit.write(book, n))]
        contact = book.contacts.ids(ContactQuery())[0]
        cut = PlanDraft(contact, ActivityKind.VISIT, book.queue.today().day, note="crashvisit-5")
        book.visits.check_in(book.planning.add(cut).value)  # killed before the check-out
    db = sqlite3.connect(location.database)
    assert len(tokens) == 2
    assert (visit.verify(db, tokens).lost, visit.verify(db, tokens).half_applied) == (0, 0)
    db.execute("UPDATE activities SET checked_out_at = NULL WHERE met_with = ?", (tokens[0],))
    db.commit()
    verdict = visit.verify(db, [*tokens, "crashvisit-9"])
    # Half: the reported visit without both times, seen once by its marker and once among all
    # done visits; lost: the acknowledged crashvisit-9.
    assert (verdict.lost, verdict.half_applied) == (1, 2)
    db.close()
