"""An appointment's `EventShape` as iCalendar text and back (RFC 5545, with the icalendar
library): DTSTART with TZID and a VTIMEZONE, an RRULE in that zone, EXDATE for the slots left
out, and one VEVENT with RECURRENCE-ID per occurrence moved away from its slot.

Reading is forgiving — other calendar apps write what they like: a zone given only as UTC or as
a name that is no IANA zone is read as UTC, a DURATION counts as well as a DTEND, an override
with STATUS:CANCELLED is an EXDATE, and text that is no event at all reads as None.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tracker.domain.calendar import EventShape, Override
from tracker.domain.clock import instant_to_wall, wall_to_instant

PRODID = "-//Groundgame//Calendar sync//EN"


def _zone_name(name: str) -> str | None:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return None
    return name


def _aware(wall: datetime, zone_name: str) -> datetime:
    # Through the instant, so a wall time skipped by DST is written as the time it stands for.
    return wall_to_instant(wall, zone_name).astimezone(ZoneInfo(zone_name))


def to_ical(uid: str, shape: EventShape, *, now: datetime) -> str:
    """The calendar object for an appointment (a series with its exceptions)."""
    from icalendar import Calendar, Event, vRecur

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    master = Event()
    master.add("uid", uid)
    master.add("dtstamp", now.astimezone(UTC))
    start = _aware(shape.local_start, shape.time_zone)
    master.add("dtstart", start)
    master.add("dtend", start + timedelta(minutes=shape.minutes))
    master.add("summary", shape.summary)
    if shape.location:
        master.add("location", shape.location)
    if shape.description:
        master.add("description", shape.description)
    if shape.cancelled:
        master.add("status", "CANCELLED")
    if shape.rrule:
        rule = vRecur.from_ical(shape.rrule.removeprefix("RRULE:"))
        if "UNTIL" in rule:
            # RFC 5545: with a TZID start, UNTIL is a UTC instant.
            until = rule["UNTIL"][0]
            if isinstance(until, datetime) and until.tzinfo is None:
                rule["UNTIL"] = [wall_to_instant(until, shape.time_zone)]
        master.add("rrule", rule)
        if shape.exdates:
            master.add("exdate", [_aware(day, shape.time_zone) for day in sorted(shape.exdates)])
    calendar.add_component(master)
    for item in sorted(shape.overrides, key=lambda o: o.slot):
        moved = Event()
        moved.add("uid", uid)
        moved.add("dtstamp", now.astimezone(UTC))
        moved.add("recurrence-id", _aware(item.slot, shape.time_zone))
        begins = _aware(item.local_start, item.time_zone)
        moved.add("dtstart", begins)
        moved.add("dtend", begins + timedelta(minutes=item.minutes))
        moved.add("summary", shape.summary)
        if shape.location:
            moved.add("location", shape.location)
        calendar.add_component(moved)
    calendar.add_missing_timezones()
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _wall(prop: Any, fallback_zone: str) -> tuple[datetime, str]:
    """A DTSTART-like property as (wall time, IANA zone); floating times are in `fallback_zone`,
    a day without a time is 00:00 of it, a zone that is no IANA zone is read through UTC."""
    value = prop.dt
    if not isinstance(value, datetime):
        assert isinstance(value, date)
        return datetime(value.year, value.month, value.day), fallback_zone
    if value.tzinfo is None:
        return value, fallback_zone
    named = _zone_name(str(prop.params.get("TZID", ""))) or _zone_name(
        str(getattr(value.tzinfo, "key", ""))
    )
    if named is not None:
        return value.astimezone(ZoneInfo(named)).replace(tzinfo=None), named
    return instant_to_wall(value, "UTC"), "UTC"


def _minutes(event: Any, start: datetime, zone_name: str, fallback_zone: str) -> int:
    if event.get("DTEND") is not None:
        end, end_zone = _wall(event["DTEND"], fallback_zone)
        delta = wall_to_instant(end, end_zone) - wall_to_instant(start, zone_name)
    elif event.get("DURATION") is not None:
        delta = event["DURATION"].dt
    else:
        delta = timedelta(0)
    return max(0, int(delta.total_seconds() // 60))


def _rule_text(event: Any, zone_name: str) -> str | None:
    rule = event.get("RRULE")
    if rule is None:
        return None
    if isinstance(rule, list):
        rule = rule[0]
    parts = dict(rule)
    if "UNTIL" in parts:
        until = parts["UNTIL"][0]
        if isinstance(until, datetime) and until.tzinfo is not None:
            parts["UNTIL"] = [instant_to_wall(until, zone_name)]
        elif isinstance(until, datetime):
            parts["UNTIL"] = [until]
    from icalendar import vRecur

    text: str = vRecur(parts).to_ical().decode("ascii")  # type: ignore[no-untyped-call]
    return text


def _dates(event: Any, key: str, zone_name: str) -> list[datetime]:
    found = event.get(key)
    if found is None:
        return []
    values = []
    for group in found if isinstance(found, list) else [found]:
        for item in group.dts:
            value = item.dt
            if isinstance(value, datetime):
                values.append(
                    instant_to_wall(value, zone_name) if value.tzinfo is not None else value
                )
            else:
                values.append(datetime(value.year, value.month, value.day))
    return values


def from_ical(text: str | bytes, *, fallback_zone: str) -> EventShape | None:
    """The shape of the calendar object's event (the one without RECURRENCE-ID), with its
    exceptions; None when the text holds no event."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        return None
    events = list(calendar.walk("VEVENT"))
    masters = [e for e in events if e.get("RECURRENCE-ID") is None and e.get("DTSTART")]
    if not masters:
        return None
    master = masters[0]
    start, zone_name = _wall(master["DTSTART"], fallback_zone)
    rule = _rule_text(master, zone_name)
    exdates = set(_dates(master, "EXDATE", zone_name)) if rule else set()
    overrides = []
    for event in events:
        if event.get("RECURRENCE-ID") is None or rule is None or event.get("DTSTART") is None:
            continue
        slot = _wall(event["RECURRENCE-ID"], zone_name)[0]
        slot = instant_to_wall(wall_to_instant(slot, zone_name), zone_name)
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            exdates.add(slot)
            continue
        moved, moved_zone = _wall(event["DTSTART"], zone_name)
        overrides.append(
            Override(slot, moved, moved_zone, _minutes(event, moved, moved_zone, zone_name))
        )
    return EventShape(
        local_start=start,
        time_zone=zone_name,
        minutes=_minutes(master, start, zone_name, fallback_zone),
        summary=str(master.get("SUMMARY", "")),
        location=str(master["LOCATION"]) if master.get("LOCATION") else None,
        description=str(master["DESCRIPTION"]) if master.get("DESCRIPTION") else None,
        rrule=rule,
        exdates=tuple(sorted(exdates)),
        overrides=tuple(sorted(overrides, key=lambda o: o.slot)),
        cancelled=str(master.get("STATUS", "")).upper() == "CANCELLED",
    )
