"""Charts of a team report as PNG images (matplotlib, no pyplot): the reps side by side. The
team's own coverage and funnel are the summary's charts (tracker.services.exports.charts)."""

from __future__ import annotations

from tracker.domain.report_texts import ReportTexts
from tracker.domain.team_report import TeamReport
from tracker.services.exports.charts import (
    CALLS,
    CONNECTS,
    INK,
    VISITS,
    ChartSize,
    _empty,
    _figure,
    _png,
)


def rep_chart(report: TeamReport, texts: ReportTexts, size: ChartSize | None = None) -> bytes:
    """A bar per rep: calls not connected, connects and visits stacked, the connect rate at the
    end; reps in the order of the report (by name)."""
    reps = list(report.reps)[::-1]  # the first rep at the top
    height = max(1.6, 0.32 * len(reps) + 0.9)
    figure, axes = _figure(size or ChartSize(width=7.2, height=height))
    if not any(rep.summary.totals.activities for rep in reps):
        _empty(axes, texts)
        return _png(figure)
    names = [rep.name for rep in reps]
    totals = [rep.summary.totals for rep in reps]
    unanswered = [t.calls - t.connects for t in totals]
    connects = [t.connects for t in totals]
    visits = [t.visits for t in totals]
    axes.barh(names, unanswered, color=CALLS, label=f"{texts.calls} – {texts.connects}")
    axes.barh(names, connects, left=unanswered, color=CONNECTS, label=texts.connects)
    calls = [t.calls for t in totals]
    axes.barh(names, visits, left=calls, color=VISITS, label=texts.visits)
    for index, t in enumerate(totals):
        if t.connect_rate is not None:
            axes.text(t.calls + t.visits, index, f"  {texts.percent(t.connect_rate)}",
                      va="center", fontsize=6.5, color=INK)  # fmt: skip
    axes.set_xlim(0, max(t.calls + t.visits for t in totals) * 1.15 or 1)
    axes.xaxis.grid(True, color="#e4e7eb", linewidth=0.6)
    axes.yaxis.grid(False)
    axes.tick_params(axis="y", labelsize=7)
    axes.legend(fontsize=6.5, frameon=False, ncols=3, loc="lower left", bbox_to_anchor=(0, 1.0))
    return _png(figure)
