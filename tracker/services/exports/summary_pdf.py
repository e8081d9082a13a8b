"""A summary as a manager-ready PDF (fpdf2, no Qt): totals, goals, charts, per-day table, outcomes.

The text font is DejaVu Sans, shipped in resources/fonts, so every name prints (umlauts, ß, ł …)
without depending on the fonts of the machine; the charts are SVG, so they stay vector graphics.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.domain.clock import zone
from tracker.domain.enums import Stage
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import SummaryReport
from tracker.services.exports import charts
from tracker.services.exports.bars import FONT_FAMILY, FONT_FILES

if TYPE_CHECKING:
    from fpdf import FPDF

FONT = FONT_FAMILY  # the charts' SVG names it too
INK = (31, 41, 51)
MUTED = (123, 135, 145)
ACCENT = (47, 111, 223)
TILE = (240, 244, 248)
RULE = (217, 226, 236)


def fpdf_class() -> type[FPDF]:
    """fpdf2's FPDF. The bundle leaves Pillow out (no PDF of ours embeds a raster image), and
    fpdf2 warns about that when imported: not a rep's concern, so not on their terminal."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Pillow could not be imported", UserWarning)
        from fpdf import FPDF as Class
    return Class


def _font_files() -> tuple[Path, Path]:
    return FONT_FILES[""], FONT_FILES["B"]


def write_summary_pdf(path: Path, report: SummaryReport, texts: ReportTexts) -> int:
    """Write the PDF; returns its page count."""
    FPDF = fpdf_class()
    regular, bold = _font_files()
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_creator("Groundgame")
    pdf.set_title(f"{texts.title} {texts.period_text(report.period.start, report.period.end)}")
    if report.rep_name:
        pdf.set_author(report.rep_name)
    pdf.add_font(FONT, "", str(regular))
    pdf.add_font(FONT, "B", str(bold))
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=16)
    footer = texts.page

    def draw_footer() -> None:
        pdf.set_y(-12)
        pdf.set_font(FONT, "", 7)
        pdf.set_text_color(*MUTED)
        label = footer.replace("%1", str(pdf.page_no())).replace("%2", "{nb}")
        pdf.cell(0, 4, f"Groundgame · {label}", align="R")

    pdf.footer = draw_footer  # type: ignore[method-assign]
    pdf.alias_nb_pages()
    pdf.add_page()
    _header(pdf, report, texts)
    _tiles(pdf, report, texts)
    _goals(pdf, report, texts)
    _image(pdf, charts.activity_chart(report, texts, charts.ChartSize(7.2, 2.5)), 180)
    y = pdf.get_y() + 2
    width = 88
    if y + 72 > pdf.h - 16:
        pdf.add_page()
        y = pdf.get_y()
    pdf.image(io.BytesIO(charts.outcome_chart(report, texts, charts.ChartSize(3.5, 2.8))),
              x=15, y=y, w=width)  # fmt: skip
    pdf.image(io.BytesIO(charts.funnel_chart(report, texts, charts.ChartSize(3.5, 2.8))),
              x=15 + width + 4, y=y, w=width)  # fmt: skip
    pdf.set_y(y + width * 2.8 / 3.5 + 3)
    _deals_and_coverage(pdf, report, texts)
    _per_day(pdf, report, texts)
    _notable(pdf, report, texts)
    pdf.output(str(path))
    return pdf.pages_count


def _heading(pdf: Any, text: str) -> None:
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font(FONT, "B", 10)
    pdf.set_text_color(*INK)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 8)


