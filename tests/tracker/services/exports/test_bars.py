"""The SVG bar charts: round ticks, bars as long as their values, legends, notes and empty charts."""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.services.exports.bars import (
    BarChart,
    Key,
    Series,
    columns,
    nice_ticks,
    rows,
    text_width,
)

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: bytes) -> ET.Element:
    return ET.fromstring(svg)


def bars(root: ET.Element, colour: str) -> list[ET.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("fill") == colour]


def texts(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


@given(st.floats(min_value=0.01, max_value=1e7, allow_nan=False))
def test_ticks_start_at_zero_reach_the_largest_value_in_round_equal_steps(largest: float) -> None:
    """From 0 past the largest value, equally spaced by 1, 2 or 5 × 10ⁿ, a handful of them."""
    ticks = nice_ticks(largest)
    assert ticks[0] == 0 and ticks[-1] >= largest
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1
    step = steps.pop()
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 5, 10)
    assert 2 <= len(ticks) <= 12


@given(st.integers(min_value=5, max_value=100_000))
def test_counts_get_whole_number_ticks(largest: int) -> None:
    """A count of calls is never labelled 2.5."""
    assert all(tick == int(tick) for tick in nice_ticks(largest))


def test_text_width_follows_the_font() -> None:
    """Wide letters measure wider, bold wider than regular, and width grows with the size."""
    assert text_width("WWW", 7) > text_width("iii", 7)
    assert text_width("Schröder", 7, bold=True) > text_width("Schröder", 7)
    assert text_width("Schröder", 14) == pytest.approx(2 * text_width("Schröder", 7))


def test_columns_are_as_tall_as_their_values_and_stack() -> None:
    """A day's connects sit on its other calls, each column as tall as its value."""
    chart = BarChart(
        categories=["Mon", "Tue", "Wed"],
        series=[Series(None, [10, 0, 4], "#aaaaaa"), Series(None, [5, 2, 0], "#0000ff")],
        empty_text="Nothing",
        keys=[Key("Calls", "#aaaaaa"), Key("Connects", "#0000ff"), Key("Goal", "#000000", True)],
        goal=12,
    )
    root = parse(columns(chart, 400, 200))
    grey = [rect for rect in bars(root, "#aaaaaa") if float(rect.get("width", 0)) > 6]
    blue = [rect for rect in bars(root, "#0000ff") if float(rect.get("width", 0)) > 6]
    assert len(grey) == 2 and len(blue) == 2  # no bars for the zeros
    unit = float(grey[0].get("height", 0)) / 10
    assert float(grey[1].get("height", 0)) == pytest.approx(4 * unit, abs=0.02)
    assert float(blue[0].get("height", 0)) == pytest.approx(5 * unit, abs=0.02)
    # Monday's connects start where its other calls end.
    assert float(blue[0].get("y", 0)) + float(blue[0].get("height", 0)) == pytest.approx(
        float(grey[0].get("y", 0)), abs=0.02
    )
    dashed = [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")]
    assert len(dashed) == 2  # the goal across, and its legend swatch
    assert {"Mon", "Tue", "Wed", "Calls", "Connects", "Goal"} <= set(texts(root))


def test_every_nth_column_is_labelled_and_labels_turn_when_crowded() -> None:
    """Sixty days cannot be labelled side by side: every fourth is, turned."""
    days = [f"2026-11-{day:02d}" for day in range(1, 61)]
    chart = BarChart(
        categories=days, series=[Series(None, [1] * 60, "#aaaaaa")], empty_text="", label_every=4
    )
    root = parse(columns(chart, 500, 200))
    labelled = [element for element in root.iter(f"{SVG}text") if element.text in days]
    assert [element.text for element in labelled] == days[::4]
    assert all("rotate(-35" in element.get("transform", "") for element in labelled)


def test_rows_run_from_the_top_with_notes_and_shortened_labels() -> None:
    """The first category is the top bar, each note follows its bar, a very long name is cut
    with an ellipsis instead of running off the picture."""
    long_name = "Konditorei und Café am Marktplatz Schröder & Söhne GmbH"
    chart = BarChart(
        categories=["Anna", long_name],
        series=[Series("Calls", [30, 10], "#aaaaaa")],
        empty_text="",
        notes=["48 %", None],
        headroom=1.15,
    )
    root = parse(rows(chart, 230, 120))
    top, bottom = bars(root, "#aaaaaa")[-2:]
    assert float(top.get("y", 0)) < float(bottom.get("y", 0))
    assert float(top.get("width", 0)) == pytest.approx(3 * float(bottom.get("width", 0)), abs=0.02)
    labels = texts(root)
    assert "48 %" in labels and "Anna" in labels
    cut = [label for label in labels if label.endswith("…")]
    assert len(cut) == 1 and long_name.startswith(cut[0][:-1].rstrip())


def test_an_empty_chart_says_so() -> None:
    """No bars, no axes: the chart's title and the sentence saying there is nothing yet."""
    chart = BarChart(
        categories=["A", "B"], series=[Series(None, [0, 0], "#aaaaaa")],
        empty_text="No activity in this period", title="Outcomes",
    )  # fmt: skip
    root = parse(rows(chart, 200, 150))
    assert texts(root) == ["Outcomes", "No activity in this period"]
    assert not bars(root, "#aaaaaa")


def test_text_is_escaped() -> None:
    """Names with &, < and quotes stay text, not markup."""
    chart = BarChart(
        categories=['Müller & <Söhne> "KG"'], series=[Series(None, [3], "#aaaaaa")], empty_text=""
    )
    assert 'Müller & <Söhne> "KG"' in texts(parse(rows(chart, 300, 100)))
