"""Two-way sync of single appointments with a real CalDAV server (Radicale): create, move and
cancel on either side, conflicts, events made by hand, offline, and what the book keeps."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import keyring
import keyring.backends.fail
import pytest

from tests.calendar_server import PASSWORD, CalendarServer, dead_url
from tests.tracker.services.calendar.conftest import Connected
from tracker.domain.calendar import (
    CalendarError,
    CalendarRefused,
    CalendarSide,
    CalendarUnreachable,
)
from tracker.domain.enums import ActivityStatus
from tracker.services.book import Book
from tracker.storage.records import ActivityRecord

BERLIN = ZoneInfo("Europe/Berlin")
HAND_MADE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Phone//Calendar//EN
BEGIN:VEVENT
UID:dentist-1@phone
DTSTAMP:20261201T080000Z
DTSTART;TZID=Europe/Berlin:20261203T080000
DTEND;TZID=Europe/Berlin:20261203T083000
SUMMARY:Dentist
END:VEVENT
END:VCALENDAR
"""


def activity(book: Book, activity_id: str) -> ActivityRecord:
    with book._ctx.db.read() as session:
        row = session.get(ActivityRecord, activity_id)
        assert row is not None
        session.expunge(row)
        return row


def test_an_appointment_appears_in_the_calendar_with_its_zone(connected: Connected) -> None:
    """A planned visit becomes an event at its wall time with TZID and a VTIMEZONE, titled with
    the contact, at its place; a second sync writes and downloads nothing."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    report = connected.sync()
    assert report.created == 1
    calendar = connected.app.events()[f"{visit}@groundgame"]
    event = connected.app.master(f"{visit}@groundgame")
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["DTSTART"].dt == datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)
    assert (event["DTEND"].dt - event["DTSTART"].dt).total_seconds() == 3600
    assert str(event["SUMMARY"]) == "Visit: Anna Müller"
    assert str(event["LOCATION"]) == "Hauptstraße 1, Köln"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    again = connected.sync()
    assert (again.created, again.updated, again.downloaded) == (0, 0, 0)


def test_moving_in_groundgame_moves_the_event(connected: Connected) -> None:
    """A rescheduled visit is written again at its new time."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    connected.book.work.reschedule(visit, date(2026, 12, 4), time(15, 30))
    assert connected.book.calendar.status().waiting == 1
    report = connected.sync()
    assert report.updated == 1
    event = connected.app.master(f"{visit}@groundgame")
    assert event["DTSTART"].dt == datetime(2026, 12, 4, 15, 30, tzinfo=BERLIN)
    assert connected.book.calendar.status().waiting == 0


def test_moving_in_the_calendar_moves_the_appointment_and_undo_moves_it_back(
    connected: Connected,
) -> None:
    """The calendar's move reaches Groundgame as one undoable step; undoing it makes the next
    sync put the event back where Groundgame has it."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    connected.app.move(f"{visit}@groundgame", datetime(2026, 12, 8, 14, 0, tzinfo=BERLIN), 45)
    report = connected.sync()
    assert (report.moved, report.downloaded) == (1, 1)
    moved = activity(connected.book, visit)
    assert moved.local_start == datetime(2026, 12, 8, 14, 0)
    assert moved.due_on == date(2026, 12, 8)
    assert moved.duration_minutes == 45
    assert connected.book.undo.peek().action == "calendar_change"
    connected.book.undo.undo()
    assert activity(connected.book, visit).local_start == datetime(2026, 12, 3, 10, 0)
    assert connected.sync().updated == 1
    event = connected.app.master(f"{visit}@groundgame")
    assert event["DTSTART"].dt == datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)


def test_deleting_or_cancelling_in_the_calendar_cancels_the_appointment(
    connected: Connected,
) -> None:
    """An event deleted in the calendar, or marked cancelled there, cancels its activity."""
    deleted = connected.plan(date(2026, 12, 3), time(10, 0))
    marked = connected.plan(date(2026, 12, 4), time(11, 0))
    connected.sync()
    connected.app.delete(f"{deleted}@groundgame")
    connected.app.edit(
        f"{marked}@groundgame", lambda c: c.walk("VEVENT")[0].add("status", "CANCELLED")
    )
    report = connected.sync()
    assert report.cancelled == 2
    assert activity(connected.book, deleted).status is ActivityStatus.CANCELED
    assert activity(connected.book, marked).status is ActivityStatus.CANCELED


def test_cancelling_in_groundgame_removes_the_event(connected: Connected) -> None:
    """Parking the contact cancels the visit, and the event leaves the calendar."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    connected.book.work.park(visit, date(2027, 3, 1), "budget in spring")
    report = connected.sync()
    assert report.removed == 1
    assert f"{visit}@groundgame" not in connected.app.events()


