"""The team report as a PDF for the sales manager (fpdf2): the team's totals, calls and connects
per rep, a row per rep with the team's sums, the team's coverage and stage conversion, goals per
rep and the team's notable outcomes. Built from the summary PDF's parts (its font, tiles, tables)
so both read alike."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import SummaryReport
from tracker.domain.team_report import TeamReport
from tracker.services.exports import charts
from tracker.services.exports.summary_pdf import (
    FONT,
    MUTED,
    _font_files,
    _heading,
    _image,
    _notable,
    _note,
    _table,
    _tile_grid,
    fpdf_class,
)
from tracker.services.exports.team_charts import rep_chart
from tracker.services.exports.team_table import rows


def _figures(texts: ReportTexts, figures: SummaryReport) -> list[str]:
    """A rep's (or the team's) row: calls, connects, rate, visits, appointments, deals won."""
    t = figures.totals
    return [
        texts.number(t.calls), texts.number(t.connects), texts.percent(t.connect_rate),
        texts.number(t.visits), texts.number(t.appointments), texts.number(figures.deals.won),
    ]  # fmt: skip


def write_team_pdf(path: Path, report: TeamReport, texts: ReportTexts) -> int:
    """Write the PDF; returns its page count."""
    FPDF = fpdf_class()

    regular, bold = _font_files()
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_creator("Groundgame")
    pdf.set_title(f"{texts.team_title} {texts.period_text(report.period.start, report.period.end)}")
    pdf.add_font(FONT, "", str(regular))
    pdf.add_font(FONT, "B", str(bold))
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=16)

    def draw_footer() -> None:
        pdf.set_y(-12)
        pdf.set_font(FONT, "", 7)
        pdf.set_text_color(*MUTED)
        label = texts.page.replace("%1", str(pdf.page_no())).replace("%2", "{nb}")
        pdf.cell(0, 4, f"Groundgame · {label}", align="R")

    pdf.footer = draw_footer  # type: ignore[method-assign]
    pdf.alias_nb_pages()
    pdf.add_page()
    _header(pdf, report, texts)
    _team_tiles(pdf, report, texts)
    _heading(pdf, f"{texts.calls} · {texts.connects} · {texts.visits}")
    _image(
        pdf,
        rep_chart(report, texts, charts.ChartSize(7.2, max(1.6, 0.3 * len(report.reps) + 0.9))),
        180,
    )
    _per_rep(pdf, report, texts)
    y = pdf.get_y() + 2
    width = 88
    if y + 72 > pdf.h - 16:
        pdf.add_page()
        y = pdf.get_y()
    pdf.image(io.BytesIO(charts.coverage_chart(report.team, texts, charts.ChartSize(3.5, 2.8))),
              x=15, y=y, w=width)  # fmt: skip
    pdf.image(io.BytesIO(charts.funnel_chart(report.team, texts, charts.ChartSize(3.5, 2.8))),
              x=15 + width + 4, y=y, w=width)  # fmt: skip
    pdf.set_y(y + width * 2.8 / 3.5 + 3)
    _goals(pdf, report, texts)
    _notable(pdf, report.team, texts)
    pdf.output(str(path))
    return pdf.pages_count


def _header(pdf: Any, report: TeamReport, texts: ReportTexts) -> None:
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 9, texts.team_title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(*MUTED)
    stamp = report.generated_at
    parts = [
        texts.period_text(report.period.start, report.period.end),
        f"{texts.reps}: {texts.number(len(report.reps))}",
        f"{texts.generated} {texts.format_day(stamp.date())} {stamp:%H:%M} UTC",
    ]
    pdf.cell(0, 5, "  ·  ".join(parts), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _team_tiles(pdf: Any, report: TeamReport, texts: ReportTexts) -> None:
    team = report.team
    t = team.totals
    won = texts.number(team.deals.won)
    if not report.mixed_currencies:
        won += f" · {texts.money(team.deals.won_value_cents, team.currency)}"
    never = sum(c.never for c in team.coverage)
    coverage = {c.tier.value: c for c in team.coverage}
    tiles = [
        (texts.calls, texts.number(t.calls)),
        (texts.connects, texts.number(t.connects)),
        (texts.connect_rate, texts.percent(t.connect_rate)),
        (texts.appointments, texts.number(t.appointments)),
        (texts.visits, texts.number(t.visits)),
        (texts.deals_won, won),
        (f"{texts.tier} A: {texts.within_ideal}", texts.percent(coverage["A"].share_within_ideal)),
        (texts.never, texts.number(never)),
    ]
    _tile_grid(pdf, tiles)


def _per_rep(pdf: Any, report: TeamReport, texts: ReportTexts) -> None:
    _heading(pdf, texts.per_rep)
    table = []
    for user, name, figures in rows(report):
        cells = _figures(texts, figures)
        coverage = [texts.percent(c.share_within_ideal) for c in figures.coverage]
        streak = texts.number(figures.streak) if user else "–"
        table.append((name if user else texts.team, *cells, *coverage, streak))
    headings = (texts.rep, texts.calls, texts.connects, texts.connect_rate, texts.visits,
                texts.appointments, texts.deals_won, *(f"{texts.tier} {c.tier.value}"
                for c in report.team.coverage), texts.streak)  # fmt: skip
    _table(pdf, headings, table, _widths(pdf, headings, table))
    _note(pdf, texts.team_note)


def _widths(pdf: Any, headings: tuple[str, ...], table: list[tuple[str, ...]]) -> list[float]:
    """Each number column as wide as its heading or widest value (in the table's fonts), the
    rep's names get what is left of the page's 180 mm (a long name is shortened, never a
    heading: German headings are longer)."""
    pdf.set_font(FONT, "B", 8)
    needed = [pdf.get_string_width(heading) + 3 for heading in headings]
    pdf.set_font(FONT, "", 8)
    for row in table:
        needed = [
            max(w, pdf.get_string_width(str(cell)) + 3) for w, cell in zip(needed, row, strict=True)
        ]
    numbers = sum(needed[1:])
    if numbers > 160:  # too wide even so: every column gives up its share
        scale = 160 / numbers
        needed = [needed[0], *(w * scale for w in needed[1:])]
    return [180 - sum(needed[1:]), *needed[1:]]


def _goals(pdf: Any, report: TeamReport, texts: ReportTexts) -> None:
    if not any(figures.goals for _u, _n, figures in rows(report)):
        return
    _heading(pdf, f"{texts.goals} · {texts.per_rep}")
    table = [
        (name if user else texts.team, texts.metric_label(goal.metric), texts.number(goal.target),
         texts.number(goal.actual), texts.percent(goal.share))
        for user, name, figures in rows(report)
        for goal in figures.goals
    ]  # fmt: skip
    _table(pdf, (texts.rep, "", texts.goal, texts.actual, texts.reached), table,
           (50, 40, 28, 28, 28), align_right_from=2)  # fmt: skip
