"""Queries behind activity summaries: grouped counts over `done_on`, stage moves, coverage, lines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, tzinfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome, Stage, Tier
from tracker.domain.reports import ActivityCount, ActivityLine, NotableOutcome, StageMove
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactRecord,
    DealRecord,
    DealStageChangeRecord,
    TierPolicyRecord,
)

NOTABLE_OUTCOMES = (Outcome.ORDER_TAKEN, Outcome.APPOINTMENT_SET, Outcome.REFERRAL_GIVEN)


def _done_between(start: date, end: date):  # type: ignore[no-untyped-def]
    return and_(
        ActivityRecord.status == ActivityStatus.DONE,
        ActivityRecord.deleted_at.is_(None),
        ActivityRecord.done_on >= start,
        ActivityRecord.done_on <= end,
    )


def activity_counts(session: Session, start: date, end: date) -> list[ActivityCount]:
    """Done activities per working day, kind and outcome (uses the done_on index)."""
    statement = (
        select(ActivityRecord.done_on, ActivityRecord.kind, ActivityRecord.outcome, func.count())
        .where(_done_between(start, end))
        .group_by(ActivityRecord.done_on, ActivityRecord.kind, ActivityRecord.outcome)
    )
    return [
        ActivityCount(day, kind, outcome, int(count))
        for day, kind, outcome, count in session.execute(statement)
        if day is not None
    ]


def calls_by_day(session: Session, start: date, end: date) -> dict[date, int]:
    """Calls (follow-ups included) per working day, for the streak."""
    statement = (
        select(ActivityRecord.done_on, func.count())
        .where(
            _done_between(start, end),
            ActivityRecord.kind.in_([ActivityKind.CALL, ActivityKind.FOLLOW_UP]),
        )
        .group_by(ActivityRecord.done_on)
    )
    return {day: int(count) for day, count in session.execute(statement) if day is not None}


def stage_moves(session: Session, start: datetime, end: datetime) -> list[StageMove]:
    """Every recorded stage change in [start, end) with its deal's value."""
    statement = (
        select(
            DealStageChangeRecord.deal_id,
            DealStageChangeRecord.from_stage,
            DealStageChangeRecord.to_stage,
            DealStageChangeRecord.changed_at,
            DealRecord.value_cents,
        )
        .join(DealRecord, DealRecord.id == DealStageChangeRecord.deal_id)
        .where(
            DealStageChangeRecord.deleted_at.is_(None),
            DealRecord.deleted_at.is_(None),
            DealStageChangeRecord.changed_at >= start,
            DealStageChangeRecord.changed_at < end,
        )
        .order_by(DealStageChangeRecord.changed_at)
    )
    return [
        StageMove(deal_id, from_stage, to_stage, at, int(value or 0))
        for deal_id, from_stage, to_stage, at, value in session.execute(statement)
    ]


def open_pipeline(session: Session) -> dict[Stage, tuple[int, int]]:
    """Open deals per stage now: (count, value in cents)."""
    statement = (
        select(DealRecord.stage, func.count(), func.coalesce(func.sum(DealRecord.value_cents), 0))
        .where(DealRecord.deleted_at.is_(None))
        .group_by(DealRecord.stage)
    )
    return {
        stage: (int(count), int(value))
        for stage, count, value in session.execute(statement)
        if stage.is_open
    }


def tier_windows(session: Session) -> dict[Tier, tuple[int, int]]:
    rows = session.execute(
        select(TierPolicyRecord.tier, TierPolicyRecord.ideal_days, TierPolicyRecord.max_days)
    )
    return {tier: (int(ideal), int(maximum)) for tier, ideal, maximum in rows}


