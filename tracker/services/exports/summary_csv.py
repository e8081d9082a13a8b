"""A summary as CSV: one row per done activity of the period, with stable codes."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path

COLUMNS = (
    "id",
    "day",
    "time",
    "kind",
    "outcome",
    "connected",
    "contact",
    "account",
    "deal",
    "duration_minutes",
    "attempt",
    "note",
)
CHUNK = 5000  # rows between progress reports


def write_activities_csv(
    path: Path,
    cells: Iterable[Sequence[str | int]],
    *,
    tick: Callable[[int], None] | None = None,
) -> int:
    """Write the rows of `activity_cells` (in COLUMNS order, already neutralised) as UTF-8 with
    a BOM, so spreadsheet programs see the umlauts; returns how many rows were written."""
    count = 0
    rows = iter(cells)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        while chunk := list(islice(rows, CHUNK)):
            writer.writerows(chunk)
            count += len(chunk)
            if tick is not None:
                tick(count)
    return count
