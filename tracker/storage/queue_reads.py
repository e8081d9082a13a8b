"""The queries that feed the daily queue: bounded, indexed, and never a scan of the history.

Planned work comes from the partial index on open activities (oldest due first, up to a limit, as
Anki gathers its reviews) and from the index on fixed start times; tier accounts due a touch from
`ix_accounts_tier_next_touch_on`; never-touched leads from `ix_contacts_untouched_leads`; contacts
back from parking from `ix_contacts_parked_until`. Details for the gathered contacts (best open
deal, first phone) come in one IN query each. The partial-index conditions are written as literal
SQL: SQLite uses a partial index only when the query repeats its condition with the same literals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Row, and_, bindparam, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from tracker.domain.enums import OPEN_STAGES, Stage, Tier
from tracker.domain.next_step import CadenceStep
from tracker.domain.preferences import TierPolicy
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    CadenceRecord,
    CadenceStepRecord,
    ContactPhoneRecord,
    ContactRecord,
    DealRecord,
    TierPolicyRecord,
)
from tracker.storage.types import TZDateTime

PLANNED = text("activities.status = 'planned' AND activities.deleted_at IS NULL")
PLANNED_FIXED = text(
    "activities.status = 'planned' AND activities.deleted_at IS NULL"
    " AND activities.starts_at IS NOT NULL"
)
UNTOUCHED_LEAD = text(
    "contacts.last_touch_at IS NULL AND contacts.deleted_at IS NULL"
    " AND contacts.lifecycle = 'lead' AND contacts.state = 'active'"
)
PARKED = text("contacts.state = 'parked' AND contacts.deleted_at IS NULL")
STAGE_RANK = {stage: rank for rank, stage in enumerate(OPEN_STAGES)}
IN_CHUNK = 500

_prev = aliased(ActivityRecord, name="prev")
_pending = aliased(ActivityRecord, name="pending")

PLANNED_COLUMNS = (
    ActivityRecord.id,
    ActivityRecord.contact_id,
    ActivityRecord.account_id,
    ActivityRecord.deal_id,
    ActivityRecord.kind,
    ActivityRecord.origin,
    ActivityRecord.due_on,
    ActivityRecord.starts_at,
    ActivityRecord.local_start,
    ActivityRecord.time_zone,
    ActivityRecord.duration_minutes,
    ActivityRecord.location,
    ActivityRecord.buried_on,
    ActivityRecord.cadence_code,
    ActivityRecord.cadence_step,
    ActivityRecord.attempt,
    ActivityRecord.created_at,
    ContactRecord.first_name,
    ContactRecord.last_name,
    ContactRecord.fit,
    ContactRecord.readiness,
    AccountRecord.name.label("account_name"),
    AccountRecord.tier,
    _prev.outcome.label("intent"),
)


def _live_contact(day: Any) -> Any:
    """Active contacts, and parked ones whose date has come (they are back by themselves)."""
    return and_(
        ContactRecord.deleted_at.is_(None),
        or_(
            ContactRecord.state == "active",
            and_(ContactRecord.state == "parked", ContactRecord.parked_until <= day),
        ),
    )


def _planned_select() -> Any:
    return (
        select(*PLANNED_COLUMNS)
        .join(ContactRecord, ContactRecord.id == ActivityRecord.contact_id)
        .outerjoin(
            AccountRecord,
            AccountRecord.id == func.coalesce(ActivityRecord.account_id, ContactRecord.account_id),
        )
        .outerjoin(_prev, _prev.id == ActivityRecord.previous_id)
    )


@cache
def _planned_due_statement() -> Any:
    return (
        _planned_select()
        .where(PLANNED, ActivityRecord.due_on <= bindparam("day"), _live_contact(bindparam("day")))
        .order_by(ActivityRecord.due_on)
        .limit(bindparam("limit"))
    )


def planned_due(session: Session, day: date, *, limit: int) -> Sequence[Row[Any]]:
    """Open activities due on or before the day, oldest first, at most `limit`."""
    return session.execute(_planned_due_statement(), {"day": day, "limit": limit}).all()


@cache
def _planned_fixed_statement() -> Any:
    return (
        _planned_select()
        .where(
            PLANNED_FIXED,
            ActivityRecord.starts_at >= bindparam("start", type_=TZDateTime()),
            ActivityRecord.starts_at < bindparam("end", type_=TZDateTime()),
            ContactRecord.deleted_at.is_(None),
        )
        .order_by(ActivityRecord.starts_at)
    )


def planned_fixed(session: Session, start: datetime, end: datetime) -> Sequence[Row[Any]]:
    """Open fixed-time activities starting in [start, end) — a day's appointments and callbacks."""
    return session.execute(_planned_fixed_statement(), {"start": start, "end": end}).all()