def account_last_touches(session: Session, as_of: date) -> list[tuple[Tier, date | None]]:
    """Each tiered account with the working day of its last done activity on or before `as_of`."""
    contact = aliased(ContactRecord)
    last = (
        select(
            contact.account_id.label("account_id"), func.max(ActivityRecord.done_on).label("day")
        )
        .join(ActivityRecord, ActivityRecord.contact_id == contact.id)
        .where(
            contact.account_id.is_not(None),
            contact.deleted_at.is_(None),
            ActivityRecord.status == ActivityStatus.DONE,
            ActivityRecord.deleted_at.is_(None),
            ActivityRecord.done_on <= as_of,
        )
        .group_by(contact.account_id)
        .subquery()
    )
    statement = (
        select(AccountRecord.tier, last.c.day)
        .outerjoin(last, last.c.account_id == AccountRecord.id)
        .where(AccountRecord.tier.is_not(None), AccountRecord.deleted_at.is_(None))
    )
    result: list[tuple[Tier, date | None]] = []
    for tier, day in session.execute(statement):
        if isinstance(day, str):  # max() over a Date column comes back as text on SQLite
            day = date.fromisoformat(day)
        result.append((tier, day))
    return result


def notable_outcomes(
    session: Session, start: date, end: date, limit: int
) -> tuple[list[NotableOutcome], int]:
    """The latest orders, appointments and referrals of the period, and how many there were."""
    where = (_done_between(start, end), ActivityRecord.outcome.in_(NOTABLE_OUTCOMES))
    total = int(session.scalar(select(func.count()).select_from(ActivityRecord).where(*where)) or 0)
    statement = (
        select(
            ActivityRecord.done_on,
            ContactRecord.first_name,
            ContactRecord.last_name,
            AccountRecord.name,
            ActivityRecord.kind,
            ActivityRecord.outcome,
            ActivityRecord.note,
        )
        .join(ContactRecord, ContactRecord.id == ActivityRecord.contact_id)
        .outerjoin(AccountRecord, AccountRecord.id == ActivityRecord.account_id)
        .where(*where)
        .order_by(ActivityRecord.completed_at.desc(), ActivityRecord.id.desc())
        .limit(limit)
    )
    items = [
        NotableOutcome(day, display_name(first, last), account, kind, outcome, note)
        for day, first, last, account, kind, outcome, note in session.execute(statement)
        if day is not None and outcome is not None
    ]
    return items, total


def activity_lines(
    session: Session, start: date, end: date, *, zone: tzinfo
) -> Iterator[ActivityLine]:
    """Every done activity of the period in time order, streamed (for exports of any size)."""
    statement = (
        select(
            ActivityRecord.id,
            ActivityRecord.done_on,
            ActivityRecord.completed_at,
            ActivityRecord.kind,
            ActivityRecord.outcome,
            ContactRecord.first_name,
            ContactRecord.last_name,
            AccountRecord.name,
            DealRecord.title,
            ActivityRecord.duration_minutes,
            ActivityRecord.attempt,
            ActivityRecord.note,
        )
        .join(ContactRecord, ContactRecord.id == ActivityRecord.contact_id)
        .outerjoin(AccountRecord, AccountRecord.id == ActivityRecord.account_id)
        .outerjoin(DealRecord, DealRecord.id == ActivityRecord.deal_id)
        .where(_done_between(start, end))
        .order_by(ActivityRecord.done_on, ActivityRecord.completed_at, ActivityRecord.id)
        .execution_options(yield_per=5000)
    )
    for row in session.execute(statement):
        (id_, day, completed, kind, outcome, first, last, account, deal, minutes, attempt, note) = (
            row
        )
        local = completed.astimezone(zone).replace(tzinfo=None) if completed else None
        if day is None:  # done activities always carry their working day
            continue
        yield ActivityLine(
            id=id_,
            day=day,
            completed_local=local,
            kind=kind,
            outcome=outcome,
            contact=display_name(first, last),
            account=account,
            deal=deal,
            duration_minutes=minutes,
            attempt=int(attempt or 0),
            note=note,
        )


def count_done(session: Session, start: date, end: date) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(ActivityRecord).where(_done_between(start, end))
        )
        or 0
    )
