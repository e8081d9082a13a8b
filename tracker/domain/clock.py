"""Time as the app sees it: an injectable clock and the rep's day boundary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    """Source of the current instant; logic never calls datetime.now() itself."""

    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still until moved; for tests, demos and `--today`."""

    instant: datetime

    def now(self) -> datetime:
        return self.instant

    def advance(self, delta: timedelta) -> None:
        self.instant = self.instant + delta


def system_zone_name() -> str:
    """The IANA name of the machine's time zone, or UTC when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises several kinds when the system zone is odd
        return "UTC"
    return name or "UTC"


def zone(name: str | None) -> tzinfo:
    """A tzinfo for an IANA name, falling back to UTC for empty or unknown names."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return UTC


def rep_day(instant: datetime, *, zone_name: str, day_start_hour: int) -> date:
    """The working day an instant belongs to: late-night work counts for the day before."""
    local = instant.astimezone(zone(zone_name))
    return (local - timedelta(hours=day_start_hour)).date()


def day_start(day: date, *, zone_name: str, day_start_hour: int) -> datetime:
    """The instant (UTC) the given working day begins."""
    local = datetime(day.year, day.month, day.day, day_start_hour, tzinfo=zone(zone_name))
    return local.astimezone(UTC)


def clock_for_day(day: date, *, zone_name: str, hour: int = 9) -> FixedClock:
    """A fixed clock standing at the given local hour of a day (demo data, `--date`)."""
    local = datetime(day.year, day.month, day.day, hour, tzinfo=zone(zone_name))
    return FixedClock(local.astimezone(UTC))


def wall_to_instant(wall: datetime, zone_name: str) -> datetime:
    """The instant (UTC) a wall-clock time (naive) in an IANA zone stands for; appointments.

    As RFC 5545 (iCalendar) reads local times: a wall time skipped when the clocks go forward is
    read with the offset before the gap, so it moves forward by the gap (02:30 on Berlin's spring
    night is 03:30 summer time); a wall time that happens twice when the clocks go back is its
    first occurrence (fold=0).
    """
    if wall.tzinfo is not None:
        raise ValueError("wall_to_instant takes a naive wall-clock time")
    return wall.replace(tzinfo=zone(zone_name), fold=0).astimezone(UTC)


def instant_to_wall(instant: datetime, zone_name: str) -> datetime:
    """The wall-clock time (naive) an aware instant shows in an IANA zone."""
    return instant.astimezone(zone(zone_name)).replace(tzinfo=None, fold=0)


def utc_offsets(where: tzinfo, first: datetime, last: datetime) -> list[tuple[datetime, int]]:
    """The zone's offset from UTC in minutes between two instants, as (from this instant on,
    minutes) pairs in time order; the first pair starts at `first`.

    Exports hand these to SQLite, which then turns a million stored UTC times into wall times
    itself. Found day by day, each change pinned to the second by bisection.
    """

    def minutes(at: datetime) -> int:
        offset = at.astimezone(where).utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else 0

    first, last = first.astimezone(UTC), last.astimezone(UTC)
    changes = [(first, minutes(first))]
    day = first
    while day < last:
        following = min(day + timedelta(days=1), last)
        if minutes(following) != changes[-1][1]:
            low, high = day, following  # the offset changes after low, at or before high
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if minutes(middle) == changes[-1][1]:
                    low = middle
                else:
                    high = middle
            changes.append((high.replace(microsecond=0), minutes(high)))
        day = following
    return changes
