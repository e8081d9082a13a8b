"""Contacts: create and edit with validation and duplicate warnings, the list, state, bulk, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tracker.domain.contact_fields import FieldError, Phone
from tracker.domain.contacts import ContactQuery, ContactSort, StateChange, TimelineKind
from tracker.domain.drafts import ContactDraft
from tracker.domain.duplicates import MatchReason
from tracker.domain.enums import ContactState, Lifecycle, Tier
from tracker.services.book import Book
from tracker.services.customers.contact_changes import NotFound

from ..book_helpers import add_account, add_contact, dump


def test_a_new_contact_is_stored_with_e164_phones(book: Book) -> None:
    """Phones typed the national way are stored in E.164 with the default region (DE)."""
    contact_id = add_contact(
        book, "Jürgen", "Groß", phones=("0151 1234 5678",), emails=("jg@x.de",)
    )
    detail = book.contacts.detail(contact_id)
    assert detail.phones == (Phone("+4915112345678", "mobile"),)
    assert detail.emails == ("jg@x.de",)
    assert detail.name == "Jürgen Groß"


def test_a_bad_phone_is_refused_and_nothing_is_stored(book: Book) -> None:
    """Validation names the field; the book stays as it was."""
    with pytest.raises(FieldError, match="phone"):
        add_contact(book, "Eva", "Lang", phones=("12",))
    with pytest.raises(FieldError, match="email"):
        add_contact(book, "Eva", "Lang", emails=("eva at lang",))
    assert book.contacts.ids(ContactQuery()) == ()


def test_duplicates_are_found_by_phone_email_and_name_at_company(book: Book) -> None:
    """A draft repeating a number, an address or a name at the same company is flagged."""
    shop = add_account(book, "Bäckerei Müller GmbH")
    first = add_contact(book, "Jörg", "Meier", account_id=shop, phones=("0151 1111 2222",))
    second = add_contact(book, "Eva", "Lang", emails=("Eva@Lang.de",))
    by_phone = book.contacts.duplicates_of(
        ContactDraft("X", "Y", phones=(Phone("+49 151 11112222"),))
    )
    assert [(d.id, d.reasons) for d in by_phone] == [(first, (MatchReason.PHONE,))]
    by_email = book.contacts.duplicates_of(ContactDraft("E", "L", emails=("eva@lang.de",)))
    assert [d.id for d in by_email] == [second]
    by_name = book.contacts.duplicates_of(ContactDraft("Joerg", "Meyer", account_id=shop))
    assert [(d.id, d.name, d.account) for d in by_name] == [
        (first, "Jörg Meier", "Bäckerei Müller GmbH")
    ]
    assert book.contacts.duplicates_of(ContactDraft("Jörg", "Meier"), exclude=None) == []
    assert (
        book.contacts.duplicates_of(
            ContactDraft("Jörg", "Meier", account_id=shop, phones=(Phone("0151 1111 2222"),)),
            exclude=first,
        )
        == []
    )


def test_the_form_warns_about_a_namesake_at_the_same_company_spelled_otherwise(book: Book) -> None:
    """A person entered at "Mueller-Bau" is warned about Jörg Schröder at "Müller Bau GmbH",
    another account of the same company; at "Müller Bau" in other words nobody is."""
    shop = add_account(book, "Müller Bau GmbH")
    again = add_account(book, "Mueller-Bau")
    other = add_account(book, "Bau Müller Nord")
    known = add_contact(book, "Jörg", "Schröder", account_id=shop)
    warned = book.contacts.duplicates_of(ContactDraft("Jorg", "Schroeder", account_id=again))
    assert [(d.id, d.account, d.reasons) for d in warned] == [
        (known, "Müller Bau GmbH", (MatchReason.NAME,))
    ]
    assert book.contacts.duplicates_of(ContactDraft("Jorg", "Schroder", account_id=other)) == []


def test_editing_changes_fields_and_details(book: Book) -> None:
    """An edit stores the new name, phones and tags; undo puts the old ones back."""
    contact_id = add_contact(book, "Eva", "Lang", phones=("0151 1111 2222",), tags=("vip",))
    draft = book.contacts.detail(contact_id).draft()
    from dataclasses import replace

    book.contacts.update(
        contact_id,
        replace(
            draft, last_name="Lang-Weber", phones=(Phone("030 1234567", "work"),), tags=("decider",)
        ),
    )
    detail = book.contacts.detail(contact_id)
    assert (detail.last_name, detail.phones, detail.tags) == (
        "Lang-Weber",
        (Phone("+49301234567", "work"),),
        ("decider",),
    )
    book.undo.undo()
    detail = book.contacts.detail(contact_id)
    assert (detail.last_name, detail.tags) == ("Lang", ("vip",))


def test_the_list_sorts_and_filters_in_sql(book: Book) -> None:
    """Ids come back in the asked order, filtered by lifecycle, tag, tier, words and phone."""
    gold = add_account(book, "Gold AG", tier=Tier.A)
    a = add_contact(
        book, "Anna", "Zander", tags=("vip",), lifecycle=Lifecycle.CUSTOMER, account_id=gold
    )
    b = add_contact(book, "Bernd", "Müller", phones=("0171 5550000",))
    c = add_contact(book, "Carla", "Adler", tags=("vip",))
    assert book.contacts.ids(ContactQuery()) == (c, b, a)
    assert book.contacts.ids(ContactQuery(descending=True)) == (a, b, c)
    assert book.contacts.ids(ContactQuery(lifecycle=Lifecycle.CUSTOMER)) == (a,)
    assert book.contacts.ids(ContactQuery(tag="VIP")) == (c, a)
    assert book.contacts.ids(ContactQuery(tier=Tier.A)) == (a,)
    assert book.contacts.ids(ContactQuery(text="mueller")) == (b,)
    assert book.contacts.ids(ContactQuery(text="gold")) == (a,)  # by the account's name
    assert book.contacts.ids(ContactQuery(text="0171 555")) == (b,)
    assert book.contacts.ids(ContactQuery(sort=ContactSort.ACCOUNT, descending=True))[0] == a
    rows = book.contacts.rows([b, a])
    assert [r.name for r in rows] == ["Bernd Müller", "Anna Zander"]
    assert (
        rows[0].phone == "+491715550000" and rows[1].account == "Gold AG" and rows[1].tier is Tier.A
    )


def test_state_changes_need_their_date_or_reason(book: Book) -> None:
    """Parking needs a day after today; not a fit needs a reason; active clears both."""
    contact_id = add_contact(book, "Eva", "Lang")
    today = date(2026, 12, 1)
    with pytest.raises(FieldError, match="parked until"):
        book.contacts.set_state([contact_id], StateChange(ContactState.PARKED, today))
    with pytest.raises(FieldError, match="reason"):
        book.contacts.set_state([contact_id], StateChange(ContactState.NOT_A_FIT))
    later = today + timedelta(days=30)
    book.contacts.set_state(
        [contact_id], StateChange(ContactState.PARKED, later, "budget in spring")
    )
    detail = book.contacts.detail(contact_id)
    assert (detail.state, detail.parked_until, detail.state_reason) == (
        ContactState.PARKED,
        later,
        "budget in spring",
    )
    book.contacts.set_state([contact_id], StateChange(ContactState.ACTIVE))
    detail = book.contacts.detail(contact_id)
    assert (detail.state, detail.parked_until, detail.state_reason) == (
        ContactState.ACTIVE,
        None,
        None,
    )


def test_bulk_tag_and_delete_are_undone_exactly(book: Book) -> None:
    """Tagging and deleting several contacts are each one undo step that restores every row."""
    ids = [add_contact(book, "P", f"Person {i}", phones=(f"0151 000000{i}",)) for i in range(3)]
    before = dump(book)
    assert book.contacts.add_tag(ids, " Trade Fair ").value == 3
    assert all(r.tags == ("trade fair",) for r in book.contacts.rows(ids))
    book.undo.undo()
    assert dump(book) == before
    book.contacts.delete(ids[:2])
    assert book.contacts.ids(ContactQuery()) == (ids[2],)
    with pytest.raises(NotFound):
        book.contacts.detail(ids[0])
    assert book.undo.peek().action == "delete_contacts"
    book.undo.undo()
    assert dump(book) == before


def test_notes_and_scores_show_in_the_detail(book: Book) -> None:
    """A note lands on the timeline; fit and readiness are stored and range-checked."""
    contact_id = add_contact(book, "Eva", "Lang")
    book.contacts.add_note(contact_id, "Wants a quote after the trade fair")
    book.contacts.set_prospect_scores(contact_id, fit=4, readiness=2)
    detail = book.contacts.detail(contact_id)
    assert [(e.kind, e.text) for e in detail.timeline] == [
        (TimelineKind.NOTE, "Wants a quote after the trade fair")
    ]
    assert (detail.fit, detail.readiness) == (4, 2)
    with pytest.raises(FieldError):
        book.contacts.set_prospect_scores(contact_id, fit=6, readiness=None)


def test_the_detail_has_the_whole_history(demo_book: Book) -> None:
    """A demo customer's timeline holds activities, deal stages and purchases, newest first."""
    customers = demo_book.contacts.ids(ContactQuery(lifecycle=Lifecycle.CUSTOMER))
    details = [demo_book.contacts.detail(c) for c in customers[:40]]
    kinds = {entry.kind for d in details for entry in d.timeline}
    assert {TimelineKind.ACTIVITY, TimelineKind.STAGE, TimelineKind.PURCHASE} <= kinds
    for detail in details:
        stamps = [entry.when for entry in detail.timeline]
        assert stamps == sorted(stamps, reverse=True)
