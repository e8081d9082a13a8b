"""The daily-goal streak: consecutive working days at the call goal, ending today or before."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.streak import daily_goal_streak

WEEKDAYS = frozenset({0, 1, 2, 3, 4})
TUESDAY = date(2026, 12, 1)


def test_counts_back_over_the_weekend() -> None:
    """Tue (met), Mon (met), Fri (met), Thu (missed): a streak of 3; the weekend is skipped."""
    calls = {TUESDAY: 25, date(2026, 11, 30): 30, date(2026, 11, 27): 25, date(2026, 11, 26): 3}
    assert daily_goal_streak(calls, 25, TUESDAY, WEEKDAYS) == 3


def test_today_not_yet_met_does_not_break_the_streak() -> None:
    """Until today's goal is met, the streak ends on the last working day."""
    calls = {TUESDAY: 4, date(2026, 11, 30): 25, date(2026, 11, 27): 25}
    assert daily_goal_streak(calls, 25, TUESDAY, WEEKDAYS) == 2


def test_a_missed_yesterday_ends_it() -> None:
    """A working day below the goal before today leaves no streak."""
    calls = {date(2026, 11, 30): 24, date(2026, 11, 27): 25}
    assert daily_goal_streak(calls, 25, TUESDAY, WEEKDAYS) == 0


def test_no_goal_means_no_streak() -> None:
    """A daily goal of zero gives no streak at all."""
    assert daily_goal_streak({TUESDAY: 50}, 0, TUESDAY, WEEKDAYS) == 0


@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=60))
def test_streak_equals_the_met_working_days_at_the_end(counts: list[int]) -> None:
    """On a calendar of working days only, the streak is the run of met days ending yesterday/today."""
    days = [TUESDAY - timedelta(days=i) for i in range(len(counts))]
    calls = dict(zip(days, counts, strict=True))
    everyday = frozenset(range(7))
    run = 0
    start = 0 if counts[0] >= 25 else 1
    for value in counts[start:]:
        if value < 25:
            break
        run += 1
    assert daily_goal_streak(calls, 25, TUESDAY, everyday) == run
