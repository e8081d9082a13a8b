"""The daily-goal streak: how many working days in a row the rep made their daily call goal."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, timedelta

# A streak longer than this is reported as this; it also bounds the walk back through history.
MAX_STREAK_DAYS = 3660


def daily_goal_streak(
    calls_by_day: Mapping[date, int],
    goal: int,
    today: date,
    working_days: Collection[int],
) -> int:
    """Consecutive working days, ending today or the last working day before it, with calls ≥ goal.

    Today counts once its goal is met; until then it does not break the streak (the day is not
    over). Days off (weekdays not in `working_days`, Monday = 0) are skipped, neither extending
    nor breaking the streak. A goal of 0 or less, or no working days, gives 0.
    """
    if goal <= 0 or not working_days:
        return 0
    day = today
    if day.weekday() not in working_days or calls_by_day.get(day, 0) < goal:
        day = _previous_working_day(day, working_days)
    streak = 0
    while streak < MAX_STREAK_DAYS and calls_by_day.get(day, 0) >= goal:
        streak += 1
        day = _previous_working_day(day, working_days)
    return streak


def _previous_working_day(day: date, working_days: Collection[int]) -> date:
    day -= timedelta(days=1)
    while day.weekday() not in working_days:
        day -= timedelta(days=1)
    return day
