"""Demo data is marked and comes out in one step, after a verified backup, leaving real rows."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from tests.conftest import DEMO_DAY
from tests.tracker.services.book_helpers import add_contact
from tracker.services.book import Book
from tracker.services.demo import NoDemoData


def count(book: Book, sql: str) -> int:
    with book._ctx.db.read() as session:
        return int(session.execute(text(sql)).scalar() or 0)


def test_a_demo_book_says_so_and_an_empty_one_does_not(book: Book) -> None:
    """present() is False for an empty book and True once the demo is loaded."""
    assert not book.demo.present()
    book.demo.load(seed=1, contacts=40, today=DEMO_DAY)
    assert book.demo.present()


def test_removing_the_demo_leaves_an_empty_book_and_a_verified_backup(book: Book) -> None:
    """Every demo row goes (history, deals, search index too); a backup holds the demo book."""
    book.demo.load(seed=1, contacts=60, today=DEMO_DAY)
    removed = book.demo.remove().value
    assert removed.contacts == 60 and removed.kept_accounts == 0 and removed.accounts > 0
    for table in ("contacts", "accounts", "activities", "deals", "purchases", "referrals"):
        assert count(book, f"SELECT count(*) FROM {table}") == 0, table
    assert count(book, "SELECT count(*) FROM search_documents") == 0
    assert book.maintenance.is_empty() and not book.demo.present()
    assert book.maintenance.check(full=True).ok
    backups = sorted(book.location.backups.glob("*remove-demo*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as saved:
        assert saved.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert saved.execute("SELECT count(*) FROM contacts").fetchone()[0] == 60


def test_real_contacts_added_after_the_demo_stay(book: Book) -> None:
    """A real contact — even one at a demo company, or referred by a demo person — is kept
    with its company; only the made-up people and the companies nobody real works at go."""
    book.demo.load(seed=1, contacts=60, today=DEMO_DAY)
    with book._ctx.db.read() as session:
        demo_account, demo_person = session.execute(
            text("SELECT account_id, id FROM contacts WHERE account_id IS NOT NULL LIMIT 1")
        ).one()
    mine = add_contact(book, "Real", "Customer", phones=("+49 151 23456789",))
    at_demo_company = add_contact(book, "Also", "Real", account_id=demo_account)
    referred = add_contact(book, "Referred", "Real", referred_by_id=demo_person)
    removed = book.demo.remove().value
    assert removed.contacts == 60 and removed.kept_accounts == 1
    with book._ctx.db.read() as session:
        kept = set(session.execute(text("SELECT id FROM contacts")).scalars())
    assert kept == {mine, at_demo_company, referred}
    assert count(book, f"SELECT count(*) FROM accounts WHERE id = '{demo_account}'") == 1
    assert count(book, "SELECT count(*) FROM accounts WHERE import_id IS NOT NULL") == 0
    unlinked = f"SELECT count(*) FROM contacts WHERE id = '{referred}' AND referred_by_id IS NULL"
    assert count(book, unlinked) == 1
    assert book.search.search("Customer")
    assert book.maintenance.check(full=True).ok


def test_nothing_to_remove_is_said_plainly(book: Book) -> None:
    """remove() on a book without demo data raises NoDemoData and makes no backup."""
    add_contact(book, "Real", "Customer")
    with pytest.raises(NoDemoData, match="no demo data"):
        book.demo.remove()
    assert not list(book.location.backups.glob("*remove-demo*"))


def test_undo_last_import_never_takes_the_demo(book: Book) -> None:
    """The demo is recorded like an import but "Undo last import" does not see it."""
    book.demo.load(seed=1, contacts=20, today=DEMO_DAY)
    assert book.imports.last_import() is None
