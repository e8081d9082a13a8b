"""The contacts as CSV (one row each) and as vCard 3.0 (vobject), for other apps and phones."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import Phone, display_name
from tracker.domain.spreadsheet import neutralize
from tracker.storage.records import (
    AccountRecord,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    ContactTagRecord,
)

PHONE_GROUPS = (
    ("mobile", "Mobile phone"),
    ("work", "Work phone"),
    ("home", "Home phone"),
    ("", "Phone"),
)
VCARD_TYPES = {"mobile": "CELL", "work": "WORK", "home": "HOME"}


@dataclass(frozen=True)
class ContactCard:
    """A contact with everything the exports write."""

    id: str
    first_name: str
    last_name: str
    account: str | None
    tier: str | None
    job_title: str | None
    phones: tuple[Phone, ...]
    emails: tuple[str, ...]
    street: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    tags: tuple[str, ...]
    lifecycle: str
    state: str
    source: str | None
    notes: str | None


def read_contacts(session: Session) -> list[ContactCard]:
    """Every contact not deleted, by last and first name, with phones, e-mails and tags."""
    phones: dict[str, list[Phone]] = defaultdict(list)
    for contact_id, number, label in session.execute(
        select(ContactPhoneRecord.contact_id, ContactPhoneRecord.number, ContactPhoneRecord.label)
        .where(ContactPhoneRecord.deleted_at.is_(None))
        .order_by(ContactPhoneRecord.contact_id, ContactPhoneRecord.position)
    ):
        phones[contact_id].append(Phone(number, label or ""))
    emails: dict[str, list[str]] = defaultdict(list)
    for contact_id, address in session.execute(
        select(ContactEmailRecord.contact_id, ContactEmailRecord.address)
        .where(ContactEmailRecord.deleted_at.is_(None))
        .order_by(ContactEmailRecord.contact_id, ContactEmailRecord.position)
    ):
        emails[contact_id].append(address)
    tags: dict[str, list[str]] = defaultdict(list)
    for contact_id, tag in session.execute(
        select(ContactTagRecord.contact_id, ContactTagRecord.tag)
        .where(ContactTagRecord.deleted_at.is_(None))
        .order_by(ContactTagRecord.contact_id, ContactTagRecord.tag)
    ):
        tags[contact_id].append(tag)
    statement = (
        select(ContactRecord, AccountRecord.name, AccountRecord.tier)
        .outerjoin(AccountRecord, AccountRecord.id == ContactRecord.account_id)
        .where(ContactRecord.deleted_at.is_(None))
        .order_by(ContactRecord.last_name, ContactRecord.first_name, ContactRecord.id)
    )
    cards = []
    for contact, account, tier in session.execute(statement):
        cards.append(
            ContactCard(
                id=contact.id,
                first_name=contact.first_name,
                last_name=contact.last_name,
                account=account,
                tier=tier.value if tier else None,
                job_title=contact.job_title,
                phones=tuple(phones.get(contact.id, ())),
                emails=tuple(emails.get(contact.id, ())),
                street=contact.street,
                postal_code=contact.postal_code,
                city=contact.city,
                country=contact.country,
                tags=tuple(tags.get(contact.id, ())),
                lifecycle=contact.lifecycle.value,
                state=contact.state.value,
                source=contact.source,
                notes=contact.notes,
            )
        )
    return cards


def _group(label: str) -> str:
    return label if label in VCARD_TYPES else ""


def _numbered(name: str, index: int) -> str:
    return name if index == 0 else f"{name} {index + 1}"


def write_contacts_csv(
    path: Path, cards: list[ContactCard], *, tick: Callable[[int], None] | None = None
) -> None:
    """One row per contact; as many phone and e-mail columns as the busiest contact needs."""
    phone_columns: list[tuple[str, int, str]] = []
    for group, name in PHONE_GROUPS:
        most = max((sum(1 for p in c.phones if _group(p.label) == group) for c in cards), default=0)
        phone_columns += [(group, i, _numbered(name, i)) for i in range(most)]
    email_count = max((len(c.emails) for c in cards), default=0) or 1
    header = ["First name", "Last name", "Company", "Tier", "Job title"]
    header += [name for _, _, name in phone_columns]
    header += [_numbered("E-mail", i) for i in range(email_count)]
    header += [
        "Street",
        "Postal code",
        "City",
        "Country",
        "Tags",
        "Lifecycle",
        "State",
        "Source",
        "Notes",
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for count, card in enumerate(cards, start=1):
            by_group: dict[str, list[str]] = defaultdict(list)
            for phone in card.phones:
                by_group[_group(phone.label)].append(phone.number)
            row: list[str] = [card.first_name, card.last_name, card.account or "", card.tier or "",
                              card.job_title or ""]  # fmt: skip
            row += [
                by_group[group][i] if i < len(by_group[group]) else ""
                for group, i, _ in phone_columns
            ]
            row += [card.emails[i] if i < len(card.emails) else "" for i in range(email_count)]
            row += [card.street or "", card.postal_code or "", card.city or "", card.country or "",
                    ", ".join(card.tags), card.lifecycle, card.state, card.source or "",
                    card.notes or ""]  # fmt: skip
            writer.writerow([neutralize(value) for value in row])
            if tick is not None and count % 2000 == 0:
                tick(count)


def write_vcards(
    path: Path, cards: list[ContactCard], *, region: str, tick: Callable[[int], None] | None = None
) -> None:
    """vCard 3.0, one card per contact (what Outlook, Google, Apple and phones all read)."""
    import vobject

    with path.open("w", encoding="utf-8", newline="") as handle:
        for count, card in enumerate(cards, start=1):
            vcard = vobject.vCard()
            vcard.add("n").value = vobject.vcard.Name(family=card.last_name, given=card.first_name)
            vcard.add("fn").value = display_name(card.first_name, card.last_name)
            if card.account:
                vcard.add("org").value = [card.account]
            if card.job_title:
                vcard.add("title").value = card.job_title
            for phone in card.phones:
                line = vcard.add("tel")
                line.value = phone.number
                line.type_param = VCARD_TYPES.get(phone.label, "VOICE")
            for address in card.emails:
                line = vcard.add("email")
                line.value = address
                line.type_param = "INTERNET"
            if card.street or card.city or card.postal_code or card.country:
                vcard.add("adr").value = vobject.vcard.Address(
                    street=card.street or "",
                    city=card.city or "",
                    code=card.postal_code or "",
                    country=card.country or "",
                )
            if card.tags:
                vcard.add("categories").value = list(card.tags)
            if card.notes:
                vcard.add("note").value = card.notes
            vcard.add("uid").value = f"{card.id}@groundgame"
            handle.write(vcard.serialize())
            if tick is not None and count % 2000 == 0:
                tick(count)