def _header(pdf: Any, report: SummaryReport, texts: ReportTexts) -> None:
    pdf.set_font(FONT, "B", 16)
    pdf.set_text_color(*INK)
    pdf.cell(0, 9, texts.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(*MUTED)
    parts = [texts.period_text(report.period.start, report.period.end)]
    if report.rep_name:
        parts.insert(0, report.rep_name)
    local = report.generated_at.astimezone(zone(report.time_zone))
    generated = f"{texts.format_day(local.date())} {local:%H:%M} {local.tzname() or ''}".strip()
    parts.append(f"{texts.generated} {generated}")
    pdf.cell(0, 5, "  ·  ".join(parts), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _tiles(pdf: Any, report: SummaryReport, texts: ReportTexts) -> None:
    t = report.totals
    tiles = [
        (texts.calls, texts.number(t.calls)),
        (texts.connects, texts.number(t.connects)),
        (texts.connect_rate, texts.percent(t.connect_rate)),
        (texts.appointments, texts.number(t.appointments)),
        (texts.visits, f"{texts.number(t.visits)} · {texts.hours(t.minutes_on_site)}"),
        (texts.orders, texts.number(t.orders)),
        (texts.deals_won, f"{texts.number(report.deals.won)} · {texts.money(report.deals.won_value_cents, report.currency)}"),
        (texts.streak, texts.number(report.streak)),
    ]  # fmt: skip
    _tile_grid(pdf, tiles)
    pdf.set_font(FONT, "", 7)
    pdf.set_text_color(*MUTED)
    note = texts.streak_note.replace("%1", texts.number(report.daily_call_goal))
    pdf.cell(0, 4, f"{texts.streak}: {note}", new_x="LMARGIN", new_y="NEXT")


def _tile_grid(pdf: Any, tiles: Sequence[tuple[str, str]]) -> None:
    """Numbers with their labels in tiles, four to a row (the team's PDF draws its own)."""
    width, height, gap = 43.5, 15, 1.5
    x0, y0 = pdf.l_margin, pdf.get_y()
    for index, (label, value) in enumerate(tiles):
        x = x0 + (index % 4) * (width + gap)
        y = y0 + (index // 4) * (height + gap)
        pdf.set_fill_color(*TILE)
        pdf.rect(x, y, width, height, style="F")
        pdf.set_xy(x + 2, y + 1.5)
        pdf.set_font(FONT, "", 7)
        pdf.set_text_color(*MUTED)
        pdf.cell(width - 4, 4, label)
        pdf.set_xy(x + 2, y + 6)
        size = 12
        pdf.set_font(FONT, "B", size)
        while size > 6 and pdf.get_string_width(value) > width - 4:  # big money still fits
            size -= 1
            pdf.set_font(FONT, "B", size)
        pdf.set_text_color(*INK)
        pdf.cell(width - 4, 7, value)
    pdf.set_xy(x0, y0 + ((len(tiles) + 3) // 4) * (height + gap))


def _fit(pdf: Any, text: str, width: float) -> str:
    """The text, shortened with an ellipsis where it would run into the next column."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _table(
    pdf: Any,
    headings: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    align_right_from: int = 1,
    with_headings: bool = True,
) -> None:
    """A table of single-line cells with rules between rows; the headings repeat on a new page.

    Plain cells: fpdf's table() lays out every cell as a multi-line block, which cost a year's
    summary a third of a second for tables whose cells are a word or a number.
    """
    line = 4.6
    aligns = ["L" if i < align_right_from else "R" for i in range(len(widths))]
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)

    def heading_row() -> None:
        pdf.set_font(FONT, "B", 8)
        pdf.set_fill_color(*TILE)
        pdf.set_text_color(*INK)
        for text, width, align in zip(headings, widths, aligns, strict=True):
            pdf.cell(width, line + 0.6, _fit(pdf, text, width - 2), fill=True, align=align)
        pdf.ln(line + 0.6)
        pdf.set_font(FONT, "", 8)

    if with_headings:
        heading_row()
    pdf.set_font(FONT, "", 8)
    pdf.set_text_color(*INK)
    for values in rows:
        if pdf.get_y() + line > pdf.page_break_trigger:
            pdf.add_page()
            if with_headings:
                heading_row()
        for text, width, align in zip(values, widths, aligns, strict=True):
            pdf.cell(width, line, _fit(pdf, str(text), width - 2), align=align)
        pdf.ln(line)
        y = pdf.get_y()
        pdf.line(pdf.l_margin, y, pdf.l_margin + sum(widths), y)
    pdf.ln(1)


def _note(pdf: Any, text: str) -> None:
    """A footnote in small muted type, wrapped to the text width."""
    pdf.set_font(FONT, "", 7)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(0, 3.4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*INK)


def _image(pdf: Any, svg: bytes, width: float) -> None:
    pdf.image(io.BytesIO(svg), w=width)


def _goals(pdf: Any, report: SummaryReport, texts: ReportTexts) -> None:
    if not report.goals:
        return
    _heading(pdf, texts.goals)
    rows = [
        (texts.metric_label(g.metric), texts.number(g.target), texts.number(g.actual), texts.percent(g.share))
        for g in report.goals
    ]  # fmt: skip
    _table(pdf, ("", texts.goal, texts.actual, texts.reached), rows, (60, 30, 30, 30))


def _deals_and_coverage(pdf: Any, report: SummaryReport, texts: ReportTexts) -> None:
    _heading(pdf, texts.deals)
    d = report.deals
    rows = [
        (texts.deals_advanced, texts.number(d.advanced)),
        (texts.deals_won, texts.number(d.won)),
        (texts.won_value, texts.money(d.won_value_cents, report.currency)),
        (texts.deals_lost, texts.number(d.lost)),
    ]
    _table(pdf, ("", ""), rows, (60, 40), with_headings=False)
    _heading(pdf, texts.funnel)
    funnel = []
    for step in report.funnel:
        final = step.stage is Stage.WON  # nothing comes after won: no moving on, no conversion
        funnel.append(
            (texts.stage_label(step.stage), texts.number(step.entered),
             "–" if final else texts.number(step.moved_on), texts.percent(step.conversion),
             texts.number(step.won), texts.number(step.lost), texts.number(step.still_there))
        )  # fmt: skip
    headings = (texts.stage, texts.entered, texts.moved_on, texts.conversion, texts.won,
                texts.lost, texts.still_open)  # fmt: skip
    _table(pdf, headings, funnel, (38, 22, 24, 24, 22, 22, 24))
    local = report.generated_at.astimezone(zone(report.time_zone))
    _note(pdf, texts.funnel_note.replace("%1", texts.format_day(local.date())))
    _heading(pdf, texts.coverage)
    coverage = [
        (f"{texts.tier} {c.tier.value}", texts.number(c.accounts), texts.number(c.within_ideal),
         texts.number(c.within_max), texts.number(c.overdue), texts.number(c.never),
         texts.percent(c.share_within_ideal))
        for c in report.coverage
    ]  # fmt: skip
    headings = (texts.tier, texts.accounts, texts.within_ideal, texts.within_max, texts.overdue,
                texts.never, "%")  # fmt: skip
    _table(pdf, headings, coverage, (22, 22, 30, 30, 24, 30, 22))


def _per_day(pdf: Any, report: SummaryReport, texts: ReportTexts) -> None:
    labels, rows, weekly = charts.grouped_days(report)
    _heading(pdf, texts.per_week if weekly else texts.per_day)
    table = [
        (texts.format_day(day), texts.number(r.activities), texts.number(r.calls), texts.number(r.connects),
         texts.number(r.visits), texts.hours(r.minutes_on_site), texts.number(r.appointments),
         texts.yes if r.call_goal_met else texts.no)
        for day, r in zip(labels, rows, strict=True)
    ]  # fmt: skip
    headings = (texts.week_of if weekly else texts.day, texts.activities, texts.calls,
                texts.connects, texts.visits, texts.on_site, texts.appointments,
                texts.call_goal_met)  # fmt: skip
    _table(pdf, headings, table, (24, 20, 16, 18, 16, 24, 30, 28))


def _notable(pdf: Any, report: SummaryReport, texts: ReportTexts) -> None:
    _heading(pdf, texts.notable)
    if not report.notable:
        pdf.set_text_color(*MUTED)
        pdf.cell(0, 5, texts.nothing, new_x="LMARGIN", new_y="NEXT")
        return
    # A team's list says whose each one was (the rep's name beside the day).
    reps = any(n.rep for n in report.notable)
    rows = [
        (texts.format_day(n.day), *((n.rep or "",) if reps else ()), n.contact, n.account or "",
         texts.outcome_label(n.outcome), (n.note or "")[:70])
        for n in report.notable
    ]  # fmt: skip
    headings = (texts.day, *((texts.rep,) if reps else ()), texts.contact, texts.account,
                texts.outcome, texts.note)  # fmt: skip
    # The day fits an ISO date (the command line's) as well as a short local one.
    widths = (20, 20, 30, 32, 32, 46) if reps else (20, 32, 36, 34, 58)
    _table(pdf, headings, rows, widths, align_right_from=99)
    if report.notable_total > len(report.notable):
        pdf.set_text_color(*MUTED)
        more = texts.more.replace("%1", texts.number(report.notable_total - len(report.notable)))
        pdf.cell(0, 5, more, new_x="LMARGIN", new_y="NEXT")
