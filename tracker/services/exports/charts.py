"""The charts of a summary, as SVG (tracker/services/exports/bars.py draws them).

The Reports view and the PDF show the same pictures: Qt draws the SVG on screen, fpdf2 puts it
into the PDF as vector graphics.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from tracker.domain.enums import Outcome
from tracker.domain.report_math import FUNNEL_STAGES, per_week
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import DayFigures, SummaryReport
from tracker.services.exports.bars import BarChart, Key, Series, columns, rows

INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#e4e7eb"
CALLS = "#9fb3c8"
CONNECTS = "#2f6fdf"
VISITS = "#e8833a"
GOOD = "#3f9142"
WARN = "#e0b400"
BAD = "#d64545"
NEVER = "#bcccdc"
WEEKLY_AFTER_DAYS = 45  # longer periods are drawn per week
LABELLED_COLUMNS = 14  # at most this many day labels under the activity chart


@dataclass(frozen=True)
class ChartSize:
    """A chart's size in inches (the SVG's points are 1/72 of that)."""

    width: float = 6.4
    height: float = 2.6

    @property
    def points(self) -> tuple[float, float]:
        return self.width * 72, self.height * 72


def grouped_days(report: SummaryReport) -> tuple[list[date], list[DayFigures], bool]:
    """Per-day figures, or per-week sums (keyed by Monday) for long periods."""
    days = list(report.per_day)
    if len(report.period.days) <= WEEKLY_AFTER_DAYS:
        return [d.day for d in days], days, False
    summed = list(per_week(days))
    return [d.day for d in summed], summed, True


def activity_chart(
    report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None
) -> bytes:
    """Bars per day (or week): calls not connected, connects, visits; the daily call goal as a line."""
    labels, figures, weekly = grouped_days(report)
    keys = [Key(f"{texts.calls} – {texts.connects}", CALLS), Key(texts.connects, CONNECTS),
            Key(texts.visits, VISITS)]  # fmt: skip
    goal = report.daily_call_goal if report.daily_call_goal and not weekly else None
    if goal is not None:
        keys.append(Key(f"{texts.goal} ({texts.calls})", INK, dashed=True))
    chart = BarChart(
        categories=[texts.format_day(day) for day in labels],
        series=[
            Series(None, [row.calls - row.connects for row in figures], CALLS),
            Series(None, [row.connects for row in figures], CONNECTS),
            Series(None, [row.visits for row in figures], VISITS),
        ],
        empty_text=texts.nothing,
        keys=keys,
        goal=goal,
        label_every=max(1, len(labels) // LABELLED_COLUMNS),
    )
    return columns(chart, *(size or ChartSize()).points)


def outcome_chart(
    report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None
) -> bytes:
    """Horizontal bars: how often each outcome was logged (the most frequent on top), connected
    ones in blue."""
    counts: dict[Outcome, int] = defaultdict(int)
    for item in report.by_kind_outcome:
        if item.outcome is not None:
            counts[item.outcome] += item.count
    ordered = sorted(counts.items(), key=lambda pair: -pair[1])[:12]
    chart = BarChart(
        categories=[texts.outcome_label(outcome) for outcome, _ in ordered],
        series=[
            Series(
                None,
                [count for _, count in ordered],
                [CONNECTS if outcome.connected else CALLS for outcome, _ in ordered],
            )
        ],
        empty_text=texts.nothing,
        title=texts.outcomes,
    )
    return rows(chart, *(size or ChartSize(width=3.2, height=3.0)).points)


def funnel_chart(report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None) -> bytes:
    """Per stage, the deals that entered it in the period split by where they are now: moved on
    (won, for the won stage), lost, still open — with the conversion at the end of each bar."""
    steps = [step for step in report.funnel if step.stage in FUNNEL_STAGES]
    final = FUNNEL_STAGES[-1]
    chart = BarChart(
        categories=[texts.stage_label(step.stage) for step in steps],
        series=[
            Series(
                None,
                [step.won if step.stage is final else step.moved_on for step in steps],
                [GOOD if step.stage is final else CONNECTS for step in steps],
            ),
            Series(None, [step.lost for step in steps], BAD),
            Series(None, [step.still_there for step in steps], CALLS),
        ],
        empty_text=texts.nothing,
        title=texts.funnel,
        keys=[
            Key(texts.moved_on, CONNECTS),
            Key(texts.won, GOOD),
            Key(texts.lost, BAD),
            Key(texts.still_open, CALLS),
        ],
        legend="bottom",
        legend_columns=2,
        notes=[
            f"→ {texts.percent(step.conversion)}" if step.conversion is not None else None
            for step in steps
        ],
        headroom=1.3,
    )
    return rows(chart, *(size or ChartSize(width=3.2, height=3.0)).points)


def coverage_chart(
    report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None
) -> bytes:
    """Per tier, the share of accounts in the ideal window, within the maximum, overdue, never."""
    tiers = [row for row in report.coverage if row.accounts]

    def shares(counts: list[int]) -> list[float]:
        return [count / row.accounts * 100 for count, row in zip(counts, tiers, strict=True)]

    chart = BarChart(
        categories=[f"{texts.tier} {row.tier.value}" for row in tiers],
        series=[
            Series(texts.within_ideal, shares([r.within_ideal for r in tiers]), GOOD),
            Series(texts.within_max, shares([r.within_max for r in tiers]), WARN),
            Series(texts.overdue, shares([r.overdue for r in tiers]), BAD),
            Series(texts.never, shares([r.never for r in tiers]), NEVER),
        ],
        empty_text=texts.nothing,
        title=texts.coverage,
        legend="bottom",
        legend_columns=2,
        value_max=100,
        unit=" %",
    )
    return rows(chart, *(size or ChartSize(width=3.2, height=2.0)).points)
