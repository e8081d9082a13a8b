"""Storage side of imports: lookups for duplicates, bulk inserts tagged with the import's id, undo.

New rows go in with `insert_rows` (an import of 10,000 contacts must take seconds, not minutes);
changes to existing contacts go through the ORM with the undo journal, kept as JSON on the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from tracker.domain.contact_fields import email_key
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import ContactState, Tier
from tracker.domain.import_matching import KnownKeys, account_key, person_key
from tracker.storage.bulk import insert_rows, sql_datetime
from tracker.storage.records import (
    AccountRecord,
    Base,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    ContactTagRecord,
)

CONTACT_COLUMNS = (
    "id", "account_id", "first_name", "last_name", "job_title", "street", "postal_code", "city",
    "country", "source", "lifecycle", "state", "notes", "unanswered_attempts", "import_id",
    "created_at", "updated_at", "latitude", "longitude",
)  # fmt: skip
ACCOUNT_COLUMNS = (
    "id",
    "name",
    "tier",
    "phone",
    "website",
    "latitude",
    "longitude",
    "import_id",
    "created_at",
    "updated_at",
)


# (id, name, tier, phone, website, latitude, longitude) of an account an import makes.
NewAccount = tuple[str, str, Tier | None, str | None, str | None, float | None, float | None]
KEYS_PER_QUERY = 500  # phones or e-mails looked up per statement


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for at in range(0, len(ordered), KEYS_PER_QUERY):
        yield ordered[at : at + KEYS_PER_QUERY]


def known_keys(
    session: Session,
    *,
    phones: Iterable[str],
    emails: Iterable[str],
    companies: Iterable[str] = (),
) -> KnownKeys:
    """Which of these phones and e-mail keys live contacts already have, every live account's
    name key, and who works at the accounts these company names (of rows naming a person) fold
    to. Only the file's own keys are looked up (by index), so the time follows the file's size,
    not the book's (the accounts' names aside)."""
    accounts = known_accounts(session)
    at = {accounts[key] for key in map(account_key, companies) if key in accounts}
    return KnownKeys(
        _owners(session, ContactPhoneRecord, ContactPhoneRecord.number, phones),
        _owners(
            session,
            ContactEmailRecord,
            ContactEmailRecord.normalized,
            (email_key(email) for email in emails),
        ),
        accounts,
        people_at(session, at),
    )


def people_at(session: Session, account_ids: Iterable[str]) -> dict[tuple[str, str], str]:
    """(account id, person key) → live contact at these accounts (the oldest wins a shared name)."""
    found: dict[tuple[str, str], str] = {}
    for chunk in _chunks(account_ids):
        for contact_id, account_id, first, last in session.execute(
            select(
                ContactRecord.id,
                ContactRecord.account_id,
                ContactRecord.first_name,
                ContactRecord.last_name,
            )
            .where(ContactRecord.account_id.in_(chunk), ContactRecord.deleted_at.is_(None))
            .order_by(ContactRecord.id.desc())
        ):
            key = person_key(first, last)
            if key and account_id is not None:
                found[account_id, key] = contact_id
    return found


def _owners(
    session: Session,
    record: type[ContactPhoneRecord] | type[ContactEmailRecord],
    key: InstrumentedAttribute[str],
    keys: Iterable[str],
) -> dict[str, str]:
    """key → the live contact holding it, for the keys some live contact holds (the oldest
    contact wins a shared one)."""
    found: dict[str, str] = {}
    for chunk in _chunks(keys):
        found.update(  # pairs, not the result: a Result has keys() and looks like a mapping
            (value, contact_id)
            for value, contact_id in session.execute(
                select(key, record.contact_id)
                .join(ContactRecord, ContactRecord.id == record.contact_id)
                .where(ContactRecord.deleted_at.is_(None), record.deleted_at.is_(None))
                .where(key.in_(chunk))
                .order_by(record.id.desc())
            )
        )
    return found


def known_accounts(session: Session) -> dict[str, str]:
    """Every live account's name key → its id (the oldest account wins a shared name)."""
    return {
        account_key(name): account_id
        for name, account_id in session.execute(
            select(AccountRecord.name, AccountRecord.id)
            .where(AccountRecord.deleted_at.is_(None))
            .order_by(AccountRecord.id.desc())
        )
    }


