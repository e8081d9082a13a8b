"""Stacked bar charts as SVG: columns (one per day or week) and rows (one per outcome, stage,
tier or rep), with value ticks and grid lines, a legend, a goal line and a note at each bar's end.

Why not a plotting library: every chart Groundgame draws is one of these two shapes, and
matplotlib with numpy was 55 MB of the installed app; an SVG of rectangles and text is a page of
code. The same SVG is drawn by Qt on screen (QSvgRenderer, sharp at any scale) and by fpdf2 in
the PDF, where it stays vector graphics with real, selectable text.

Units are points (1/72 inch); the text is DejaVu Sans (resources/fonts), measured with its own
advance widths so labels are laid out exactly where Qt and fpdf2 put them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"
FONT_FAMILY = "DejaVu Sans"
FONT_FILES = {"": FONTS / "DejaVuSans.ttf", "B": FONTS / "DejaVuSans-Bold.ttf"}
INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#e4e7eb"
LABEL_SIZE = 7.0
LEGEND_SIZE = 6.5
TITLE_SIZE = 8.0
PAD = 4.0


@cache
def _advances(bold: bool) -> tuple[dict[int, int], int, float]:
    """Each character's advance width in font units, the fallback width, and units per em."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT_FILES["B" if bold else ""]), lazy=True)
    metrics = font["hmtx"].metrics
    widths = {code: metrics[glyph][0] for code, glyph in font.getBestCmap().items()}
    return widths, metrics[".notdef"][0], float(font["head"].unitsPerEm)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide `text` is set in DejaVu Sans at `size` points."""
    widths, fallback, units = _advances(bold)
    return sum(widths.get(ord(char), fallback) for char in text) * size / units


def nice_ticks(largest: float, *, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `largest`: steps of 1, 2 or 5 × 10ⁿ (whole numbers
    when `largest` is a count of at least `count`)."""
    if largest <= 0:
        return [0.0, 1.0]
    rough = largest / count
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    if largest >= count:
        step = max(1.0, round(step))
    steps = math.ceil(largest / step - 1e-9)
    while step * steps < largest:  # a value a rounding error above a tick gets the next one
        steps += 1
    return [step * index for index in range(steps + 1)]


def tick_label(value: float) -> str:
    return f"{value:g}"


