"""Daily and weekly goals against what was done, and the streak of days the goal was met.

The streak counts consecutive working days on which the rep logged at least the daily call goal
in touches (calls, follow-ups and visits alike: a visit takes longer than a call, so it counts at
least as much). Days off neither count nor break it; today joins the streak as soon as its goal
is met, and an unfinished today does not break it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.domain.enums import ActivityKind, GoalMetric, GoalPeriod, Outcome

STREAK_METRIC = GoalMetric.CALLS

# What a new book starts with (and what the team server assumes for a rep who never sent goals).
DEFAULT_GOALS: dict[tuple[GoalMetric, GoalPeriod], int] = {
    (GoalMetric.CALLS, GoalPeriod.DAY): 25,
    (GoalMetric.CONNECTS, GoalPeriod.DAY): 8,
    (GoalMetric.APPOINTMENTS, GoalPeriod.DAY): 2,
    (GoalMetric.VISITS, GoalPeriod.DAY): 3,
    (GoalMetric.CALLS, GoalPeriod.WEEK): 125,
    (GoalMetric.CONNECTS, GoalPeriod.WEEK): 40,
    (GoalMetric.APPOINTMENTS, GoalPeriod.WEEK): 10,
    (GoalMetric.VISITS, GoalPeriod.WEEK): 15,
}


@dataclass(frozen=True)
class DoneCounts:
    """What was done in a period, by goal metric."""

    calls: int = 0
    connects: int = 0
    appointments: int = 0
    visits: int = 0

    def of(self, metric: GoalMetric) -> int:
        return int(getattr(self, metric.value))

    def __add__(self, other: DoneCounts) -> DoneCounts:
        return DoneCounts(
            self.calls + other.calls,
            self.connects + other.connects,
            self.appointments + other.appointments,
            self.visits + other.visits,
        )


def count_done(rows: Iterable[tuple[ActivityKind, Outcome | None, int]]) -> DoneCounts:
    """Counts from (kind, outcome, how many) rows of done activities."""
    calls = connects = appointments = visits = 0
    for kind, outcome, number in rows:
        if kind is ActivityKind.VISIT:
            visits += number
        else:
            calls += number
            if outcome is not None and outcome.connected:
                connects += number
        if outcome is Outcome.APPOINTMENT_SET:
            appointments += number
    return DoneCounts(calls, connects, appointments, visits)


@dataclass(frozen=True)
class GoalProgress:
    """One goal: the target and how far the rep got."""

    metric: GoalMetric
    period: GoalPeriod
    target: int
    done: int

    @property
    def met(self) -> bool:
        return self.target > 0 and self.done >= self.target

    @property
    def share(self) -> float:
        """Done / target, capped at 1 (0 when there is no target)."""
        return min(1.0, self.done / self.target) if self.target > 0 else 0.0


@dataclass(frozen=True)
class GoalsSnapshot:
    """Today's and this week's goals, and the streak."""

    day: date
    daily: tuple[GoalProgress, ...]
    weekly: tuple[GoalProgress, ...]
    streak: int
    streak_target: int

    def daily_goal(self, metric: GoalMetric) -> GoalProgress | None:
        return next((g for g in self.daily if g.metric is metric), None)


def progress(
    targets: Mapping[tuple[GoalMetric, GoalPeriod], int],
    period: GoalPeriod,
    done: DoneCounts,
) -> tuple[GoalProgress, ...]:
    """Progress on every goal of a period, in the order of GoalMetric."""
    return tuple(
        GoalProgress(metric, period, targets[(metric, period)], done.of(metric))
        for metric in GoalMetric
        if (metric, period) in targets
    )


def week_start(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


def streak_length(
    done_per_day: Mapping[date, int],
    *,
    today: date,
    target: int,
    is_working_day: Callable[[date], bool],
    since: date,
) -> int:
    """Consecutive working days up to today meeting `target`, looking back no further than `since`."""
    if target <= 0:
        return 0
    length = 1 if done_per_day.get(today, 0) >= target and is_working_day(today) else 0
    day = today - timedelta(days=1)
    while day >= since:
        if is_working_day(day):
            if done_per_day.get(day, 0) < target:
                break
            length += 1
        day -= timedelta(days=1)
    return length
