"""A summary as an Excel workbook: sheets Summary, Activities, Per day and Pipeline (xlsxwriter)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import ActivityLine, SummaryReport
from tracker.domain.spreadsheet import neutralize

EXCEL_MAX_ROWS = 1_048_576


def write_summary_xlsx(
    path: Path,
    report: SummaryReport,
    lines: Iterable[ActivityLine],
    texts: ReportTexts,
    *,
    tick: Callable[[int], None] | None = None,
) -> int:
    """Write the workbook; returns the number of activity rows. Text cells are neutralised."""
    import xlsxwriter

    # constant_memory streams each row to disk: a year of a busy book fits in little memory.
    # strings_to_formulas off: nothing typed by a rep is ever run as a formula.
    book = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
    )
    fmt = _Formats(book)
    summary = book.add_worksheet("Summary")
    activities = book.add_worksheet("Activities")
    per_day = book.add_worksheet("Per day")
    pipeline = book.add_worksheet("Pipeline")
    _summary_sheet(summary, report, texts, fmt)
    count = _activities_sheet(book, activities, lines, texts, fmt, tick)
    _per_day_sheet(per_day, report, texts, fmt)
    _pipeline_sheet(pipeline, report, texts, fmt)
    book.close()
    return count


class _Formats:
    def __init__(self, book: Any) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.heading = book.add_format({"bold": True, "bottom": 1})
        self.bold = book.add_format({"bold": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.time = book.add_format({"num_format": "hh:mm"})
        self.percent = book.add_format({"num_format": "0%"})
        self.money = book.add_format({"num_format": "#,##0.00"})
        self.wrap = book.add_format({"text_wrap": False})


def _text(value: str | None) -> str:
    return str(neutralize(value or ""))


def _table(
    sheet: Any, row: int, heading: str, columns: list[str], rows: list[list[Any]], fmt: _Formats
) -> int:
    sheet.write_string(row, 0, heading, fmt.bold)
    row += 1
    for col, name in enumerate(columns):
        sheet.write_string(row, col, name, fmt.heading)
    row += 1
    for values in rows:
        for col, value in enumerate(values):
            _write(sheet, row, col, value, fmt)
        row += 1
    return row + 1


def _write(sheet: Any, row: int, col: int, value: Any, fmt: _Formats) -> None:
    if isinstance(value, tuple):  # (number, format)
        number, style = value
        if number is None:
            sheet.write_blank(row, col, None)
        else:
            sheet.write_number(row, col, number, getattr(fmt, style))
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value)
    elif value is None:
        sheet.write_blank(row, col, None)
    else:
        sheet.write_string(row, col, _text(str(value)))


def _summary_sheet(sheet: Any, report: SummaryReport, texts: ReportTexts, fmt: _Formats) -> None:
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, 4, 16)
    sheet.write_string(0, 0, texts.title, fmt.title)
    period = report.period
    header = [
        (texts.rep, report.rep_name),
        (texts.period, texts.period_text(period.start, period.end)),
        (texts.generated, report.generated_at.strftime("%Y-%m-%d %H:%M UTC")),
    ]
    row = 2
    for label, value in header:
        sheet.write_string(row, 0, label, fmt.bold)
        sheet.write_string(row, 1, _text(value))
        row += 1
    t = report.totals
    totals: list[list[Any]] = [
        [texts.activities, t.activities],
        [texts.calls, t.calls],
        [texts.connects, t.connects],
        [texts.connect_rate, (t.connect_rate, "percent")],
        [texts.follow_ups, t.follow_ups],
        [texts.visits, t.visits],
        [texts.appointments, t.appointments],
        [texts.orders, t.orders],
        [texts.referrals, t.referrals],
        [texts.streak, report.streak],
        [texts.deals_advanced, report.deals.advanced],
        [texts.deals_won, report.deals.won],
        [f"{texts.won_value} ({report.currency})", (report.deals.won_value_cents / 100, "money")],
        [texts.deals_lost, report.deals.lost],
    ]
    row = _table(sheet, row + 1, texts.totals, ["", ""], totals, fmt)
    goals = [
        [texts.metric_label(g.metric), g.target, g.actual, (g.share, "percent")]
        for g in report.goals
    ]
    row = _table(sheet, row, texts.goals, ["", texts.goal, texts.actual, texts.reached], goals, fmt)
    coverage = [
        [f"{texts.tier} {c.tier.value}", c.accounts, c.within_ideal, c.within_max, c.overdue,
         c.never, (c.share_within_ideal, "percent")]
        for c in report.coverage
    ]  # fmt: skip
    columns = [texts.tier, texts.accounts, texts.within_ideal, texts.within_max, texts.overdue,
               texts.never, texts.within_ideal]  # fmt: skip
    row = _table(sheet, row, texts.coverage, columns, coverage, fmt)
    notable = [
        [(_excel_day(n.day), "date"), n.contact, n.account or "", texts.kind_label(n.kind),
         texts.outcome_label(n.outcome), n.note or ""]
        for n in report.notable
    ]  # fmt: skip
    columns = [texts.day, texts.contact, texts.account, texts.kind, texts.outcome, texts.note]
    row = _table(sheet, row, texts.notable, columns, notable, fmt)
    if report.notable_total > len(report.notable):
        more = texts.more.replace("%1", str(report.notable_total - len(report.notable)))
        sheet.write_string(row - 1, 0, more)


def _excel_day(day: Any) -> float:
    """Excel's serial day number (1900 date system) for a date."""
    from datetime import date

    return float((day - date(1899, 12, 30)).days)


