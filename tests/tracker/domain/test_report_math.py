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


def test_deal_figures_from_stage_moves() -> None:
    """Forward moves count as advanced; won deals bring their value; lost deals are counted."""
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


WEEK_START = datetime(2026, 11, 23, 4, tzinfo=UTC)
WEEK_END = WEEK_START + timedelta(days=7)


def _history(deal: str, *steps: tuple[Stage, int]) -> list[StageMove]:
    """A deal's moves: (stage, hours after the week began) in order, the first one creating it."""
    moves, previous = [], None
    for stage, hours in steps:
        moves.append(StageMove(deal, previous, stage, WEEK_START + timedelta(hours=hours), 100))
        previous = stage
    return moves


def test_the_funnel_follows_a_weeks_deals_to_where_they_are_now() -> None:
    """Deals that entered a stage in the week count as moved on when they moved later — also
    after the week ended — and as lost or still open otherwise; won now means moved on."""
    after_the_week = 7 * 24 + 30
    moves = [
        *_history("a", (Stage.NEW, 10), (Stage.CONTACTED, 20), (Stage.MEETING_SET, after_the_week)),
        *_history(
            "b", (Stage.CONTACTED, -50), (Stage.MEETING_SET, 30), (Stage.LOST, after_the_week)
        ),
        *_history("c", (Stage.MEETING_SET, -80), (Stage.PROPOSAL, 40)),
        *_history("d", (Stage.PROPOSAL, -90), (Stage.NEGOTIATION, 50), (Stage.WON, 60)),
        *_history("e", (Stage.MEETING_SET, -90), (Stage.PROPOSAL, 70), (Stage.MEETING_SET, 80)),
        *_history("g", (Stage.NEGOTIATION, -200), (Stage.WON, -100)),  # won before the week
    ]
    current = {"a": Stage.MEETING_SET, "b": Stage.LOST, "c": Stage.PROPOSAL, "d": Stage.WON,
               "e": Stage.MEETING_SET, "g": Stage.WON}  # fmt: skip
    steps = {s.stage: s for s in funnel(moves, WEEK_START, WEEK_END, current)}

    def shape(stage: Stage) -> tuple[int, int, int, int, int]:
        s = steps[stage]
        return s.entered, s.moved_on, s.won, s.lost, s.still_there

    assert shape(Stage.NEW) == (1, 1, 0, 0, 0)  # a moved on within the week
    assert shape(Stage.CONTACTED) == (1, 1, 0, 0, 0)  # a moved on after the week ended
    # b entered and was lost later; e moved back into it from proposal and is still open there.
    assert shape(Stage.MEETING_SET) == (2, 0, 0, 1, 1)
    assert shape(Stage.PROPOSAL) == (2, 0, 0, 0, 2)  # c still there, e moved back: both open
    assert shape(Stage.NEGOTIATION) == (1, 1, 1, 0, 0)  # d won
    assert shape(Stage.WON) == (1, 0, 1, 0, 0)  # d; g was won before the week
    assert steps[Stage.CONTACTED].conversion == 1.0
    assert steps[Stage.PROPOSAL].conversion == 0.0
    assert steps[Stage.WON].conversion is None
    for step in steps.values():
        settled = step.won if step.stage is Stage.WON else step.moved_on
        assert settled + step.lost + step.still_there == step.entered


def test_the_funnel_counts_a_move_at_the_same_instant_as_after_the_entry() -> None:
    """A deal created and moved on in one instant has moved on; a won deal without the history
    to show it has moved on too; deals not in `current` (deleted) are left out."""
    moves = [
        *_history("a", (Stage.NEW, 5), (Stage.CONTACTED, 5)),
        *_history("b", (Stage.PROPOSAL, 6)),
        *_history("gone", (Stage.NEW, 7)),
    ]
    current = {"a": Stage.CONTACTED, "b": Stage.WON}
    steps = {s.stage: s for s in funnel(moves, WEEK_START, WEEK_END, current)}
    assert (steps[Stage.NEW].entered, steps[Stage.NEW].moved_on) == (1, 1)
    assert (steps[Stage.PROPOSAL].moved_on, steps[Stage.PROPOSAL].won) == (1, 1)


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
