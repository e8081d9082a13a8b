"""Charts of a summary as PNG images (matplotlib's Agg renderer, imported only when drawn).

The Reports view and the PDF show the same pictures. No pyplot: each chart is its own Figure, so
drawing is safe on a worker thread and leaves no global state behind.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.domain.enums import Outcome
from tracker.domain.report_math import FUNNEL_STAGES, per_week
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import DayFigures, SummaryReport

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


@dataclass(frozen=True)
class ChartSize:
    width: float = 6.4  # inches
    height: float = 2.6
    dpi: int = 150


def _figure(size: ChartSize) -> tuple[Any, Any]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(size.width, size.height), dpi=size.dpi)
    figure.patch.set_facecolor("white")
    axes = figure.add_subplot(1, 1, 1)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(colors=MUTED, labelsize=7)
    axes.yaxis.grid(True, color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    return figure, axes


def _png(figure: Any) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    figure.tight_layout(pad=0.6)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi, facecolor="white")
    return buffer.getvalue()


def _empty(axes: Any, texts: ReportTexts) -> None:
    axes.text(0.5, 0.5, texts.nothing, ha="center", va="center", color=MUTED, fontsize=8,
              transform=axes.transAxes)  # fmt: skip
    axes.set_xticks([])
    axes.set_yticks([])


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
    figure, axes = _figure(size or ChartSize())
    labels, rows, weekly = grouped_days(report)
    if not any(row.activities for row in rows):
        _empty(axes, texts)
        return _png(figure)
    positions = list(range(len(rows)))
    unanswered = [row.calls - row.connects for row in rows]
    connects = [row.connects for row in rows]
    visits = [row.visits for row in rows]
    axes.bar(
        positions, unanswered, color=CALLS, label=f"{texts.calls} – {texts.connects}", width=0.75
    )
    axes.bar(
        positions, connects, bottom=unanswered, color=CONNECTS, label=texts.connects, width=0.75
    )
    tops = [a + b for a, b in zip(unanswered, connects, strict=True)]
    axes.bar(positions, visits, bottom=tops, color=VISITS, label=texts.visits, width=0.75)
    if report.daily_call_goal and not weekly:
        axes.axhline(report.daily_call_goal, color=INK, linewidth=0.8, linestyle="--",
                     label=f"{texts.goal} ({texts.calls})")  # fmt: skip
    step = max(1, len(labels) // 14)
    axes.set_xticks(positions[::step])
    axes.set_xticklabels([texts.format_day(d) for d in labels[::step]], rotation=35, ha="right")
    axes.legend(fontsize=6.5, frameon=False, ncols=4, loc="upper left", bbox_to_anchor=(0, 1.18))
    return _png(figure)


def outcome_chart(
    report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None
) -> bytes:
    """Horizontal bars: how often each outcome was logged, connected ones in blue."""
    figure, axes = _figure(size or ChartSize(width=3.2, height=3.0))
    counts: dict[Outcome, int] = defaultdict(int)
    for item in report.by_kind_outcome:
        if item.outcome is not None:
            counts[item.outcome] += item.count
    if not counts:
        _empty(axes, texts)
        return _png(figure)
    ordered = sorted(counts.items(), key=lambda pair: pair[1])[-12:]
    axes.barh(
        [texts.outcome_label(outcome) for outcome, _ in ordered],
        [count for _, count in ordered],
        color=[CONNECTS if outcome.connected else CALLS for outcome, _ in ordered],
    )
    axes.xaxis.grid(True, color=GRID, linewidth=0.6)
    axes.yaxis.grid(False)
    axes.set_title(texts.outcomes, fontsize=8, color=INK, loc="left")
    return _png(figure)


def funnel_chart(report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None) -> bytes:
    """Per stage, the deals that entered it in the period split by where they are now: moved on
    (won, for the won stage), lost, still open — with the conversion at the end of each bar."""
    figure, axes = _figure(size or ChartSize(width=3.2, height=3.0))
    steps = [step for step in report.funnel if step.stage in FUNNEL_STAGES][::-1]
    if not any(step.entered for step in steps):
        _empty(axes, texts)
        return _png(figure)
    names = [texts.stage_label(step.stage) for step in steps]
    final = FUNNEL_STAGES[-1]
    onward = [step.won if step.stage is final else step.moved_on for step in steps]
    lost = [step.lost for step in steps]
    still = [step.still_there for step in steps]
    colours = [GOOD if step.stage is final else CONNECTS for step in steps]
    axes.barh(names, onward, color=colours)
    axes.barh(names, lost, left=onward, color=BAD)
    left = [a + b for a, b in zip(onward, lost, strict=True)]
    axes.barh(names, still, left=left, color=CALLS)
    for index, step in enumerate(steps):
        if step.conversion is not None:
            axes.text(step.entered, index, f"  → {texts.percent(step.conversion)}",
                      va="center", fontsize=6.5, color=INK)  # fmt: skip
    axes.xaxis.grid(True, color=GRID, linewidth=0.6)
    axes.yaxis.grid(False)
    axes.set_xlim(0, max(step.entered for step in steps) * 1.35 or 1)
    from matplotlib.patches import Patch

    keys = ((texts.moved_on, CONNECTS), (texts.won, GOOD), (texts.lost, BAD),
            (texts.still_open, CALLS))  # fmt: skip
    axes.legend(
        handles=[Patch(color=colour, label=label) for label, colour in keys],
        fontsize=6, frameon=False, ncols=2, loc="upper left", bbox_to_anchor=(0, -0.12),
    )  # fmt: skip
    axes.set_title(texts.funnel, fontsize=8, color=INK, loc="left")
    return _png(figure)


def coverage_chart(
    report: SummaryReport, texts: ReportTexts, size: ChartSize | None = None
) -> bytes:
    """Per tier, the share of accounts in the ideal window, within the maximum, overdue, never."""
    figure, axes = _figure(size or ChartSize(width=3.2, height=2.0))
    rows = [row for row in report.coverage if row.accounts]
    if not rows:
        _empty(axes, texts)
        return _png(figure)
    left = [0.0] * len(rows)
    names = [f"{texts.tier} {row.tier.value}" for row in rows]
    parts = (
        (texts.within_ideal, GOOD, [r.within_ideal for r in rows]),
        (texts.within_max, WARN, [r.within_max for r in rows]),
        (texts.overdue, BAD, [r.overdue for r in rows]),
        (texts.never, NEVER, [r.never for r in rows]),
    )
    for label, colour, values in parts:
        shares = [v / r.accounts * 100 for v, r in zip(values, rows, strict=True)]
        axes.barh(names, shares, left=left, color=colour, label=label)
        left = [a + b for a, b in zip(left, shares, strict=True)]
    axes.set_xlim(0, 100)
    axes.invert_yaxis()
    axes.yaxis.grid(False)
    axes.legend(fontsize=6, frameon=False, ncols=2, loc="upper left", bbox_to_anchor=(0, -0.15))
    axes.set_title(texts.coverage, fontsize=8, color=INK, loc="left")
    return _png(figure)
