"""The clock across daylight-saving changes: rep-days and appointments' wall time ↔ instant.

Berlin and New York change on different dates (last Sunday of March/October at 01:00 UTC;
second Sunday of March / first of November at 02:00 local), so both are checked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.clock import day_start, instant_to_wall, rep_day, wall_to_instant

ZONES = st.sampled_from(["Europe/Berlin", "America/New_York"])
HOURS = st.integers(min_value=0, max_value=12)  # the day-start hours Preferences allows
DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
# Days around the changes, where the bugs would be.
CHANGE_DAYS = st.sampled_from(
    [
        date(2026, 3, 8),  # New York springs forward
        date(2026, 3, 29),  # Berlin springs forward
        date(2026, 10, 25),  # Berlin falls back
        date(2026, 11, 1),  # New York falls back
        date(2027, 3, 14),
        date(2027, 3, 28),
        date(2027, 10, 31),
        date(2027, 11, 7),
    ]
).flatmap(lambda d: st.integers(-1, 1).map(lambda k: d + timedelta(days=k)))
INSTANTS = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
WALL_TIMES = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31))


def near_changes() -> st.SearchStrategy[datetime]:
    """Instants within a day of a clock change."""
    return st.tuples(CHANGE_DAYS, st.integers(0, 48 * 60)).map(
        lambda pair: (
            datetime(pair[0].year, pair[0].month, pair[0].day, tzinfo=UTC)
            + timedelta(minutes=pair[1] - 12 * 60)
        )
    )


@settings(max_examples=300, deadline=None)
@given(st.one_of(DAYS, CHANGE_DAYS), ZONES, HOURS)
def test_a_rep_day_lasts_23_to_25_hours(day: date, zone_name: str, hour: int) -> None:
    """From one day's start to the next is 24 hours, or 23/25 when the clocks change."""
    length = day_start(day + timedelta(days=1), zone_name=zone_name, day_start_hour=hour) - (
        day_start(day, zone_name=zone_name, day_start_hour=hour)
    )
    assert length in (timedelta(hours=23), timedelta(hours=24), timedelta(hours=25))


@settings(max_examples=400, deadline=None)
@given(st.one_of(INSTANTS, near_changes()), ZONES, HOURS)
def test_every_instant_belongs_to_exactly_one_rep_day(
    instant: datetime, zone_name: str, hour: int
) -> None:
    """The rep-day of an instant starts at or before it and ends after it."""
    day = rep_day(instant, zone_name=zone_name, day_start_hour=hour)
    start = day_start(day, zone_name=zone_name, day_start_hour=hour)
    end = day_start(day + timedelta(days=1), zone_name=zone_name, day_start_hour=hour)
    assert start <= instant < end


@settings(max_examples=200, deadline=None)
@given(st.one_of(DAYS, CHANGE_DAYS), ZONES, HOURS)
def test_a_day_starts_on_its_own_day(day: date, zone_name: str, hour: int) -> None:
    """The first instant of a rep-day belongs to that day, the one before to the day before."""
    start = day_start(day, zone_name=zone_name, day_start_hour=hour)
    assert rep_day(start, zone_name=zone_name, day_start_hour=hour) == day
    before = start - timedelta(microseconds=1)
    assert rep_day(before, zone_name=zone_name, day_start_hour=hour) == day - timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(WALL_TIMES, ZONES)
def test_an_existing_wall_time_round_trips(wall: datetime, zone_name: str) -> None:
    """An appointment's wall time survives wall → instant → wall unless the clocks skipped it."""
    instant = wall_to_instant(wall, zone_name)
    back = instant_to_wall(instant, zone_name)
    if back != wall:  # skipped by spring-forward: only then may it differ (see next test)
        assert back - wall == timedelta(hours=1)
    assert instant.utcoffset() == timedelta(0)


# The skipped hour (clocks forward) and the repeated hour (clocks back), as local wall times.
SKIPPED = [
    ("Europe/Berlin", datetime(2026, 3, 29, 2, 0)),
    ("Europe/Berlin", datetime(2027, 3, 28, 2, 0)),
    ("America/New_York", datetime(2026, 3, 8, 2, 0)),
    ("America/New_York", datetime(2027, 3, 14, 2, 0)),
]
REPEATED = [
    ("Europe/Berlin", datetime(2026, 10, 25, 2, 0)),
    ("Europe/Berlin", datetime(2027, 10, 31, 2, 0)),
    ("America/New_York", datetime(2026, 11, 1, 1, 0)),
    ("America/New_York", datetime(2027, 11, 7, 1, 0)),
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SKIPPED), st.integers(0, 3599))
def test_wall_times_in_a_gap_move_forward_by_the_gap(
    change: tuple[str, datetime], second: int
) -> None:
    """A skipped wall time is read as the same time one hour later, as iCalendar reads it, and is
    never shown again as itself."""
    zone_name, gap_start = change
    wall = gap_start + timedelta(seconds=second)
    instant = wall_to_instant(wall, zone_name)
    assert instant_to_wall(instant, zone_name) == wall + timedelta(hours=1)
    assert instant == wall_to_instant(wall + timedelta(hours=1), zone_name)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(REPEATED), st.integers(0, 3599))
def test_a_repeated_wall_time_means_its_first_occurrence(
    change: tuple[str, datetime], second: int
) -> None:
    """A wall time that happens twice (clocks go back) is read as the first of the two: the same
    wall time comes again exactly one hour later."""
    zone_name, repeat_start = change
    wall = repeat_start + timedelta(seconds=second)
    instant = wall_to_instant(wall, zone_name)
    assert instant_to_wall(instant, zone_name) == wall
    assert instant_to_wall(instant + timedelta(hours=1), zone_name) == wall
    assert instant_to_wall(instant - timedelta(hours=1), zone_name) != wall


@settings(max_examples=300, deadline=None)
@given(WALL_TIMES, WALL_TIMES, ZONES)
def test_later_wall_times_outside_gaps_are_later_instants(
    first: datetime, second: datetime, zone_name: str
) -> None:
    """Ordering is kept for wall times that exist: an appointment later on the clock is later."""
    a, b = sorted((first, second))
    ia, ib = wall_to_instant(a, zone_name), wall_to_instant(b, zone_name)
    if instant_to_wall(ia, zone_name) == a and instant_to_wall(ib, zone_name) == b:
        assert ia <= ib


def test_the_known_changes() -> None:
    """Spot checks against the published offsets."""
    berlin, new_york = "Europe/Berlin", "America/New_York"
    assert wall_to_instant(datetime(2026, 3, 29, 2, 30), berlin) == datetime(
        2026, 3, 29, 1, 30, tzinfo=UTC
    )
    assert wall_to_instant(datetime(2026, 10, 25, 2, 30), berlin) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    assert wall_to_instant(datetime(2026, 11, 1, 1, 30), new_york) == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC
    )
    # With the day starting at 04:00, the rep-day holding the change is the one before.
    spring = day_start(date(2026, 3, 28), zone_name=berlin, day_start_hour=4)
    assert day_start(date(2026, 3, 29), zone_name=berlin, day_start_hour=4) - spring == timedelta(
        hours=23
    )
    autumn = day_start(date(2026, 10, 31), zone_name=new_york, day_start_hour=4)
    assert day_start(date(2026, 11, 1), zone_name=new_york, day_start_hour=4) - autumn == timedelta(
        hours=25
    )
    late = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, the second 02:30
    assert rep_day(late, zone_name=berlin, day_start_hour=4) == date(2026, 10, 24)
