"""Undo steps kept in the book: another process (a second open Book on the same folder, as the
CLI is) takes back what this one did, across restarts, pruned to the depth, refusing exactly when
later work stands in the way, and forgotten by a restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from tests.tracker.services.book_helpers import add_account, add_contact, dump
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind, Outcome
from tracker.services.book import Book
from tracker.services.context import UNDO_DEPTH
from tracker.services.day.planning import PlanDraft
from tracker.services.location import DataLocation
from tracker.services.safety.undo import CannotUndo, NothingToUndo, UndoInfo
from tracker.storage.records import ContactRecord, NoteRecord


@pytest.fixture
def other(book: Book, location: DataLocation, clock: FixedClock) -> Iterator[Book]:
    """A second Book on the same folder: its own connections and no memory shared with `book`."""
    opened = Book.open(location, clock=clock)
    yield opened
    opened.close()


def rep_data(book: Book) -> dict[str, object]:
    """Every table but the undo bookkeeping itself."""
    tables = dump(book)
    tables.pop("undo_steps")
    return tables


def test_an_action_here_is_undone_from_another_process(book: Book, other: Book) -> None:
    """The other process sees the action's label and restores every row exactly."""
    account = add_account(book, "Bäckerei Groß")
    before = rep_data(book)
    add_contact(book, "Eva", "Lang", account_id=account, phones=("0151 2345678",), tags=("vip",))
    assert other.undo.peek() == UndoInfo("add_contact", "Eva Lang")
    written = other.undo.undo()
    assert written.value == UndoInfo("add_contact", "Eva Lang")
    assert written.changes.contacts
    assert rep_data(book) == before
    assert book.undo.peek() == UndoInfo("add_account", "Bäckerei Groß")


def test_a_logged_outcome_is_undone_after_a_restart(
    demo_book: Book, location: DataLocation, clock: FixedClock
) -> None:
    """Closing the book keeps the step: the next start takes the log back, next step and all."""
    before = rep_data(demo_book)
    item = next(i for i in demo_book.queue.today().items if i.candidate.kind is ActivityKind.CALL)
    demo_book.work.log(item.id, Outcome.VOICEMAIL, note="left a message")
    demo_book.close()
    with Book.open(location, clock=clock) as reopened:
        assert reopened.undo.peek() == UndoInfo("log_outcome", item.candidate.contact_name)
        reopened.undo.undo()
        assert rep_data(reopened) == before
        assert reopened.undo.peek() is None


def test_steps_are_pruned_to_the_undo_depth(book: Book) -> None:
    """Only the newest UNDO_DEPTH actions can be taken back, newest first."""
    names = [f"Account {n:02d}" for n in range(UNDO_DEPTH + 3)]
    for name in names:
        add_account(book, name)
    undone = [book.undo.undo().value.subject for _ in range(UNDO_DEPTH)]
    assert undone == names[::-1][:UNDO_DEPTH]
    with pytest.raises(NothingToUndo):
        book.undo.undo()


def test_a_row_changed_since_is_not_overwritten(book: Book, other: Book) -> None:
    """A later change of the same row (here one no undo covers) makes undo refuse, change
    nothing, say what changed, and forget the history beneath."""
    add_account(book, "Older step")
    contact = add_contact(book, "Jan", "Ott")
    with other._ctx.db.write() as session:
        session.get(ContactRecord, contact).notes = "typed in elsewhere"
    kept = rep_data(book)
    with pytest.raises(CannotUndo, match=r"add contact \(Jan Ott\): the contact changed after it"):
        book.undo.undo()
    assert rep_data(book) == kept
    assert book.undo.peek() is None


def test_a_series_topped_up_since_is_not_taken_back(book: Book, clock: FixedClock) -> None:
    """Undoing a repeating visit after the horizon moved on would strand the occurrences added
    since; undo refuses and every occurrence stays."""
    contact = add_contact(book, "Rudi", "Regular")
    book.planning.add(
        PlanDraft(contact, ActivityKind.VISIT, date(2026, 12, 8), time(10, 0), repeat="FREQ=WEEKLY")
    )
    clock.advance(timedelta(days=14))
    assert book.planning.extend_series().value == 2
    kept = rep_data(book)
    with pytest.raises(CannotUndo, match="a repeating appointment changed after it"):
        book.undo.undo()
    assert rep_data(book) == kept


def test_rows_added_since_that_refer_to_the_action_stop_it(book: Book, other: Book) -> None:
    """A row written later (by work no undo covers) that points at a row the action added would
    be deleted with it by the cascade; undo refuses instead."""
    contact = add_contact(book, "Nora", "Neu")
    with other._ctx.db.write() as session:
        session.add(NoteRecord(contact_id=contact, body="written later"))
    kept = rep_data(book)
    with pytest.raises(CannotUndo, match="later work refers to the contact it added"):
        book.undo.undo()
    assert rep_data(book) == kept


def test_two_processes_share_one_history(book: Book, other: Book) -> None:
    """Actions of both processes interleave in one history; each undo takes the newest."""
    add_account(book, "First here")
    add_account(other, "Then there")
    add_account(book, "Last here")
    assert [other.undo.undo().value.subject, book.undo.undo().value.subject] == [
        "Last here",
        "Then there",
    ]
    assert other.undo.peek() == UndoInfo("add_account", "First here")


def test_a_restore_forgets_the_steps_of_the_backup(book: Book) -> None:
    """The backup holds the undo steps of its day; after a restore nothing is left to undo."""
    add_account(book, "Before the backup")
    backup = book.backups.take("manual")
    add_account(book, "After the backup")
    book.backups.restore(backup.path)
    assert book.undo.peek() is None
    assert [row.name for row in book.accounts.rows(list(book.accounts.ids(_all())))] == [
        "Before the backup"
    ]


def test_a_demo_load_and_an_undone_import_clear_the_history(book: Book, tmp_path: Path) -> None:
    """Bulk work no undo step may reach behind leaves nothing to undo."""
    add_account(book, "Before the demo")
    book.demo.load(contacts=5)
    assert book.undo.peek() is None
    path = tmp_path / "people.csv"
    path.write_text("First name,Last name,Phone\nIda,Import,030 1234567\n", encoding="utf-8")
    table = book.imports.read(path)
    book.imports.apply(table, book.imports.suggest(table).mapping)
    add_account(book, "After the import")
    book.imports.undo_last()
    assert book.undo.peek() is None


def _all():  # type: ignore[no-untyped-def]
    from tracker.domain.accounts import AccountQuery

    return AccountQuery()
