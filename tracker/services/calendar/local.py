"""Groundgame's side of calendar sync: which appointments belong in the calendar, and each as
an `EventShape` — a fixed-time activity, or a series with the slots its occurrences were made
for (EXDATE for an occurrence cancelled, an override for one moved).

Functions take a session and never commit; only `assign_slots` writes (the slot of each
occurrence, so a moved one is still known as its slot's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from tracker.domain.calendar import EventShape, Override
from tracker.domain.contact_fields import display_name, format_phone
from tracker.domain.enums import ActivityKind, ActivityStatus
from tracker.domain.recurrence import RecurrenceError, occurrences
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ActivitySeriesRecord,
    CalendarEventRecord,
    CalendarOccurrenceRecord,
    ContactPhoneRecord,
    ContactRecord,
)

KIND_NAMES = {
    ActivityKind.CALL: "Call",
    ActivityKind.VISIT: "Visit",
    ActivityKind.FOLLOW_UP: "Follow-up",
}
DEFAULT_MINUTES = 30
SLOT_REACH = timedelta(days=31)  # how far from its slot an occurrence moved before a first sync
CHUNK = 500  # ids per IN (…) list


@dataclass(frozen=True)
class Appointment:
    """One appointment as the sync sees it: what it is in Groundgame now (None: cancelled,
    deleted or no longer at a fixed time) and whether the calendar may still change it."""

    activity_id: str | None
    series_id: str | None
    title: str
    shape: EventShape | None
    changeable: bool  # planned (a done visit's history is not moved by the calendar)

    @property
    def key(self) -> str:
        """The activity's or the series' id: the event's file name in the calendar."""
        key = self.activity_id or self.series_id
        assert key is not None
        return key

    @property
    def uid(self) -> str:
        return f"{self.key}@groundgame"


class People:
    """Each contact's name, company and first phone number, read for many contacts at once (a
    sync looks at every appointment; one query per table, not three per appointment)."""

    def __init__(self, session: Session, region: str) -> None:
        self._session = session
        self._region = region
        self._known: dict[str, tuple[str, str | None, str | None]] = {}

    def load(self, contact_ids: set[str]) -> None:
        wanted = sorted(contact_ids - set(self._known))
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            rows = self._session.execute(
                select(
                    ContactRecord.id,
                    ContactRecord.first_name,
                    ContactRecord.last_name,
                    AccountRecord.name,
                )
                .outerjoin(AccountRecord, AccountRecord.id == ContactRecord.account_id)
                .where(ContactRecord.id.in_(chunk))
            ).all()
            phones: dict[str, str] = {}
            for contact_id, number in self._session.execute(
                select(ContactPhoneRecord.contact_id, ContactPhoneRecord.number)
                .where(
                    ContactPhoneRecord.contact_id.in_(chunk),
                    ContactPhoneRecord.deleted_at.is_(None),
                )
                .order_by(ContactPhoneRecord.contact_id, ContactPhoneRecord.position.desc())
            ):
                phones[contact_id] = number  # the lowest position comes last and stays
            for contact_id, first, last, account in rows:
                first_number = phones.get(contact_id)
                phone = format_phone(first_number, self._region) if first_number else None
                self._known[contact_id] = (display_name(first, last), account, phone)

    def title(self, kind: ActivityKind, contact_id: str) -> tuple[str, str | None]:
        """The event's title ("Visit: Anna Müller (Müller Bau)") and details (company, phone)."""
        if contact_id not in self._known:
            self.load({contact_id})
        found = self._known.get(contact_id)
        if found is None:
            return KIND_NAMES[kind], None
        name, account, phone = found
        title = f"{KIND_NAMES[kind]}: {name}" + (f" ({account})" if account else "")
        details = [text for text in (account, phone) if text]
        return title, "\n".join(details) or None


def activity_appointment(people: People, activity: ActivityRecord) -> Appointment:
    """A fixed-time activity as an appointment."""
    title, description = people.title(activity.kind, activity.contact_id)
    live = (
        activity.deleted_at is None
        and activity.status is not ActivityStatus.CANCELED
        and activity.local_start is not None
        and activity.time_zone is not None
    )
    shape = None
    if live:
        assert activity.local_start is not None and activity.time_zone is not None
        shape = EventShape(
            local_start=activity.local_start,
            time_zone=activity.time_zone,
            minutes=activity.duration_minutes or DEFAULT_MINUTES,
            summary=title,
            location=activity.location,
            description=description,
        )
    return Appointment(
        activity.id,
        None,
        title,
        shape,
        changeable=live and activity.status is ActivityStatus.PLANNED,
    )


