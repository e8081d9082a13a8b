"""A team's roll-up for a period: each rep's own summary, and the team's figures as their sums.

The team server computes each rep's `SummaryReport` in PostgreSQL (tracker.server.team.rollup)
with the figures of the rep's own `report --json`; the team's are added up here, so they are the
sum of the reps' by construction. What cannot be added is derived from the added parts: a rate
from summed counts (the connect rate is the team's connects ÷ the team's calls, not an average of
rates), a day meets the team's call goal when the team's calls reach the sum of the reps' daily
goals. A streak belongs to one person: the team has none (null in JSON). Money is added only
when every rep counts in one currency; otherwise the team's amounts are null.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Tier
from tracker.domain.report_json import report_from_json, report_json
from tracker.domain.report_math import FUNNEL_STAGES
from tracker.domain.reports import (
    ActivityTotals,
    DayFigures,
    DealFigures,
    FunnelStep,
    GoalProgress,
    KindOutcomeCount,
    NotableOutcome,
    Period,
    PipelineStage,
    SummaryReport,
    TierCoverage,
)

NOTABLE_LIMIT = 20


@dataclass(frozen=True)
class RepReport:
    """One rep's figures: `user` is their name on the team server (what `--rep` takes)."""

    user: str
    active: bool
    last_sync: datetime | None
    summary: SummaryReport

    @property
    def name(self) -> str:
        """The name the rep gave themselves in their preferences, else their user name."""
        return self.summary.rep_name or self.user


@dataclass(frozen=True)
class TeamReport:
    """The period, every rep's report, and the team's sums."""

    period: Period
    generated_at: datetime
    reps: tuple[RepReport, ...]
    team: SummaryReport

    @property
    def mixed_currencies(self) -> bool:
        return len({rep.summary.currency for rep in self.reps}) > 1


def _add(values: Sequence[Any], *names: str) -> dict[str, int]:
    return {name: sum(getattr(value, name) for value in values) for name in names}


def team_summary(
    reports: Sequence[SummaryReport],
    period: Period,
    generated_at: datetime,
    users: Sequence[str] = (),
) -> SummaryReport:
    """The team's figures: the reps' added up (see the module's docstring for what is derived);
    `users` names the reps in the order of `reports`, for the team's notable outcomes."""
    currencies = {report.currency for report in reports}
    currency = currencies.pop() if len(currencies) == 1 else ""
    totals = ActivityTotals(
        **_add(
            [r.totals for r in reports],
            "activities", "calls", "connects", "visits", "follow_ups", "appointments", "orders",
            "referrals", "minutes_on_site",
        )
    )  # fmt: skip
    daily_call_goal = sum(r.daily_call_goal for r in reports)
    return SummaryReport(
        rep_name="",
        period=period,
        generated_at=generated_at,
        today=max((r.today for r in reports), default=period.end),
        time_zone="UTC",
        currency=currency,
        totals=totals,
        by_kind_outcome=_kind_outcomes(reports),
        per_day=_days(reports, daily_call_goal),
        goals=_goals(reports),
        daily_call_goal=daily_call_goal,
        streak=0,  # not a team figure: null in JSON
        deals=DealFigures(**_add([r.deals for r in reports], "advanced", "won", "won_value_cents", "lost")),
        funnel=tuple(
            FunnelStep(
                stage,
                **_add(
                    [s for r in reports for s in r.funnel if s.stage is stage],
                    "entered", "moved_on", "won", "lost", "still_there",
                ),
            )
            for stage in FUNNEL_STAGES
        ),
        coverage=tuple(
            TierCoverage(
                tier,
                **_add(
                    [c for r in reports for c in r.coverage if c.tier is tier],
                    "accounts", "within_ideal", "within_max", "overdue", "never",
                ),
            )
            for tier in Tier
        ),
        pipeline=tuple(
            PipelineStage(
                stage,
                **_add([p for r in reports for p in r.pipeline if p.stage is stage], "deals", "value_cents"),
            )
            for stage in FUNNEL_STAGES
            if stage.is_open
        ),
        notable=_notable(reports, users),
        notable_total=sum(r.notable_total for r in reports),
    )  # fmt: skip


