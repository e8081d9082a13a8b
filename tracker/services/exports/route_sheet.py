"""The day's route as a one-page PDF for the glovebox (fpdf2, no Qt): the visits in driving order
with times, km and addresses, the warnings, and a sketch of the drive — points, legs, numbers,
no map tiles (nothing to download)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.domain.geo import Coordinates, sketch_positions
from tracker.domain.route import DayRoute
from tracker.services.exports.files import atomic_output
from tracker.services.exports.summary_pdf import (
    ACCENT,
    FONT,
    INK,
    MUTED,
    RULE,
    TILE,
    _font_files,
    fpdf_class,
)

LATE = (201, 42, 42)


@dataclass(frozen=True)
class RouteSheetTexts:
    """The words of the sheet; English by default, the app passes its own."""

    title: str = "Route for %1"
    summary: str = "%1 km · %2 driving · %3 visits"
    start_home: str = "Starts at your start point"
    start_first: str = "Starts at the first visit"
    number: str = "#"
    time: str = "Time"
    visit: str = "Visit"
    address: str = "Address"
    km: str = "km"
    late: str = "Cannot make %1: %2 min late"
    apart: str = "No position: placed at the end"
    done: str = "Done"
    footer: str = "Distances are straight lines × %1; times at %2 km/h."

    def duration(self, minutes: float) -> str:
        whole = round(minutes)
        return f"{whole // 60}:{whole % 60:02d} h"


def write_route_sheet(day: DayRoute, path: Path, texts: RouteSheetTexts | None = None) -> Path:
    """Write the sheet (A4 portrait) to `path` through a temporary sibling; returns the path."""
    FPDF = fpdf_class()

    texts = texts or RouteSheetTexts()
    regular, bold = _font_files()
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_creator("Groundgame")
    pdf.add_font(FONT, "", str(regular))
    pdf.add_font(FONT, "B", str(bold))
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    route = day.route
    title = texts.title.replace("%1", f"{day.day:%a} {day.day.isoformat()}")
    pdf.set_title(title)
    pdf.set_font(FONT, "B", 15)
    pdf.set_text_color(*INK)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(*MUTED)
    summary = (
        texts.summary.replace("%1", f"{route.km:.0f}")
        .replace("%2", texts.duration(route.drive_minutes))
        .replace("%3", str(len(day.visits)))
    )
    start = texts.start_home if route.start else texts.start_first
    pdf.cell(0, 5, f"{summary}  ·  {start}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _sketch(pdf, day, 180, 88)
    _stops(pdf, day, texts)
    pdf.ln(2)
    pdf.set_font(FONT, "", 7)
    pdf.set_text_color(*MUTED)
    note = texts.footer.replace("%1", f"{day.settings.road_factor:g}").replace(
        "%2", f"{day.settings.speed_kmh:g}"
    )
    pdf.multi_cell(0, 4, note)
    with atomic_output(path) as temporary:
        pdf.output(str(temporary))
    return path


def _sketch(pdf: Any, day: DayRoute, width: float, height: float) -> None:
    """Points, legs and numbers of the route, north up, inside a light frame."""
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(*TILE)
    pdf.set_draw_color(*RULE)
    pdf.rect(x0, y0, width, height, style="DF")
    route = day.route
    points: list[Coordinates] = []
    if route.start is not None:
        points.append(route.start)
    points += [leg.stop.position for leg in route.legs if leg.stop.position is not None]
    placed = sketch_positions(points, width, height, margin=8)
    at = [(x0 + x, y0 + y) for x, y in placed]
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.6)
    for (ax, ay), (bx, by) in itertools.pairwise(at):
        pdf.line(ax, ay, bx, by)
    offset = 1 if route.start is not None else 0
    if route.start is not None and at:
        sx, sy = at[0]
        pdf.set_fill_color(*INK)
        pdf.rect(sx - 2, sy - 2, 4, 4, style="F")
    pdf.set_font(FONT, "B", 7)
    for number, leg in enumerate(route.legs, 1):
        x, y = at[number - 1 + offset]
        colour = LATE if leg.late else (ACCENT if leg.stop.fixed else INK)
        pdf.set_fill_color(*colour)
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.4)
        pdf.ellipse(x - 2.6, y - 2.6, 5.2, 5.2, style="DF")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x - 2.6, y - 2.0)
        pdf.cell(5.2, 4, str(number), align="C")
    pdf.set_text_color(*INK)
    pdf.set_xy(x0, y0 + height + 3)


def _stops(pdf: Any, day: DayRoute, texts: RouteSheetTexts) -> None:
    widths = (8, 16, 60, 76, 20)
    headings = (texts.number, texts.time, texts.visit, texts.address, texts.km)
    line = 5.2
    pdf.set_font(FONT, "B", 8)
    pdf.set_fill_color(*TILE)
    pdf.set_text_color(*INK)
    for text, width in zip(headings, widths, strict=True):
        pdf.cell(width, line, text, fill=True, align="R" if text == texts.km else "L")
    pdf.ln(line)
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)
    for number, leg in enumerate(day.route.legs, 1):
        visit = day.visit(leg.stop)
        when = visit.fixed_at.strftime("%H:%M") if visit.fixed_at else ""
        if not when and leg.arrive is not None:
            when = f"~{leg.arrive:%H:%M}"
        _row(
            pdf,
            widths,
            line,
            (str(number), when, visit.label, visit.address or "", f"{leg.km:.1f}"),
        )
        if leg.late and visit.fixed_at is not None:
            pdf.set_text_color(*LATE)
            pdf.set_font(FONT, "B", 8)
            warning = texts.late.replace("%1", f"{visit.fixed_at:%H:%M}").replace(
                "%2", f"{leg.late_minutes:.0f}"
            )
            pdf.cell(widths[0] + widths[1], line, "")
            pdf.cell(sum(widths[2:]), line, warning, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(*INK)
    for stop in day.route.unplaced:
        visit = day.visit(stop)
        when = visit.fixed_at.strftime("%H:%M") if visit.fixed_at else ""
        who = f"{visit.label} · {visit.contact}" if visit.account else visit.label
        where = f"{visit.address} ({texts.apart})" if visit.address else texts.apart
        _row(pdf, widths, line, ("–", when, who, where, ""))


def _row(pdf: Any, widths: tuple[float, ...], line: float, cells: tuple[str, ...]) -> None:
    pdf.set_font(FONT, "", 8)
    for text, width in zip(cells, widths, strict=True):
        shown = text
        while shown and pdf.get_string_width(shown) > width - 1.5:
            shown = shown[:-2] + "…"
        pdf.cell(width, line, shown, align="R" if width == widths[-1] else "L")
    pdf.ln(line)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.l_margin + sum(widths), y)
