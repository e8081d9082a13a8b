"""Planned fixed-time appointments as an iCalendar file (RFC 5545) with TZID and VTIMEZONE."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.clock import zone
from tracker.domain.contact_fields import display_name, format_phone
from tracker.domain.enums import ActivityKind, ActivityStatus
from tracker.storage.records import AccountRecord, ActivityRecord, ContactPhoneRecord, ContactRecord

DEFAULT_MINUTES = 30
KIND_NAMES = {
    ActivityKind.CALL: "Call",
    ActivityKind.VISIT: "Visit",
    ActivityKind.FOLLOW_UP: "Follow-up",
}


@dataclass(frozen=True)
class Appointment:
    """One planned fixed-time activity as the calendar shows it."""

    id: str
    kind: ActivityKind
    local_start: datetime  # wall time in `time_zone`
    time_zone: str
    minutes: int
    contact: str
    account: str | None
    location: str | None
    phone: str | None


def planned_appointments(
    session: Session, start: date, end: date | None, *, region: str
) -> list[Appointment]:
    """Planned activities with a fixed time due from `start` to `end` (open-ended when None)."""
    conditions = [
        ActivityRecord.status == ActivityStatus.PLANNED,
        ActivityRecord.deleted_at.is_(None),
        ActivityRecord.starts_at.is_not(None),
        ActivityRecord.due_on >= start,
    ]
    if end is not None:
        conditions.append(ActivityRecord.due_on <= end)
    phone = (
        select(ContactPhoneRecord.number)
        .where(
            ContactPhoneRecord.contact_id == ActivityRecord.contact_id,
            ContactPhoneRecord.deleted_at.is_(None),
        )
        .order_by(ContactPhoneRecord.position)
        .limit(1)
        .scalar_subquery()
    )
    statement = (
        select(
            ActivityRecord.id,
            ActivityRecord.kind,
            ActivityRecord.starts_at,
            ActivityRecord.local_start,
            ActivityRecord.time_zone,
            ActivityRecord.duration_minutes,
            ActivityRecord.location,
            ContactRecord.first_name,
            ContactRecord.last_name,
            AccountRecord.name,
            phone,
        )
        .join(ContactRecord, ContactRecord.id == ActivityRecord.contact_id)
        .outerjoin(AccountRecord, AccountRecord.id == ActivityRecord.account_id)
        .where(*conditions)
        .order_by(ActivityRecord.starts_at, ActivityRecord.id)
    )
    result = []
    for row in session.execute(statement):
        (id_, kind, starts_at, local_start, tz_name, minutes, location, first, last, account,
         number) = row  # fmt: skip
        tz_name = tz_name or "UTC"
        if local_start is None and starts_at is not None:
            local_start = starts_at.astimezone(zone(tz_name)).replace(tzinfo=None)
        if local_start is None:
            continue
        result.append(
            Appointment(
                id=id_,
                kind=kind,
                local_start=local_start,
                time_zone=tz_name,
                minutes=minutes or DEFAULT_MINUTES,
                contact=display_name(first, last),
                account=account,
                location=location,
                phone=format_phone(number, region) if number else None,
            )
        )
    return result


def write_calendar(path: Path, appointments: list[Appointment], *, now: datetime) -> None:
    """Write the events; each zone used gets its VTIMEZONE so calendar apps place them right."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Groundgame//Planned appointments//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Groundgame")
    for item in appointments:
        tz = zone(item.time_zone)
        begins = item.local_start.replace(tzinfo=tz)
        event = Event()
        event.add("uid", f"{item.id}@groundgame")
        event.add("dtstamp", now)
        event.add("dtstart", begins)
        event.add("dtend", begins + timedelta(minutes=item.minutes))
        title = f"{KIND_NAMES[item.kind]}: {item.contact}"
        if item.account:
            title += f" ({item.account})"
        event.add("summary", title)
        if item.location:
            event.add("location", item.location)
        details = [text for text in (item.account, item.phone) if text]
        if details:
            event.add("description", "\n".join(details))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    path.write_bytes(calendar.to_ical())