def _kind_outcomes(reports: Sequence[SummaryReport]) -> tuple[KindOutcomeCount, ...]:
    counts: dict[tuple[ActivityKind, Outcome | None], int] = defaultdict(int)
    for report in reports:
        for item in report.by_kind_outcome:
            counts[(item.kind, item.outcome)] += item.count
    kinds, outcomes = list(ActivityKind), list(Outcome)
    return tuple(
        KindOutcomeCount(kind, outcome, count)
        for (kind, outcome), count in sorted(
            counts.items(),
            key=lambda pair: (
                kinds.index(pair[0][0]),
                -1 if pair[0][1] is None else outcomes.index(pair[0][1]),
            ),
        )
    )


def _days(reports: Sequence[SummaryReport], daily_call_goal: int) -> tuple[DayFigures, ...]:
    """Every day any rep lists (their working days, and days off with work), added up."""
    days: dict[date, list[DayFigures]] = defaultdict(list)
    for report in reports:
        for figures in report.per_day:
            days[figures.day].append(figures)
    result = []
    for day in sorted(days):
        summed = _add(
            days[day],
            "activities",
            "calls",
            "connects",
            "visits",
            "appointments",
            "minutes_on_site",
        )
        met = daily_call_goal > 0 and summed["calls"] >= daily_call_goal
        result.append(DayFigures(day=day, call_goal_met=met, **summed))
    return tuple(result)


def _goals(reports: Sequence[SummaryReport]) -> tuple[GoalProgress, ...]:
    """Per metric, the targets and actuals of the reps who have that goal."""
    found = [g for r in reports for g in r.goals]
    return tuple(
        GoalProgress(metric, **_add([g for g in found if g.metric is metric], "target", "actual"))
        for metric in GoalMetric
        if any(g.metric is metric for g in found)
    )


def _notable(reports: Sequence[SummaryReport], users: Sequence[str]) -> tuple[NotableOutcome, ...]:
    """The team's latest notable outcomes, each with its rep: each rep lists their latest, so the
    team's are among them (newest day first; the same day in the order of the reps)."""
    names = list(users) or [report.rep_name for report in reports]
    merged = [
        replace(item, rep=name)
        for report, name in zip(reports, names, strict=True)
        for item in report.notable
    ]
    return tuple(sorted(merged, key=lambda item: item.day, reverse=True)[:NOTABLE_LIMIT])


# -- JSON ------------------------------------------------------------------------------------------
def team_report_json(report: TeamReport) -> dict[str, Any]:
    """`{"from", "to", "generated_at", "reps": [...], "team": {...}}` (README: `team report`)."""
    reps = []
    for rep in report.reps:
        shown = report_json(rep.summary)
        shown["rep"] = rep.user
        shown["rep_name"] = rep.summary.rep_name or None
        shown["active"] = rep.active
        shown["last_sync"] = rep.last_sync.isoformat() if rep.last_sync else None
        reps.append(shown)
    team = report_json(report.team)
    team["rep"] = None
    team["rep_name"] = None
    team["streak"] = None
    team["reps"] = len(report.reps)
    if report.mixed_currencies:
        team["currency"] = None
        team["deals"]["won_value"] = None
        for stage in team["pipeline"]:
            stage["value"] = None
    return {
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "generated_at": report.generated_at.isoformat(),
        "reps": reps,
        "team": team,
    }


def team_report_from_json(data: dict[str, Any]) -> TeamReport:
    """The TeamReport the server's answer describes (KeyError, ValueError when it is not one)."""
    reps = tuple(
        RepReport(
            user=str(item["rep"]),
            active=bool(item.get("active", True)),
            last_sync=datetime.fromisoformat(item["last_sync"]) if item.get("last_sync") else None,
            summary=report_from_json({**item, "rep": item.get("rep_name") or ""}),
        )
        for item in data["reps"]
    )
    period = Period(date.fromisoformat(data["from"]), date.fromisoformat(data["to"]))
    return TeamReport(
        period=period,
        generated_at=datetime.fromisoformat(data["generated_at"]),
        reps=reps,
        team=report_from_json(data["team"]),
    )
