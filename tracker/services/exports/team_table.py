"""The team report as one table: a row per rep and the team's row, the columns every team file
shows (CSV with stable codes, the workbook and the PDF with words).

A column is a code, a heading from ReportTexts, and how to read its value from a rep's (or the
team's) SummaryReport; shares are fractions, money in currency units, None where nothing applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tracker.domain.enums import GoalMetric, Tier
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import SummaryReport
from tracker.domain.team_report import TeamReport


@dataclass(frozen=True)
class Column:
    code: str  # the CSV heading (stable)
    heading: Callable[[ReportTexts], str]
    value: Callable[[SummaryReport], Any]
    kind: str = "count"  # count, share, money


def _goal_heading(metric: GoalMetric) -> Callable[[ReportTexts], str]:
    return lambda texts: f"{texts.goal}: {texts.metric_label(metric)}"


def _coverage_heading(tier: Tier) -> Callable[[ReportTexts], str]:
    return lambda texts: f"{texts.tier} {tier.value}: {texts.within_ideal}"


def _goal(metric: GoalMetric) -> Callable[[SummaryReport], Any]:
    def share(report: SummaryReport) -> Any:
        found = next((g for g in report.goals if g.metric is metric), None)
        return found.share if found else None

    return share


def _coverage(tier: Tier) -> Callable[[SummaryReport], Any]:
    def share(report: SummaryReport) -> Any:
        found = next((c for c in report.coverage if c.tier is tier), None)
        return found.share_within_ideal if found else None

    return share


COLUMNS: tuple[Column, ...] = (
    Column("activities", lambda t: t.activities, lambda r: r.totals.activities),
    Column("calls", lambda t: t.calls, lambda r: r.totals.calls),
    Column("connects", lambda t: t.connects, lambda r: r.totals.connects),
    Column("connect_rate", lambda t: t.connect_rate, lambda r: r.totals.connect_rate, "share"),
    Column("follow_ups", lambda t: t.follow_ups, lambda r: r.totals.follow_ups),
    Column("visits", lambda t: t.visits, lambda r: r.totals.visits),
    Column("appointments", lambda t: t.appointments, lambda r: r.totals.appointments),
    Column("orders", lambda t: t.orders, lambda r: r.totals.orders),
    Column("referrals", lambda t: t.referrals, lambda r: r.totals.referrals),
    Column("deals_advanced", lambda t: t.deals_advanced, lambda r: r.deals.advanced),
    Column("deals_won", lambda t: t.deals_won, lambda r: r.deals.won),
    Column("won_value", lambda t: t.won_value, lambda r: r.deals.won_value_cents / 100, "money"),
    Column("deals_lost", lambda t: t.deals_lost, lambda r: r.deals.lost),
    *(
        Column(f"goal_{metric.value}_share", _goal_heading(metric), _goal(metric), "share")
        for metric in GoalMetric
    ),
    *(
        Column(
            f"coverage_{tier.value.lower()}_share",
            _coverage_heading(tier),
            _coverage(tier),
            "share",
        )
        for tier in Tier
    ),
    Column("overdue", lambda t: t.overdue, lambda r: sum(c.overdue for c in r.coverage)),
    Column("never_touched", lambda t: t.never, lambda r: sum(c.never for c in r.coverage)),
    Column("streak", lambda t: t.streak, lambda r: r.streak),
)


def rows(report: TeamReport) -> list[tuple[str, str, SummaryReport]]:
    """(user, name, figures) for each rep, then ("", "", the team's figures)."""
    return [(rep.user, rep.name, rep.summary) for rep in report.reps] + [("", "", report.team)]


def value(column: Column, figures: SummaryReport, *, team: bool, mixed: bool) -> Any:
    """A cell: the team has no streak, nor a sum of money counted in several currencies."""
    if team and (column.code == "streak" or (column.kind == "money" and mixed)):
        return None
    return column.value(figures)
