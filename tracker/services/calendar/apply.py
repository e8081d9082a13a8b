"""Taking the calendar's version of an appointment into Groundgame: moved there, moved here;
cancelled or deleted there, cancelled here — each as one undoable step ("calendar_change"), so
the journal, Ctrl+Z and team sync see it as they see the rep's own moves. Undoing it makes
Groundgame differ from the calendar again, and the next sync writes Groundgame's version back.

Only planned work changes: a visit already logged keeps its history whatever the calendar says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from tracker.domain.calendar import EventShape, normalize_rule
from tracker.domain.clock import rep_day
from tracker.domain.enums import ActivityStatus
from tracker.domain.preferences import Preferences
from tracker.domain.recurrence import localize, occurrences
from tracker.services.calendar.local import assign_slots, series_activities
from tracker.services.context import ServiceContext
from tracker.services.day.planning import HORIZON_DAYS, add_occurrence
from tracker.storage.records import (
    ActivityRecord,
    ActivitySeriesRecord,
    CalendarOccurrenceRecord,
    ContactRecord,
)

ACTION = "calendar_change"
# Checked inside the step's own transaction: Groundgame's side is still as the sync read it.
Unchanged = Callable[[Session], bool]


def always(_session: Session) -> bool:
    return True


SINGLE_RULE = "FREQ=DAILY;COUNT=1"  # a series the calendar made a single event


@dataclass(frozen=True)
class Applied:
    """How many appointments (or occurrences) the calendar's version moved or cancelled."""

    moved: int = 0
    cancelled: int = 0

    def __add__(self, other: Applied) -> Applied:
        return Applied(self.moved + other.moved, self.cancelled + other.cancelled)


def take_into_activity(
    ctx: ServiceContext,
    activity_id: str,
    remote: EventShape | None,
    subject: str,
    unchanged: Unchanged = always,
) -> Applied | None:
    """The calendar's version of a single appointment, in Groundgame; None (nothing done) when
    `unchanged` finds that the rep changed it since the sync read it."""
    with ctx.undoable(ACTION, subject) as session:
        if not unchanged(session):
            return None
        activity = session.get(ActivityRecord, activity_id)
        if not _changeable(activity):
            return Applied()
        assert activity is not None
        if remote is None or remote.cancelled:
            activity.status = ActivityStatus.CANCELED
            session.flush()
            return Applied(cancelled=1)
        prefs = ctx.preferences(session)
        moved = _move(activity, remote.local_start, remote.time_zone, remote.minutes, prefs)
        if (remote.location or None) != (activity.location or None):
            activity.location = remote.location
            moved = True
        session.flush()
        return Applied(moved=int(moved))


def take_into_series(
    ctx: ServiceContext,
    series_id: str,
    remote: EventShape | None,
    subject: str,
    unchanged: Unchanged = always,
) -> Applied | None:
    """The calendar's version of a series, in Groundgame: its rule and time (the coming
    occurrences made anew), and each occurrence cancelled, moved, or back in its slot; None as
    for a single appointment."""
    with ctx.undoable(ACTION, subject) as session:
        if not unchanged(session):
            return None
        series = session.get(ActivitySeriesRecord, series_id)
        if series is None or series.deleted_at is not None:
            return Applied()
        prefs = ctx.preferences(session)
        today = ctx.today(session)
        if remote is None or remote.cancelled:
            series.deleted_at = ctx.now()
            cancelled = sum(_cancel(session, a) for a in series_activities(session, series.id))
            return Applied(cancelled=cancelled)
        applied = Applied()
        if _rule_differs(series, remote):
            applied += _new_rule(session, series, remote, prefs, today)
        slots = assign_slots(session, series)
        exdates = set(remote.exdates)
        overrides = {item.slot: item for item in remote.overrides}
        for activity in series_activities(session, series.id):
            slot = slots.get(activity.id)
            if slot is None or not _changeable(activity):
                continue
            if slot in exdates:
                applied += Applied(cancelled=_cancel(session, activity))
            elif slot in overrides:
                item = overrides[slot]
                moved = _move(activity, item.local_start, item.time_zone, item.minutes, prefs)
                applied += Applied(moved=int(moved))
            else:
                minutes = series.duration_minutes or remote.minutes
                moved = _move(activity, slot, series.time_zone, minutes, prefs)
                applied += Applied(moved=int(moved))
        session.flush()
        return applied


def _changeable(activity: ActivityRecord | None) -> bool:
    return (
        activity is not None
        and activity.deleted_at is None
        and activity.status is ActivityStatus.PLANNED
    )


def _cancel(session: Session, activity: ActivityRecord) -> int:
    if not _changeable(activity):
        return 0
    activity.status = ActivityStatus.CANCELED
    session.flush()  # one row per flush, so the journal notes each row's own stamp
    return 1


def _move(
    activity: ActivityRecord, wall: datetime, zone_name: str, minutes: int, prefs: Preferences
) -> bool:
    occurrence = localize(wall, zone_name)
    before = (activity.starts_at, activity.time_zone, activity.duration_minutes)
    activity.local_start = occurrence.local_start
    activity.starts_at = occurrence.starts_at
    activity.time_zone = zone_name
    activity.duration_minutes = minutes
    activity.due_on = rep_day(
        occurrence.starts_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
    )
    activity.buried_on = None
    return before != (activity.starts_at, activity.time_zone, activity.duration_minutes)


def _rule_differs(series: ActivitySeriesRecord, remote: EventShape) -> bool:
    return (
        normalize_rule(remote.rrule or SINGLE_RULE) != normalize_rule(series.rrule)
        or remote.local_start != series.local_start
        or remote.time_zone != series.time_zone
        or remote.minutes != (series.duration_minutes or remote.minutes)
        or (remote.location or None) != (series.location or None)
    )


def _new_rule(
    session: Session,
    series: ActivitySeriesRecord,
    remote: EventShape,
    prefs: Preferences,
    today: date,
) -> Applied:
    """The series takes the calendar's rule; its occurrences from today on are made anew (the
    old ones cancelled), each recorded as its own slot."""
    series.rrule = remote.rrule or SINGLE_RULE
    series.local_start = remote.local_start
    series.time_zone = remote.time_zone
    series.duration_minutes = remote.minutes
    series.location = remote.location
    for activity in series_activities(session, series.id):
        if _changeable(activity) and activity.due_on >= today:
            _cancel(session, activity)
    contact = session.get(ContactRecord, series.contact_id)
    until = today + timedelta(days=HORIZON_DAYS)
    series.materialized_until = until
    if contact is None or contact.deleted_at is not None:
        return Applied(moved=1)
    for occurrence in occurrences(
        series.rrule,
        series.local_start,
        series.time_zone,
        until=until,
        after=today - timedelta(days=1),
    ):
        activity_id = add_occurrence(session, series, contact, occurrence, prefs)
        session.add(
            CalendarOccurrenceRecord(
                activity_id=activity_id, series_id=series.id, slot=occurrence.local_start
            )
        )
    session.flush()
    return Applied(moved=1)
