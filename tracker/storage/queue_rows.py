"""The rows the queue reads, typed, and how SQLite's stored values become them.

`queue_reads` runs plain SQL and hands its tuples to `planned_row`, `contact_row` and
`account_row`; `*_row_of` make the same rows from records just written (a log's next step).
Stored values are SQLAlchemy's SQLite text forms: dates as ISO text, instants as naive UTC text,
enums as their values (looked up in dictionaries: calling an enum class costs far more).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

from tracker.domain.enums import ActivityKind, ActivityOrigin, Outcome, Stage, Tier
from tracker.storage.records import AccountRecord, ActivityRecord, ContactRecord
from tracker.storage.sql_values import day as stored_day
from tracker.storage.sql_values import instant, members

_KIND = members(ActivityKind)
_ORIGIN = members(ActivityOrigin)
_OUTCOME = members(Outcome)
_TIER = members(Tier)


def stored_date(value: str) -> date:
    """A stored Date that cannot be NULL."""
    return date.fromisoformat(value[:10])


class PlannedRow(NamedTuple):
    """An open activity with its contact, its account and the outcome that led to it (intent)."""

    id: str
    contact_id: str
    account_id: str | None
    deal_id: str | None
    kind: ActivityKind
    origin: ActivityOrigin
    due_on: date
    starts_at: datetime | None
    local_start: datetime | None
    time_zone: str | None
    duration_minutes: int | None
    location: str | None
    buried_on: date | None
    cadence_code: str | None
    cadence_step: int | None
    attempt: int | None
    created_at: datetime | None
    first_name: str | None
    last_name: str | None
    fit: int | None
    readiness: int | None
    account_name: str | None
    tier: Tier | None
    intent: Outcome | None
    route_position: int | None = None  # its place in the day's route, once the rep applied one
    checked_in_at: datetime | None = None  # a visit the rep is at (checked in, not yet out)


class ContactRow(NamedTuple):
    """A contact as the queue needs them, with the name and tier of their account."""

    id: str
    first_name: str | None
    last_name: str | None
    account_id: str | None
    fit: int | None
    readiness: int | None
    parked_until: date | None
    last_touch_at: datetime | None
    unanswered_attempts: int | None
    account_name: str | None
    tier: Tier | None


class AccountRow(NamedTuple):
    """A tier account as a base item needs it."""

    id: str
    name: str
    tier: Tier | None
    next_touch_on: date | None
    last_touch_at: datetime | None
    street: str | None
    city: str | None


class DealRow(NamedTuple):
    contact_id: str
    id: str
    stage: Stage
    value_cents: int


def planned_row(row: tuple[Any, ...]) -> PlannedRow:
    """An open activity from the stored values of `queue_reads`' planned SELECT."""
    (id_, contact_id, account_id, deal_id, kind, origin, due_on, starts_at, local_start, zone,
     duration, location, buried_on, code, step, attempt, created_at, first_name, last_name, fit,
     readiness, account_name, tier, intent, route_position, checked_in_at) = row  # fmt: skip
    return PlannedRow(
        id_,
        contact_id,
        account_id,
        deal_id,
        _KIND[kind],
        _ORIGIN[origin],
        stored_date(due_on),
        instant(starts_at),
        None if local_start is None else datetime.fromisoformat(local_start),
        zone,
        duration,
        location,
        None if buried_on is None else stored_date(buried_on),
        code,
        step,
        attempt,
        instant(created_at),
        first_name,
        last_name,
        fit,
        readiness,
        account_name,
        None if tier is None else _TIER[tier],
        None if intent is None else _OUTCOME[intent],
        route_position,
        instant(checked_in_at),
    )


def planned_row_of(
    activity: ActivityRecord,
    contact: ContactRecord,
    account: AccountRecord | None,
    intent: Outcome | None,
) -> PlannedRow:
    """A planned activity written just now, as `planned_due` would read it back."""
    return PlannedRow(
        activity.id,
        activity.contact_id,
        activity.account_id,
        activity.deal_id,
        activity.kind,
        activity.origin,
        activity.due_on,
        activity.starts_at,
        activity.local_start,
        activity.time_zone,
        activity.duration_minutes,
        activity.location,
        activity.buried_on,
        activity.cadence_code,
        activity.cadence_step,
        activity.attempt,
        activity.created_at,
        contact.first_name,
        contact.last_name,
        contact.fit,
        contact.readiness,
        account.name if account is not None else None,
        account.tier if account is not None else None,
        intent,
        activity.route_position,
        activity.checked_in_at,
    )


def account_row(row: tuple[Any, ...]) -> AccountRow:
    """An account from stored values: id, name, tier, next touch, last touch, street, city."""
    id_, name, tier, next_touch_on, last_touch_at, street, city = row
    return AccountRow(
        id_,
        name,
        None if tier is None else _TIER[tier],
        stored_day(next_touch_on),
        instant(last_touch_at),
        street,
        city,
    )


def account_row_of(account: AccountRecord) -> AccountRow:
    """An account record as `account_by_id` would read it."""
    return AccountRow(
        account.id,
        account.name,
        account.tier,
        account.next_touch_on,
        account.last_touch_at,
        account.street,
        account.city,
    )


def contact_row(row: tuple[Any, ...]) -> ContactRow:
    """A contact from stored values, in the order of ContactRow's fields."""
    (id_, first_name, last_name, account_id, fit, readiness, parked_until, last_touch_at,
     unanswered, account_name, tier) = row  # fmt: skip
    return ContactRow(
        id_,
        first_name,
        last_name,
        account_id,
        fit,
        readiness,
        stored_day(parked_until),
        instant(last_touch_at),
        unanswered,
        account_name,
        None if tier is None else _TIER[tier],
    )


def contact_row_of(contact: ContactRecord, account: AccountRecord | None) -> ContactRow:
    """A contact record (with its account) as `contacts_by_id` would read it."""
    return ContactRow(
        contact.id,
        contact.first_name,
        contact.last_name,
        contact.account_id,
        contact.fit,
        contact.readiness,
        contact.parked_until,
        contact.last_touch_at,
        contact.unanswered_attempts,
        account.name if account is not None else None,
        account.tier if account is not None else None,
    )
