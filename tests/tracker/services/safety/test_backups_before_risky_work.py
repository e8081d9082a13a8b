"""Risky work (import, merge, deleting several contacts) starts from a verified backup."""

from __future__ import annotations

from pathlib import Path

from tracker.domain.accounts import AccountDraft
from tracker.domain.contact_fields import Phone
from tracker.domain.contacts import ContactQuery
from tracker.domain.drafts import ContactDraft
from tracker.services.book import Book


def reasons(book: Book) -> list[str]:
    return [backup.reason for backup in book.backups.available()]


def test_deleting_several_contacts_backs_up_first(demo_book: Book) -> None:
    """A bulk delete leaves a "before-bulk-delete" backup holding the contacts it removed."""
    ids = list(demo_book.contacts.ids(ContactQuery())[:3])
    demo_book.contacts.delete(ids)
    assert "before-bulk-delete" in reasons(demo_book)


def test_merging_backs_up_first(book: Book) -> None:
    """A merge leaves a "before-merge" backup."""
    first = book.contacts.create(
        ContactDraft(first_name="Eva", last_name="Lang", phones=(Phone("030 1234567"),))
    ).value
    second = book.contacts.create(
        ContactDraft(first_name="Eva", last_name="Lang", emails=("eva@lang.de",))
    ).value
    book.duplicates.merge(first, [second])
    assert "before-merge" in reasons(book)


def test_merging_accounts_backs_up_first(book: Book) -> None:
    """An account merge leaves a "before-merge" backup."""
    first = book.accounts.create(AccountDraft(name="Schröder Bau GmbH")).value
    second = book.accounts.create(AccountDraft(name="Schroeder Bau")).value
    book.duplicates.merge_accounts(first, [second])
    assert "before-merge" in reasons(book)


def test_importing_backs_up_first(book: Book, tmp_path: Path) -> None:
    """An import leaves a "before-import" backup and names it in its report."""
    path = tmp_path / "people.csv"
    path.write_text("First name,Last name,Phone\nJonas,Weber,030 7654321\n", encoding="utf-8")
    table = book.imports.read(path)
    report = book.imports.apply(table, book.imports.suggest(table).mapping).value
    assert "before-import" in reasons(book)
    assert report.backup is not None and report.backup.exists()
