"""Planning ahead: a call, visit or follow-up for a contact, recurring visits, the week's load.

A recurring visit is a series (RRULE in the wall time of an IANA zone); its occurrences become
planned activities for a horizon of weeks ahead, topped up as time moves on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import day_start, rep_day
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, ActivityOrigin, ActivityStatus, ContactState
from tracker.domain.preferences import Preferences
from tracker.domain.recurrence import (
    Occurrence,
    RecurrenceError,
    localize,
    occurrences,
    zone_info,
)
from tracker.domain.worklog import Appointment, ContactHit, DayLoad, DayTally, WeekPlan
from tracker.services.context import ServiceContext
from tracker.services.day.queue import QueueService
from tracker.storage import planning_reads
from tracker.storage import queue_reads as reads
from tracker.storage.day_counts import done_per_day
from tracker.storage.records import ActivityRecord, ActivitySeriesRecord, ContactRecord

HORIZON_DAYS = 56  # how far ahead a series' occurrences exist as planned activities
DEFAULT_MINUTES = {ActivityKind.VISIT: 60, ActivityKind.CALL: 15, ActivityKind.FOLLOW_UP: 15}


class PlanError(ValueError):
    """A plan that cannot be made as given; the message says which field and why."""


@dataclass(frozen=True)
class PlanDraft:
    """What the rep enters to plan a call, visit or follow-up (a time makes it fixed)."""

    contact_id: str
    kind: ActivityKind
    day: date
    at: time | None = None
    duration_minutes: int | None = None
    location: str | None = None
    time_zone: str | None = None  # default: the rep's zone
    note: str | None = None
    repeat: str | None = None  # an RRULE, e.g. FREQ=WEEKLY;INTERVAL=2


class PlanningService:
    """Adds planned work, keeps recurring series materialised, and shows the week."""

    def __init__(self, ctx: ServiceContext, queue: QueueService) -> None:
        self._ctx = ctx
        self._queue = queue

    def find_contacts(self, typed: str, *, limit: int = 8) -> tuple[ContactHit, ...]:
        """Contacts matching what the rep typed (prefixes, umlauts optional), best first."""
        with self._ctx.db.read() as session:
            rows = planning_reads.find_contacts(session, typed, limit=limit)
        return tuple(
            ContactHit(row.id, display_name(row.first_name, row.last_name), row.account_name)
            for row in rows
            if row.state is not ContactState.DO_NOT_CONTACT
        )

    def add(self, draft: PlanDraft) -> Written[str]:
        """Plan the activity (or the series and its first occurrences); returns the id of the
        first planned activity. Undoable."""
        with self._ctx.db.read() as session:
            contact = session.get(ContactRecord, draft.contact_id)
            if contact is None or contact.deleted_at is not None:
                raise PlanError("contact: choose a contact from the list")
            subject = display_name(contact.first_name, contact.last_name)
        with self._ctx.undoable("plan_activity", subject) as session:
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            contact = session.get(ContactRecord, draft.contact_id)
            assert contact is not None
            if contact.state is ContactState.DO_NOT_CONTACT:
                raise PlanError(f"contact: {subject} asked not to be contacted")
            if draft.day < today:
                raise PlanError(f"date: {draft.day.isoformat()} lies in the past")
            zone_name = draft.time_zone or prefs.time_zone
            zone_info(zone_name)
            if draft.repeat:
                first = self._add_series(session, draft, contact, zone_name, today, prefs)
            else:
                activity = self._activity(draft, contact, zone_name, prefs)
                if draft.at is not None:
                    _fix(activity, datetime.combine(draft.day, draft.at), zone_name, prefs)
                session.add(activity)
                session.flush()
                first = activity.id
        return Written(first, Changes(activities=True))

    def _activity(
        self, draft: PlanDraft, contact: ContactRecord, zone_name: str, prefs: Preferences
    ) -> ActivityRecord:
        fixed = draft.at is not None
        return ActivityRecord(
            contact_id=contact.id,
            account_id=contact.account_id,
            kind=draft.kind,
            status=ActivityStatus.PLANNED,
            origin=ActivityOrigin.MANUAL,
            due_on=draft.day,
            time_zone=zone_name if fixed else None,
            duration_minutes=draft.duration_minutes
            or (DEFAULT_MINUTES[draft.kind] if fixed else None),
            location=(draft.location or "").strip() or None,
            note=(draft.note or "").strip() or None,
        )

    def _add_series(
        self,
        session: Session,
        draft: PlanDraft,
        contact: ContactRecord,
        zone_name: str,
        today: date,
        prefs: Preferences,
    ) -> str:
        if draft.at is None:
            raise RecurrenceError("time: a repeating appointment needs a time of day")
        assert draft.repeat is not None
        start = datetime.combine(draft.day, draft.at)
        until = today + timedelta(days=HORIZON_DAYS)
        found = occurrences(draft.repeat, start, zone_name, until=max(until, draft.day))
        series = ActivitySeriesRecord(
            contact_id=contact.id,
            kind=draft.kind,
            rrule=draft.repeat.strip().removeprefix("RRULE:"),
            local_start=start,
            time_zone=zone_name,
            duration_minutes=draft.duration_minutes or DEFAULT_MINUTES[draft.kind],
            location=(draft.location or "").strip() or None,
            materialized_until=max(until, draft.day),
        )
        session.add(series)
        session.flush()
        ids = [add_occurrence(session, series, contact, each, prefs) for each in found]
        return ids[0] if ids else series.id

    def needs_extension(self) -> bool:
        """True when a series has not been materialised far enough ahead."""
        with self._ctx.db.read() as session:
            horizon = self._ctx.today(session) + timedelta(days=HORIZON_DAYS)
            return (
                session.scalar(
                    select(func.count())
                    .select_from(ActivitySeriesRecord)
                    .where(
                        ActivitySeriesRecord.deleted_at.is_(None),
                        ActivitySeriesRecord.materialized_until < horizon,
                    )
                )
                or 0
            ) > 0

    def extend_series(self, until: date | None = None) -> Written[int]:
        """Materialise every series up to `until` (default: the horizon); returns how many
        occurrences were added. Not undoable: it adds what the series already promised."""
        added = 0
        with self._ctx.db.write() as session:
            prefs = self._ctx.preferences(session)
            until = until or self._ctx.today(session) + timedelta(days=HORIZON_DAYS)
            series_rows = session.scalars(
                select(ActivitySeriesRecord).where(
                    ActivitySeriesRecord.deleted_at.is_(None),
                    ActivitySeriesRecord.materialized_until < until,
                )
            ).all()
            for series in series_rows:
                contact = session.get(ContactRecord, series.contact_id)
                if contact is None or contact.deleted_at is not None:
                    continue
                found = occurrences(
                    series.rrule,
                    series.local_start,
                    series.time_zone,
                    until=until,
                    after=series.materialized_until,
                )
                for occurrence in found:
                    add_occurrence(session, series, contact, occurrence, prefs)
                    added += 1
                series.materialized_until = until
        return Written(added, Changes(activities=True) if added else Changes())

    def upcoming(self, *, within_minutes: int) -> tuple[Appointment, ...]:
        """Fixed-time items starting from now to `within_minutes` ahead (for reminders)."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            now = self._ctx.now()
            rows = reads.planned_fixed(session, now, now + timedelta(minutes=within_minutes))
        return tuple(_appointment(row, prefs, False) for row in rows)

    def week(self, start: date) -> WeekPlan:
        """The seven days from `start`: each day's done and planned work (DayTally: today as
        Today shows it) against its capacity, and its appointments."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            end = start + timedelta(days=6)
            due = reads.planned_loads(session, start, end)
            done = done_per_day(session, start, end)
            queue = self._queue.today_in(session, today) if start <= today <= end else None
            rows = reads.planned_fixed(
                session,
                day_start(start, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour),
                day_start(
                    end + timedelta(days=1),
                    zone_name=prefs.time_zone,
                    day_start_hour=prefs.day_start_hour,
                ),
            )
            series_ids = {
                row.id
                for row in session.execute(
                    select(ActivityRecord.id).where(
                        ActivityRecord.id.in_([r.id for r in rows]),
                        ActivityRecord.series_id.is_not(None),
                    )
                )
            }
        by_day: dict[date, list[Appointment]] = {}
        for row in rows:
            assert row.starts_at is not None  # planned_fixed reads fixed-time items only
            day = rep_day(
                row.starts_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
            )
            by_day.setdefault(day, []).append(_appointment(row, prefs, row.id in series_ids))

        def tally(day: date) -> DayTally:
            if queue is not None and day == today:
                return DayTally.of_today(queue, done.get(day, 0))
            return DayTally.of_other_day(
                day, today, capacity=prefs.capacity_on(day), done=done.get(day, 0),
                due=due.get(day, 0),
            )  # fmt: skip

        days = tuple(
            DayLoad(tally(day), tuple(by_day.get(day, ())))
            for day in (start + timedelta(days=n) for n in range(7))
        )
        return WeekPlan(start, days)


def add_occurrence(
    session: Session,
    series: ActivitySeriesRecord,
    contact: ContactRecord,
    occurrence: Occurrence,
    prefs: Preferences,
) -> str:
    """One occurrence of a series as a planned activity (also used by calendar sync when the
    calendar changes a series' rule)."""
    activity = ActivityRecord(
        contact_id=contact.id,
        account_id=contact.account_id,
        series_id=series.id,
        kind=series.kind,
        status=ActivityStatus.PLANNED,
        origin=ActivityOrigin.RECURRENCE,
        due_on=rep_day(
            occurrence.starts_at,
            zone_name=prefs.time_zone,
            day_start_hour=prefs.day_start_hour,
        ),
        starts_at=occurrence.starts_at,
        local_start=occurrence.local_start,
        time_zone=series.time_zone,
        duration_minutes=series.duration_minutes,
        location=series.location,
    )
    session.add(activity)
    session.flush()
    return activity.id


def _appointment(row: Any, prefs: Preferences, recurring: bool) -> Appointment:
    local = row.starts_at.astimezone(zone_info(row.time_zone or prefs.time_zone))
    return Appointment(
        id=row.id,
        kind=ActivityKind(row.kind),
        contact=display_name(row.first_name or "", row.last_name or ""),
        account=row.account_name,
        starts_at=row.starts_at,
        local_start=row.local_start or local.replace(tzinfo=None),
        time_zone=row.time_zone or prefs.time_zone,
        duration_minutes=row.duration_minutes,
        location=row.location,
        recurring=recurring,
    )


def _fix(activity: ActivityRecord, wall: datetime, zone_name: str, prefs: Preferences) -> None:
    """Give a planned activity a fixed time: wall time, zone, instant, and its working day."""
    occurrence = localize(wall, zone_name)
    activity.local_start = occurrence.local_start
    activity.starts_at = occurrence.starts_at
    activity.time_zone = zone_name
    activity.due_on = rep_day(
        occurrence.starts_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
    )