def names_of(session: Session, contact_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(first, last) of the given contacts, asked in chunks."""
    ids = sorted(set(contact_ids))
    result: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for id_, first, last in session.execute(
            select(ContactRecord.id, ContactRecord.first_name, ContactRecord.last_name).where(
                ContactRecord.id.in_(chunk)
            )
        ):
            result[id_] = (first, last)
    return result


def account_names(session: Session, account_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(account_ids))
    result: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for id_, name in session.execute(
            select(AccountRecord.id, AccountRecord.name).where(AccountRecord.id.in_(chunk))
        ):
            result[id_] = name
    return result


def insert_accounts(
    session: Session,
    accounts: Sequence[NewAccount],
    *,
    import_id: str,
    stamp: datetime,
) -> int:
    """Insert (id, name, tier, phone, website, latitude, longitude) rows carrying the import's
    id."""
    when = sql_datetime(stamp)
    rows = (
        (id_, name, tier.value if tier else None, phone, website, lat, lon, import_id, when, when)
        for id_, name, tier, phone, website, lat, lon in accounts
    )
    return insert_rows(session, Base.metadata.tables["accounts"], ACCOUNT_COLUMNS, rows)


def insert_contacts(
    session: Session,
    contacts: Sequence[tuple[str, str | None, ContactDraft]],
    *,
    import_id: str,
    stamp: datetime,
) -> int:
    """Insert validated drafts (id, account id, draft) with their phones, e-mails and tags."""
    tables = Base.metadata.tables
    when = sql_datetime(stamp)
    from tracker.domain.ids import new_id

    insert_rows(
        session,
        tables["contacts"],
        CONTACT_COLUMNS,
        (
            (id_, account_id, d.first_name, d.last_name, d.job_title, d.street, d.postal_code,
             d.city, d.country, d.source, d.lifecycle.value, ContactState.ACTIVE.value, d.notes, 0,
             import_id, when, when, d.latitude, d.longitude)
            for id_, account_id, d in contacts
        ),
    )  # fmt: skip
    insert_rows(
        session,
        tables["contact_phones"],
        ("id", "contact_id", "number", "label", "position", "created_at", "updated_at"),
        (
            (new_id(), id_, phone.number, phone.label, position, when, when)
            for id_, _, d in contacts
            for position, phone in enumerate(d.phones)
        ),
    )
    insert_rows(
        session,
        tables["contact_emails"],
        (
            "id",
            "contact_id",
            "address",
            "normalized",
            "label",
            "position",
            "created_at",
            "updated_at",
        ),
        (
            (new_id(), id_, address, email_key(address), "", position, when, when)
            for id_, _, d in contacts
            for position, address in enumerate(d.emails)
        ),
    )
    insert_rows(
        session,
        tables["contact_tags"],
        ("id", "contact_id", "tag", "created_at", "updated_at"),
        ((new_id(), id_, tag, when, when) for id_, _, d in contacts for tag in d.tags),
    )
    return len(contacts)


def merge_into_contact(
    session: Session, contact: ContactRecord, draft: ContactDraft, account_id: str | None
) -> None:
    """Fill the contact's empty fields from the draft and add phones, e-mails, tags it lacks."""
    for name in ("job_title", "street", "postal_code", "city", "country", "source", "notes"):
        value = getattr(draft, name)
        if value and not getattr(contact, name):
            setattr(contact, name, value)
    if account_id and not contact.account_id:
        contact.account_id = account_id
    if draft.latitude is not None and contact.latitude is None:
        contact.latitude, contact.longitude = draft.latitude, draft.longitude
    phones = list(
        session.scalars(
            select(ContactPhoneRecord).where(ContactPhoneRecord.contact_id == contact.id)
        )
    )
    have = {p.number for p in phones}
    position = max((p.position for p in phones), default=-1)
    for phone in draft.phones:
        if phone.number not in have:
            position += 1
            session.add(
                ContactPhoneRecord(
                    contact_id=contact.id, number=phone.number, label=phone.label, position=position
                )
            )
    emails = list(
        session.scalars(
            select(ContactEmailRecord).where(ContactEmailRecord.contact_id == contact.id)
        )
    )
    have = {e.normalized for e in emails}
    position = max((e.position for e in emails), default=-1)
    for address in draft.emails:
        if email_key(address) not in have:
            position += 1
            session.add(
                ContactEmailRecord(
                    contact_id=contact.id,
                    address=address,
                    normalized=email_key(address),
                    position=position,
                )
            )
    tags = set(
        session.scalars(
            select(ContactTagRecord.tag).where(ContactTagRecord.contact_id == contact.id)
        )
    )
    for tag in draft.tags:
        if tag not in tags:
            session.add(ContactTagRecord(contact_id=contact.id, tag=tag))


def merge_into_account(
    account: AccountRecord,
    tier: Tier | None,
    phone: str | None,
    website: str | None,
    place: tuple[float | None, float | None] = (None, None),
) -> None:
    """Fill an existing account's empty tier, phone, website and coordinates."""
    if place[0] is not None and account.latitude is None:
        account.latitude, account.longitude = place
    if tier and account.tier is None:
        account.tier = tier
    if phone and not account.phone:
        account.phone = phone
    if website and not account.website:
        account.website = website


# -- undo ----------------------------------------------------------------------------------------
_IN_USE_CHECKS = (
    ("edited since", "SELECT count(*) FROM contacts WHERE import_id = :id AND updated_at > :stamp"),
    ("have activities", "SELECT count(DISTINCT contact_id) FROM activities WHERE contact_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id)"),
    ("have deals", "SELECT count(DISTINCT contact_id) FROM deals WHERE contact_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id)"),
    ("have purchases", "SELECT count(DISTINCT contact_id) FROM purchases WHERE contact_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id)"),
    ("have notes", "SELECT count(DISTINCT contact_id) FROM notes WHERE contact_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id)"),
    ("are in referrals", "SELECT count(*) FROM referrals WHERE referrer_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id) OR referred_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id)"),
    ("had details changed", "SELECT count(DISTINCT contact_id) FROM ("
     "SELECT contact_id, updated_at FROM contact_phones UNION ALL "
     "SELECT contact_id, updated_at FROM contact_emails UNION ALL "
     "SELECT contact_id, updated_at FROM contact_tags) WHERE updated_at > :stamp AND contact_id IN "
     "(SELECT id FROM contacts WHERE import_id = :id)"),
    ("accounts are used by other contacts", "SELECT count(DISTINCT account_id) FROM contacts WHERE "
     "account_id IN (SELECT id FROM accounts WHERE import_id = :id) AND "
     "(import_id IS NULL OR import_id != :id)"),
    ("accounts were edited since", "SELECT count(*) FROM accounts WHERE import_id = :id AND "
     "updated_at > :stamp"),
)  # fmt: skip


def work_on_imported_rows(session: Session, import_id: str, stamp: datetime) -> list[str]:
    """Why removing the import would destroy later work: e.g. '3 contacts have activities'."""
    reasons = []
    for label, query in _IN_USE_CHECKS:
        count = session.execute(
            text(query), {"id": import_id, "stamp": sql_datetime(stamp)}
        ).scalar_one()
        if count:
            reasons.append(
                f"{count} {'contacts ' if not label.startswith('accounts') else ''}{label}"
            )
    return reasons


def delete_imported(session: Session, import_id: str) -> tuple[int, int]:
    """Remove the contacts (with their phones, e-mails, tags) and accounts the import added."""
    # Details first: the search triggers on e-mails and tags re-read their contact, which must
    # still exist then (a cascade from the contact would run them after it is gone).
    for table in ("contact_emails", "contact_tags", "contact_phones"):
        session.execute(
            text(
                f"DELETE FROM {table} WHERE contact_id IN "
                "(SELECT id FROM contacts WHERE import_id = :id)"
            ),
            {"id": import_id},
        )
    contacts = session.execute(
        text("DELETE FROM contacts WHERE import_id = :id"), {"id": import_id}
    ).rowcount  # type: ignore[attr-defined]
    accounts = session.execute(
        text("DELETE FROM accounts WHERE import_id = :id"), {"id": import_id}
    ).rowcount  # type: ignore[attr-defined]
    return int(contacts or 0), int(accounts or 0)


def count_imported(session: Session, import_id: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(ContactRecord)
            .where(ContactRecord.import_id == import_id)
        )
        or 0
    )
