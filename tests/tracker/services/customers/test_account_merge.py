"""Accounts in Find duplicates: the cluster, the merge (everything moves), the exact undo, ids,
and the account form's warning about the same company in another spelling."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tracker.domain.accounts import AccountDraft, AccountQuery
from tracker.domain.contacts import ContactQuery
from tracker.domain.duplicates import MatchReason, RecordKind
from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome, Tier
from tracker.domain.pipeline import DealDraft
from tracker.domain.search import HitKind
from tracker.services.book import Book
from tracker.services.customers.contact_changes import NotFound
from tracker.services.customers.duplicates import AmbiguousRecord
from tracker.storage.records import (
    ActivityRecord,
    ContactRecord,
    DealRecord,
    NoteRecord,
    PurchaseRecord,
)

from ..book_helpers import add_contact, dump


def make_accounts(book: Book) -> tuple[str, str]:
    """Schröder Bau GmbH (tier A, Berlin, two people) and Schroeder-Bau (a website, one person
    with a call, a deal, a purchase and a note on the account)."""
    keep = book.accounts.create(
        AccountDraft(name="Schröder Bau GmbH", tier=Tier.A, phone="030 1234567",
                     street="Hauptstr. 1", postal_code="10115", city="Berlin")
    ).value  # fmt: skip
    other = book.accounts.create(
        AccountDraft(name="Schroeder-Bau", website="https://www.schroeder-bau.de",
                     city="Berlin", notes="Hof hinten links")
    ).value  # fmt: skip
    add_contact(book, "Ida", "Schröder", account_id=keep)
    add_contact(book, "Max", "Lang", account_id=keep)
    moved = add_contact(book, "Tom", "Berg", account_id=other, emails=("tom@schroeder-bau.de",))
    book.pipeline.create(DealDraft(moved, "Neues Dach", value_cents=1_200_000))
    now = book.clock.now()
    with book._ctx.db.write() as session:
        session.add(
            ActivityRecord(contact_id=moved, account_id=other, kind=ActivityKind.CALL,
                           status=ActivityStatus.DONE, due_on=date(2026, 11, 30),
                           done_on=date(2026, 11, 30), completed_at=now,
                           outcome=Outcome.CONNECTED)
        )  # fmt: skip
        session.add(
            PurchaseRecord(contact_id=moved, account_id=other, purchased_on=date(2026, 11, 30),
                           amount_cents=50_000)
        )  # fmt: skip
        session.add(NoteRecord(account_id=other, body="Zufahrt über den Hof"))
        session.get(ContactRecord, moved).last_touch_at = now
    return keep, other


def accounts_found(book: Book, typed: str) -> set[str]:
    return {hit.id for hit in book.search.search(typed) if hit.kind is HitKind.ACCOUNT}


def owned_by(book: Book, account_id: str) -> dict[str, int]:
    with book._ctx.db.read() as session:
        return {
            model.__tablename__: session.scalar(
                select(func.count()).select_from(model).where(model.account_id == account_id)
            )
            or 0
            for model in (ActivityRecord, DealRecord, PurchaseRecord, NoteRecord)
        }


def test_the_finder_lists_accounts_beside_contacts(book: Book) -> None:
    """Schröder Bau GmbH and Schroeder-Bau in Berlin form an account cluster; the account with
    more people is suggested as the survivor."""
    keep, other = make_accounts(book)
    clusters = book.duplicates.clusters()
    accounts = [c for c in clusters if c.kind is RecordKind.ACCOUNT]
    assert len(accounts) == 1
    cluster = accounts[0]
    assert [m.id for m in cluster.members] == [keep, other]
    assert cluster.reasons == (MatchReason.NAME_AT_PLACE,)
    first = cluster.members[0]
    assert (first.contacts, first.place, first.phones) == (2, "10115 Berlin", ("+49301234567",))
    assert cluster.members[1].websites == ("https://www.schroeder-bau.de",)


def test_merge_moves_people_history_deals_purchases_and_notes(book: Book) -> None:
    """Everything of the duplicate account moves to the survivor; its empty fields are filled
    from the duplicate, its notes kept; the duplicate is gone from lists and search."""
    keep, other = make_accounts(book)
    before = owned_by(book, other)
    result = book.duplicates.merge_accounts(keep, [other]).value
    assert (result.kind, result.merged) == (RecordKind.ACCOUNT, 1)
    assert result.moved == sum(before.values()) + 1  # and Tom Berg himself
    assert owned_by(book, other) == dict.fromkeys(before, 0)
    assert owned_by(book, keep) == {"activities": 1, "deals": 1, "purchases": 1, "notes": 1}
    assert len(book.contacts.ids(ContactQuery(account_id=keep))) == 3
    assert book.accounts.ids(AccountQuery()) == (keep,)
    detail = book.accounts.detail(keep)
    assert detail.draft.website == "https://www.schroeder-bau.de"
    assert (detail.draft.postal_code, detail.draft.city) == ("10115", "Berlin")  # its own
    assert detail.draft.notes == "Hof hinten links"
    assert detail.last_touch_at is not None  # Tom's call now counts for the survivor
    assert accounts_found(book, "schroeder bau") == {keep}


def test_undo_of_an_account_merge_restores_every_row_exactly(book: Book) -> None:
    """Full table dumps (search index included) are identical before the merge and after undo."""
    keep, other = make_accounts(book)
    before = dump(book)
    book.duplicates.merge_accounts(keep, [other])
    assert dump(book) != before
    step = book.undo.peek()
    assert (step.action, step.subject) == ("merge_accounts", "Schröder Bau GmbH")
    book.undo.undo()
    assert dump(book) == before
    assert accounts_found(book, "schroeder bau") == {keep, other}


def test_account_merge_refuses_what_cannot_be_merged(book: Book) -> None:
    """Nothing to merge, or an account that is gone, is refused with a message; nothing changes."""
    keep, other = make_accounts(book)
    with pytest.raises(ValueError, match="at least one other account"):
        book.duplicates.merge_accounts(keep, [keep])
    book.duplicates.merge_accounts(keep, [other])
    before = dump(book)
    with pytest.raises(NotFound, match="no longer exists"):
        book.duplicates.merge_accounts(keep, [other])
    assert dump(book) == before


def test_ids_and_prefixes_name_a_contact_or_an_account(book: Book) -> None:
    """A full id or a unique prefix of four or more characters names its record and its kind;
    a shorter, unknown or shared prefix is refused with a message."""
    keep, _other = make_accounts(book)
    person = book.contacts.ids(ContactQuery(account_id=keep))[0]
    assert book.duplicates.record_kind(keep) == (RecordKind.ACCOUNT, keep)
    assert book.duplicates.record_kind(person.upper()) == (RecordKind.CONTACT, person)
    unique = next(
        keep[:n]
        for n in range(4, len(keep))
        if sum(i.startswith(keep[:n]) for i in (*book.contacts.ids(ContactQuery()), _other)) == 0
    )
    assert book.duplicates.record_kind(unique) == (RecordKind.ACCOUNT, keep)
    with pytest.raises(AmbiguousRecord, match="at least 4"):
        book.duplicates.record_kind(keep[:3])
    with pytest.raises(AmbiguousRecord, match="several"):
        book.duplicates.record_kind(keep[:4])  # every id of this book starts alike
    with pytest.raises(NotFound, match="no contact or account"):
        book.duplicates.record_kind("ffffffff")


def test_the_account_form_names_the_same_company_in_another_spelling(book: Book) -> None:
    """Typing "SCHROEDER-BAU KG" names Schröder Bau GmbH before it is saved twice; the same phone
    names its account too; "Schröder Dach" and the account being edited are not named."""
    keep, other = make_accounts(book)
    similar = book.accounts.similar_to(AccountDraft(name="SCHROEDER-BAU KG"))
    assert similar == [(other, "Schroeder-Bau"), (keep, "Schröder Bau GmbH")]
    by_phone = book.accounts.similar_to(AccountDraft(name="Dachdecker", phone="+49 30 1234567"))
    assert by_phone == [(keep, "Schröder Bau GmbH")]
    assert book.accounts.similar_to(AccountDraft(name="Schröder Dach")) == []
    assert book.accounts.similar_to(AccountDraft(name="Schroder Bau"), exclude=other) == [
        (keep, "Schröder Bau GmbH")
    ]
