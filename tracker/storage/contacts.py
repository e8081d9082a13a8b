"""Writing contacts with their phones, e-mails and tags (through the ORM, so undo sees it)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import email_key
from tracker.domain.drafts import ContactDraft
from tracker.storage.records import (
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    ContactTagRecord,
)


def insert_contact(
    session: Session, draft: ContactDraft, *, import_id: str | None = None
) -> ContactRecord:
    """Add a contact from a validated draft; returns the flushed record (its id is set)."""
    contact = ContactRecord(
        account_id=draft.account_id,
        first_name=draft.first_name,
        last_name=draft.last_name,
        job_title=draft.job_title,
        street=draft.street,
        postal_code=draft.postal_code,
        city=draft.city,
        country=draft.country,
        source=draft.source,
        referred_by_id=draft.referred_by_id,
        lifecycle=draft.lifecycle,
        fit=draft.fit,
        readiness=draft.readiness,
        notes=draft.notes,
        latitude=draft.latitude,
        longitude=draft.longitude,
        import_id=import_id,
    )
    session.add(contact)
    session.flush()
    replace_details(session, contact, draft)
    return contact


def replace_details(session: Session, contact: ContactRecord, draft: ContactDraft) -> None:
    """Make the contact's phones, e-mails and tags exactly those of the draft."""
    for model in (ContactPhoneRecord, ContactEmailRecord, ContactTagRecord):
        for row in session.scalars(select(model).where(model.contact_id == contact.id)):
            session.delete(row)
    session.flush()
    for position, phone in enumerate(draft.phones):
        session.add(
            ContactPhoneRecord(
                contact_id=contact.id, number=phone.number, label=phone.label, position=position
            )
        )
    for position, address in enumerate(draft.emails):
        session.add(
            ContactEmailRecord(
                contact_id=contact.id,
                address=address,
                normalized=email_key(address),
                position=position,
            )
        )
    for tag in draft.tags:
        session.add(ContactTagRecord(contact_id=contact.id, tag=tag))
    session.flush()
