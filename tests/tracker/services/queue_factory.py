"""Small hand-made books for the queue's service tests (rows written as the storage layer does)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import Phone
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import (
    ActivityKind,
    ActivityOrigin,
    ActivityStatus,
    ContactState,
    Lifecycle,
    Stage,
    Tier,
)
from tracker.services.book import Book
from tracker.storage.contacts import insert_contact
from tracker.storage.engine import Database
from tracker.storage.records import AccountRecord, ActivityRecord, DealRecord


@contextmanager
def writing(book: Book) -> Iterator[Session]:
    """A write transaction on the book's file, outside the services (test set-up only)."""
    db = Database(book.location.database)
    try:
        with db.write() as session:
            yield session
    finally:
        db.dispose()


def add_account(book: Book, name: str, tier: Tier | None, **fields: Any) -> str:
    with writing(book) as session:
        account = AccountRecord(name=name, tier=tier, **fields)
        session.add(account)
        session.flush()
        return account.id


def add_contact(
    book: Book,
    first: str,
    last: str,
    *,
    account_id: str | None = None,
    lifecycle: Lifecycle = Lifecycle.CUSTOMER,
    state: ContactState = ContactState.ACTIVE,
    parked_until: date | None = None,
    last_touch_at: datetime | None = None,
    unanswered: int = 0,
    fit: int | None = 3,
) -> str:
    draft = ContactDraft(
        first_name=first,
        last_name=last,
        account_id=account_id,
        phones=(Phone("+49 30 1234567"),),
        lifecycle=lifecycle,
        fit=fit,
    ).validated("DE")
    with writing(book) as session:
        contact = insert_contact(session, draft)
        contact.state = state
        contact.parked_until = parked_until
        contact.last_touch_at = last_touch_at
        contact.unanswered_attempts = unanswered
        session.flush()
        return contact.id


def add_planned(
    book: Book,
    contact_id: str,
    due_on: date,
    *,
    kind: ActivityKind = ActivityKind.CALL,
    account_id: str | None = None,
    starts_at: datetime | None = None,
    local_start: datetime | None = None,
    origin: ActivityOrigin = ActivityOrigin.MANUAL,
    attempt: int = 1,
) -> str:
    with writing(book) as session:
        activity = ActivityRecord(
            contact_id=contact_id,
            account_id=account_id,
            kind=kind,
            status=ActivityStatus.PLANNED,
            origin=origin,
            due_on=due_on,
            starts_at=starts_at,
            local_start=local_start,
            time_zone="Europe/Berlin" if starts_at else None,
            attempt=attempt,
        )
        session.add(activity)
        session.flush()
        return activity.id


def add_deal(book: Book, contact_id: str, stage: Stage, value_cents: int) -> str:
    with writing(book) as session:
        deal = DealRecord(
            contact_id=contact_id,
            title="Deal",
            stage=stage,
            value_cents=value_cents,
            stage_entered_at=datetime(2026, 11, 1, tzinfo=UTC),
        )
        session.add(deal)
        session.flush()
        return deal.id


def row(book: Book, sql: str, **params: Any) -> Any:
    """One row of a raw query against the book's file."""
    db = Database(book.location.database)
    try:
        with db.read() as session:
            return session.execute(text(sql), params).first()
    finally:
        db.dispose()


def rows(book: Book, sql: str, **params: Any) -> list[Any]:
    db = Database(book.location.database)
    try:
        with db.read() as session:
            return list(session.execute(text(sql), params).all())
    finally:
        db.dispose()


TABLES = (
    "activities",
    "contacts",
    "accounts",
    "deals",
    "deal_stage_changes",
    "purchases",
    "referrals",
    "contact_phones",
)


def snapshot(book: Book) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables logging can touch, for before/after comparisons (search
    documents by content: undo's rewrite of a contact gives its document a new rowid)."""
    found = {
        table: sorted(map(tuple, rows(book, f"SELECT * FROM {table}")), key=repr)
        for table in TABLES
    }
    found["search_documents"] = sorted(
        map(tuple, rows(book, "SELECT kind, ref_id, owner_id, title, body FROM search_documents")),
        key=repr,
    )
    return found
