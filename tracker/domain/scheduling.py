"""Choosing the day a next step lands on: working days, the ±15 % window and the load per day."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from tracker.domain.preferences import Preferences

SPREAD = 0.15  # a "+7 days" may move by about ±15 % of its distance to find a lighter day


def window(today: date, ideal: date, spread: float = SPREAD) -> tuple[date, date]:
    """The days a step ideally due on `ideal` may move to: ±spread of its distance from today."""
    distance = max(0, (ideal - today).days)
    slack = round(distance * spread)
    return ideal - timedelta(days=slack), ideal + timedelta(days=slack)


def after_today(prefs: Preferences, today: date, day: date) -> date:
    """`day` moved to a working day after today (a next step is never due the day it is set)."""
    earliest = today + timedelta(days=1)
    return prefs.next_working_day(max(day, earliest))


def balance(
    ideal: date,
    *,
    today: date,
    prefs: Preferences,
    loads: Mapping[date, int],
    spread: float = SPREAD,
) -> date:
    """The least-loaded working day after today within the window around `ideal`.

    Load is planned items per unit of the day's capacity, so an easy day fills up sooner. Ties go
    to the day nearest the ideal, then to the earlier one. Never a day off: when the window holds
    no working day, the first working day after it is taken.
    """
    first, last = window(today, ideal, spread)
    first = max(first, today + timedelta(days=1))
    open_days = [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if prefs.capacity_on(first + timedelta(days=n)) > 0
    ]
    if len(open_days) == 1:
        return open_days[0]  # nothing to choose between: the loads need not be read
    best: tuple[float, int, date] | None = None
    day = first
    while day <= last:
        capacity = prefs.capacity_on(day)
        if capacity > 0:
            key = (loads.get(day, 0) / capacity, abs((day - ideal).days), day)
            if best is None or key < best:
                best = key
        day += timedelta(days=1)
    if best is not None:
        return best[2]
    return after_today(prefs, today, max(last, first))


def working_days_after(prefs: Preferences, today: date, count: int) -> date:
    """The `count`-th working day after today (at least the next working day)."""
    day = today
    for _ in range(max(1, count)):
        day = prefs.next_working_day(day + timedelta(days=1))
    return day
