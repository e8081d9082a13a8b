"""Merging duplicate contacts into one survivor, row by row through the ORM (so undo is exact).

Everything that belonged to a duplicate moves to the survivor: activities, recurring series,
deals, purchases, referrals (both directions), notes, phones, e-mails and tags, and contacts it
referred. Phones, e-mails and tags the survivor already has stay behind on the duplicate; a
referral between the merged contacts themselves is soft-deleted. Empty fields of the survivor are
filled from the duplicate; the duplicate is then soft-deleted. Nothing is deleted outright, so an
undo puts back the very same rows (and the search index reads them back in the same order).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.clock import rep_day
from tracker.domain.enums import Lifecycle
from tracker.domain.preferences import Preferences
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ActivitySeriesRecord,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    ContactTagRecord,
    DealRecord,
    NoteRecord,
    PurchaseRecord,
    ReferralRecord,
)

FILLED_FIELDS = (
    "account_id",
    "job_title",
    "street",
    "postal_code",
    "city",
    "country",
    "source",
    "referred_by_id",
    "fit",
    "readiness",
    "parked_until",
    "state_reason",
)
LIFECYCLE_RANK = {Lifecycle.LEAD: 0, Lifecycle.PROSPECT: 1, Lifecycle.CUSTOMER: 2}
MOVED: tuple[Any, ...] = (
    ActivityRecord,
    ActivitySeriesRecord,
    DealRecord,
    PurchaseRecord,
    NoteRecord,
)


def merge_into(
    session: Session, survivor: ContactRecord, other: ContactRecord, *, now: datetime
) -> int:
    """Move everything of `other` to `survivor` and soft-delete `other`; returns rows moved."""
    moved = 0
    for model in MOVED:
        for row in session.scalars(select(model).where(model.contact_id == other.id)):
            row.contact_id = survivor.id
            moved += 1
    moved += _merge_referrals(session, survivor, other, now=now)
    for referred in session.scalars(
        select(ContactRecord).where(ContactRecord.referred_by_id == other.id)
    ):
        referred.referred_by_id = None if referred.id == survivor.id else survivor.id
        moved += 1
    moved += _merge_details(session, survivor, other)
    _merge_fields(survivor, other)
    other.deleted_at = now
    session.flush()
    return moved


def _merge_referrals(
    session: Session, survivor: ContactRecord, other: ContactRecord, *, now: datetime
) -> int:
    moved = 0
    existing = {
        (row.referrer_id, row.referred_id)
        for row in session.scalars(
            select(ReferralRecord).where(
                (ReferralRecord.referrer_id == survivor.id)
                | (ReferralRecord.referred_id == survivor.id),
                ReferralRecord.deleted_at.is_(None),
            )
        )
    }
    rows = session.scalars(
        select(ReferralRecord).where(
            (ReferralRecord.referrer_id == other.id) | (ReferralRecord.referred_id == other.id)
        )
    ).all()
    for row in rows:
        referrer = survivor.id if row.referrer_id == other.id else row.referrer_id
        referred = survivor.id if row.referred_id == other.id else row.referred_id
        row.referrer_id, row.referred_id = referrer, referred
        if row.deleted_at is None and (referrer == referred or (referrer, referred) in existing):
            row.deleted_at = now  # a referral of oneself, or one the survivor already has
        existing.add((referrer, referred))
        moved += 1
    return moved


def _merge_details(session: Session, survivor: ContactRecord, other: ContactRecord) -> int:
    moved = 0
    phones = session.scalars(
        select(ContactPhoneRecord).where(ContactPhoneRecord.contact_id == survivor.id)
    ).all()
    have_phones = {p.number for p in phones if p.deleted_at is None}
    position = max((p.position for p in phones), default=-1) + 1
    for phone in session.scalars(
        select(ContactPhoneRecord)
        .where(ContactPhoneRecord.contact_id == other.id)
        .order_by(ContactPhoneRecord.position)
    ).all():
        if phone.number in have_phones and phone.deleted_at is None:
            continue  # the survivor has it; it stays with the deleted duplicate
        phone.contact_id, phone.position = survivor.id, position
        have_phones.add(phone.number)
        position += 1
        moved += 1
    emails = session.scalars(
        select(ContactEmailRecord).where(ContactEmailRecord.contact_id == survivor.id)
    ).all()
    have_emails = {e.normalized for e in emails if e.deleted_at is None}
    position = max((e.position for e in emails), default=-1) + 1
    for email in session.scalars(
        select(ContactEmailRecord)
        .where(ContactEmailRecord.contact_id == other.id)
        .order_by(ContactEmailRecord.position)
    ).all():
        if email.normalized in have_emails and email.deleted_at is None:
            continue
        email.contact_id, email.position = survivor.id, position
        have_emails.add(email.normalized)
        position += 1
        moved += 1
    have_tags = set(
        session.scalars(
            select(ContactTagRecord.tag).where(ContactTagRecord.contact_id == survivor.id)
        )
    )
    for tag in session.scalars(
        select(ContactTagRecord).where(ContactTagRecord.contact_id == other.id)
    ).all():
        if tag.tag in have_tags:
            continue
        tag.contact_id = survivor.id
        have_tags.add(tag.tag)
        moved += 1
    session.flush()
    return moved


def _merge_fields(survivor: ContactRecord, other: ContactRecord) -> None:
    for name in FILLED_FIELDS:
        if getattr(survivor, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(survivor, name, getattr(other, name))
    if survivor.referred_by_id == survivor.id:
        survivor.referred_by_id = None
    if other.notes and other.notes not in (survivor.notes or ""):
        survivor.notes = f"{survivor.notes}\n\n{other.notes}" if survivor.notes else other.notes
    if LIFECYCLE_RANK[other.lifecycle] > LIFECYCLE_RANK[survivor.lifecycle]:
        survivor.lifecycle = other.lifecycle
    if other.last_touch_at is not None and (
        survivor.last_touch_at is None or other.last_touch_at > survivor.last_touch_at
    ):
        survivor.last_touch_at = other.last_touch_at
        survivor.unanswered_attempts = other.unanswered_attempts


def refresh_account_touch(
    session: Session,
    account: AccountRecord,
    *,
    prefs: Preferences,
    ideal_days: int | None,
    today: date,
) -> None:
    """Set one account's last touch from its live contacts and its next touch from the tier.

    The same rule as tracker.storage.touch, for one account and through the ORM, so the change
    is in the undo journal (bulk statements would escape it).
    """
    latest = session.scalars(
        select(ContactRecord.last_touch_at)
        .where(
            ContactRecord.account_id == account.id,
            ContactRecord.deleted_at.is_(None),
            ContactRecord.last_touch_at.is_not(None),
        )
        .order_by(ContactRecord.last_touch_at.desc())
        .limit(1)
    ).first()
    if account.last_touch_at != latest:
        account.last_touch_at = latest
    if account.tier is None or ideal_days is None:
        return
    if latest is None:
        due = today
    else:
        touched = rep_day(latest, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
        due = touched + timedelta(days=ideal_days)
    if account.next_touch_on != due:
        account.next_touch_on = due
