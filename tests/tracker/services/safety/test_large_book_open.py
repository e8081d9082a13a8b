"""A large book opens at once; its pages are checked afterwards."""

from __future__ import annotations

from tests import damage
from tracker.services import book as book_module
from tracker.services.book import Book
from tracker.services.location import DataLocation


def test_a_large_book_opens_without_the_page_check(
    location: DataLocation,
    clock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """Past the size limit the book opens with `pages_checked` False, even with a damaged page;
    the check the app then runs finds the damage."""
    with Book.open(location, clock=clock) as book:
        book.demo.load(seed=3, contacts=40)
    damage.corrupt_page(location.database)
    monkeypatch.setattr(book_module, "DEEP_CHECK_BYTES", 1024)
    with Book.open(location, clock=clock) as book:
        assert book.pages_checked is False
        assert not book.maintenance.check().ok


def test_a_small_book_is_checked_page_by_page_at_open(location: DataLocation, clock) -> None:  # type: ignore[no-untyped-def]
    """Below the limit every page is checked before the book opens."""
    with Book.open(location, clock=clock) as book:
        assert book.pages_checked is True