def series_activities(session: Session, series_id: str) -> list[ActivityRecord]:
    return list(
        session.scalars(
            select(ActivityRecord)
            .where(ActivityRecord.series_id == series_id)
            .order_by(ActivityRecord.local_start, ActivityRecord.id)
        )
    )


def slots_of(session: Session, series_id: str) -> dict[str, datetime]:
    """activity id → the slot it was made for, as recorded."""
    return {
        row.activity_id: row.slot
        for row in session.scalars(
            select(CalendarOccurrenceRecord).where(CalendarOccurrenceRecord.series_id == series_id)
        )
    }


def rule_slots(series: ActivitySeriesRecord, after: date | None, until: date) -> list[datetime]:
    try:
        return [
            item.local_start
            for item in occurrences(
                series.rrule, series.local_start, series.time_zone, until=until, after=after
            )
        ]
    except RecurrenceError:
        return []


def assign_slots(session: Session, series: ActivitySeriesRecord) -> dict[str, datetime]:
    """Record the slot of every occurrence that has none yet: its own start when that is a
    free slot of the rule, else the nearest free one (it was moved before the first sync)."""
    known = slots_of(session, series.id)
    missing = [
        a for a in series_activities(session, series.id) if a.id not in known and a.local_start
    ]
    if not missing:
        return known
    starts = [a.local_start for a in missing if a.local_start is not None]
    first, last = min(starts), max(starts)
    free = set(
        rule_slots(
            series,
            (first - SLOT_REACH).date() - timedelta(days=1),
            max((last + SLOT_REACH).date(), series.materialized_until or last.date()),
        )
    ) - set(known.values())
    for activity in missing:
        assert activity.local_start is not None
        if not free:
            break
        slot = (
            activity.local_start
            if activity.local_start in free
            else min(free, key=lambda s: abs(s - activity.local_start))  # type: ignore[operator]
        )
        free.discard(slot)
        known[activity.id] = slot
        session.add(
            CalendarOccurrenceRecord(activity_id=activity.id, series_id=series.id, slot=slot)
        )
    session.flush()
    return known


def series_appointment(
    session: Session, people: People, series: ActivitySeriesRecord, slots: dict[str, datetime]
) -> Appointment:
    """A series as one appointment: the rule, minus cancelled slots, plus moved occurrences."""
    title, description = people.title(series.kind, series.contact_id)
    if series.deleted_at is not None:
        return Appointment(None, series.id, title, None, changeable=False)
    minutes = series.duration_minutes or DEFAULT_MINUTES
    exdates: list[datetime] = []
    overrides: list[Override] = []
    for activity in series_activities(session, series.id):
        slot = slots.get(activity.id)
        if slot is None:
            continue
        gone = (
            activity.deleted_at is not None
            or activity.status is ActivityStatus.CANCELED
            or activity.local_start is None
        )
        if gone:
            exdates.append(slot)
            continue
        assert activity.local_start is not None
        zone_name = activity.time_zone or series.time_zone
        length = activity.duration_minutes or minutes
        if (activity.local_start, zone_name, length) != (slot, series.time_zone, minutes):
            overrides.append(Override(slot, activity.local_start, zone_name, length))
    shape = EventShape(
        local_start=series.local_start,
        time_zone=series.time_zone,
        minutes=minutes,
        summary=title,
        location=series.location,
        description=description,
        rrule=series.rrule,
        exdates=tuple(sorted(exdates)),
        overrides=tuple(sorted(overrides, key=lambda o: o.slot)),
    )
    return Appointment(None, series.id, title, shape, changeable=True)