def test_events_made_by_hand_are_left_alone(connected: Connected) -> None:
    """An event the rep made in the calendar app is neither imported nor changed."""
    connected.app.add(HAND_MADE)
    connected.plan(date(2026, 12, 3), time(10, 0))
    report = connected.sync()
    assert (report.created, report.moved, report.cancelled) == (1, 0, 0)
    assert "dentist-1@phone" in connected.app.events()
    assert str(connected.app.master("dentist-1@phone")["SUMMARY"]) == "Dentist"


def test_a_move_on_both_sides_is_a_conflict_until_the_rep_picks_one(
    connected: Connected,
) -> None:
    """Moved differently on both sides: nothing is overwritten, both versions are listed, and
    taking the calendar's moves the appointment."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    connected.book.work.reschedule(visit, date(2026, 12, 4), time(9, 0))
    connected.app.move(f"{visit}@groundgame", datetime(2026, 12, 7, 16, 0, tzinfo=BERLIN))
    report = connected.sync()
    assert report.conflicts == 1
    [conflict] = connected.book.calendar.conflicts()
    assert conflict.groundgame.local_start == datetime(2026, 12, 4, 9, 0)
    assert conflict.calendar.local_start == datetime(2026, 12, 7, 16, 0)
    assert conflict.title == "Visit: Anna Müller"
    event = connected.app.master(f"{visit}@groundgame")
    assert event["DTSTART"].dt == datetime(2026, 12, 7, 16, 0, tzinfo=BERLIN)  # untouched
    assert activity(connected.book, visit).local_start == datetime(2026, 12, 4, 9, 0)
    assert connected.sync().conflicts == 0  # still one, not a new one
    connected.book.calendar.resolve(conflict.id, CalendarSide.CALENDAR)
    assert activity(connected.book, visit).local_start == datetime(2026, 12, 7, 16, 0)
    assert connected.book.calendar.conflicts() == []
    report = connected.sync()
    assert (report.updated, report.moved, report.conflicts) == (0, 0, 0)


def test_keeping_groundgames_version_writes_it_to_the_calendar(connected: Connected) -> None:
    """A conflict settled for Groundgame (the calendar had deleted the event) writes the
    appointment back into the calendar at the next sync."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    connected.book.work.reschedule(visit, date(2026, 12, 4), time(9, 0))
    connected.app.delete(f"{visit}@groundgame")
    assert connected.sync().conflicts == 1
    [conflict] = connected.book.calendar.conflicts()
    assert conflict.calendar is None
    connected.book.calendar.resolve(conflict.id, CalendarSide.GROUNDGAME)
    assert connected.sync().updated == 1
    event = connected.app.master(f"{visit}@groundgame")
    assert event["DTSTART"].dt == datetime(2026, 12, 4, 9, 0, tzinfo=BERLIN)
    assert activity(connected.book, visit).status is ActivityStatus.PLANNED


def test_the_same_move_on_both_sides_is_no_conflict(connected: Connected) -> None:
    """Moved to the same time on both sides: settled without asking."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    connected.book.work.reschedule(visit, date(2026, 12, 4), time(9, 0))
    connected.app.move(f"{visit}@groundgame", datetime(2026, 12, 4, 9, 0, tzinfo=BERLIN))
    report = connected.sync()
    assert (report.conflicts, report.moved, report.updated) == (0, 0, 0)
    assert connected.book.calendar.status().waiting == 0


def test_offline_everything_waits_and_goes_later(connected: Connected) -> None:
    """With the server down the sync fails with a clear message and changes nothing; what was
    planned meanwhile goes to the calendar once the server is back."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.server.stop()
    with pytest.raises(CalendarUnreachable, match="cannot reach the calendar server"):
        connected.sync()
    status = connected.book.calendar.status()
    assert status.waiting == 1
    assert "cannot reach" in status.last_error
    later = connected.plan(date(2026, 12, 5), time(11, 0))
    connected.server.start()
    report = connected.sync()
    assert report.created == 2
    assert {f"{visit}@groundgame", f"{later}@groundgame"} <= set(connected.app.events())
    status = connected.book.calendar.status()
    assert (status.waiting, status.last_error) == (0, None)


