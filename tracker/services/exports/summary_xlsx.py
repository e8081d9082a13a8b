"""A summary as an Excel workbook (xlsxwriter): the report's figures on a few sheets with native
charts — Summary (totals, goals, deals), Per week, Per day, Outcomes, Stage conversion (with its
definition), Coverage, Pipeline, Notable outcomes — and, when asked, every activity
(tracker.services.exports.xlsx_detail)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from tracker.domain.clock import zone
from tracker.domain.enums import ActivityKind, Outcome, Stage
from tracker.domain.report_math import per_week
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import DayFigures, SummaryReport
from tracker.domain.spreadsheet import neutralize
from tracker.services.exports.charts import BAD, CALLS, CONNECTS, GOOD, NEVER, VISITS, WARN
from tracker.services.exports.xlsx_detail import EXCEL_MAX_ROWS, sheet_name, write_detail

Rows = Sequence[Sequence[Any]]


def write_summary_xlsx(
    path: Path,
    report: SummaryReport,
    texts: ReportTexts,
    *,
    detail: Iterable[Rows] | None = None,
    tick: Callable[[int], None] | None = None,
    rows_per_sheet: int = EXCEL_MAX_ROWS,
) -> int:
    """Write the workbook; with `detail` (chunks of activity_rows' SHEET rows) add the activity
    sheets. Returns how many activities those list (0 without). Text cells are neutralised."""
    book = workbook(path)
    sheets = Sheets(book, texts)
    _summary(sheets, report, texts)
    report_sheets(sheets, report, texts)
    count = 0
    if detail is not None:
        count = write_detail(book, detail, texts, sheets, tick=tick, rows_per_sheet=rows_per_sheet)
    book.close()
    return count


def workbook(path: Path) -> Any:
    """A new xlsxwriter workbook, written as it goes and never running a rep's text."""
    import xlsxwriter

    # constant_memory streams each row to disk: a million activities fit in little memory.
    # strings_to_formulas off: nothing typed by a rep is ever run as a formula.
    return xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
    )


