"""Queries behind activity summaries: grouped counts over `done_on`, stage moves, coverage, lines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, Outcome, Stage, Tier
from tracker.domain.reports import ActivityCount, ActivityLine, NotableOutcome
from tracker.storage.bulk import sql_datetime
from tracker.storage.day_counts import done_between
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactRecord,
    DealRecord,
    TierPolicyRecord,
)
from tracker.storage.records.work import DONE_LIVE

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


_LINES = (
    "SELECT a.id, a.done_on, a.completed_at, a.kind, a.outcome, a.contact_id, a.account_id,"
    " a.deal_id, a.duration_minutes, a.attempt, a.note FROM activities AS a {hint}"
    f" WHERE a.{DONE_LIVE.replace(' AND ', ' AND a.')} AND a.done_on >= :start AND a.done_on <= :end"
    " ORDER BY a.done_on, a.completed_at, a.id"
)
# Past this many days a scan of the table in storage order, sorted once, beats the index.
LINES_SCAN_AFTER_DAYS = 90


class _LineSource:
    """What every listing of a period's activities reads once: names by id and local times.

    A year of a big book is a million rows: the activities are read alone (joining each one to
    its contact, account and deal costs ten times the query), names come from dictionaries read
    once, and each minute's local time is converted once.
    """

    def __init__(self, session: Session, zone: tzinfo, name: Callable[[str], str]) -> None:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        self.raw = raw
        self.zone = zone
        self.people = {
            row[0]: name(display_name(row[1], row[2]))
            for row in raw.execute("SELECT id, first_name, last_name FROM contacts")
        }
        self.accounts = {
            id_: name(label) for id_, label in raw.execute("SELECT id, name FROM accounts")
        }
        self.deals = {id_: name(title) for id_, title in raw.execute("SELECT id, title FROM deals")}
        self._local: dict[str, datetime] = {}

    def local(self, completed: str) -> datetime:
        """The rep's wall time of a stored UTC moment, to the minute."""
        minute = completed[:16]
        found = self._local.get(minute)
        if found is None:
            moment = datetime.fromisoformat(minute).replace(tzinfo=UTC)
            found = self._local[minute] = moment.astimezone(self.zone).replace(tzinfo=None)
        return found

    def rows(self, start: date, end: date) -> Iterator[tuple[Any, ...]]:
        hint = "NOT INDEXED" if (end - start).days > LINES_SCAN_AFTER_DAYS else ""
        cursor = self.raw.execute(
            _LINES.format(hint=hint), {"start": start.isoformat(), "end": end.isoformat()}
        )
        try:
            yield from cursor
        finally:
            cursor.close()


def activity_lines(
    session: Session, start: date, end: date, *, zone: tzinfo
) -> Iterator[ActivityLine]:
    """Every done activity of the period in time order, streamed (for exports of any size)."""
    source = _LineSource(session, zone, str)
    kinds = {kind.value: kind for kind in ActivityKind}
    outcomes = {outcome.value: outcome for outcome in Outcome}
    days: dict[str, date] = {}
    for row in source.rows(start, end):
        (id_, day, completed, kind, outcome, contact_id, account_id, deal_id, minutes,
         attempt, note) = row  # fmt: skip
        the_day = days.get(day)
        if the_day is None:
            the_day = days[day] = date.fromisoformat(day)
        yield ActivityLine(
            id=id_,
            day=the_day,
            completed_local=source.local(completed) if completed else None,
            kind=kinds[kind],
            outcome=outcomes.get(outcome) if outcome else None,
            contact=source.people.get(contact_id, ""),
            account=source.accounts.get(account_id) if account_id else None,
            deal=source.deals.get(deal_id) if deal_id else None,
            duration_minutes=minutes,
            attempt=int(attempt or 0),
            note=note,
        )


def activity_cells(
    session: Session, start: date, end: date, *, zone: tzinfo, clean: Callable[[str], str]
) -> Iterator[tuple[str | int, ...]]:
    """The same activities as `activity_lines`, as the CSV's cells (see exports/summary_csv).

    The CSV of a big book's year is a million rows, so nothing is done per row that can be done
    per name or per minute: `clean` (formula neutralisation) runs once per contact, account and
    deal name, the "HH:MM" once per minute, and the codes are written as stored.
    """
    source = _LineSource(session, zone, clean)
    known = {outcome.value: "yes" if outcome.connected else "no" for outcome in Outcome}
    times: dict[str, str] = {}
    for row in source.rows(start, end):
        (id_, day, completed, kind, outcome, contact_id, account_id, deal_id, minutes,
         attempt, note) = row  # fmt: skip
        clock = ""
        if completed:
            clock = times.get(completed[:16], "")
            if not clock:
                clock = times[completed[:16]] = source.local(completed).strftime("%H:%M")
        connected = known.get(outcome, "") if outcome else ""
        yield (
            id_,
            day,
            clock,
            kind,
            outcome if connected else "",
            connected,
            source.people.get(contact_id, ""),
            source.accounts.get(account_id, "") if account_id else "",
            source.deals.get(deal_id, "") if deal_id else "",
            "" if minutes is None else minutes,
            int(attempt or 0),
            clean(note) if note else "",
        )


def count_done(session: Session, start: date, end: date) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(ActivityRecord).where(done_between(start, end))
        )
        or 0
    )
