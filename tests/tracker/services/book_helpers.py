"""Small helpers for the book tests: making contacts and accounts, dumping every table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from tracker.domain.accounts import AccountDraft
from tracker.domain.contact_fields import Phone
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import Tier
from tracker.services.book import Book
from tracker.storage.records import Base


def add_account(
    book: Book, name: str, *, tier: Tier | None = None, phone: str | None = None
) -> str:
    return book.accounts.create(AccountDraft(name=name, tier=tier, phone=phone)).value


def add_contact(
    book: Book,
    first: str,
    last: str,
    *,
    account_id: str | None = None,
    phones: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    **extra: Any,
) -> str:
    draft = ContactDraft(
        first_name=first,
        last_name=last,
        account_id=account_id,
        phones=tuple(Phone(p, "mobile") for p in phones),
        emails=emails,
        tags=tags,
        **extra,
    )
    return book.contacts.create(draft).value


def dump(book: Book) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search documents without their rowids), sorted."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with book._ctx.db.read() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(text(f"SELECT * FROM {table.name}")).all()
            tables[table.name] = sorted((tuple(row) for row in rows), key=repr)
        docs = session.execute(
            text("SELECT kind, ref_id, owner_id, title, body FROM search_documents")
        ).all()
        tables["search_documents"] = sorted(tuple(row) for row in docs)
    return tables
