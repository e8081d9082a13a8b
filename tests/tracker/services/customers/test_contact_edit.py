"""One edit of a contact — fields, state, a note, the account's tier — as one transaction and one
undo step; records found by a unique prefix of their id."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tracker.domain.contact_fields import FieldError
from tracker.domain.contacts import ContactEdit, StateChange
from tracker.domain.enums import ContactState, Tier
from tracker.services.book import Book
from tracker.services.lookup import AmbiguousId, UnknownId

from ..book_helpers import add_account, add_contact, dump


def test_an_edit_changes_everything_at_once_and_undoes_as_one(book: Book) -> None:
    """Title, state, a note and the account's tier in one call; one undo restores every row."""
    account = add_account(book, "Bäckerei Groß", tier=Tier.B)
    contact = add_contact(book, "Eva", "Lang", account_id=account)
    before = dump(book)
    draft = replace(book.contacts.detail(contact).draft(), job_title="Inhaberin")
    change = ContactEdit(
        draft=draft,
        state=StateChange(ContactState.PARKED, date(2027, 1, 15), "budget in January"),
        note="wants an offer",
        account_tier=Tier.A,
    )
    written = book.contacts.edit(contact, change)
    assert written.changes.contacts and written.changes.accounts
    detail = book.contacts.detail(contact)
    assert (detail.job_title, detail.state, detail.tier) == (
        "Inhaberin",
        ContactState.PARKED,
        Tier.A,
    )
    assert detail.timeline[0].text == "wants an offer"
    assert book.undo.peek() is not None and book.undo.peek().action == "edit_contact"  # type: ignore[union-attr]
    book.undo.undo()
    after = dump(book)
    after.pop("undo_steps"), before.pop("undo_steps")
    assert after == before


def test_a_bad_part_stores_no_part(book: Book) -> None:
    """A note that is empty refuses the whole edit before anything is written."""
    contact = add_contact(book, "Eva", "Lang")
    before = dump(book)
    draft = replace(book.contacts.detail(contact).draft(), job_title="Inhaberin")
    with pytest.raises(FieldError, match="note: is empty"):
        book.contacts.edit(contact, ContactEdit(draft=draft, note="   "))
    with pytest.raises(FieldError, match="tier: Eva Lang has no account"):
        book.contacts.edit(contact, ContactEdit(draft=draft, account_tier=Tier.A))
    assert dump(book) == before


def test_records_are_found_by_a_unique_prefix(book: Book) -> None:
    """The whole id, or a prefix of at least four characters that fits one record."""
    first = add_contact(book, "Eva", "Lang")
    second = add_contact(book, "Jan", "Ott")
    assert book.contacts.resolve(first) == first
    shared = next(n for n in range(36, 0, -1) if first[:n] == second[:n])
    assert book.contacts.resolve(first[: shared + 1]) == first
    with pytest.raises(AmbiguousId, match="fits several contacts"):
        book.contacts.resolve(first[:shared])
    with pytest.raises(AmbiguousId, match="too short"):
        book.contacts.resolve(first[:3])
    with pytest.raises(UnknownId, match="no contact with the id 'ffffffff'"):
        book.contacts.resolve("ffffffff")
    book.contacts.delete([first])
    with pytest.raises(UnknownId):
        book.contacts.resolve(first)


def test_an_account_is_also_found_by_its_name(book: Book) -> None:
    """Exact name, A–Z in any case; a name two accounts share names neither."""
    account = add_account(book, "Brauhaus Nord")
    assert book.accounts.resolve("brauhaus NORD") == account
    add_account(book, "Kiosk")
    add_account(book, "Kiosk")
    with pytest.raises(AmbiguousId, match="several accounts are called 'Kiosk'"):
        book.accounts.resolve("Kiosk")
    with pytest.raises(UnknownId, match="no account with the id or name 'Nirgendwo'"):
        book.accounts.resolve("Nirgendwo")
