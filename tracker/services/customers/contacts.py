"""Contacts: the list at any size, the detail, and creating and editing with duplicate warnings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import FieldError, Phone, display_name
from tracker.domain.contacts import KEEP, ContactDetail, ContactEdit, ContactQuery, ContactRow
from tracker.domain.drafts import ContactDraft
from tracker.domain.duplicates import Candidate, DuplicateIndex, KnownDuplicate
from tracker.services.context import ServiceContext
from tracker.services.customers.contact_changes import (
    ContactChanges,
    apply_state,
    clean_note,
    live_contact,
    refresh_accounts,
    subject_of,
)
from tracker.services.lookup import resolve_id
from tracker.storage.account_list import account_touch, tier_policies
from tracker.storage.contact_list import (
    all_tags,
    contact_ids,
    contact_rows,
    contact_suggestions,
)
from tracker.storage.contacts import insert_contact, replace_details
from tracker.storage.duplicates import account_name, candidates_near
from tracker.storage.records import (
    AccountRecord,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    ContactTagRecord,
    NoteRecord,
)
from tracker.storage.sql_values import day
from tracker.storage.timeline import deal_summaries, referral_graph, timeline

CONTACT_CHANGES = Changes(contacts=True, accounts=True)


class ContactsService(ContactChanges):
    """What the Contacts screen, the palette and the CLI ask of contacts (changes: see base)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------------------
    def ids(self, query: ContactQuery) -> tuple[str, ...]:
        """Ids of the matching live contacts in the query's order (one indexed query)."""
        with self._ctx.db.read() as session:
            region = self._ctx.preferences(session).default_region
            return tuple(contact_ids(session, query, region=region))

    def rows(self, ids: list[str]) -> list[ContactRow]:
        """List rows for the given ids (a page of the list), in that order."""
        with self._ctx.db.read() as session:
            return contact_rows(session, ids)

    def detail(self, contact_id: str) -> ContactDetail:
        """Everything about one contact, its whole timeline included."""
        with self._ctx.db.read() as session:
            return self._detail(session, live_contact(session, contact_id))

    def resolve(self, typed: str) -> str:
        """The id of the live contact whose id is `typed` or starts with it (at least 4
        characters); raises UnknownId or AmbiguousId with a message for the rep."""
        with self._ctx.db.read() as session:
            return resolve_id(session, "contacts", "contact", typed)

    def today(self) -> date:
        """The rep's working day now (zone and day start from the preferences)."""
        with self._ctx.db.read() as session:
            return self._ctx.today(session)

    def suggest(self, typed: str) -> list[tuple[str, str]]:
        """(id, label) of contacts whose names start with the typed words (for completers)."""
        with self._ctx.db.read() as session:
            return contact_suggestions(session, typed)

    def tags(self) -> list[str]:
        """Every tag in use."""
        with self._ctx.db.read() as session:
            return all_tags(session)

    def duplicates_of(
        self, draft: ContactDraft, *, exclude: str | None = None
    ) -> list[KnownDuplicate]:
        """Existing contacts the draft seems to repeat (same phone, e-mail, or name at company).

        The draft is validated first (phones to E.164), so a FieldError comes before any match.
        """
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            clean = draft.validated(prefs.default_region)
            company, account_phone = account_name(session, clean.account_id)
            phones = tuple(phone.number for phone in clean.phones)
            pool = [
                c
                for c in candidates_near(
                    session,
                    phones=phones,
                    emails=clean.emails,
                    account_id=clean.account_id,
                    company_name=company,
                )
                if c.id != exclude
            ]
            if not pool:
                return []
            me = Candidate(
                id=exclude or "",
                first_name=clean.first_name,
                last_name=clean.last_name,
                company=company,
                phones=phones,
                emails=clean.emails,
                account_phone=account_phone,
            )
            by_id = {c.id: c for c in pool}
            return [
                KnownDuplicate(
                    match.id,
                    display_name(by_id[match.id].first_name, by_id[match.id].last_name),
                    by_id[match.id].company,
                    match.reasons,
                )
                for match in DuplicateIndex.of(pool).matches(me)
            ]

    # -- writing ----------------------------------------------------------------------------------
    def create(self, draft: ContactDraft) -> Written[str]:
        """Add a contact; raises FieldError naming the first bad field (nothing is stored)."""
        with self._ctx.db.read() as session:
            region = self._ctx.preferences(session).default_region
        clean = draft.validated(region)
        name = display_name(clean.first_name, clean.last_name)
        with self._ctx.undoable("add_contact", name) as session:
            contact = insert_contact(session, clean)
            refresh_accounts(self._ctx, session, {clean.account_id})
            contact_id = contact.id
        return Written(contact_id, CONTACT_CHANGES)

    def update(self, contact_id: str, draft: ContactDraft) -> Written[str]:
        """Store an edited contact (phones, e-mails and tags as in the draft)."""
        return self.edit(contact_id, ContactEdit(draft=draft))

    def edit(self, contact_id: str, change: ContactEdit) -> Written[str]:
        """Change a contact in one step, undone as one: its fields (phones, e-mails and tags as
        in the draft), its state, a dated note, the tier of its account.

        Raises FieldError naming the first bad value before anything is stored.
        """
        with self._ctx.db.read() as session:
            region = self._ctx.preferences(session).default_region
            today = self._ctx.today(session)
            subject = subject_of(session, [contact_id])
        clean = change.draft.validated(region) if change.draft is not None else None
        state = change.state.validated(today) if change.state is not None else None
        note = clean_note(change.note) if change.note is not None else None
        name = display_name(clean.first_name, clean.last_name) if clean is not None else subject
        with self._ctx.undoable("edit_contact", name) as session:
            contact = live_contact(session, contact_id)
            accounts = {contact.account_id}
            if clean is not None:
                _store_fields(session, contact, clean)
                accounts.add(contact.account_id)
            if state is not None:
                apply_state(contact, state)
            if note is not None:
                session.add(NoteRecord(contact_id=contact.id, body=note))
            if change.account_tier != KEEP:
                account = session.get(AccountRecord, contact.account_id or "")
                if account is None or account.deleted_at is not None:
                    raise FieldError("tier", f"{name} has no account, and a tier belongs to one")
                if account.tier != change.account_tier:
                    account.tier = change.account_tier
                    if account.tier is None:
                        account.next_touch_on = None
            refresh_accounts(self._ctx, session, accounts)
        return Written(contact_id, CONTACT_CHANGES)

    # -- helpers ----------------------------------------------------------------------------------
    def _detail(self, session: Session, contact: ContactRecord) -> ContactDetail:
        prefs = self._ctx.preferences(session)
        today = self._ctx.today(session)
        account = session.get(AccountRecord, contact.account_id) if contact.account_id else None
        referrer = (
            session.get(ContactRecord, contact.referred_by_id) if contact.referred_by_id else None
        )
        phones = session.execute(
            select(ContactPhoneRecord.number, ContactPhoneRecord.label)
            .where(
                ContactPhoneRecord.contact_id == contact.id, ContactPhoneRecord.deleted_at.is_(None)
            )
            .order_by(ContactPhoneRecord.position)
        ).all()
        emails = session.scalars(
            select(ContactEmailRecord.address)
            .where(
                ContactEmailRecord.contact_id == contact.id, ContactEmailRecord.deleted_at.is_(None)
            )
            .order_by(ContactEmailRecord.position)
        ).all()
        tags = session.scalars(
            select(ContactTagRecord.tag)
            .where(ContactTagRecord.contact_id == contact.id, ContactTagRecord.deleted_at.is_(None))
            .order_by(ContactTagRecord.tag)
        ).all()
        touch = None
        if account is not None and account.tier is not None:
            touch = account_touch(
                account.tier,
                account.last_touch_at,
                day(account.next_touch_on),
                tier_policies(session),
                prefs,
                today,
            )
        return ContactDetail(
            id=contact.id,
            first_name=contact.first_name,
            last_name=contact.last_name,
            account_id=contact.account_id,
            account=account.name if account else None,
            tier=account.tier if account else None,
            job_title=contact.job_title,
            phones=tuple(Phone(number, label) for number, label in phones),
            emails=tuple(emails),
            tags=tuple(tags),
            street=contact.street,
            postal_code=contact.postal_code,
            city=contact.city,
            country=contact.country,
            source=contact.source,
            referred_by_id=contact.referred_by_id,
            referred_by=display_name(referrer.first_name, referrer.last_name) if referrer else None,
            lifecycle=contact.lifecycle,
            state=contact.state,
            parked_until=contact.parked_until,
            state_reason=contact.state_reason,
            fit=contact.fit,
            readiness=contact.readiness,
            notes=contact.notes,
            latitude=contact.latitude,
            longitude=contact.longitude,
            last_touch_at=contact.last_touch_at,
            unanswered_attempts=contact.unanswered_attempts,
            created_at=contact.created_at,
            touch=touch,
            deals=tuple(deal_summaries(session, contact_id=contact.id)),
            timeline=tuple(timeline(session, contact_id=contact.id)),
            referrals=referral_graph(session, contact.id),
        )


