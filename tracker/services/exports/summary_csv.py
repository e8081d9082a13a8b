"""A summary as CSV: one row per done activity of the period, with stable codes."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tracker.storage.activity_rows import CSV_COLUMNS

COLUMNS = CSV_COLUMNS


def write_activities_csv(
    path: Path,
    chunks: Iterable[Sequence[Sequence[Any]]],
    *,
    tick: Callable[[int], None] | None = None,
) -> int:
    """Write the rows of `activity_rows` (CSV shape: COLUMNS, already neutralised) as UTF-8 with
    a BOM, so spreadsheet programs see the umlauts; returns how many rows were written. `tick`
    hears the count after each chunk (and may stop the export by raising)."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for rows in chunks:
            writer.writerows(rows)
            count += len(rows)
            if tick is not None:
                tick(count)
    return count