class Canvas:
    """An SVG picture of `width` × `height` points, drawn into in order."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self._parts: list[str] = []

    def rect(self, x: float, y: float, width: float, height: float, fill: str) -> None:
        if width > 0 and height > 0:
            self._parts.append(
                f'<rect x="{x:.2f}" y="{y:.2f}" width="{width:.2f}" height="{height:.2f}" '
                f'fill="{fill}"/>'
            )

    def line(
        self,
        start: tuple[float, float],
        end: tuple[float, float],
        *,
        colour: str = GRID,
        width: float = 0.6,
        dashed: bool = False,
    ) -> None:
        dash = ' stroke-dasharray="3 2"' if dashed else ""
        self._parts.append(
            f'<line x1="{start[0]:.2f}" y1="{start[1]:.2f}" x2="{end[0]:.2f}" y2="{end[1]:.2f}" '
            f'stroke="{colour}" stroke-width="{width}"{dash}/>'
        )

    def text(
        self,
        x: float,
        baseline: float,
        content: str,
        *,
        size: float = LABEL_SIZE,
        colour: str = MUTED,
        anchor: Literal["start", "middle", "end"] = "start",
        bold: bool = False,
        turn: float = 0.0,
    ) -> None:
        """Text whose baseline starts (or centres, or ends) at x; turned `turn` degrees about
        that point (negative: counter-clockwise)."""
        weight = ' font-weight="bold"' if bold else ""
        rotate = f' transform="rotate({turn:g} {x:.2f} {baseline:.2f})"' if turn else ""
        self._parts.append(
            f'<text x="{x:.2f}" y="{baseline:.2f}" font-family={quoteattr(FONT_FAMILY)} '
            f'font-size="{size:g}" fill="{colour}" text-anchor="{anchor}"{weight}{rotate}>'
            f"{escape(content)}</text>"
        )

    def svg(self) -> bytes:
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width:.2f}pt" '
            f'height="{self.height:.2f}pt" viewBox="0 0 {self.width:.2f} {self.height:.2f}">'
        )
        background = f'<rect width="{self.width:.2f}" height="{self.height:.2f}" fill="#ffffff"/>'
        return "".join([head, background, *self._parts, "</svg>"]).encode("utf-8")


@dataclass(frozen=True)
class Series:
    """One layer of the stacks: a value per category, one colour or one per category; a legend
    entry unless `label` is None."""

    label: str | None
    values: Sequence[float]
    colours: str | Sequence[str]

    def colour(self, index: int) -> str:
        return self.colours if isinstance(self.colours, str) else self.colours[index]


@dataclass(frozen=True)
class Key:
    """A legend entry: a colour swatch, or a dashed line for a goal."""

    label: str
    colour: str
    dashed: bool = False


@dataclass(frozen=True)
class BarChart:
    """What a chart shows: a stack per category (the series' values, in order), with what is
    said around it; `columns` and `rows` lay it out."""

    categories: Sequence[str]
    series: Sequence[Series]
    empty_text: str
    title: str | None = None
    keys: Sequence[Key] = ()  # the legend; by default each labelled series
    legend: Literal["top", "bottom"] = "top"
    legend_columns: int = 4
    notes: Sequence[str | None] = field(default_factory=tuple)  # after each bar (rows only)
    value_max: float | None = None  # the axis' end; by default the largest stack
    headroom: float = 1.0  # the axis ends at this multiple of the largest stack
    goal: float | None = None  # a dashed line across at this value (columns only)
    label_every: int = 1  # columns: label every n-th category
    unit: str = ""  # after each tick value ("%")

    def totals(self) -> list[float]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def legend_keys(self) -> list[Key]:
        if self.keys:
            return list(self.keys)
        return [Key(s.label, s.colour(0)) for s in self.series if s.label is not None]

    def is_empty(self) -> bool:
        return not any(self.totals())


def _axis_end(chart: BarChart) -> tuple[float, list[float]]:
    largest = max([*chart.totals(), chart.goal or 0.0]) * chart.headroom
    if chart.value_max is not None:
        ticks = nice_ticks(chart.value_max)
        return chart.value_max, [t for t in ticks if t <= chart.value_max + 1e-9]
    ticks = nice_ticks(largest)
    if chart.headroom > 1:
        # The room is for the notes after the bars: the axis ends there, not at the next tick.
        return largest, [t for t in ticks if t <= largest + 1e-9]
    return max(ticks[-1], largest), ticks


LEGEND_LINE = LEGEND_SIZE + 4.0


def _legend_height(keys: Sequence[Key], columns: int) -> float:
    return math.ceil(len(keys) / columns) * LEGEND_LINE


def _legend(canvas: Canvas, keys: Sequence[Key], columns: int, left: float, top: float) -> float:
    """Draws the legend in rows of `columns` entries from (left, top); returns its height."""
    if not keys:
        return 0.0
    swatch, gap = 6.0, 10.0
    widths = [swatch + 3 + text_width(key.label, LEGEND_SIZE) for key in keys]
    column_width = [
        max(widths[i] for i in range(column, len(keys), columns))
        for column in range(min(columns, len(keys)))
    ]
    for index, key in enumerate(keys):
        row, column = divmod(index, columns)
        x = left + sum(column_width[:column]) + gap * column
        y = top + row * LEGEND_LINE
        if key.dashed:
            canvas.line((x, y + 3), (x + swatch, y + 3), colour=key.colour, width=0.8, dashed=True)
        else:
            canvas.rect(x, y, swatch, swatch, key.colour)
        canvas.text(x + swatch + 3, y + swatch - 0.5, key.label, size=LEGEND_SIZE, colour=INK)
    return _legend_height(keys, columns)


def _empty(canvas: Canvas, chart: BarChart) -> bytes:
    top = PAD
    if chart.title:
        canvas.text(PAD, top + TITLE_SIZE, chart.title, size=TITLE_SIZE, colour=INK)
    canvas.text(canvas.width / 2, canvas.height / 2 + 3, chart.empty_text, size=8,
                anchor="middle")  # fmt: skip
    return canvas.svg()


def columns(chart: BarChart, width: float, height: float) -> bytes:
    """Stacked columns left to right, the legend above, labels under the columns (turned when
    they would not fit side by side), a dashed goal line across."""
    canvas = Canvas(width, height)
    if chart.is_empty():
        return _empty(canvas, chart)
    end, ticks = _axis_end(chart)
    labels = [
        label if i % chart.label_every == 0 else "" for i, label in enumerate(chart.categories)
    ]
    tick_width = max(text_width(tick_label(t) + chart.unit, LABEL_SIZE) for t in ticks)
    left = PAD + tick_width + 4
    right = width - PAD
    slot = (right - left) / len(chart.categories)
    widest = max(text_width(label, LABEL_SIZE) for label in labels)
    turn = widest + 2 > slot * chart.label_every
    drop = widest * math.sin(math.radians(35)) + LABEL_SIZE if turn else LABEL_SIZE
    top = PAD + _legend(canvas, chart.legend_keys(), chart.legend_columns, left, PAD) + 4
    bottom = height - PAD - drop - 3
    scale = (bottom - top) / end
    for tick in ticks:
        y = bottom - tick * scale
        canvas.line((left, y), (right, y))
        canvas.text(left - 4, y + 2.5, tick_label(tick) + chart.unit, anchor="end")
    bar = slot * 0.75
    for index, label in enumerate(labels):
        x = left + slot * index + (slot - bar) / 2
        base = bottom
        for series in chart.series:
            value = series.values[index] * scale
            canvas.rect(x, base - value, bar, value, series.colour(index))
            base -= value
        if label:
            centre = x + bar / 2
            if turn:
                canvas.text(centre + 2, bottom + LABEL_SIZE + 1, label, anchor="end", turn=-35)
            else:
                canvas.text(centre, bottom + LABEL_SIZE + 2, label, anchor="middle")
    canvas.line((left, bottom), (right, bottom), colour=GRID, width=0.8)
    if chart.goal is not None:
        y = bottom - chart.goal * scale
        canvas.line((left, y), (right, y), colour=INK, width=0.8, dashed=True)
    return canvas.svg()


def rows(chart: BarChart, width: float, height: float) -> bytes:
    """Stacked bars top to bottom (the first category on top), labels on the left, the title
    above, a note after each bar, value ticks under the bars and the legend above or below."""
    canvas = Canvas(width, height)
    if chart.is_empty():
        return _empty(canvas, chart)
    end, ticks = _axis_end(chart)
    label_width = max(text_width(label, LABEL_SIZE) for label in chart.categories)
    left = PAD + min(label_width, width * 0.45) + 5
    # Room for the last tick's label, centred under the end of the axis.
    right = width - PAD - max(2.0, text_width(tick_label(ticks[-1]) + chart.unit, LABEL_SIZE) / 2)
    top = PAD
    if chart.title:
        canvas.text(PAD, top + TITLE_SIZE, chart.title, size=TITLE_SIZE, colour=INK)
        top += TITLE_SIZE + 5
    keys = chart.legend_keys()
    legend_height = _legend_height(keys, chart.legend_columns)
    if chart.legend == "top":
        top += _legend(canvas, keys, chart.legend_columns, left, top) + 2
        bottom = height - PAD - LABEL_SIZE - 4
    else:
        bottom = height - PAD - legend_height - LABEL_SIZE - 8
        _legend(canvas, keys, chart.legend_columns, PAD, height - PAD - legend_height)
    scale = (right - left) / end
    for tick in ticks:
        x = left + tick * scale
        canvas.line((x, top), (x, bottom))
        canvas.text(x, bottom + LABEL_SIZE + 3, tick_label(tick) + chart.unit, anchor="middle")
    slot = (bottom - top) / len(chart.categories)
    bar = min(slot * 0.75, 16.0)
    for index, label in enumerate(chart.categories):
        y = top + slot * index + (slot - bar) / 2
        x = left
        for series in chart.series:
            value = series.values[index] * scale
            canvas.rect(x, y, value, bar, series.colour(index))
            x += value
        middle = y + bar / 2 + 2.5
        canvas.text(left - 4, middle, _fit(label, left - PAD - 4), anchor="end", colour=INK)
        note = chart.notes[index] if index < len(chart.notes) else None
        if note:
            canvas.text(x + 3, middle, note, size=LEGEND_SIZE, colour=INK)
    canvas.line((left, top), (left, bottom), colour=GRID, width=0.8)
    return canvas.svg()


def _fit(label: str, room: float) -> str:
    """The label, shortened with an ellipsis when wider than `room` points."""
    if text_width(label, LABEL_SIZE) <= room:
        return label
    while label and text_width(label + "…", LABEL_SIZE) > room:
        label = label[:-1]
    return label.rstrip() + "…"