def test_a_sync_stopped_half_way_continues_without_doubles(connected: Connected) -> None:
    """A sync that stops after its first event leaves the rest waiting; the next one writes
    them, each once."""
    for day in (3, 4, 7):
        connected.plan(date(2026, 12, day), time(10, 0))

    def stop() -> None:
        raise CalendarUnreachable("network gone")

    with pytest.raises(CalendarUnreachable):
        connected.book.calendar.sync(on_step=stop)
    assert connected.book.calendar.status().waiting == 2
    assert connected.sync().created == 2
    assert len(connected.app.events()) == 3


def test_the_password_is_in_the_keyring_not_in_the_book(
    book: Book, calendar_server: CalendarServer
) -> None:
    """Connecting keeps the password in the keyring; the book file holds only address, user
    and calendar. Disconnecting forgets it."""
    status = book.calendar.connect(calendar_server.url, "anna", PASSWORD, calendar="Kunden")
    assert status.calendar == "Kunden"
    assert keyring.get_password(f"Groundgame calendar {calendar_server.url}", "anna") == PASSWORD
    book.close()
    raw = book.location.database.read_bytes() + b"".join(
        p.read_bytes() for p in book.location.database.parent.glob("*.sqlite3-wal")
    )
    assert PASSWORD.encode() not in raw
    assert b"Kunden" in raw


def test_a_wrong_password_or_address_connects_nothing(
    book: Book, calendar_server: CalendarServer
) -> None:
    """A refused password and a server that does not answer each say so; nothing is kept."""
    with pytest.raises(CalendarRefused, match="refused the user name or password"):
        book.calendar.connect(calendar_server.url, "anna", "wrong")
    with pytest.raises(CalendarUnreachable, match="cannot reach"):
        book.calendar.connect(dead_url(), "anna", PASSWORD)
    with pytest.raises(CalendarError, match="not the address"):
        book.calendar.connect("ftp://example.org", "anna", PASSWORD)
    assert book.calendar.status() is None