def record_slots(session: Session, today: date) -> None:
    """Give each occurrence of the series the calendar holds, or will hold, its slot (a short
    write before a sync reads the book)."""
    unslotted = select(ActivityRecord.series_id).where(
        ActivityRecord.series_id.is_not(None),
        ~exists().where(CalendarOccurrenceRecord.activity_id == ActivityRecord.id),
    )
    synced = select(CalendarEventRecord.series_id).where(CalendarEventRecord.series_id.is_not(None))
    upcoming = select(ActivityRecord.series_id).where(
        ActivityRecord.series_id.is_not(None),
        ActivityRecord.status == ActivityStatus.PLANNED,
        ActivityRecord.deleted_at.is_(None),
        ActivityRecord.due_on >= today,
    )
    for series in session.scalars(
        select(ActivitySeriesRecord).where(
            ActivitySeriesRecord.id.in_(unslotted),
            or_(ActivitySeriesRecord.id.in_(synced), ActivitySeriesRecord.id.in_(upcoming)),
        )
    ):
        assign_slots(session, series)


def appointment_of(
    session: Session, mapping: CalendarEventRecord, region: str, *, persist_slots: bool
) -> Appointment:
    """The appointment one mapping stands for, as it is in the book now."""
    return mapped_appointments(session, [mapping], region, persist_slots=persist_slots)[0]


def mapped_appointments(
    session: Session,
    mappings: Sequence[CalendarEventRecord],
    region: str,
    *,
    persist_slots: bool,
) -> list[Appointment]:
    """The appointments the mappings stand for, in their order, read in a few queries."""
    people = People(session, region)
    activity_ids = [m.activity_id for m in mappings if m.activity_id is not None]
    activities: dict[str, ActivityRecord] = {}
    for start in range(0, len(activity_ids), CHUNK):
        chunk = activity_ids[start : start + CHUNK]
        activities.update(
            (row.id, row)
            for row in session.scalars(select(ActivityRecord).where(ActivityRecord.id.in_(chunk)))
        )
    people.load({a.contact_id for a in activities.values()})
    found = []
    for mapping in mappings:
        if mapping.activity_id is not None:
            # the mapping goes with its activity (ON DELETE CASCADE)
            found.append(activity_appointment(people, activities[mapping.activity_id]))
            continue
        assert mapping.series_id is not None
        series = session.get(ActivitySeriesRecord, mapping.series_id)
        assert series is not None
        slots = assign_slots(session, series) if persist_slots else slots_of(session, series.id)
        found.append(series_appointment(session, people, series, slots))
    return found


def new_appointments(
    session: Session, today: date, region: str, *, persist_slots: bool
) -> list[Appointment]:
    """Appointments from today on that have no event yet: fixed-time planned activities (not of
    a series) and live series with an occurrence still planned."""
    people = People(session, region)
    mapped_activities = select(CalendarEventRecord.activity_id).where(
        CalendarEventRecord.activity_id.is_not(None)
    )
    mapped_series = select(CalendarEventRecord.series_id).where(
        CalendarEventRecord.series_id.is_not(None)
    )
    singles = session.scalars(
        select(ActivityRecord)
        .where(
            ActivityRecord.status == ActivityStatus.PLANNED,
            ActivityRecord.deleted_at.is_(None),
            ActivityRecord.starts_at.is_not(None),
            ActivityRecord.series_id.is_(None),
            ActivityRecord.due_on >= today,
            ActivityRecord.id.not_in(mapped_activities),
        )
        .order_by(ActivityRecord.starts_at, ActivityRecord.id)
    ).all()
    people.load({activity.contact_id for activity in singles})
    found = [activity_appointment(people, activity) for activity in singles]
    series_rows = session.scalars(
        select(ActivitySeriesRecord)
        .where(
            ActivitySeriesRecord.deleted_at.is_(None),
            ActivitySeriesRecord.id.not_in(mapped_series),
            ActivitySeriesRecord.id.in_(
                select(ActivityRecord.series_id).where(
                    ActivityRecord.status == ActivityStatus.PLANNED,
                    ActivityRecord.deleted_at.is_(None),
                    ActivityRecord.due_on >= today,
                )
            ),
        )
        .order_by(ActivitySeriesRecord.local_start, ActivitySeriesRecord.id)
    ).all()
    for series in series_rows:
        slots = assign_slots(session, series) if persist_slots else slots_of(session, series.id)
        found.append(series_appointment(session, people, series, slots))
    return [item for item in found if item.shape is not None]
