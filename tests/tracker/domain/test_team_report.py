"""A team's figures from its reps': counts add up, rates come from the added counts, what cannot
be added says so, and the JSON reads back into the same reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Tier
from tracker.domain.report_json import report_from_json, report_json
from tracker.domain.reports import (
    ActivityTotals,
    DayFigures,
    DealFigures,
    GoalProgress,
    NotableOutcome,
    Period,
    SummaryReport,
    TierCoverage,
)
from tracker.domain.team_report import (
    RepReport,
    TeamReport,
    team_report_from_json,
    team_report_json,
    team_summary,
)
from tracker.services.book import Book

WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))
NOW = datetime(2026, 12, 1, 8, tzinfo=UTC)


def rep(
    calls: int, connects: int, *, goal: int, currency: str = "EUR", day_calls: int = 0
) -> SummaryReport:
    return SummaryReport(
        rep_name="",
        period=WEEK,
        generated_at=NOW,
        today=date(2026, 12, 1),
        time_zone="UTC",
        currency=currency,
        totals=ActivityTotals(activities=calls, calls=calls, connects=connects),
        by_kind_outcome=(),
        per_day=(DayFigures(date(2026, 11, 23), day_calls, day_calls, 0, 0, 0, day_calls >= goal),),
        goals=(GoalProgress(GoalMetric.CALLS, goal * 5, calls),),
        daily_call_goal=goal,
        streak=4,
        deals=DealFigures(advanced=1, won=1, won_value_cents=1000),
        funnel=(),
        coverage=(TierCoverage(Tier.A, 4, 2, 1, 1, 0),),
        pipeline=(),
        notable=(
            NotableOutcome(
                date(2026, 11, 24), "Eva", None, ActivityKind.CALL, Outcome.ORDER_TAKEN, None
            ),
        ),
        notable_total=1,
    )


def test_rates_come_from_the_added_counts_and_a_day_meets_the_teams_goal() -> None:
    """Connect rate = all connects ÷ all calls (not an average of rates); a day meets the team's
    call goal when the team's calls reach the reps' daily goals added; goals add per metric."""
    team = team_summary(
        [rep(10, 1, goal=5, day_calls=4), rep(90, 45, goal=5, day_calls=7)], WEEK, NOW
    )
    assert team.totals.calls == 100 and team.totals.connect_rate == 0.46
    assert team.daily_call_goal == 10
    assert team.per_day[0].calls == 11 and team.per_day[0].call_goal_met
    assert team.goals == (GoalProgress(GoalMetric.CALLS, 50, 100),)
    assert team.coverage[0] == TierCoverage(Tier.A, 8, 4, 2, 2, 0)
    assert team.coverage[0].share_within_ideal == 0.5


def test_what_cannot_be_added_is_null_for_the_team() -> None:
    """The team has no streak; money counted in two currencies is not added (null), the counts
    still are; the team's notable outcomes say whose they were."""
    reps = [rep(10, 1, goal=5), rep(20, 2, goal=5, currency="CHF")]
    team = team_summary(reps, WEEK, NOW, ["anna", "bernd"])
    report = TeamReport(
        WEEK,
        NOW,
        tuple(
            RepReport(name, True, None, r) for name, r in zip(("anna", "bernd"), reps, strict=True)
        ),
        team,
    )
    shown = team_report_json(report)
    assert shown["team"]["streak"] is None and shown["team"]["reps"] == 2
    assert shown["team"]["currency"] is None and shown["team"]["deals"]["won_value"] is None
    assert shown["team"]["deals"]["won"] == 2
    assert {n["rep"] for n in shown["team"]["notable"]} == {"anna", "bernd"}
    assert "rep" not in shown["reps"][0]["notable"][0]
    assert [r["rep"] for r in shown["reps"]] == ["anna", "bernd"]


def test_the_json_reads_back_into_the_same_reports(demo_book: Book) -> None:
    """A real report written as `report --json` and read back is the same report; a team's
    answer read back gives the same reps and the same team figures."""
    mine = demo_book.reports.summary(WEEK)
    again = report_from_json(report_json(mine), time_zone=mine.time_zone)
    assert replace(again, today=mine.today) == mine
    team = TeamReport(
        WEEK, NOW, (RepReport("anna", True, NOW, mine),), team_summary([mine], WEEK, NOW, ["anna"])
    )
    read = team_report_from_json(team_report_json(team))
    assert read.reps[0].user == "anna" and read.reps[0].last_sync == NOW
    assert read.reps[0].summary.totals == mine.totals
    assert read.team.totals == mine.totals and read.team.funnel == mine.funnel
