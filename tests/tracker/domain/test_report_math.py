"""Summary arithmetic: periods, totals and connect rate, goals, deals, funnel and coverage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tracker.domain.enums import ActivityKind, GoalMetric, GoalPeriod, Outcome, Stage, Tier
from tracker.domain.report_math import (
    deal_figures,
    funnel,
    goal_targets,
    summarize_activities,
    tier_coverage,
)
from tracker.domain.reports import ActivityCount, Period, PeriodKind, ReportError, StageMove
from tracker.domain.spreadsheet import neutralize

WEEKDAYS = frozenset({0, 1, 2, 3, 4})
TUESDAY = date(2026, 12, 1)


def test_named_periods() -> None:
    """Weeks run Monday to Sunday; last week is the one before; months are calendar months."""
    assert Period.of(PeriodKind.TODAY, TUESDAY) == Period(TUESDAY, TUESDAY, PeriodKind.TODAY)
    week = Period.of(PeriodKind.THIS_WEEK, TUESDAY)
    assert (week.start, week.end) == (date(2026, 11, 30), date(2026, 12, 6))
    last = Period.of(PeriodKind.LAST_WEEK, TUESDAY)
    assert (last.start, last.end) == (date(2026, 11, 23), date(2026, 11, 29))
    month = Period.of(PeriodKind.THIS_MONTH, date(2026, 2, 10))
    assert (month.start, month.end) == (date(2026, 2, 1), date(2026, 2, 28))


def test_a_period_cannot_end_before_it_starts() -> None:
    """A reversed range is refused with a message saying so."""
    with pytest.raises(ReportError, match="before it starts"):
        Period(TUESDAY, TUESDAY - timedelta(days=1))


def test_totals_connect_rate_and_per_day() -> None:
    """Follow-ups count as calls; connect rate is connected calls ÷ calls; visits apart."""
    monday = date(2026, 11, 30)
    counts = [
        ActivityCount(monday, ActivityKind.CALL, Outcome.NO_ANSWER, 6),
        ActivityCount(monday, ActivityKind.CALL, Outcome.APPOINTMENT_SET, 2),
        ActivityCount(monday, ActivityKind.FOLLOW_UP, Outcome.CONNECTED, 2),
        ActivityCount(TUESDAY, ActivityKind.VISIT, Outcome.ORDER_TAKEN, 1),
        ActivityCount(TUESDAY, ActivityKind.VISIT, Outcome.NOT_AVAILABLE, 1),
        ActivityCount(date(2026, 11, 1), ActivityKind.CALL, Outcome.CONNECTED, 9),  # outside
    ]
    period = Period(monday, date(2026, 12, 6))
    totals, per_day, pairs = summarize_activities(
        counts, period, working_days=WEEKDAYS, daily_call_goal=10
    )
    assert (totals.activities, totals.calls, totals.connects, totals.visits) == (12, 10, 4, 2)
    assert totals.connect_rate == pytest.approx(0.4)
    assert (totals.appointments, totals.orders, totals.follow_ups) == (2, 1, 2)
    assert [d.day for d in per_day] == [monday + timedelta(days=n) for n in range(5)]
    assert per_day[0].call_goal_met and not per_day[1].call_goal_met
    assert sum(p.count for p in pairs) == totals.activities


def test_goals_use_weekly_goals_for_whole_weeks_and_daily_goals_otherwise() -> None:
    """A whole week takes the weekly goal; the days of a partial week the daily goal each."""
    goals = {(GoalMetric.CALLS, GoalPeriod.DAY): 25, (GoalMetric.CALLS, GoalPeriod.WEEK): 100}
    period = Period(date(2026, 11, 16), date(2026, 12, 6))  # two whole weeks and this one
    targets = goal_targets(goals, period, today=TUESDAY, working_days=WEEKDAYS)
    assert targets == {GoalMetric.CALLS: 100 + 100 + 2 * 25}


def test_deals_and_funnel_from_stage_moves() -> None:
    """Forward moves count as advanced; won deals bring their value; the funnel follows entries."""
    start = datetime(2026, 11, 23, tzinfo=UTC)
    end = start + timedelta(days=7)
    at = start + timedelta(days=1)
    moves = [
        StageMove("a", Stage.CONTACTED, Stage.MEETING_SET, at, 100),
        StageMove("a", Stage.MEETING_SET, Stage.PROPOSAL, at + timedelta(hours=2), 100),
        StageMove("b", Stage.MEETING_SET, Stage.LOST, at, 50),
        StageMove("c", Stage.NEGOTIATION, Stage.WON, at, 7000),
        StageMove("d", Stage.PROPOSAL, Stage.WON, end + timedelta(hours=1), 9),  # after the end
    ]
    figures = deal_figures(moves, start, end)
    assert (figures.advanced, figures.won, figures.won_value_cents, figures.lost) == (2, 1, 7000, 1)
    steps = {step.stage: step for step in funnel(moves, start, end)}
    assert (steps[Stage.MEETING_SET].entered, steps[Stage.MEETING_SET].moved_on) == (1, 1)
    assert steps[Stage.PROPOSAL].entered == 1 and steps[Stage.PROPOSAL].moved_on == 0
    assert steps[Stage.WON].entered == 1 and steps[Stage.WON].conversion is None


def test_coverage_by_tier_windows() -> None:
    """Touched within ideal, within maximum, later, or never — per tier."""
    as_of = TUESDAY
    accounts = [
        (Tier.A, as_of - timedelta(days=3)),
        (Tier.A, as_of - timedelta(days=10)),
        (Tier.A, as_of - timedelta(days=30)),
        (Tier.A, None),
        (Tier.C, as_of),
    ]
    rows = {row.tier: row for row in tier_coverage(accounts, {Tier.A: (7, 14)}, as_of)}
    a = rows[Tier.A]
    assert (a.accounts, a.within_ideal, a.within_max, a.overdue, a.never) == (4, 1, 1, 1, 1)
    assert a.share_within_ideal == pytest.approx(0.25)
    assert rows[Tier.B].accounts == 0


@pytest.mark.parametrize("text", ["=1+1", "+49 30 1234", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_neutralised(text: str) -> None:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    assert neutralize(text) == "'" + text


def test_other_values_pass_unchanged() -> None:
    """Plain text and numbers are left alone."""
    assert neutralize("Müller") == "Müller"
    assert neutralize(-5) == -5