def _store_fields(session: Session, contact: ContactRecord, clean: ContactDraft) -> None:
    """Put a validated draft on the contact: only fields that differ, details only if changed."""
    for field in (
        "first_name",
        "last_name",
        "account_id",
        "job_title",
        "street",
        "postal_code",
        "city",
        "country",
        "source",
        "referred_by_id",
        "lifecycle",
        "fit",
        "readiness",
        "notes",
        "latitude",
        "longitude",
    ):
        value = getattr(clean, field)
        if getattr(contact, field) != value:
            setattr(contact, field, value)
    if contact.referred_by_id == contact.id:
        contact.referred_by_id = None
    if _details_differ(session, contact, clean):
        replace_details(session, contact, clean)


def _details_differ(session: Session, contact: ContactRecord, draft: ContactDraft) -> bool:
    """Whether the draft's phones, e-mails or tags differ from what is stored."""
    phones = session.execute(
        select(ContactPhoneRecord.number, ContactPhoneRecord.label)
        .where(ContactPhoneRecord.contact_id == contact.id, ContactPhoneRecord.deleted_at.is_(None))
        .order_by(ContactPhoneRecord.position)
    ).all()
    emails = session.scalars(
        select(ContactEmailRecord.address)
        .where(ContactEmailRecord.contact_id == contact.id, ContactEmailRecord.deleted_at.is_(None))
        .order_by(ContactEmailRecord.position)
    ).all()
    tags = session.scalars(
        select(ContactTagRecord.tag).where(
            ContactTagRecord.contact_id == contact.id, ContactTagRecord.deleted_at.is_(None)
        )
    ).all()
    return (
        [Phone(n, label) for n, label in phones] != list(draft.phones)
        or list(emails) != list(draft.emails)
        or set(tags) != set(draft.tags)
    )
