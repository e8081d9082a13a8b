"""Recurring appointments through a real CalDAV server: one VEVENT with RRULE, EXDATE for a
cancelled occurrence, RECURRENCE-ID for a moved one, and the wall time kept across Berlin's
daylight-saving changes (end of March and end of October) in both directions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.tracker.services.calendar.conftest import Connected
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityStatus
from tracker.services.book import Book
from tracker.storage.records import ActivityRecord, ActivitySeriesRecord

BERLIN = ZoneInfo("Europe/Berlin")


def occurrences(book: Book, series_id: str) -> list[ActivityRecord]:
    with book._ctx.db.read() as session:
        rows = session.scalars(
            select(ActivityRecord)
            .where(ActivityRecord.series_id == series_id)
            .order_by(ActivityRecord.starts_at)
        ).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def series_of(book: Book, activity_id: str) -> str:
    with book._ctx.db.read() as session:
        row = session.get(ActivityRecord, activity_id)
        assert row is not None and row.series_id is not None
        return row.series_id


def expanded(connected: Connected, start: datetime, end: datetime) -> list[datetime]:
    """The occurrences' starts as the server itself expands the rule (its own reading)."""
    found = connected.app.calendar.search(event=True, start=start, end=end, expand=True)
    starts = []
    for item in found:
        for event in item.icalendar_instance.walk("VEVENT"):
            starts.append(event["DTSTART"].dt)
    return sorted(starts)


def test_a_series_is_one_event_with_its_exceptions(connected: Connected) -> None:
    """A weekly visit travels as one RRULE event; a cancelled occurrence becomes an EXDATE and
    a moved one a RECURRENCE-ID override."""
    first = connected.plan(date(2026, 12, 2), time(9, 0), repeat="FREQ=WEEKLY")
    series = series_of(connected.book, first)
    report = connected.sync()
    assert report.created == 1
    event = connected.app.master(f"{series}@groundgame")
    assert event["RRULE"].to_ical() == b"FREQ=WEEKLY"
    [_, second, third, *_] = occurrences(connected.book, series)
    connected.book.work.reschedule(second.id, date(2026, 12, 10), time(14, 0))
    with connected.book._ctx.db.write() as session:  # cancelled, as parking cancels open work
        row = session.get(ActivityRecord, third.id)
        row.status = ActivityStatus.CANCELED
    assert connected.sync().updated == 1
    calendar = connected.app.events()[f"{series}@groundgame"]
    master = connected.app.master(f"{series}@groundgame")
    assert [d.dt for d in master["EXDATE"].dts] == [datetime(2026, 12, 16, 9, 0, tzinfo=BERLIN)]
    [override] = [e for e in calendar.walk("VEVENT") if e.get("RECURRENCE-ID")]
    assert override["RECURRENCE-ID"].dt == datetime(2026, 12, 9, 9, 0, tzinfo=BERLIN)
    assert override["DTSTART"].dt == datetime(2026, 12, 10, 14, 0, tzinfo=BERLIN)
    starts = expanded(
        connected,
        datetime(2026, 12, 1, tzinfo=UTC),
        datetime(2026, 12, 24, tzinfo=UTC),
    )
    assert [s.astimezone(BERLIN).replace(tzinfo=None) for s in starts] == [
        datetime(2026, 12, 2, 9, 0),
        datetime(2026, 12, 10, 14, 0),
        datetime(2026, 12, 23, 9, 0),
    ]


def test_the_calendar_moving_or_dropping_one_occurrence_reaches_groundgame(
    connected: Connected,
) -> None:
    """An override made in the calendar moves that occurrence; an EXDATE made there cancels
    one; the rest stay where they were."""
    first = connected.plan(date(2026, 12, 2), time(9, 0), repeat="FREQ=WEEKLY")
    series = series_of(connected.book, first)
    connected.sync()

    def change(calendar: object) -> None:
        from icalendar import Event

        master = calendar.walk("VEVENT")[0]
        master.add("exdate", datetime(2026, 12, 16, 9, 0, tzinfo=BERLIN))
        moved = Event()
        moved.add("uid", f"{series}@groundgame")
        moved.add("dtstamp", datetime(2026, 12, 1, tzinfo=UTC))
        moved.add("recurrence-id", datetime(2026, 12, 9, 9, 0, tzinfo=BERLIN))
        moved.add("dtstart", datetime(2026, 12, 9, 11, 30, tzinfo=BERLIN))
        moved.add("dtend", datetime(2026, 12, 9, 12, 30, tzinfo=BERLIN))
        calendar.add_component(moved)

    connected.app.edit(f"{series}@groundgame", change)
    report = connected.sync()
    assert (report.moved, report.cancelled) == (1, 1)
    rows = {row.local_start: row for row in occurrences(connected.book, series)}
    assert rows[datetime(2026, 12, 9, 11, 30)].status is ActivityStatus.PLANNED
    assert rows[datetime(2026, 12, 16, 9, 0)].status is ActivityStatus.CANCELED
    assert rows[datetime(2026, 12, 23, 9, 0)].status is ActivityStatus.PLANNED
    assert connected.sync().updated == 0  # Groundgame now says what the calendar says


