"""Writes of logged work through the ORM (so undo sees every row): touches and open work.

The denormalised fields DEVELOPING.md lists are kept here: a contact's last touch and trailing
unanswered attempts, its account's last touch and next touch due (the tier cadence restarts at
every logged touch), and the deal's last activity.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.enums import NOT_CONNECTED, ActivityStatus, Outcome, Tier
from tracker.storage.records import AccountRecord, ActivityRecord, ContactRecord, DealRecord


def later(current: datetime | None, candidate: datetime) -> datetime:
    return candidate if current is None or candidate > current else current


def record_touch(
    session: Session,
    contact: ContactRecord,
    *,
    at: datetime,
    day: date,
    outcome: Outcome,
    ideal_days: dict[Tier, int],
    deal: DealRecord | None = None,
) -> AccountRecord | None:
    """Bring the denormalised fields up to date after a touch on `day`; returns the account."""
    contact.last_touch_at = later(contact.last_touch_at, at)
    if outcome in NOT_CONNECTED:
        contact.unanswered_attempts = (contact.unanswered_attempts or 0) + 1
    elif outcome.connected:
        contact.unanswered_attempts = 0
    if deal is not None:
        deal.last_activity_at = later(deal.last_activity_at, at)
    account = session.get(AccountRecord, contact.account_id) if contact.account_id else None
    if account is not None:
        account.last_touch_at = later(account.last_touch_at, at)
        if account.tier is not None and account.tier in ideal_days:
            account.next_touch_on = day + timedelta(days=ideal_days[account.tier])
    return account


def open_work(session: Session, contact_id: str) -> list[ActivityRecord]:
    """The contact's open (planned) activities, soonest first."""
    statement = (
        select(ActivityRecord)
        .where(
            ActivityRecord.contact_id == contact_id,
            ActivityRecord.completed_at.is_(None),
            ActivityRecord.status == ActivityStatus.PLANNED,
            ActivityRecord.deleted_at.is_(None),
        )
        .order_by(ActivityRecord.due_on, ActivityRecord.id)
    )
    return list(session.scalars(statement))


def cancel_open_work(session: Session, contact_id: str, *, keep: str | None = None) -> int:
    """Cancel the contact's open activities (row by row, so undo restores them).

    Each row is flushed on its own: the undo journal notes a row's stamp after its update, and
    when one flush updates several rows of a table it notes the first row's stamp for all of
    them, which undo would take for a later change.
    """
    count = 0
    for activity in open_work(session, contact_id):
        if activity.id != keep:
            activity.status = ActivityStatus.CANCELED
            session.flush()
            count += 1
    return count
