"""One calendar sync: ask the server what changed since the last sync token (ETags only), read
just the events of Groundgame's that changed, decide per appointment which side changed, and
carry it out — push Groundgame's version, take the calendar's, or keep both as a conflict.

Every step is its own short transaction and the network is never waited for inside one, so the
rep keeps logging while a sync runs. A sync stopped anywhere (offline, killed, cancelled) is
resumed by the next: each decision compares both sides with the fingerprints stored at the last
sync, and a side that already matches the other is simply settled.

| Groundgame changed | calendar changed | what happens |
|---|---|---|
| no  | no  | nothing (an unchanged event is not even downloaded) |
| yes | no  | Groundgame's version is written (If-Match: the ETag last seen) |
| no  | yes | the calendar's version is taken (one undoable step) |
| yes | yes | the same now: settled; otherwise a **conflict**, both versions kept |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.calendar import (
    CalendarReport,
    EventShape,
    local_fingerprint,
    remote_fingerprint,
)
from tracker.domain.ids import new_id
from tracker.services.calendar import apply
from tracker.services.calendar.ical import from_ical, to_ical
from tracker.services.calendar.local import (
    Appointment,
    appointment_of,
    mapped_appointments,
    new_appointments,
    record_slots,
)
from tracker.services.calendar.remote import RemoteCalendar, RemoteChanges, StaleEvent
from tracker.services.context import ServiceContext
from tracker.services.progress import Progress
from tracker.storage.records import ActivityRecord, CalendarEventRecord, CalendarLinkRecord


@dataclass(frozen=True)
class Mapped:
    """A mapping as read at the start of the sync, with its appointment as it was then."""

    id: str
    href: str
    etag: str | None
    local_fp: str
    remote_fp: str
    in_conflict: bool
    conflict_etag: str | None
    appointment: Appointment


NOW = "now"  # _settle: read Groundgame's side afresh
# Appointments this long past are history: their events stay, no longer compared, so what a sync
# reads stays the size of the rep's coming weeks, not of every appointment ever made.
HISTORY = timedelta(days=14)


def forget_history(session: Session, before: datetime) -> None:
    """Drop the mappings of single appointments that started before `before` (not those in
    conflict). Should one be moved into the future again, the next sync writes it anew at the
    same address."""
    old = select(ActivityRecord.id).where(ActivityRecord.starts_at < before)
    for row in session.scalars(
        select(CalendarEventRecord).where(
            CalendarEventRecord.activity_id.in_(old), CalendarEventRecord.conflict_at.is_(None)
        )
    ):
        session.delete(row)


class CalendarSync:
    """Syncs the book with its connected calendar, once."""

    def __init__(
        self,
        ctx: ServiceContext,
        remote: RemoteCalendar,
        progress: Progress | None = None,
        on_step: Callable[[], None] | None = None,
    ) -> None:
        self._ctx = ctx
        self._remote = remote
        self._progress = progress
        self._on_step = on_step  # tests stop a sync half-way here
        self.report = CalendarReport()
        # A calendar change left for the next sync must be listed again then: keep the old token.
        self._keep_token = False

    def run(self) -> CalendarReport:
        link, mapped, fresh, zone_name = self._prepare()
        changes = self._remote.changes(link.sync_token)
        total = len(mapped) + len(fresh)
        for done, item in enumerate(mapped):
            self._tick(done, total)
            self._reconcile(item, changes, zone_name)
        for done, appointment in enumerate(fresh, start=len(mapped)):
            self._tick(done, total)
            self._create(appointment)
        self._tick(total, total)
        with self._ctx.db.write() as session:
            row = session.get(CalendarLinkRecord, 1)
            if row is not None:
                row.sync_token = link.sync_token if self._keep_token else changes.token
                row.last_sync_at = self._ctx.now()
                row.last_error = None
                row.last_error_at = None
            forget_history(session, self._ctx.now() - HISTORY)
        return self.report

    def _tick(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.report(done, total)
        if self._on_step is not None and done:
            self._on_step()

    # -- reading the book -------------------------------------------------------------------------
    def _prepare(self) -> tuple[CalendarLinkRecord, list[Mapped], list[Appointment], str]:
        """The link, every mapping with its appointment, and the appointments still without an
        event. The slots of new occurrences are recorded first, in a short write of their own;
        the rest is read without blocking the rep's writes."""
        with self._ctx.db.write() as session:
            record_slots(session, self._ctx.today(session))
        with self._ctx.db.read() as session:
            link = session.get(CalendarLinkRecord, 1)
            assert link is not None
            session.expunge(link)
            prefs = self._ctx.preferences(session)
            rows = session.scalars(select(CalendarEventRecord).order_by("id")).all()
            appointments = mapped_appointments(
                session, rows, prefs.default_region, persist_slots=False
            )
            mapped = [
                Mapped(
                    row.id,
                    row.href,
                    row.etag,
                    row.local_fingerprint,
                    row.remote_fingerprint,
                    row.conflict_at is not None,
                    row.conflict_etag,
                    appointment,
                )
                for row, appointment in zip(rows, appointments, strict=True)
            ]
            fresh = new_appointments(
                session, self._ctx.today(session), prefs.default_region, persist_slots=False
            )
        return link, mapped, fresh, prefs.time_zone

    # -- one appointment --------------------------------------------------------------------------
    def _reconcile(self, item: Mapped, changes: RemoteChanges, zone_name: str) -> None:
        seen = item.conflict_etag if item.in_conflict else item.etag
        if item.href in changes.etags:
            etag = changes.etags[item.href]
        elif changes.complete:
            etag = None  # not in a complete listing: deleted in the calendar
        else:
            etag = seen  # not listed since the last token: unchanged
        remote_moved = etag != seen
        remote: EventShape | None = None
        remote_text: str | None = None
        if remote_moved and etag is not None:
            fetched = self._remote.fetch(item.href)
            self.report = replace(self.report, downloaded=self.report.downloaded + 1)
            if fetched is not None:
                remote_text, etag = fetched
                remote = from_ical(remote_text, fallback_zone=zone_name)
                if remote is None:  # no event Groundgame can read: changes nothing here
                    self.report = replace(
                        self.report, notes=(*self.report.notes, f"unreadable: {item.href}")
                    )
                    return
            else:
                etag = None
        if item.in_conflict:
            if remote_moved:
                self._keep_conflict(item.id, remote_text, etag)  # the newest calendar version
            return
        local = item.appointment.shape
        local_changed = local_fingerprint(local) != item.local_fp
        if remote_moved and remote_fingerprint(remote) == item.remote_fp:
            remote_moved = False  # a new ETag, but nothing Groundgame reads changed
            self._settle(item.id, etag=etag, remote=remote)
        if not remote_moved:
            if local_changed:
                self._push(item, local, etag)
            return
        if not local_changed:
            self._take(item, remote, etag)
        elif remote_fingerprint(local) == remote_fingerprint(remote):
            if remote is None or remote.cancelled:
                self._forget(item.id)  # cancelled on both sides
            else:
                self._settle(item.id, etag=etag, remote=remote, local=local)  # moved alike
        else:
            self._keep_conflict(item.id, remote_text, etag, new=True)

    def _push(self, item: Mapped, local: EventShape | None, etag: str | None) -> None:
        try:
            if local is None or local.cancelled:
                self._remote.delete(item.href, etag)
                self._forget(item.id)
                self.report = replace(self.report, removed=self.report.removed + 1)
                return
            text = to_ical(item.appointment.uid, local, now=self._ctx.now())
            etag = self._remote.put(item.href, text, etag)
        except StaleEvent:  # changed in the calendar since it was listed: the next sync decides
            self._keep_token = True
            return
        self._settle(item.id, etag=etag, remote=local, local=local)
        self.report = replace(self.report, updated=self.report.updated + 1)

    def _take(self, item: Mapped, remote: EventShape | None, etag: str | None) -> None:
        appointment = item.appointment

        def unchanged(session: Session) -> bool:
            """The rep did not change it while the sync talked to the server (else the next
            sync sees both sides changed: a conflict, nothing overwritten)."""
            row = session.get(CalendarEventRecord, item.id)
            if row is None:
                return False
            region = self._ctx.preferences(session).default_region
            now = appointment_of(session, row, region, persist_slots=False)
            return local_fingerprint(now.shape) == item.local_fp

        if appointment.activity_id is not None:
            applied = apply.take_into_activity(
                self._ctx, appointment.activity_id, remote, appointment.title, unchanged
            )
        else:
            assert appointment.series_id is not None
            applied = apply.take_into_series(
                self._ctx, appointment.series_id, remote, appointment.title, unchanged
            )
        if applied is None:
            self._keep_token = True
            return
        self.report = replace(
            self.report,
            moved=self.report.moved + applied.moved,
            cancelled=self.report.cancelled + applied.cancelled,
        )
        if remote is None or remote.cancelled:
            self._forget(item.id)  # gone on both sides now; an undo makes it anew
            return
        self._settle(item.id, etag=etag, remote=remote, local=NOW)

    # -- new events -------------------------------------------------------------------------------
    def _create(self, appointment: Appointment) -> None:
        assert appointment.shape is not None
        href = self._remote.href_for(appointment.key)
        text = to_ical(appointment.uid, appointment.shape, now=self._ctx.now())
        etag = self._remote.put(href, text, None)
        with self._ctx.db.write() as session:
            session.add(
                CalendarEventRecord(
                    id=new_id(),
                    activity_id=appointment.activity_id,
                    series_id=appointment.series_id,
                    uid=appointment.uid,
                    href=href,
                    etag=etag,
                    local_fingerprint=local_fingerprint(appointment.shape),
                    remote_fingerprint=remote_fingerprint(appointment.shape),
                    synced_at=self._ctx.now(),
                )
            )
        self.report = replace(self.report, created=self.report.created + 1)

    # -- bookkeeping ------------------------------------------------------------------------------
    def _settle(
        self,
        mapping_id: str,
        *,
        etag: str | None,
        remote: EventShape | None,
        local: EventShape | str | None = None,
    ) -> None:
        """Both sides as they are now become the last sync's; `local=NOW` reads Groundgame's
        side afresh (after the calendar's version was taken), None leaves it as it was."""
        with self._ctx.db.write() as session:
            row = session.get(CalendarEventRecord, mapping_id)
            if row is None:
                return
            if local == NOW:
                region = self._ctx.preferences(session).default_region
                shape = appointment_of(session, row, region, persist_slots=True).shape
                row.local_fingerprint = local_fingerprint(shape)
            elif isinstance(local, EventShape):
                row.local_fingerprint = local_fingerprint(local)
            row.etag = etag
            row.remote_fingerprint = remote_fingerprint(remote)
            row.synced_at = self._ctx.now()

    def _keep_conflict(
        self, mapping_id: str, remote_text: str | None, etag: str | None, *, new: bool = False
    ) -> None:
        with self._ctx.db.write() as session:
            row = session.get(CalendarEventRecord, mapping_id)
            if row is None:
                return
            row.conflict_ical = remote_text
            row.conflict_etag = etag
            if row.conflict_at is None:
                row.conflict_at = self._ctx.now()
        if new:
            self.report = replace(self.report, conflicts=self.report.conflicts + 1)

    def _forget(self, mapping_id: str) -> None:
        with self._ctx.db.write() as session:
            row = session.get(CalendarEventRecord, mapping_id)
            if row is not None:
                session.delete(row)