def test_deleting_the_series_in_the_calendar_ends_it(connected: Connected) -> None:
    """A series deleted in the calendar cancels its planned occurrences and makes no more."""
    first = connected.plan(date(2026, 12, 2), time(9, 0), repeat="FREQ=WEEKLY")
    series = series_of(connected.book, first)
    connected.sync()
    connected.app.delete(f"{series}@groundgame")
    report = connected.sync()
    assert report.cancelled == len(occurrences(connected.book, series))
    assert {row.status for row in occurrences(connected.book, series)} == {ActivityStatus.CANCELED}
    with connected.book._ctx.db.read() as session:
        assert session.get(ActivitySeriesRecord, series).deleted_at is not None


# Berlin's changes: the last Sunday of March 2027 (UTC+1 → +2) and of October 2027 (+2 → +1).
# Each case: the clock's day, the first Tuesday, and the UTC hours of four Tuesdays at 10:00.
DST_WEEKS = {
    "spring": (datetime(2027, 3, 15, 8, tzinfo=UTC), date(2027, 3, 16), [9, 9, 8, 8]),
    "autumn": (datetime(2027, 10, 11, 8, tzinfo=UTC), date(2027, 10, 19), [8, 8, 9, 9]),
}


@pytest.mark.parametrize("week", DST_WEEKS)
def test_a_series_keeps_its_wall_time_across_a_change_in_the_calendar(
    connected: Connected, clock: FixedClock, week: str
) -> None:
    """Tuesdays at 10:00 in Berlin through a week the clocks change: the server expands them at
    10:00 local on both sides of the change, at the instants Groundgame holds."""
    now, first_day, utc_hours = DST_WEEKS[week]
    clock.instant = now
    first = connected.plan(first_day, time(10, 0), repeat="FREQ=WEEKLY;BYDAY=TU")
    series = series_of(connected.book, first)
    connected.sync()
    start = datetime.combine(first_day, time(0), tzinfo=UTC)
    starts = expanded(connected, start, start + timedelta(days=22))
    assert [s.astimezone(UTC).hour for s in starts] == utc_hours
    assert all(s.astimezone(BERLIN).hour == 10 for s in starts)
    assert [row.starts_at for row in occurrences(connected.book, series)[:4]] == [
        s.astimezone(UTC) for s in starts
    ]


@pytest.mark.parametrize("week", DST_WEEKS)
def test_the_calendar_moving_a_series_through_a_change_keeps_the_wall_time(
    connected: Connected, clock: FixedClock, week: str
) -> None:
    """The calendar moves a weekly series to Mondays 09:30 through a week the clocks change:
    Groundgame's occurrences are at 09:30 local before and after it, and the server agrees."""
    now, first_day, _ = DST_WEEKS[week]
    clock.instant = now
    first = connected.plan(first_day, time(10, 0), repeat="FREQ=WEEKLY;BYDAY=TU")
    series = series_of(connected.book, first)
    connected.sync()
    monday = first_day + timedelta(days=6)

    def to_monday(calendar: object) -> None:
        master = calendar.walk("VEVENT")[0]
        for key in ("DTSTART", "DTEND", "RRULE"):
            del master[key]
        begins = datetime.combine(monday, time(9, 30), tzinfo=BERLIN)
        master.add("dtstart", begins)
        master.add("dtend", begins + timedelta(hours=1))
        master.add("rrule", {"FREQ": ["WEEKLY"], "BYDAY": ["MO"]})

    connected.app.edit(f"{series}@groundgame", to_monday)
    assert connected.sync().moved == 1
    planned = [
        row for row in occurrences(connected.book, series) if row.status is ActivityStatus.PLANNED
    ][:3]
    assert [row.local_start for row in planned] == [
        datetime.combine(monday + timedelta(weeks=n), time(9, 30)) for n in range(3)
    ]
    assert [row.due_on for row in planned] == [monday + timedelta(weeks=n) for n in range(3)]
    offsets = {row.starts_at.astimezone(BERLIN).utcoffset() for row in planned}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # both sides of the change
    assert connected.sync().updated == 0
    start = datetime.combine(monday, time(0), tzinfo=UTC)
    starts = expanded(connected, start, start + timedelta(days=15))
    assert [s.astimezone(UTC) for s in starts] == [row.starts_at for row in planned]


def test_an_occurrence_moved_before_the_first_sync_keeps_its_slot(connected: Connected) -> None:
    """An occurrence rescheduled before the calendar was ever synced is still known as its
    slot's: the event gets an override for it, not an extra slot left empty."""
    first = connected.plan(date(2026, 12, 2), time(9, 0), repeat="FREQ=WEEKLY")
    series = series_of(connected.book, first)
    second = occurrences(connected.book, series)[1]
    connected.book.work.reschedule(second.id, date(2026, 12, 11), time(8, 0))
    connected.sync()
    calendar = connected.app.events()[f"{series}@groundgame"]
    master = connected.app.master(f"{series}@groundgame")
    assert master.get("EXDATE") is None
    [override] = [e for e in calendar.walk("VEVENT") if e.get("RECURRENCE-ID")]
    assert override["RECURRENCE-ID"].dt == datetime(2026, 12, 9, 9, 0, tzinfo=BERLIN)
    assert override["DTSTART"].dt == datetime(2026, 12, 11, 8, 0, tzinfo=BERLIN)