def test_without_a_keyring_connecting_says_so(book: Book, calendar_server: CalendarServer) -> None:
    """On a machine with no keyring the rep is told plainly, and nothing is connected."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(CalendarError, match="no system keyring"):
        book.calendar.connect(calendar_server.url, "anna", PASSWORD)
    assert book.calendar.status() is None


def test_an_event_groundgame_cannot_read_changes_nothing(connected: Connected) -> None:
    """An app that turned the event into a task (a VTODO, no event left to read) changes
    nothing in Groundgame."""
    from icalendar import Todo

    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()

    def into_task(calendar: object) -> None:
        task = Todo()
        task.add("uid", f"{visit}@groundgame")
        task.add("dtstamp", datetime(2026, 12, 1, 8, 0, tzinfo=BERLIN))
        task.add("summary", "Visit Anna")
        calendar.subcomponents[:] = [task]

    connected.app.edit(f"{visit}@groundgame", into_task)
    report = connected.sync()
    assert (report.moved, report.cancelled, report.conflicts) == (0, 0, 0)
    assert report.downloaded == 1
    assert report.notes == (f"unreadable: {connected.app.calendar.url.join(visit + '.ics')}",)
    assert activity(connected.book, visit).status is ActivityStatus.PLANNED
    assert activity(connected.book, visit).local_start == datetime(2026, 12, 3, 10, 0)


def test_appointments_two_weeks_past_are_history(connected: Connected, clock: object) -> None:
    """Two weeks after an appointment its event stays in the calendar but is no longer compared
    at each sync; moved into the future again, it is written anew."""
    from datetime import timedelta

    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    assert connected.book.calendar.status().events == 1
    clock.advance(timedelta(days=20))
    connected.sync()
    assert connected.book.calendar.status().events == 0
    assert f"{visit}@groundgame" in connected.app.events()
    connected.book.work.reschedule(visit, date(2026, 12, 23), time(11, 0))
    assert connected.sync().created == 1
    event = connected.app.master(f"{visit}@groundgame")
    assert event["DTSTART"].dt == datetime(2026, 12, 23, 11, 0, tzinfo=BERLIN)
    assert len(connected.app.events()) == 1


def test_a_change_made_while_the_sync_runs_is_not_overwritten(connected: Connected) -> None:
    """The rep reschedules a visit while a sync (which read it unchanged) talks to the server,
    and the calendar had moved it: the sync leaves the rep's change, and the next sync keeps
    both versions as a conflict."""
    first = connected.plan(date(2026, 12, 3), time(10, 0))
    second = connected.plan(date(2026, 12, 4), time(10, 0))
    connected.sync()
    connected.app.move(f"{second}@groundgame", datetime(2026, 12, 9, 15, 0, tzinfo=BERLIN))
    steps = []

    def rep_reschedules() -> None:
        if not steps:
            connected.book.work.reschedule(second, date(2026, 12, 10), time(8, 0))
        steps.append(1)

    report = connected.book.calendar.sync(on_step=rep_reschedules).value
    assert (report.moved, report.conflicts) == (0, 0)
    assert activity(connected.book, second).local_start == datetime(2026, 12, 10, 8, 0)
    assert connected.sync().conflicts == 1
    [conflict] = connected.book.calendar.conflicts()
    assert conflict.calendar.local_start == datetime(2026, 12, 9, 15, 0)
    assert activity(connected.book, first).local_start == datetime(2026, 12, 3, 10, 0)


def test_the_calendars_changes_travel_with_team_sync_and_its_bookkeeping_does_not(
    connected: Connected,
) -> None:
    """In a team book the calendar's move of a visit is captured for the team like the rep's
    own moves; the calendar bookkeeping never is."""
    from tests.tracker.sync.test_capture import clear, join, outbox

    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    join(connected.book)
    connected.sync()
    clear(connected.book)
    connected.app.move(f"{visit}@groundgame", datetime(2026, 12, 8, 14, 0, tzinfo=BERLIN))
    assert connected.sync().moved == 1
    captured = outbox(connected.book)
    assert {(table, row) for table, row, _, _ in captured} == {("activities", visit)}
    assert "starts_at" in captured[0][3]


def test_another_sync_of_the_book_running_is_said(connected: Connected) -> None:
    """Two syncs of one book never run at once (the app's and a command's): the second says
    one is running and changes nothing."""
    from filelock import FileLock

    from tracker.domain.calendar import CalendarBusy

    connected.plan(date(2026, 12, 3), time(10, 0))
    lock = FileLock(str(connected.book.location.root / "calendar-sync.lock"))
    with lock, pytest.raises(CalendarBusy, match="running already"):
        connected.sync()
    assert connected.book.calendar.status().waiting == 1


def test_disconnecting_forgets_the_password_and_leaves_the_events(connected: Connected) -> None:
    """Disconnected, the book holds no calendar and the keyring no password; the events stay."""
    visit = connected.plan(date(2026, 12, 3), time(10, 0))
    connected.sync()
    url = connected.server.url
    assert connected.book.calendar.disconnect() == 0
    assert connected.book.calendar.status() is None
    assert keyring.get_password(f"Groundgame calendar {url}", "anna") is None
    assert f"{visit}@groundgame" in connected.app.events()


def test_the_address_of_a_calendar_itself_connects_that_calendar(
    book: Book, calendar_server: CalendarServer
) -> None:
    """Pasting a calendar's own address (as Nextcloud shows it) connects that calendar; a name
    finds an existing calendar in any case instead of making another."""
    first = book.calendar.connect(calendar_server.url, "anna", PASSWORD, calendar="Kunden")
    book.calendar.disconnect()
    again = book.calendar.connect(first.calendar_url, "anna", PASSWORD)
    assert (again.calendar_url, again.calendar) == (first.calendar_url, "Kunden")
    book.calendar.disconnect()
    named = book.calendar.connect(calendar_server.url, "anna", PASSWORD, calendar="KUNDEN")
    assert named.calendar_url == first.calendar_url


def test_an_appointment_in_another_zone_keeps_its_zone_both_ways(connected: Connected) -> None:
    """A call at 09:00 New York time is written with TZID America/New_York; moved in the
    calendar it stays in that zone, at the new wall time there."""
    new_york = ZoneInfo("America/New_York")
    call = connected.plan(date(2026, 12, 3), time(9, 0), zone="America/New_York")
    connected.sync()
    event = connected.app.master(f"{call}@groundgame")
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DTSTART"].dt == datetime(2026, 12, 3, 9, 0, tzinfo=new_york)
    connected.app.move(f"{call}@groundgame", datetime(2026, 12, 4, 11, 30, tzinfo=new_york))
    assert connected.sync().moved == 1
    moved = activity(connected.book, call)
    assert (moved.local_start, moved.time_zone) == (
        datetime(2026, 12, 4, 11, 30),
        "America/New_York",
    )
    assert moved.due_on == date(2026, 12, 4)  # 17:30 in Berlin, the rep's day
