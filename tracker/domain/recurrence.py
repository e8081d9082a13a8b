"""Recurring appointments: RRULE occurrences in the wall time of an IANA zone, DST-normalised.

A series keeps its wall time ("every Tuesday at 10:00 in Europe/Berlin"), so the instant moves
with daylight saving time and the rep still meets the customer at ten. A wall time that does not
exist on a day (the spring-forward gap) moves forward by the length of the gap (02:30 → 03:30); a
wall time that exists twice (the autumn fold) means its first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from dateutil.rrule import rrule

MAX_OCCURRENCES = 500  # per materialisation, so a runaway rule cannot flood the book


class RecurrenceError(ValueError):
    """A repeat rule or time zone that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Occurrence:
    """One appointment of a series: its wall time in the series' zone and its instant (UTC)."""

    local_start: datetime
    starts_at: datetime

    @property
    def day(self) -> date:
        return self.local_start.date()


def zone_info(name: str) -> ZoneInfo:
    """The zone for an IANA name; raises RecurrenceError for an unknown one."""
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError) as exc:
        raise RecurrenceError(f"time zone: {name!r} is not an IANA time zone") from exc


def localize(wall: datetime, zone_name: str) -> Occurrence:
    """The instant of a naive wall time in a zone, with the wall time normalised across DST."""
    tz = zone_info(zone_name)
    instant = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    normalised = instant.astimezone(tz).replace(tzinfo=None)
    return Occurrence(normalised, instant)


def parse_rule(text: str, start: datetime) -> rrule:
    """The dateutil rule for an RRULE text starting at the naive wall time `start`."""
    # dateutil is imported here: logging and the queue use this module's other functions, and the
    # app should not load it before Today is on screen.
    from dateutil.rrule import rrule, rrulestr

    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or "DTSTART" in body.upper():
        raise RecurrenceError(f"repeat rule: {text!r} is not an RRULE (e.g. FREQ=WEEKLY)")
    try:
        rule = rrulestr(body, dtstart=start.replace(tzinfo=None))
    except (ValueError, TypeError) as exc:
        raise RecurrenceError(f"repeat rule: {text!r} is not an RRULE ({exc})") from exc
    if not isinstance(rule, rrule):
        raise RecurrenceError(f"repeat rule: {text!r} must be a single RRULE")
    return rule


def occurrences(
    rule_text: str,
    start: datetime,
    zone_name: str,
    *,
    until: date,
    after: date | None = None,
) -> list[Occurrence]:
    """Occurrences whose wall-time day lies after `after` (if given) and on or before `until`."""
    rule = parse_rule(rule_text, start)
    zone_info(zone_name)
    end = datetime.combine(until, time.max)
    begin = datetime.combine(after + timedelta(days=1), time.min) if after else start
    found: list[Occurrence] = []
    for wall in rule.xafter(begin, inc=True):
        if wall > end:
            break
        found.append(localize(wall, zone_name))
        if len(found) >= MAX_OCCURRENCES:
            break
    return found


PRESETS: dict[str, str] = {
    "weekly": "FREQ=WEEKLY",
    "biweekly": "FREQ=WEEKLY;INTERVAL=2",
    "four_weekly": "FREQ=WEEKLY;INTERVAL=4",
    "monthly": "FREQ=MONTHLY",
}


def preset_rule(preset: str, *, until: date | None = None) -> str:
    """The RRULE text of a named preset, optionally ending on a day."""
    if preset not in PRESETS:
        raise RecurrenceError(f"repeat: {preset!r} is not one of {', '.join(PRESETS)}")
    rule = PRESETS[preset]
    if until is not None:
        rule += f";UNTIL={until.strftime('%Y%m%d')}T235959"
    return rule