def count_planned_due(session: Session, day: date, *, cap: int | None = None) -> int:
    """How many open activities are due on or before the day (read from the index alone),
    counted no further than `cap` when one is given."""
    due = select(ActivityRecord.due_on).where(PLANNED, ActivityRecord.due_on <= day)
    if cap is not None:
        due = due.limit(cap)
    statement = select(func.count()).select_from(due.subquery())
    return int(session.execute(statement).scalar_one())


def _no_open_work(contact_id: Any) -> Any:
    return ~exists().where(
        _pending.contact_id == contact_id,
        _pending.completed_at.is_(None),
        _pending.status == "planned",
        _pending.deleted_at.is_(None),
    )


@cache
def _tier_accounts_statement() -> Any:
    speaker = (
        select(ContactRecord.id)
        .where(
            ContactRecord.account_id == AccountRecord.id,
            ContactRecord.deleted_at.is_(None),
            ContactRecord.state == "active",
        )
        .order_by(ContactRecord.last_touch_at.is_(None), ContactRecord.last_touch_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    colleague = aliased(ContactRecord, name="colleague")
    busy = exists().where(
        colleague.account_id == AccountRecord.id,
        colleague.deleted_at.is_(None),
        _pending.contact_id == colleague.id,
        _pending.completed_at.is_(None),
        _pending.status == "planned",
        _pending.deleted_at.is_(None),
    )
    return (
        select(
            AccountRecord.id,
            AccountRecord.name,
            AccountRecord.tier,
            AccountRecord.next_touch_on,
            AccountRecord.last_touch_at,
            AccountRecord.street,
            AccountRecord.city,
            speaker.label("contact_id"),
        )
        .where(
            AccountRecord.tier == bindparam("tier"),
            AccountRecord.next_touch_on <= bindparam("day"),
            AccountRecord.deleted_at.is_(None),
            ~busy,
        )
        .order_by(AccountRecord.next_touch_on)
        .limit(bindparam("limit"))
    )


def tier_accounts_due(session: Session, tier: Tier, day: date, *, limit: int) -> Sequence[Row[Any]]:
    """Accounts of a tier due a touch (longest waiting first) without open work for anyone there,
    each with the contact who speaks for it (the most recently touched active one)."""
    rows = session.execute(
        _tier_accounts_statement(), {"tier": tier.value, "day": day, "limit": limit}
    ).all()
    return [row for row in rows if row.contact_id is not None]


def count_tier_due(session: Session, tier: Tier, day: date, *, cap: int) -> int:
    """Accounts of a tier due a touch, counted up to `cap` (the count reads rows, so it stops)."""
    due = (
        select(AccountRecord.id)
        .where(
            AccountRecord.tier == tier,
            AccountRecord.next_touch_on <= day,
            AccountRecord.deleted_at.is_(None),
        )
        .limit(cap)
        .subquery()
    )
    return int(session.execute(select(func.count()).select_from(due)).scalar_one())


CONTACT_COLUMNS = (
    ContactRecord.id,
    ContactRecord.first_name,
    ContactRecord.last_name,
    ContactRecord.account_id,
    ContactRecord.fit,
    ContactRecord.readiness,
    ContactRecord.parked_until,
    ContactRecord.last_touch_at,
    ContactRecord.unanswered_attempts,
    AccountRecord.name.label("account_name"),
    AccountRecord.tier,
)


def _contact_select() -> Any:
    return select(*CONTACT_COLUMNS).outerjoin(
        AccountRecord, AccountRecord.id == ContactRecord.account_id
    )


# Plain SQL, to name the index: left to itself SQLite picks the equality index on last_touch_at
# and sorts every untouched lead by fit (20-30 ms at 100,000 contacts instead of under 1 ms).
_UNTOUCHED_LEADS = text(
    "SELECT contacts.id, contacts.first_name, contacts.last_name, contacts.account_id,"
    " contacts.fit, contacts.readiness, contacts.parked_until, contacts.last_touch_at,"
    " contacts.unanswered_attempts, accounts.name AS account_name, accounts.tier"
    " FROM contacts INDEXED BY ix_contacts_untouched_leads"
    " LEFT OUTER JOIN accounts ON accounts.id = contacts.account_id"
    " WHERE contacts.last_touch_at IS NULL AND contacts.deleted_at IS NULL"
    " AND contacts.lifecycle = 'lead' AND contacts.state = 'active'"
    " AND NOT EXISTS (SELECT 1 FROM activities AS pending WHERE pending.contact_id = contacts.id"
    " AND pending.completed_at IS NULL AND pending.status = 'planned'"
    " AND pending.deleted_at IS NULL)"
    " ORDER BY contacts.fit DESC LIMIT :limit"
).columns(*(column for column in CONTACT_COLUMNS))


def untouched_leads(session: Session, *, limit: int) -> Sequence[Row[Any]]:
    """Active leads never touched and without open work, best fit first."""
    return session.execute(_UNTOUCHED_LEADS, {"limit": limit}).all()


@cache
def _back_from_parking_statement() -> Any:
    return (
        _contact_select()
        .where(
            PARKED, ContactRecord.parked_until <= bindparam("day"), _no_open_work(ContactRecord.id)
        )
        .order_by(ContactRecord.parked_until)
        .limit(bindparam("limit"))
    )


def back_from_parking(session: Session, day: date, *, limit: int) -> Sequence[Row[Any]]:
    """Parked contacts whose date has come and who have no open work to bring them back."""
    return session.execute(_back_from_parking_statement(), {"day": day, "limit": limit}).all()


@cache
def _contacts_statement() -> Any:
    return _contact_select().where(ContactRecord.id.in_(bindparam("ids", expanding=True)))


def contacts_by_id(session: Session, ids: Iterable[str]) -> dict[str, Row[Any]]:
    found: dict[str, Row[Any]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(_contacts_statement(), {"ids": chunk}):
            found[row.id] = row
    return found


def best_open_deals(session: Session, contact_ids: Iterable[str]) -> dict[str, Row[Any]]:
    """Per contact, the open deal furthest along (then the most valuable)."""
    best: dict[str, Any] = {}
    for chunk in _chunks(contact_ids):
        # Stages are filtered here: a stage condition would lure SQLite onto ix_deals_stage.
        statement = select(
            DealRecord.contact_id, DealRecord.id, DealRecord.stage, DealRecord.value_cents
        ).where(DealRecord.contact_id.in_(chunk), DealRecord.deleted_at.is_(None))
        for row in session.execute(statement).all():
            if Stage(row.stage) not in STAGE_RANK:
                continue
            current = best.get(row.contact_id)
            if current is None or _deal_key(row) > _deal_key(current):
                best[row.contact_id] = row
    return best


def _deal_key(row: Any) -> tuple[int, int, str]:
    return (STAGE_RANK.get(Stage(row.stage), -1), int(row.value_cents or 0), str(row.id))


def first_phones(session: Session, contact_ids: Iterable[str]) -> dict[str, str]:
    """Per contact, the phone number listed first (E.164)."""
    phones: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(contact_ids):
        statement = select(
            ContactPhoneRecord.contact_id, ContactPhoneRecord.position, ContactPhoneRecord.number
        ).where(ContactPhoneRecord.contact_id.in_(chunk), ContactPhoneRecord.deleted_at.is_(None))
        for contact_id, position, number in session.execute(statement):
            if contact_id not in phones or position < phones[contact_id][0]:
                phones[contact_id] = (position, number)
    return {contact_id: number for contact_id, (_, number) in phones.items()}


def planned_loads(session: Session, start: date, end: date) -> dict[date, int]:
    """Open activities per due day in [start, end] (read from the index alone)."""
    statement = (
        select(ActivityRecord.due_on, func.count())
        .where(PLANNED, ActivityRecord.due_on >= start, ActivityRecord.due_on <= end)
        .group_by(ActivityRecord.due_on)
    )
    return {day: int(count) for day, count in session.execute(statement)}


def tier_policies(session: Session) -> dict[Tier, TierPolicy]:
    rows = session.scalars(select(TierPolicyRecord).where(TierPolicyRecord.deleted_at.is_(None)))
    return {
        row.tier: TierPolicy(row.tier, row.ideal_days, row.max_days, row.touch_kind) for row in rows
    }


def cadence_ladders(session: Session) -> dict[str, tuple[CadenceStep, ...]]:
    """Every cadence's steps in order, keyed by cadence code."""
    statement = (
        select(
            CadenceRecord.code,
            CadenceStepRecord.position,
            CadenceStepRecord.offset_days,
            CadenceStepRecord.kind,
            CadenceStepRecord.hour,
        )
        .join(CadenceStepRecord, CadenceStepRecord.cadence_id == CadenceRecord.id)
        .where(CadenceRecord.deleted_at.is_(None), CadenceStepRecord.deleted_at.is_(None))
        .order_by(CadenceRecord.code, CadenceStepRecord.position)
    )
    ladders: dict[str, list[CadenceStep]] = {}
    for code, position, offset, kind, hour in session.execute(statement):
        ladders.setdefault(code, []).append(CadenceStep(position, offset, kind, hour))
    return {code: tuple(steps) for code, steps in ladders.items()}


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for value in dict.fromkeys(ids):
        batch.append(value)
        if len(batch) >= IN_CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
