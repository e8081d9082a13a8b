"""The team report as an Excel workbook: *Team* (a row per rep and the team's, with a chart of
calls and connects per rep), *Goals per rep*, *Coverage per rep*, then the team's figures on the
sheets of a summary (per week, per day, outcomes, stage conversion, coverage, pipeline, notable
outcomes — tracker.services.exports.summary_xlsx)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from tracker.domain.clock import zone
from tracker.domain.report_texts import ReportTexts
from tracker.domain.team_report import TeamReport
from tracker.services.exports.charts import CALLS, CONNECTS
from tracker.services.exports.summary_xlsx import Sheets, report_sheets, workbook
from tracker.services.exports.team_table import COLUMNS, rows, value


def write_team_xlsx(path: Path, report: TeamReport, texts: ReportTexts) -> int:
    """Write the workbook; returns how many reps it lists."""
    book = workbook(path)
    sheets = Sheets(book, texts)
    _team(sheets, report, texts)
    _goals(sheets, report, texts)
    _coverage(sheets, report, texts)
    report_sheets(sheets, report.team, texts)
    book.close()
    return len(report.reps)


def _cell(column_kind: str, cell: Any) -> Any:
    if column_kind == "share":
        return (cell, "percent")
    if column_kind == "money":
        return (cell, "money")
    return cell


def _synced(at: datetime | None, texts: ReportTexts) -> str:
    if at is None:
        return texts.not_synced
    local = at.astimezone(zone(None))
    return f"{texts.format_day(local.date())} {local:%H:%M} UTC"


def _team(sheets: Sheets, report: TeamReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.team, (22, 14, *(12 for _ in COLUMNS), 20))
    sheet.write_string(0, 0, texts.team_title, sheets.title)
    sheet.write_string(2, 0, texts.period, sheets.bold)
    sheet.write_string(2, 1, texts.period_text(report.period.start, report.period.end))
    sheet.write_string(3, 0, texts.generated, sheets.bold)
    sheet.write_string(3, 1, _synced(report.generated_at, texts))
    synced = {rep.user: rep.last_sync for rep in report.reps}
    table = []
    for user, name, figures in rows(report):
        team = not user
        cells = [
            _cell(column.kind, value(column, figures, team=team, mixed=report.mixed_currencies))
            for column in COLUMNS
        ]
        last = "" if team else _synced(synced.get(user), texts)
        table.append([texts.team if team else name, user, *cells, last])
    headings = [texts.rep, texts.user, *(column.heading(texts) for column in COLUMNS)]
    first, after = sheets.table(sheet, 5, None, [*headings, texts.last_sync], table)
    sheet.freeze_panes(first, 1)
    sheet.write_string(after, 0, texts.team_note, sheets.aside)
    if report.reps:
        last_rep = first + len(report.reps) - 1
        chart = sheets.book.add_chart({"type": "bar"})
        for column, colour in ((3, CALLS), (4, CONNECTS)):  # calls, connects
            chart.add_series(
                {
                    "name": [sheet.name, first - 1, column],
                    "categories": [sheet.name, first, 0, last_rep, 0],
                    "values": [sheet.name, first, column, last_rep, column],
                    "fill": {"color": colour},
                    "border": {"none": True},
                    "gap": 40,
                }
            )
        chart.set_title({"name": f"{texts.calls} · {texts.connects}", "name_font": {"size": 11}})
        chart.set_y_axis({"reverse": True})
        sheets.chart(sheet, after + 2, 0, chart, (720, max(260, 26 * len(report.reps) + 90)))


def _goals(sheets: Sheets, report: TeamReport, texts: ReportTexts) -> None:
    sheet = sheets.add(f"{texts.goals} · {texts.per_rep}", (22, 18, 12, 12, 12))
    table = [
        [name or texts.team, texts.metric_label(goal.metric), goal.target, goal.actual,
         (goal.share, "percent")]
        for _user, name, figures in rows(report)
        for goal in figures.goals
    ]  # fmt: skip
    columns = [texts.rep, "", texts.goal, texts.actual, texts.reached]
    sheets.table(sheet, 0, None, columns, table)
    sheet.freeze_panes(1, 1)


def _coverage(sheets: Sheets, report: TeamReport, texts: ReportTexts) -> None:
    sheet = sheets.add(f"{texts.coverage} · {texts.per_rep}", (22, 8, 10, 14, 14, 10, 14, 12))
    table = [
        [name or texts.team, c.tier.value, c.accounts, c.within_ideal, c.within_max, c.overdue,
         c.never, (c.share_within_ideal, "percent")]
        for _user, name, figures in rows(report)
        for c in figures.coverage
    ]  # fmt: skip
    columns = [texts.rep, texts.tier, texts.accounts, texts.within_ideal, texts.within_max,
               texts.overdue, texts.never, f"{texts.within_ideal} (%)"]  # fmt: skip
    sheets.table(sheet, 0, None, columns, table)
    sheet.freeze_panes(1, 1)
