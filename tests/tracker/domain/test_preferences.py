"""Working-day arithmetic and capacity from the preferences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.preferences import Preferences

weekdays = st.frozensets(st.integers(0, 6), min_size=1)


@given(
    working=weekdays, start=st.dates(date(2020, 1, 1), date(2030, 12, 31)), count=st.integers(0, 40)
)
def test_add_working_days_lands_on_working_days(
    working: frozenset[int], start: date, count: int
) -> None:
    """Adding working days never lands on a day off and moves forward by exactly `count` of them."""
    prefs = Preferences(working_days=working)
    result = prefs.add_working_days(start, count)
    assert result.weekday() in working
    assert result >= start
    between = [start + timedelta(days=i) for i in range((result - start).days + 1)]
    assert sum(1 for d in between if d.weekday() in working) == count + 1


def test_capacity_on_days_off_easy_days_and_normal_days() -> None:
    """No work on days off, a lighter load on easy days."""
    prefs = Preferences(daily_capacity=30, easy_days=frozenset({4}), easy_day_share=50)
    assert prefs.capacity_on(date(2026, 12, 1)) == 30  # Tuesday
    assert prefs.capacity_on(date(2026, 12, 4)) == 15  # Friday, easy
    assert prefs.capacity_on(date(2026, 12, 5)) == 0  # Saturday


def test_storage_round_trip() -> None:
    """Preferences survive being stored as plain JSON values."""
    prefs = Preferences(working_days=frozenset({0, 2, 4}), rep_name="Jörg")
    assert Preferences.from_storage(prefs.to_storage()) == prefs
