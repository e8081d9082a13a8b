"""Goals and the streak: what counts, and which days make or break a streak."""

from __future__ import annotations

from datetime import date, timedelta

from tracker.domain.enums import ActivityKind, GoalMetric, GoalPeriod, Outcome
from tracker.domain.goals import DoneCounts, count_done, progress, streak_length
from tracker.domain.preferences import Preferences

TODAY = date(2026, 12, 4)  # Friday
PREFS = Preferences()


def test_counts_by_metric() -> None:
    """Calls include follow-ups; connects are connected calls; appointments any kind."""
    counts = count_done(
        [
            (ActivityKind.CALL, Outcome.NO_ANSWER, 5),
            (ActivityKind.CALL, Outcome.APPOINTMENT_SET, 2),
            (ActivityKind.FOLLOW_UP, Outcome.CONNECTED, 1),
            (ActivityKind.VISIT, Outcome.MET_DECISION_MAKER, 2),
            (ActivityKind.VISIT, Outcome.APPOINTMENT_SET, 1),
        ]
    )
    assert counts == DoneCounts(calls=8, connects=3, appointments=3, visits=3)
    goals = progress({(GoalMetric.CALLS, GoalPeriod.DAY): 8}, GoalPeriod.DAY, counts)
    assert len(goals) == 1 and goals[0].met and goals[0].share == 1.0


def test_the_streak_skips_days_off_and_waits_for_today() -> None:
    """Mon–Thu met, the weekend before doesn't break it, today not yet met doesn't either."""
    days = {TODAY - timedelta(days=n): 30 for n in range(1, 12)}
    days[TODAY] = 4
    days[date(2026, 11, 24)] = 3  # the Tuesday before last: missed
    length = streak_length(
        days, today=TODAY, target=25, is_working_day=PREFS.is_working_day, since=date(2026, 11, 1)
    )
    assert length == 7  # Wed 25 Nov … Thu 3 Dec: seven working days
    days[TODAY] = 25
    assert (
        streak_length(
            days,
            today=TODAY,
            target=25,
            is_working_day=PREFS.is_working_day,
            since=date(2026, 11, 1),
        )
        == 8
    )


def test_no_goal_no_streak() -> None:
    """With no daily call goal there is nothing to keep up."""
    assert (
        streak_length(
            {TODAY: 99}, today=TODAY, target=0, is_working_day=PREFS.is_working_day, since=TODAY
        )
        == 0
    )
