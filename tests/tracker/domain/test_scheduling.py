"""Load balancing: the least-loaded working day within about ±15 %, never a day off."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.preferences import Preferences
from tracker.domain.scheduling import balance, window, working_days_after

TODAY = date(2026, 12, 1)  # a Tuesday
WEEKDAYS = Preferences()  # Monday to Friday


@settings(max_examples=80, deadline=None)
@given(
    st.frozensets(st.integers(0, 6), min_size=1),
    st.integers(0, 120),
    st.dictionaries(st.integers(0, 150), st.integers(0, 60), max_size=40),
)
def test_the_balancer_never_picks_a_day_off(
    working: frozenset[int], offset: int, raw_loads: dict[int, int]
) -> None:
    """Whatever the working days and loads, the chosen day is a working day after today."""
    prefs = Preferences(working_days=working)
    loads = {TODAY + timedelta(days=k): v for k, v in raw_loads.items()}
    chosen = balance(TODAY + timedelta(days=offset), today=TODAY, prefs=prefs, loads=loads)
    assert prefs.is_working_day(chosen)
    assert chosen > TODAY


@settings(max_examples=60, deadline=None)
@given(
    st.integers(7, 100),
    st.dictionaries(st.integers(1, 130), st.integers(0, 60), max_size=60),
)
def test_the_balancer_stays_in_the_window_and_takes_the_lightest_day(
    offset: int, raw_loads: dict[int, int]
) -> None:
    """The day lies within ±15 % of the ideal and no working day there carries less load."""
    loads = {TODAY + timedelta(days=k): v for k, v in raw_loads.items()}
    ideal = TODAY + timedelta(days=offset)
    chosen = balance(ideal, today=TODAY, prefs=WEEKDAYS, loads=loads)
    first, last = window(TODAY, ideal)
    assert first <= chosen <= last
    candidates = [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if WEEKDAYS.is_working_day(first + timedelta(days=n))
    ]
    assert loads.get(chosen, 0) == min(loads.get(day, 0) for day in candidates)


def test_plus_seven_days_moves_to_a_lighter_neighbour() -> None:
    """A "+7 days" from Tuesday lands on Wednesday or Monday when next Tuesday is full."""
    ideal = TODAY + timedelta(days=7)
    loads = {ideal: 25, ideal - timedelta(days=1): 20, ideal + timedelta(days=1): 3}
    assert balance(ideal, today=TODAY, prefs=WEEKDAYS, loads=loads) == ideal + timedelta(days=1)


def test_short_steps_are_not_moved() -> None:
    """±15 % of two days is less than a day: a "+2 working days" stays put however full."""
    ideal = working_days_after(WEEKDAYS, TODAY, 2)
    assert ideal == date(2026, 12, 3)
    assert balance(ideal, today=TODAY, prefs=WEEKDAYS, loads={ideal: 99}) == ideal


def test_easy_days_fill_up_sooner() -> None:
    """Load counts per unit of capacity, so an easy Friday looks fuller with the same items."""
    prefs = Preferences(easy_days=frozenset({4}), easy_day_share=50)
    ideal = date(2026, 12, 10)  # Thursday, window Wed–Fri
    loads = {date(2026, 12, 9): 10, date(2026, 12, 10): 10, date(2026, 12, 11): 6}
    assert balance(ideal, today=TODAY, prefs=prefs, loads=loads) == date(2026, 12, 10)


def test_working_days_after_skips_the_weekend() -> None:
    """Two working days after a Thursday is the Monday."""
    assert working_days_after(WEEKDAYS, date(2026, 12, 3), 2) == date(2026, 12, 7)
