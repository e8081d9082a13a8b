"""A pulled page is applied with a large page cache of its own; the connection gets its everyday
cache back when the page is done — also when applying it fails — so the app does not keep 128 MB
per connection after a first sync."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest

from tracker.services.book import Book
from tracker.storage.engine import CACHE_SIZE
from tracker.sync.local import pull
from tracker.sync.local.state import raw

EMPTY_PAGE = {"tables": [], "cursor": 0, "hlc": 0}
BROKEN_PAGE = {"tables": [{"t": "contacts", "columns": ["id"], "rows": [[1]]}]}  # no values


def apply_watched(
    book: Book, page: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[int], int, BaseException | None]:
    """The cache size while the page was applied, on the same connection afterwards, and what
    applying it raised."""
    seen: list[int] = []
    original = pull._apply_page

    def watched(connection: sqlite3.Connection, *args: Any, **kwargs: Any) -> pull.Applied:
        seen.append(connection.execute("PRAGMA cache_size").fetchone()[0])
        return original(connection, *args, **kwargs)

    monkeypatch.setattr(pull, "_apply_page", watched)
    error: BaseException | None = None
    with book._ctx.db.write() as session:
        connection = raw(session)
        try:
            pull.apply_page(session, page, now=datetime.now(UTC))
        except IndexError as exc:
            error = exc
        after = connection.execute("PRAGMA cache_size").fetchone()[0]
    return seen, after, error


def test_a_page_has_its_own_cache_and_gives_it_back(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen, after, error = apply_watched(book, EMPTY_PAGE, monkeypatch)
    assert error is None
    assert seen == [pull.PAGE_CACHE_KIB] and pull.PAGE_CACHE_KIB != CACHE_SIZE
    assert after == CACHE_SIZE


def test_a_failing_page_gives_its_cache_back_too(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen, after, error = apply_watched(book, BROKEN_PAGE, monkeypatch)
    assert isinstance(error, IndexError)
    assert seen == [pull.PAGE_CACHE_KIB]
    assert after == CACHE_SIZE
