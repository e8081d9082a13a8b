"""Screenshots of calendar sync: the connect dialog after a refused password, and a conflict.

The conflict is staged in the book as a sync would leave it (the link, an appointment's event
and the calendar's other version), so no CalDAV server is needed to render it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from tracker.domain.calendar import CalendarRefused, local_fingerprint, remote_fingerprint
from tracker.domain.enums import ActivityKind, ActivityStatus
from tracker.services.book import Book
from tracker.services.calendar.ical import to_ical
from tracker.services.calendar.local import People, activity_appointment
from tracker.storage.records import ActivityRecord, CalendarEventRecord, CalendarLinkRecord
from ui.main_window import MainWindow

SERVER = "https://cloud.mueller-vertrieb.de/remote.php/dav/"


def stage_conflict(book: Book) -> None:
    """Connect the book (on paper) and leave one visit moved on both sides."""
    ctx = book._ctx
    now = book.clock.now()
    with ctx.db.write() as session:
        if session.get(CalendarLinkRecord, 1) is not None:
            return
        session.add(
            CalendarLinkRecord(
                id=1,
                server_url=SERVER,
                user_name="alex",
                calendar_url=SERVER + "calendars/alex/groundgame/",
                calendar_name="Groundgame",
                connected_at=now - timedelta(days=3),
                last_sync_at=now - timedelta(minutes=2),
            )
        )
        visit = session.scalars(
            select(ActivityRecord)
            .where(
                ActivityRecord.kind == ActivityKind.VISIT,
                ActivityRecord.status == ActivityStatus.PLANNED,
                ActivityRecord.starts_at.is_not(None),
                ActivityRecord.series_id.is_(None),
                ActivityRecord.starts_at > now + timedelta(days=1),
            )
            .order_by(ActivityRecord.starts_at)
            .limit(1)
        ).one()
        region = ctx.preferences(session).default_region
        ours = activity_appointment(People(session, region), visit)
        assert ours.shape is not None
        theirs = replace(
            ours.shape, local_start=ours.shape.local_start + timedelta(days=2, hours=3)
        )
        session.add(
            CalendarEventRecord(
                activity_id=visit.id,
                uid=ours.uid,
                href=SERVER + f"calendars/alex/groundgame/{visit.id}.ics",
                etag='"2"',
                local_fingerprint=local_fingerprint(ours.shape) + "-before",
                remote_fingerprint=remote_fingerprint(ours.shape) + "-before",
                synced_at=now - timedelta(days=1),
                conflict_ical=to_ical(ours.uid, theirs, now=now.astimezone(UTC)),
                conflict_etag='"3"',
                conflict_at=now - timedelta(minutes=2),
            )
        )
        # Groundgame's side moved too: an hour later the same day.
        visit.local_start = (visit.local_start or ours.shape.local_start) + timedelta(hours=1)
        assert visit.starts_at is not None
        visit.starts_at = visit.starts_at + timedelta(hours=1)


def connect_error(window: MainWindow) -> QWidget:
    """The connect dialog after the server refused the password (the form kept as typed)."""
    from ui.calendar.connect import ConnectCalendarDialog

    dialog = ConnectCalendarDialog(window.book, window.operations, window)
    dialog.url.setText(SERVER)
    dialog.user.setText("alex")
    dialog.password.setText("not the password")
    dialog.calendar.setText("Groundgame")
    dialog.show()
    dialog._failed(CalendarRefused("refused"))
    return dialog


def conflicts(window: MainWindow) -> QWidget:
    """A visit moved in Groundgame and in the calendar: both versions and the two choices."""
    from ui.calendar.conflicts import CalendarConflictsDialog

    stage_conflict(window.book)
    window.calendar.refresh_now()
    dialog = CalendarConflictsDialog(window.book, window.operations, window)
    dialog.resize(720, 360)
    dialog.show()
    return dialog


SCREENS = [
    ("calendar-connect", connect_error),
    ("calendar-conflicts", conflicts),
]
