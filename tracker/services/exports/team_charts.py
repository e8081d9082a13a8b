"""Charts of a team report as SVG: the reps side by side. The team's own coverage and funnel are
the summary's charts (tracker.services.exports.charts)."""

from __future__ import annotations

from tracker.domain.report_texts import ReportTexts
from tracker.domain.team_report import TeamReport
from tracker.services.exports.bars import BarChart, Series, rows
from tracker.services.exports.charts import CALLS, CONNECTS, VISITS, ChartSize


def rep_chart(report: TeamReport, texts: ReportTexts, size: ChartSize | None = None) -> bytes:
    """A bar per rep: calls not connected, connects and visits stacked, the connect rate at the
    end; reps in the order of the report (by name), the first on top."""
    totals = [rep.summary.totals for rep in report.reps]
    chart = BarChart(
        categories=[rep.name for rep in report.reps],
        series=[
            Series(
                f"{texts.calls} – {texts.connects}", [t.calls - t.connects for t in totals], CALLS
            ),
            Series(texts.connects, [t.connects for t in totals], CONNECTS),
            Series(texts.visits, [t.visits for t in totals], VISITS),
        ],
        empty_text=texts.nothing,
        legend_columns=3,
        notes=[
            texts.percent(t.connect_rate) if t.connect_rate is not None else None for t in totals
        ],
        headroom=1.15,
    )
    height = max(1.6, 0.32 * len(totals) + 0.9)
    return rows(chart, *(size or ChartSize(width=7.2, height=height)).points)
