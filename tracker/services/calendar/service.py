"""Calendar sync as user actions: connect a calendar, sync, see the status, settle conflicts,
disconnect. `book.calendar` in both frontends.

The book keeps the server, user and calendar (`calendar_link`); the password sits in the system
keyring. Events the rep makes in that calendar by hand are not Groundgame's and are left alone:
only events Groundgame wrote (one per appointment or series) are read back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tracker.domain.calendar import (
    CalendarBusy,
    CalendarConflict,
    CalendarError,
    CalendarReport,
    CalendarSide,
    CalendarStatus,
    EventShape,
    NoCalendar,
    local_fingerprint,
    remote_fingerprint,
)
from tracker.domain.changes import Changes, Written
from tracker.domain.ids import new_id
from tracker.services.calendar import secrets
from tracker.services.context import ServiceContext
from tracker.services.progress import Progress
from tracker.storage.records import (
    CalendarEventRecord,
    CalendarLinkRecord,
    CalendarOccurrenceRecord,
)

if TYPE_CHECKING:
    from tracker.services.calendar.remote import RemoteCalendar

LOCK_FILE = "calendar-sync.lock"
CALENDAR_CHANGES = Changes(activities=True)


class CalendarService:
    """The book's connection to the rep's own calendar and its two-way sync."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- connecting ---------------------------------------------------------------------------
    def connect(
        self, server_url: str, user: str, password: str, *, calendar: str | None = None
    ) -> CalendarStatus:
        """Connect the book to a calendar: find it by name (or the one the address points at),
        or make it ("Groundgame" unless named); check that it takes an event; keep the password
        in the system keyring. The first sync writes the appointments."""
        from tracker.services.calendar.ical import to_ical
        from tracker.services.calendar.remote import RemoteCalendar, normalize_url

        url = normalize_url(server_url)
        user = user.strip()
        if not user:
            raise CalendarError("enter your user name on the calendar server")
        if not password:
            raise CalendarError("enter your password for the calendar server")
        current = self._link()
        if current is not None:
            raise CalendarError(
                f"this book is connected to the calendar {current.calendar_name!r} on "
                f"{current.server_url}; disconnect it first"
            )
        secrets.check_keyring()
        remote = RemoteCalendar(url, user, password)
        try:
            calendar_url, name = remote.choose(calendar)
            probe = f"groundgame-check-{new_id()}"
            remote.check_writable(probe, to_ical(probe, _probe_shape(), now=self._ctx.now()))
        finally:
            remote.close()
        secrets.store(url, user, password)
        with self._ctx.db.write() as session:
            session.add(
                CalendarLinkRecord(
                    id=1,
                    server_url=url,
                    user_name=user,
                    calendar_url=calendar_url,
                    calendar_name=name,
                    connected_at=self._ctx.now(),
                )
            )
        status = self.status()
        assert status is not None
        return status

    def disconnect(self) -> int:
        """Forget the calendar (and its password); the events stay in it, no longer synced.
        Returns how many Groundgame changes never reached it."""
        status = self.status()
        if status is None:
            raise NoCalendar("this book is not connected to a calendar")
        with self._ctx.db.write() as session:
            for record in (CalendarOccurrenceRecord, CalendarEventRecord, CalendarLinkRecord):
                for row in session.scalars(select(record)):
                    session.delete(row)
        secrets.forget(status.server_url, status.user)
        return status.waiting

    # -- status -------------------------------------------------------------------------------
    def connected(self) -> bool:
        return self._link() is not None

    def status(self) -> CalendarStatus | None:
        """How the calendar sync stands; None for a book without a calendar."""
        from tracker.services.calendar.local import mapped_appointments, new_appointments

        with self._ctx.db.read() as session:
            link = session.get(CalendarLinkRecord, 1)
            if link is None:
                return None
            region = self._ctx.preferences(session).default_region
            rows = session.scalars(select(CalendarEventRecord)).all()
            conflicts = sum(1 for row in rows if row.conflict_at is not None)
            shapes = mapped_appointments(session, rows, region, persist_slots=False)
            changed = sum(
                1
                for row, appointment in zip(rows, shapes, strict=True)
                if row.conflict_at is None
                and local_fingerprint(appointment.shape) != row.local_fingerprint
            )
            fresh = new_appointments(session, self._ctx.today(session), region, persist_slots=False)
            return CalendarStatus(
                server_url=link.server_url,
                user=link.user_name,
                calendar=link.calendar_name,
                calendar_url=link.calendar_url,
                connected_at=link.connected_at,
                last_sync_at=link.last_sync_at,
                last_error=link.last_error,
                last_error_at=link.last_error_at,
                events=len(rows),
                waiting=changed + len(fresh),
                conflicts=conflicts,
            )

    # -- syncing --------------------------------------------------------------------------------
    def sync(
        self, progress: Progress | None = None, *, on_step: Callable[[], None] | None = None
    ) -> Written[CalendarReport]:
        """Both ways, once: Groundgame's changes into the calendar, the calendar's into
        Groundgame, conflicts kept. Short transactions only; the rep keeps working meanwhile.
        Offline it raises CalendarUnreachable and everything waits for the next sync."""
        from tracker.services.calendar.engine import CalendarSync

        link = self._link()
        if link is None:
            raise NoCalendar("this book is not connected to a calendar: connect one first")
        password = secrets.load(link.server_url, link.user_name)
        if password is None:
            raise CalendarError(
                f"the password for {link.user_name} on {link.server_url} is not in the system "
                "keyring any more; disconnect the calendar and connect it again"
            )
        with self._exclusive():
            remote = self._remote(link, password)
            try:
                report = CalendarSync(self._ctx, remote, progress, on_step).run()
            except CalendarError as exc:
                self._note_error(str(exc))
                raise
            finally:
                remote.close()
        status = self.status()
        waiting = status.waiting if status is not None else 0
        report = replace(report, waiting=waiting)
        return Written(report, CALENDAR_CHANGES if report.imported else Changes())

    def _remote(self, link: CalendarLinkRecord, password: str) -> RemoteCalendar:
        from tracker.services.calendar.remote import RemoteCalendar

        remote = RemoteCalendar(link.server_url, link.user_name, password)
        remote.use(link.calendar_url)
        return remote

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One calendar sync of a book at a time, across the app and commands."""
        from filelock import FileLock, Timeout

        lock = FileLock(str(self._ctx.location.root / LOCK_FILE))
        try:
            lock.acquire(timeout=0)
        except Timeout as exc:
            raise CalendarBusy("a calendar sync of this book is running already") from exc
        try:
            yield
        finally:
            lock.release()

    def _note_error(self, message: str) -> None:
        with self._ctx.db.write() as session:
            row = session.get(CalendarLinkRecord, 1)
            if row is not None:
                row.last_error = message
                row.last_error_at = self._ctx.now()

    def _link(self) -> CalendarLinkRecord | None:
        with self._ctx.db.read() as session:
            link = session.get(CalendarLinkRecord, 1)
            if link is not None:
                session.expunge(link)
            return link

    # -- conflicts ------------------------------------------------------------------------------
    def conflicts(self) -> list[CalendarConflict]:
        """Appointments changed on both sides, oldest conflict first, with both versions."""
        from tracker.services.calendar.ical import from_ical
        from tracker.services.calendar.local import appointment_of

        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            rows = session.scalars(
                select(CalendarEventRecord)
                .where(CalendarEventRecord.conflict_at.is_not(None))
                .order_by(CalendarEventRecord.conflict_at, CalendarEventRecord.id)
            ).all()
            found = []
            for row in rows:
                ours = appointment_of(session, row, prefs.default_region, persist_slots=False)
                theirs = (
                    from_ical(row.conflict_ical, fallback_zone=prefs.time_zone)
                    if row.conflict_ical
                    else None
                )
                assert row.conflict_at is not None
                found.append(
                    CalendarConflict(row.id, ours.title, ours.shape, theirs, row.conflict_at)
                )
            return found

    def conflict_count(self) -> int:
        with self._ctx.db.read() as session:
            return int(
                session.scalar(
                    select(func.count()).where(CalendarEventRecord.conflict_at.is_not(None))
                )
                or 0
            )

    def resolve(self, conflict_id: str, keep: CalendarSide) -> Written[CalendarConflict]:
        """Settle a conflict. Groundgame's version is written to the calendar at the next sync;
        the calendar's is taken into Groundgame now (one undoable step)."""
        from tracker.services.calendar import apply
        from tracker.services.calendar.ical import from_ical

        chosen = next((c for c in self.conflicts() if c.id == conflict_id), None)
        if chosen is None:
            raise CalendarError("that calendar conflict is settled already")
        with self._ctx.db.read() as session:
            row = session.get(CalendarEventRecord, conflict_id)
            assert row is not None
            activity_id, series_id = row.activity_id, row.series_id
            zone_name = self._ctx.preferences(session).time_zone
            theirs = (
                from_ical(row.conflict_ical, fallback_zone=zone_name) if row.conflict_ical else None
            )
        changes = Changes()
        if keep is CalendarSide.CALENDAR:
            if activity_id is not None:
                apply.take_into_activity(self._ctx, activity_id, theirs, chosen.title)
            elif series_id is not None:
                apply.take_into_series(self._ctx, series_id, theirs, chosen.title)
            changes = CALENDAR_CHANGES
        self._settle_conflict(conflict_id, keep, theirs)
        return Written(chosen, changes)

    def _settle_conflict(
        self, conflict_id: str, keep: CalendarSide, theirs: EventShape | None
    ) -> None:
        from tracker.services.calendar.local import appointment_of

        with self._ctx.db.write() as session:
            row = session.get(CalendarEventRecord, conflict_id)
            if row is None:
                return
            gone = theirs is None or theirs.cancelled
            if keep is CalendarSide.CALENDAR and gone:
                session.delete(row)  # cancelled here too now
                return
            row.etag = row.conflict_etag
            row.remote_fingerprint = remote_fingerprint(theirs)
            if keep is CalendarSide.GROUNDGAME:
                row.local_fingerprint = ""  # differs from anything: the next sync writes ours
            else:
                region = self._ctx.preferences(session).default_region
                shape = appointment_of(session, row, region, persist_slots=True).shape
                row.local_fingerprint = local_fingerprint(shape)
            row.conflict_ical = None
            row.conflict_etag = None
            row.conflict_at = None
            row.synced_at = self._ctx.now()


def _probe_shape() -> EventShape:
    return EventShape(datetime(2000, 1, 1, 12), "UTC", 1, summary="Groundgame checks it can write")
