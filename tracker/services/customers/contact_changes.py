"""Changing contacts in bulk or in passing: state, tags, tier, notes, prospect scores, delete.

Every change is one undoable transaction (Ctrl+Z takes it back exactly), done row by row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import FieldError, display_name
from tracker.domain.contacts import StateChange
from tracker.domain.enums import ActivityStatus, ContactState
from tracker.services.context import ServiceContext
from tracker.services.safety.backups import backup_before
from tracker.storage.account_list import tier_policies
from tracker.storage.merge import refresh_account_touch
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactRecord,
    ContactTagRecord,
    DealRecord,
    NoteRecord,
)

CHUNK = 500
MAX_TAG = 60
MAX_NOTE = 20000
CONTACT_CHANGES = Changes(contacts=True, accounts=True)


class NotFound(ValueError):
    """The record asked for does not exist (any more); the message names it."""


def live_contact(session: Session, contact_id: str) -> ContactRecord:
    """The contact with this id, unless it was deleted; raises NotFound."""
    contact = session.get(ContactRecord, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound("that contact no longer exists")
    return contact


def live_contacts(session: Session, ids: Iterable[str]) -> Iterator[ContactRecord]:
    """The live contacts among `ids`, loaded in chunks."""
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        yield from session.scalars(
            select(ContactRecord).where(
                ContactRecord.id.in_(chunk), ContactRecord.deleted_at.is_(None)
            )
        )


def subject_of(session: Session, ids: list[str]) -> str:
    """The undo label's subject: the contact's name, or how many contacts."""
    if len(ids) == 1:
        contact = session.get(ContactRecord, ids[0])
        if contact is not None:
            return display_name(contact.first_name, contact.last_name)
    return str(len(ids))


class ContactChanges:
    """The changing half of the contacts service."""

    _ctx: ServiceContext

    def set_state(self, ids: list[str], change: StateChange) -> Written[int]:
        """Park until a day, mark not a fit / do not contact (with the reason), or reactivate."""
        with self._ctx.db.read() as session:
            today = self._ctx.today(session)
        clean = change.validated(today)
        with self._ctx.db.read() as session:
            subject = subject_of(session, ids)
        count = 0
        with self._ctx.undoable(f"state_{clean.state.value}", subject) as session:
            for contact in live_contacts(session, ids):
                apply_state(contact, clean)
                count += 1
        return Written(count, CONTACT_CHANGES)

    def add_tag(self, ids: list[str], tag: str) -> Written[int]:
        """Put a tag on the contacts (those that have it already are left alone)."""
        clean = _clean_tag(tag)
        with self._ctx.db.read() as session:
            subject = subject_of(session, ids)
        count = 0
        with self._ctx.undoable("tag_contacts", subject) as session:
            for contact in live_contacts(session, ids):
                existing = session.scalars(
                    select(ContactTagRecord).where(
                        ContactTagRecord.contact_id == contact.id, ContactTagRecord.tag == clean
                    )
                ).first()
                if existing is None:
                    session.add(ContactTagRecord(contact_id=contact.id, tag=clean))
                    count += 1
                elif existing.deleted_at is not None:
                    existing.deleted_at = None
                    count += 1
        return Written(count, Changes(contacts=True))

    def remove_tag(self, ids: list[str], tag: str) -> Written[int]:
        """Take a tag off the contacts."""
        clean = _clean_tag(tag)
        with self._ctx.db.read() as session:
            subject = subject_of(session, ids)
        count = 0
        with self._ctx.undoable("untag_contacts", subject) as session:
            for contact in live_contacts(session, ids):
                for row in session.scalars(
                    select(ContactTagRecord).where(
                        ContactTagRecord.contact_id == contact.id, ContactTagRecord.tag == clean
                    )
                ):
                    session.delete(row)
                    count += 1
        return Written(count, Changes(contacts=True))

    def set_prospect_scores(
        self, contact_id: str, *, fit: int | None, readiness: int | None
    ) -> Written[str]:
        """Fit (1 poor … 5 ideal) and readiness (1 cold … 5 ready to buy); None clears."""
        for name, value in (("fit", fit), ("readiness", readiness)):
            if value is not None and not 1 <= value <= 5:
                raise FieldError(name, f"{value} is not between 1 and 5")
        with self._ctx.db.read() as session:
            subject = subject_of(session, [contact_id])
        with self._ctx.undoable("edit_contact", subject) as session:
            contact = live_contact(session, contact_id)
            if contact.fit != fit:
                contact.fit = fit
            if contact.readiness != readiness:
                contact.readiness = readiness
        return Written(contact_id, Changes(contacts=True))

    def add_note(self, contact_id: str, body: str) -> Written[str]:
        """A dated note on the contact; returns its id."""
        text = clean_note(body)
        with self._ctx.db.read() as session:
            subject = subject_of(session, [contact_id])
        with self._ctx.undoable("add_note", subject) as session:
            live_contact(session, contact_id)
            note = NoteRecord(contact_id=contact_id, body=text)
            session.add(note)
            session.flush()
            note_id = note.id
        return Written(note_id, Changes(contacts=True))

    def delete(self, ids: list[str]) -> Written[int]:
        """Soft-delete contacts with their planned work and open deals (undo brings all back).

        Deleting several at once takes a verified backup first (undo covers this session only).
        """
        if len(set(ids)) > 1:
            backup_before(self._ctx, "bulk-delete")
        with self._ctx.db.read() as session:
            subject = subject_of(session, ids)
        count = 0
        now = self._ctx.now()
        with self._ctx.undoable("delete_contacts", subject) as session:
            accounts: set[str | None] = set()
            for contact in live_contacts(session, ids):
                contact.deleted_at = now
                accounts.add(contact.account_id)
                for activity in session.scalars(
                    select(ActivityRecord).where(
                        ActivityRecord.contact_id == contact.id,
                        ActivityRecord.status == ActivityStatus.PLANNED,
                        ActivityRecord.deleted_at.is_(None),
                    )
                ):
                    activity.deleted_at = now
                for deal in session.scalars(
                    select(DealRecord).where(
                        DealRecord.contact_id == contact.id, DealRecord.deleted_at.is_(None)
                    )
                ):
                    if deal.stage.is_open:
                        deal.deleted_at = now
                count += 1
            refresh_accounts(self._ctx, session, accounts)
        return Written(count, Changes(contacts=True, accounts=True, activities=True, deals=True))


def refresh_accounts(ctx: ServiceContext, session: Session, account_ids: set[str | None]) -> None:
    """Recompute last touch and next touch of the given accounts (through the ORM)."""
    session.flush()
    prefs = ctx.preferences(session)
    policies = tier_policies(session)
    today = ctx.today(session)
    for account_id in account_ids - {None}:
        account = session.get(AccountRecord, account_id)
        if account is not None:
            ideal = policies[account.tier].ideal_days if account.tier else None
            refresh_account_touch(session, account, prefs=prefs, ideal_days=ideal, today=today)


def apply_state(contact: ContactRecord, change: StateChange) -> None:
    """Put a validated state change on the contact (only the fields that differ)."""
    values: dict[str, object] = {
        "state": change.state,
        "parked_until": change.parked_until if change.state is ContactState.PARKED else None,
        "state_reason": change.reason if change.state is not ContactState.ACTIVE else None,
    }
    for name, value in values.items():
        if getattr(contact, name) != value:
            setattr(contact, name, value)


def clean_note(body: str) -> str:
    """A note's text as stored; raises FieldError when it is empty or too long."""
    text = body.strip()
    if not text:
        raise FieldError("note", "is empty")
    if len(text) > MAX_NOTE:
        raise FieldError("note", f"is longer than {MAX_NOTE} characters")
    return text


def _clean_tag(tag: str) -> str:
    clean = " ".join(tag.split()).lower()
    if not clean:
        raise FieldError("tag", "is empty")
    if len(clean) > MAX_TAG:
        raise FieldError("tag", f"is longer than {MAX_TAG} characters")
    return clean
