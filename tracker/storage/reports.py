"""Queries behind activity summaries: grouped counts over `done_on`, coverage, notable outcomes.

The period's activities as spreadsheet rows come from tracker.storage.activity_rows, the deal
figures and the funnel from tracker.storage.report_deals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import display_name
from tracker.domain.enums import Outcome, Stage, Tier
from tracker.domain.reports import ActivityCount, NotableOutcome
from tracker.storage.bulk import sql_datetime
from tracker.storage.day_counts import done_between
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactRecord,
    DealRecord,
    TierPolicyRecord,
)

NOTABLE_OUTCOMES = (Outcome.ORDER_TAKEN, Outcome.APPOINTMENT_SET, Outcome.REFERRAL_GIVEN)


def activity_counts(session: Session, start: date, end: date) -> list[ActivityCount]:
    """Done activities per working day, kind and outcome (uses the done_on index)."""
    statement = (
        select(ActivityRecord.done_on, ActivityRecord.kind, ActivityRecord.outcome, func.count())
        .where(done_between(start, end))
        .group_by(ActivityRecord.done_on, ActivityRecord.kind, ActivityRecord.outcome)
    )
    return [
        ActivityCount(day, kind, outcome, int(count))
        for day, kind, outcome, count in session.execute(statement)
        if day is not None
    ]


# Whole minutes on site of one visit, from the stored text instants (SQLite's julianday reads them).
MINUTES_ON_SITE = (
    "CAST(round((julianday({a}checked_out_at) - julianday({a}checked_in_at)) * 1440) AS INTEGER)"
)


def time_on_site(session: Session, start: date, end: date) -> dict[date, int]:
    """Minutes on site per working day: the visits done that day that were checked in and out
    (the done_on index finds the period's rows; only the visits among them are summed)."""
    minutes = MINUTES_ON_SITE.format(a="")
    rows = session.execute(
        text(
            f"SELECT done_on, sum({minutes}) FROM activities "
            "WHERE status = 'done' AND deleted_at IS NULL "
            "AND done_on >= :start AND done_on <= :end AND kind = 'visit' "
            "AND checked_in_at IS NOT NULL AND checked_out_at IS NOT NULL GROUP BY done_on"
        ),
        {"start": start.isoformat(), "end": end.isoformat()},
    )
    return {date.fromisoformat(day): int(total or 0) for day, total in rows}


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


_LAST_TOUCHES = text(
    "SELECT a.id, a.tier, ("
    "  SELECT max(x.completed_at) FROM contacts AS c JOIN activities AS x ON x.contact_id = c.id"
    "  WHERE c.account_id = a.id AND c.deleted_at IS NULL AND x.completed_at < :before"
    ") FROM accounts AS a WHERE a.tier IS NOT NULL AND a.deleted_at IS NULL"
)


def account_last_touches(
    session: Session, before: datetime, day_of: Callable[[datetime], date]
) -> list[tuple[Tier, date | None]]:
    """Each tiered account with the working day of its last done activity before `before`.

    Only done activities carry `completed_at`, so max(completed_at) per contact is one seek in
    ix_activities_contact_id_completed_at (a scan of the whole history would take seconds).
    """
    result: list[tuple[Tier, date | None]] = []
    for _id, tier, last in session.execute(_LAST_TOUCHES, {"before": sql_datetime(before)}):
        touched = None
        if last is not None:
            touched = day_of(datetime.fromisoformat(last).replace(tzinfo=UTC))
        result.append((Tier(tier), touched))
    return result


def notable_outcomes(
    session: Session, start: date, end: date, limit: int
) -> tuple[list[NotableOutcome], int]:
    """The latest orders, appointments and referrals of the period, and how many there were."""
    where = (done_between(start, end), ActivityRecord.outcome.in_(NOTABLE_OUTCOMES))
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
        .order_by(ActivityRecord.done_on.desc())
        .limit(limit * 5)
    )
    items = [
        NotableOutcome(day, display_name(first, last), account, kind, outcome, note)
        for day, first, last, account, kind, outcome, note in session.execute(statement)
        if day is not None and outcome is not None
    ]
    # The latest days come from the index; within them the newest first (stable on the day).
    return sorted(items, key=lambda item: item.day, reverse=True)[:limit], total


def count_done(session: Session, start: date, end: date) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(ActivityRecord).where(done_between(start, end))
        )
        or 0
    )
