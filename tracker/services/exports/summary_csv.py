"""A summary as CSV: one row per done activity of the period, with stable codes."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from tracker.domain.reports import ActivityLine
from tracker.domain.spreadsheet import neutralize

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


def write_activities_csv(
    path: Path, lines: Iterable[ActivityLine], *, tick: Callable[[int], None] | None = None
) -> int:
    """Write the lines (UTF-8 with BOM so spreadsheet programs see the umlauts); returns rows."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for line in lines:
            writer.writerow(
                (
                    line.id,
                    line.day.isoformat(),
                    line.completed_local.strftime("%H:%M") if line.completed_local else "",
                    line.kind.value,
                    line.outcome.value if line.outcome else "",
                    "" if line.outcome is None else ("yes" if line.outcome.connected else "no"),
                    neutralize(line.contact),
                    neutralize(line.account or ""),
                    neutralize(line.deal or ""),
                    "" if line.duration_minutes is None else line.duration_minutes,
                    line.attempt,
                    neutralize(line.note or ""),
                )
            )
            count += 1
            if tick is not None and count % 5000 == 0:
                tick(count)
    return count
