"""One spelling of a name everywhere a name is compared, property-tested on generated names:
search finds a person by every spelling, the duplicate check and Find duplicates pair the
spellings, and an import row in one spelling meets the contact stored in another."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.spellings import spelled_words
from tracker.domain.drafts import ContactDraft
from tracker.domain.duplicates import MatchReason, RecordKind
from tracker.domain.import_matching import RowStatus
from tracker.services.book import Book

from ..book_helpers import add_account, add_contact

EXAMPLES = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
Drawn = tuple[list[str], list[list[str]]]


def undo_all(book: Book) -> None:
    """Take back every write of one example, so the next starts from the same book."""
    while book.undo.peek() is not None:
        book.undo.undo()


@EXAMPLES
@given(spelled_words(2))
def test_search_finds_a_person_by_every_spelling(book: Book, drawn: Drawn) -> None:
    """Stored as written, a person is found by each other spelling of the full name, and by
    each spelling of the beginning of the last name."""
    (first, last), variants = drawn
    person = add_contact(book, first, last)
    try:
        for first_variant, last_variant in variants:
            typed = f"{first_variant} {last_variant}"
            assert person in {hit.id for hit in book.search.search(typed)}, typed
            begun = f"{first_variant} {last_variant[: max(2, len(last_variant) // 2)]}"
            assert person in {hit.id for hit in book.search.search(begun)}, begun
    finally:
        undo_all(book)


@EXAMPLES
@given(spelled_words(3))
def test_the_duplicate_check_pairs_every_spelling(book: Book, drawn: Drawn) -> None:
    """A draft in another spelling at the same company is warned about the stored person, and
    Find duplicates puts the two records in one cluster."""
    (first, last, company), variants = drawn
    account = add_account(book, f"{company} GmbH")
    person = add_contact(book, first, last, account_id=account)
    try:
        for first_variant, last_variant, _company in variants:
            draft = ContactDraft(first_name=first_variant, last_name=last_variant)
            warned = book.contacts.duplicates_of(
                ContactDraft(first_variant, last_variant, account_id=account)
            )
            assert [(d.id, d.reasons) for d in warned] == [(person, (MatchReason.NAME,))], draft
        first_variant, last_variant, _company = variants[0]
        twin = add_contact(book, first_variant, last_variant, account_id=account)
        clusters = [c for c in book.duplicates.clusters() if c.kind is RecordKind.CONTACT]
        assert [{m.id for m in c.members} for c in clusters] == [{person, twin}]
    finally:
        undo_all(book)


@EXAMPLES
@given(spelled_words(3))
def test_an_import_row_in_another_spelling_meets_the_stored_contact(
    book: Book, tmp_path: Path, drawn: Drawn
) -> None:
    """A row naming the person and the company in other spellings is a duplicate of the stored
    contact; a row with only the company is a duplicate of the account."""
    (first, last, company), variants = drawn
    account = add_account(book, f"{company} Bau GmbH")
    person = add_contact(book, first, last, account_id=account)
    path = tmp_path / "people.csv"
    try:
        with path.open("w", encoding="utf-8", newline="") as file:
            rows = csv.writer(file)
            rows.writerow(["First name", "Last name", "Company"])
            for first_variant, last_variant, company_variant in variants:
                rows.writerow([first_variant, last_variant, f"{company_variant} Bau GmbH"])
            rows.writerow(["", "", f"{variants[0][2]}-BAU GMBH"])
        table = book.imports.read(path)
        report = book.imports.preview(table, book.imports.suggest(table).mapping)
        statuses = [line.status for line in report.lines]
        assert statuses == [RowStatus.DUPLICATE] * (len(variants) + 1)
        names = {line.duplicate_of for line in report.lines}
        assert names == {f"{first} {last}", f"{company} Bau GmbH"}
    finally:
        undo_all(book)
    assert person and account