def _activities_sheet(
    book: Any,
    sheet: Any,
    lines: Iterable[ActivityLine],
    texts: ReportTexts,
    fmt: _Formats,
    tick: Callable[[int], None] | None,
) -> int:
    columns = [texts.day, texts.time, texts.kind, texts.outcome, texts.contact, texts.account,
               texts.deal, texts.duration, texts.attempt, texts.note, texts.kind_code,
               texts.outcome_code, "id"]  # fmt: skip

    def start(target: Any) -> None:
        widths = (11, 7, 11, 20, 24, 28, 24, 8, 8, 40, 10, 18, 38)
        for col, width in enumerate(widths):
            target.set_column(col, col, width)
        for col, name in enumerate(columns):
            target.write_string(0, col, name, fmt.heading)
        target.freeze_panes(1, 0)

    start(sheet)
    row, count, part = 1, 0, 1
    for line in lines:
        if row >= EXCEL_MAX_ROWS:
            part += 1
            sheet = book.add_worksheet(f"Activities {part}")
            start(sheet)
            row = 1
        sheet.write_number(row, 0, _excel_day(line.day), fmt.date)
        if line.completed_local is not None:
            local = line.completed_local
            sheet.write_number(row, 1, (local.hour * 60 + local.minute) / 1440, fmt.time)
        sheet.write_string(row, 2, texts.kind_label(line.kind))
        sheet.write_string(row, 3, texts.outcome_label(line.outcome))
        sheet.write_string(row, 4, _text(line.contact))
        if line.account:
            sheet.write_string(row, 5, _text(line.account))
        if line.deal:
            sheet.write_string(row, 6, _text(line.deal))
        if line.duration_minutes is not None:
            sheet.write_number(row, 7, line.duration_minutes)
        sheet.write_number(row, 8, line.attempt)
        if line.note:
            sheet.write_string(row, 9, _text(line.note))
        sheet.write_string(row, 10, line.kind.value)
        if line.outcome is not None:
            sheet.write_string(row, 11, line.outcome.value)
        sheet.write_string(row, 12, line.id)
        row += 1
        count += 1
        if tick is not None and count % 5000 == 0:
            tick(count)
    return count


def _per_day_sheet(sheet: Any, report: SummaryReport, texts: ReportTexts, fmt: _Formats) -> None:
    sheet.set_column(0, 0, 12)
    sheet.set_column(1, 6, 14)
    columns = [texts.day, texts.activities, texts.calls, texts.connects, texts.visits,
               texts.appointments, texts.call_goal_met]  # fmt: skip
    for col, name in enumerate(columns):
        sheet.write_string(0, col, name, fmt.heading)
    sheet.freeze_panes(1, 0)
    for row, day in enumerate(report.per_day, start=1):
        sheet.write_number(row, 0, _excel_day(day.day), fmt.date)
        for col, value in enumerate(
            (day.activities, day.calls, day.connects, day.visits, day.appointments), start=1
        ):
            sheet.write_number(row, col, value)
        sheet.write_string(row, 6, texts.yes if day.call_goal_met else texts.no)


def _pipeline_sheet(sheet: Any, report: SummaryReport, texts: ReportTexts, fmt: _Formats) -> None:
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 4, 16)
    open_rows = [
        [texts.stage_label(p.stage), p.deals, (p.value_cents / 100, "money")]
        for p in report.pipeline
    ]
    columns = [texts.stage, texts.deals, f"{texts.value} ({report.currency})"]
    row = _table(sheet, 0, texts.pipeline, columns, open_rows, fmt)
    funnel = [
        [texts.stage_label(s.stage), s.entered, s.moved_on, (s.conversion, "percent")]
        for s in report.funnel
    ]
    columns = [texts.stage, texts.entered, texts.moved_on, texts.conversion]
    row = _table(sheet, row, texts.funnel, columns, funnel, fmt)
    d = report.deals
    moves: list[list[Any]] = [
        [texts.deals_advanced, d.advanced],
        [texts.deals_won, d.won],
        [f"{texts.won_value} ({report.currency})", (d.won_value_cents / 100, "money")],
        [texts.deals_lost, d.lost],
    ]
    _table(sheet, row, texts.deals, ["", ""], moves, fmt)