def report_sheets(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    """Every sheet of a summary after *Summary*: per week, per day, outcomes, stage conversion,
    coverage, pipeline, notable outcomes (the team's workbook adds them for the team)."""
    _weeks(sheets, report, texts)
    _days(sheets, report, texts)
    _outcomes(sheets, report, texts)
    _funnel(sheets, report, texts)
    _coverage(sheets, report, texts)
    _pipeline(sheets, report, texts)
    _notable(sheets, report, texts)


class Sheets:
    """The workbook's formats, and a cursor that writes tables down a sheet."""

    def __init__(self, book: Any, texts: ReportTexts) -> None:
        self.book = book
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.heading = book.add_format({"bold": True, "bottom": 1, "bg_color": "#F0F4F8"})
        self.bold = book.add_format({"bold": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.time = book.add_format({"num_format": "hh:mm"})
        self.percent = book.add_format({"num_format": "0%"})
        self.money = book.add_format({"num_format": "#,##0.00"})
        self.note = book.add_format({"italic": True, "font_color": "#7B8794", "text_wrap": True,
                                     "valign": "top"})  # fmt: skip
        self.aside = book.add_format({"italic": True, "font_color": "#7B8794"})

    def add(self, name: str, widths: Sequence[float]) -> Any:
        """A sheet that prints landscape, one page wide (tables with their chart beside)."""
        sheet = self.book.add_worksheet(sheet_name(name))
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        return sheet

    def table(
        self, sheet: Any, row: int, heading: str | None, columns: Sequence[str], rows: Rows
    ) -> tuple[int, int]:
        """Write a table from `row` down; returns (first data row, the row after the table)."""
        if heading:
            sheet.write_string(row, 0, heading, self.bold)
            row += 1
        for column, name in enumerate(columns):
            sheet.write_string(row, column, name, self.heading)
        first = row + 1 if columns else row
        for offset, values in enumerate(rows):
            for column, value in enumerate(values):
                self.cell(sheet, first + offset, column, value)
        return first, first + len(rows) + 1

    def cell(self, sheet: Any, row: int, column: int, value: Any) -> None:
        if isinstance(value, tuple):  # (number, format name)
            number, style = value
            if number is not None:
                sheet.write_number(row, column, number, getattr(self, style))
        elif isinstance(value, date):
            sheet.write_number(row, column, excel_day(value), self.date)
        elif isinstance(value, bool):
            sheet.write_boolean(row, column, value)
        elif isinstance(value, (int, float)):
            sheet.write_number(row, column, value)
        elif value is not None and value != "":
            sheet.write_string(row, column, str(neutralize(str(value))))

    def chart(self, sheet: Any, row: int, column: int, chart: Any, size: tuple[int, int]) -> None:
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": size[0], "height": size[1]})
        sheet.insert_chart(row, column, chart)


def excel_day(day: date) -> float:
    """Excel's serial day number (1900 date system) for a date."""
    return float((day - date(1899, 12, 30)).days)


def _series(sheet: Any, first: int, last: int, column: int, colour: str) -> dict[str, Any]:
    """A chart series: the values of `column` in rows first … last, named by its heading,
    against the first column's labels."""
    return {
        "name": [sheet.name, first - 1, column],
        "categories": [sheet.name, first, 0, last, 0],
        "values": [sheet.name, first, column, last, column],
        "fill": {"color": colour},
        "border": {"none": True},
        "gap": 60,
    }


def _summary(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.summary_sheet, (34, 18, 16, 16, 18, 40))
    sheet.write_string(0, 0, texts.title, sheets.title)
    local = report.generated_at.astimezone(zone(report.time_zone))
    header = [
        (texts.rep, report.rep_name),
        (texts.period, texts.period_text(report.period.start, report.period.end)),
        (texts.generated, f"{texts.format_day(local.date())} {local:%H:%M} {local.tzname() or ''}"),
    ]
    row = 2
    for label, value in header:
        sheet.write_string(row, 0, label, sheets.bold)
        sheets.cell(sheet, row, 1, value)
        row += 1
    t, d = report.totals, report.deals
    totals: list[list[Any]] = [
        [texts.activities, t.activities],
        [texts.calls, t.calls],
        [texts.connects, t.connects],
        [texts.connect_rate, (t.connect_rate, "percent")],
        [texts.follow_ups, t.follow_ups],
        [texts.visits, t.visits],
        [texts.on_site_minutes, t.minutes_on_site],
        [texts.appointments, t.appointments],
        [texts.orders, t.orders],
        [texts.referrals, t.referrals],
        [texts.streak, report.streak],
    ]
    _, row = sheets.table(sheet, row + 1, texts.totals, [], totals)
    note = texts.streak_note.replace("%1", str(report.daily_call_goal))
    sheet.write_string(row - 1, 0, f"{texts.streak}: {note}", sheets.aside)
    row += 1
    goals = [
        [texts.metric_label(g.metric), g.target, g.actual, (g.share, "percent")]
        for g in report.goals
    ]
    _, row = sheets.table(
        sheet, row, texts.goals, ["", texts.goal, texts.actual, texts.reached], goals
    )
    deals: list[list[Any]] = [
        [texts.deals_advanced, d.advanced],
        [texts.deals_won, d.won],
        [f"{texts.won_value} ({report.currency})", (d.won_value_cents / 100, "money")],
        [texts.deals_lost, d.lost],
    ]
    sheets.table(sheet, row, texts.deals, [], deals)


def _notable(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.notable, (12, 24, 28, 12, 20, 60))
    notable = [
        [n.day, n.contact, n.account, texts.kind_label(n.kind), texts.outcome_label(n.outcome),
         n.note]
        for n in report.notable
    ]  # fmt: skip
    columns = [texts.day, texts.contact, texts.account, texts.kind, texts.outcome, texts.note]
    _, row = sheets.table(sheet, 0, None, columns, notable)
    sheet.freeze_panes(1, 0)
    if report.notable_total > len(report.notable):
        more = texts.more.replace("%1", str(report.notable_total - len(report.notable)))
        sheet.write_string(row - 1, 0, more, sheets.aside)


def _figures(sheets: Sheets, sheet: Any, rows: Sequence[DayFigures], texts: ReportTexts,
             first_heading: str) -> tuple[int, int]:  # fmt: skip
    columns = [first_heading, texts.activities, texts.calls, texts.connects, texts.connect_rate,
               texts.visits, texts.on_site_minutes, texts.appointments,
               texts.call_goal_met]  # fmt: skip
    table = [
        [r.day, r.activities, r.calls, r.connects,
         (r.connects / r.calls if r.calls else None, "percent"), r.visits, r.minutes_on_site,
         r.appointments, texts.yes if r.call_goal_met else texts.no]
        for r in rows
    ]  # fmt: skip
    first, after = sheets.table(sheet, 0, None, columns, table)
    sheet.freeze_panes(1, 0)
    return first, after - 2


def _weeks(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.per_week, (12, 12, 10, 10, 13, 10, 13, 16, 14))
    weeks = per_week(report.per_day)
    first, last = _figures(sheets, sheet, weeks, texts, texts.week_of)
    if weeks:
        chart = sheets.book.add_chart({"type": "column"})
        for column, colour in ((2, CALLS), (3, CONNECTS), (5, VISITS)):
            chart.add_series(_series(sheet, first, last, column, colour))
        chart.set_title({"name": texts.per_week, "name_font": {"size": 11}})
        chart.set_x_axis({"text_axis": True, "num_format": "yyyy-mm-dd",
                          "num_font": {"rotation": -45}})  # fmt: skip
        sheets.chart(sheet, 0, 10, chart, (720, 340))


def _days(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.per_day, (12, 12, 10, 10, 13, 10, 13, 16, 14))
    _figures(sheets, sheet, report.per_day, texts, texts.day)


def _outcomes(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    """By kind, by outcome (most frequent first, with a chart), then kind × outcome."""
    sheet = sheets.add(texts.outcomes, (16, 24, 10, 10))
    total = report.totals.activities

    def share(count: int) -> tuple[float | None, str]:
        return (count / total if total else None, "percent")

    kinds: dict[ActivityKind, int] = defaultdict(int)
    outcomes: dict[Outcome | None, int] = defaultdict(int)
    for pair in report.by_kind_outcome:
        kinds[pair.kind] += pair.count
        outcomes[pair.outcome] += pair.count
    rows = [[texts.kind_label(kind), count, share(count)] for kind, count in kinds.items()]
    _, row = sheets.table(sheet, 0, texts.kind, [texts.kind, texts.activities, texts.share], rows)
    ranked = sorted(outcomes.items(), key=lambda item: -item[1])
    rows = [[texts.outcome_label(outcome) or "–", count, share(count)] for outcome, count in ranked]
    first, after = sheets.table(
        sheet, row, texts.outcomes, [texts.outcome, texts.count, texts.share], rows
    )
    if rows:
        chart = sheets.book.add_chart({"type": "bar"})
        chart.add_series(_series(sheet, first, after - 2, 1, CONNECTS))
        chart.set_title({"name": texts.outcomes, "name_font": {"size": 11}})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        chart.set_size({"width": 560, "height": max(300, 20 * len(rows) + 80)})
        sheet.insert_chart(first - 1, 5, chart)
    rows = [
        [texts.kind_label(p.kind), texts.outcome_label(p.outcome), p.count, share(p.count)]
        for p in report.by_kind_outcome
    ]
    columns = [texts.kind, texts.outcome, texts.count, texts.share]
    sheets.table(sheet, after, f"{texts.kind} × {texts.outcome}", columns, rows)


def _funnel(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.funnel, (16, 10, 10, 12, 10, 10, 11))
    rows = [
        [texts.stage_label(s.stage), s.entered, None if s.stage is Stage.WON else s.moved_on,
         (s.conversion, "percent"), s.won, s.lost, s.still_there]
        for s in report.funnel
    ]  # fmt: skip
    columns = [texts.stage, texts.entered, texts.moved_on, texts.conversion, texts.won,
               texts.lost, texts.still_open]  # fmt: skip
    first, after = sheets.table(sheet, 0, None, columns, rows)
    local = report.generated_at.astimezone(zone(report.time_zone)).date()
    sheet.merge_range(after, 0, after + 3, 6, texts.funnel_note.replace(
        "%1", texts.format_day(local)), sheets.note)  # fmt: skip
    last = after - 3  # the stages before won: nothing comes after won to move on to
    chart = sheets.book.add_chart({"type": "bar", "subtype": "stacked"})
    for column, colour in ((2, CONNECTS), (5, BAD), (6, CALLS)):
        chart.add_series(_series(sheet, first, last, column, colour))
    chart.set_title({"name": texts.funnel, "name_font": {"size": 11}})
    chart.set_y_axis({"reverse": True})
    sheets.chart(sheet, 0, 8, chart, (560, 320))


def _coverage(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.coverage, (10, 10, 16, 16, 10, 14, 16))
    rows = [
        [f"{texts.tier} {c.tier.value}", c.accounts, c.within_ideal, c.within_max, c.overdue,
         c.never, (c.share_within_ideal, "percent")]
        for c in report.coverage
    ]  # fmt: skip
    columns = [texts.tier, texts.accounts, texts.within_ideal, texts.within_max, texts.overdue,
               texts.never, f"{texts.within_ideal} (%)"]  # fmt: skip
    first, after = sheets.table(sheet, 0, None, columns, rows)
    chart = sheets.book.add_chart({"type": "bar", "subtype": "percent_stacked"})
    for column, colour in ((2, GOOD), (3, WARN), (4, BAD), (5, NEVER)):
        chart.add_series(_series(sheet, first, after - 2, column, colour))
    chart.set_title({"name": texts.coverage, "name_font": {"size": 11}})
    chart.set_y_axis({"reverse": True})
    sheets.chart(sheet, 0, 8, chart, (560, 240))


def _pipeline(sheets: Sheets, report: SummaryReport, texts: ReportTexts) -> None:
    sheet = sheets.add(texts.pipeline, (24, 12, 18))
    rows = [
        [texts.stage_label(p.stage), p.deals, (p.value_cents / 100, "money")]
        for p in report.pipeline
    ]
    columns = [texts.stage, texts.deals, f"{texts.value} ({report.currency})"]
    sheets.table(sheet, 0, None, columns, rows)
