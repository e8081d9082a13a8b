"""The opt-in detail of a summary workbook: every done activity, one row each (xlsxwriter).

The rows arrive finished from tracker.storage.activity_rows (SHEET shape), so each costs one
`write_row` — what xlsxwriter itself needs, in its constant_memory mode, to write a row of raw
values (benchmarks/floors.py measures that floor). The day and time columns get their number
formats from the column, not per cell. Past Excel's row limit the list goes on in
"Activities 2", "Activities 3", …
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tracker.domain.report_texts import ReportTexts

EXCEL_MAX_ROWS = 1_048_576  # rows of a worksheet, the heading included
WIDTHS = (11, 7, 12, 20, 24, 28, 24, 8, 8, 38, 40, 10)


def detail_columns(texts: ReportTexts) -> list[str]:
    """The headings, in the order of activity_rows' SHEET shape."""
    return [texts.day, texts.time, texts.kind, texts.outcome, texts.contact, texts.account,
            texts.deal, texts.duration, texts.attempt, "id", texts.note,
            texts.on_site_minutes]  # fmt: skip


def write_detail(
    book: Any,
    chunks: Iterable[Sequence[Sequence[Any]]],
    texts: ReportTexts,
    formats: Any,
    *,
    tick: Callable[[int], None] | None = None,
    rows_per_sheet: int = EXCEL_MAX_ROWS,
) -> int:
    """Add the activity sheets to the workbook; returns how many activities they list. `tick`
    hears the count after each chunk (and may stop the export by raising)."""
    name = sheet_name(texts.activities_sheet)
    part, count = 1, 0
    sheet = _start(book, name, texts, formats)
    row = 1
    for rows in chunks:
        for values in rows:
            if row >= rows_per_sheet:
                part += 1
                sheet = _start(book, f"{name[:27]} {part}", texts, formats)
                row = 1
            sheet.write_row(row, 0, values)
            row += 1
        count += len(rows)
        if tick is not None:
            tick(count)
    return count


def _start(book: Any, name: str, texts: ReportTexts, formats: Any) -> Any:
    sheet = book.add_worksheet(name)
    for column, width in enumerate(WIDTHS):
        style = {0: formats.date, 1: formats.time}.get(column)
        sheet.set_column(column, column, width, style)
    for column, heading in enumerate(detail_columns(texts)):
        sheet.write_string(0, column, heading, formats.heading)
    sheet.freeze_panes(1, 0)
    return sheet


def sheet_name(text: str) -> str:
    """A worksheet name Excel accepts: without []:*?/\\ and at most 31 characters."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in text).strip(" '")
    return (cleaned or "Sheet")[:31]
