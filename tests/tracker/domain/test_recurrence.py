"""Recurring appointments keep their wall time across DST in Berlin and New York."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.recurrence import RecurrenceError, localize, occurrences, preset_rule

ZONES = ("Europe/Berlin", "America/New_York")


def exists(wall: datetime, zone_name: str) -> bool:
    """True when the wall time occurs in the zone (it is not in a spring-forward gap)."""
    tz = ZoneInfo(zone_name)
    return wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
    st.times(),
    st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY"]),
)
def test_occurrences_keep_their_wall_time_across_dst(
    zone_name: str, start_day: date, at: time, rule: str
) -> None:
    """Every occurrence is at the series' wall time (or just after a DST gap), its instant
    reads back as that wall time in the zone, and instants strictly increase."""
    at = at.replace(second=0, microsecond=0)
    start = datetime.combine(start_day, at)
    found = occurrences(rule, start, zone_name, until=start_day + timedelta(days=400))
    assert found
    tz = ZoneInfo(zone_name)
    for occurrence in found:
        assert occurrence.starts_at.astimezone(tz).replace(tzinfo=None) == occurrence.local_start
        wanted = datetime.combine(occurrence.local_start.date(), at)
        if exists(wanted, zone_name):
            assert occurrence.local_start == wanted
        else:  # moved forward by the gap (one hour in both zones)
            assert occurrence.local_start == wanted + timedelta(hours=1)
    instants = [o.starts_at for o in found]
    assert instants == sorted(set(instants))


@pytest.mark.parametrize(
    ("zone_name", "wall", "utc"),
    [
        ("Europe/Berlin", datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 1, 30)),
        ("America/New_York", datetime(2026, 3, 8, 2, 30), datetime(2026, 3, 8, 7, 30)),
    ],
)
def test_a_wall_time_in_the_spring_gap_moves_forward(
    zone_name: str, wall: datetime, utc: datetime
) -> None:
    """02:30 does not exist on the spring-forward day: the appointment is at 03:30 instead."""
    occurrence = localize(wall, zone_name)
    assert occurrence.local_start == wall + timedelta(hours=1)
    assert occurrence.starts_at == utc.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone_name", "wall", "utc"),
    [
        ("Europe/Berlin", datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 0, 30)),
        ("America/New_York", datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 5, 30)),
    ],
)
def test_a_wall_time_in_the_autumn_fold_means_the_first_one(
    zone_name: str, wall: datetime, utc: datetime
) -> None:
    """A time that happens twice is taken at its first occurrence (summer time)."""
    occurrence = localize(wall, zone_name)
    assert occurrence.local_start == wall
    assert occurrence.starts_at == utc.replace(tzinfo=UTC)


def test_weekly_visits_across_the_change_keep_ten_oclock() -> None:
    """Tuesdays at 10:00 in Berlin: 09:00 UTC in winter, 08:00 UTC after the clocks go forward."""
    found = occurrences(
        "FREQ=WEEKLY", datetime(2026, 3, 17, 10, 0), "Europe/Berlin", until=date(2026, 4, 7)
    )
    assert [o.local_start.hour for o in found] == [10, 10, 10, 10]
    assert [o.starts_at.hour for o in found] == [9, 9, 8, 8]


def test_materialising_continues_where_it_stopped() -> None:
    """Occurrences after a day are exactly the later part of the full list."""
    start = datetime(2026, 12, 1, 9, 30)
    every = occurrences("FREQ=WEEKLY", start, "Europe/Berlin", until=date(2027, 2, 1))
    later = occurrences(
        "FREQ=WEEKLY", start, "Europe/Berlin", until=date(2027, 2, 1), after=date(2026, 12, 31)
    )
    assert later == [o for o in every if o.day > date(2026, 12, 31)]


def test_bad_rules_and_zones_are_refused() -> None:
    """A rule that is not an RRULE, or an unknown zone, gets a message naming it."""
    with pytest.raises(RecurrenceError, match="repeat rule"):
        occurrences("every tuesday", datetime(2026, 12, 1, 9), "UTC", until=date(2027, 1, 1))
    with pytest.raises(RecurrenceError, match="time zone"):
        occurrences("FREQ=DAILY", datetime(2026, 12, 1, 9), "Mars/Olympus", until=date(2027, 1, 1))
    assert preset_rule("biweekly", until=date(2027, 3, 1)) == (
        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301T235959"
    )
