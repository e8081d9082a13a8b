"""Search: umlauts both ways, prefixes, notes, accounts and phone digits, always current."""

from __future__ import annotations

from tracker.domain.search import HitKind
from tracker.services.book import Book

from ..book_helpers import add_account, add_contact


def names(book: Book, typed: str) -> list[tuple[str, str]]:
    return [(hit.kind.value, hit.name) for hit in book.search.search(typed)]


def test_umlauts_are_found_in_every_spelling(book: Book) -> None:
    """Müller, Mueller and Muller each find all three; so do their beginnings."""
    add_contact(book, "Jürgen", "Müller")
    add_contact(book, "Hans", "Mueller")
    add_contact(book, "Tom", "Muller")
    everyone = ["Hans Mueller", "Jürgen Müller", "Tom Muller"]
    for typed in ("Müller", "MUELLER", "muller", "müll", "muel", "Mul"):
        assert sorted(n for _, n in names(book, typed)) == everyone, typed
    assert names(book, "jurgen") == [("contact", "Jürgen Müller")]
    assert names(book, "Juergen") == [("contact", "Jürgen Müller")]


def test_every_word_is_a_prefix(book: Book) -> None:
    """Two letters already find; more words narrow; word order does not matter."""
    add_contact(book, "Anna", "Schmidt")
    add_contact(book, "Andreas", "Schneider")
    assert len(names(book, "an")) == 2
    assert names(book, "sch an") == names(book, "an sch")
    assert names(book, "schm an") == [("contact", "Anna Schmidt")]
    assert names(book, "xq") == []


def test_accounts_and_notes_are_found_with_a_snippet(book: Book) -> None:
    """An account hit names the account; a note hit names the contact and shows the note."""
    shop = add_account(book, "Bäckerei Groß")
    contact = add_contact(book, "Eva", "Lang", account_id=shop)
    book.contacts.add_note(contact, "Will order the new oven after the Wartungsvertrag ends")
    hits = book.search.search("gross")
    assert [(h.kind, h.name) for h in hits] == [(HitKind.ACCOUNT, "Bäckerei Groß")]
    note = book.search.search("wartung")[0]
    assert (note.kind, note.name, note.account, note.contact_id) == (
        HitKind.NOTE,
        "Eva Lang",
        "Bäckerei Groß",
        contact,
    )
    assert "Wartungsvertrag" in note.plain_snippet()


def test_phone_digits_in_any_format_find_the_contact(book: Book) -> None:
    """Typed nationally, internationally or in pieces, the digits find the stored number."""
    contact = add_contact(book, "Eva", "Lang", phones=("0151 2345 6789",))
    for typed in ("0151 2345", "+49 151 2345", "0049151234", "0151-23456789"):
        hits = book.search.search(typed)
        assert [h.id for h in hits] == [contact], typed
        assert hits[0].name == "Eva Lang"


def test_the_index_follows_edits_and_deletes(book: Book) -> None:
    """A renamed contact is found by the new name only; a deleted one not at all; undo restores."""
    contact = add_contact(book, "Eva", "Lang")
    from dataclasses import replace

    book.contacts.update(contact, replace(book.contacts.detail(contact).draft(), last_name="Weber"))
    assert names(book, "lang") == []
    assert names(book, "weber") == [("contact", "Eva Weber")]
    book.contacts.delete([contact])
    assert names(book, "weber") == []
    book.undo.undo()
    assert names(book, "weber") == [("contact", "Eva Weber")]


def test_blank_or_odd_input_is_harmless(book: Book) -> None:
    """Empty text finds nothing; quotes and FTS operators are taken as plain words."""
    add_contact(book, "Anna", "Or")
    assert book.search.search("   ") == []
    assert names(book, '"or"') == [("contact", "Anna Or")]
    assert book.search.search('NEAR( "* ^') == []
