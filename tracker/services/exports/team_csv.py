"""The team report as CSV: one row per rep and the team's row, stable codes for headings
(tracker.services.exports.team_table), UTF-8 with a BOM so spreadsheet programs see umlauts."""

from __future__ import annotations

import csv
from pathlib import Path

from tracker.domain.spreadsheet import neutralize
from tracker.domain.team_report import TeamReport
from tracker.services.exports.team_table import COLUMNS, rows, value

HEADINGS = ("row", "rep", "name", *(column.code for column in COLUMNS), "last_sync")


def write_team_csv(path: Path, report: TeamReport) -> int:
    """Write the table; returns how many reps it lists. `row` is `rep` or `team`; shares are
    fractions (0.4795), money is in currency units, empty where nothing applies."""
    synced = {rep.user: rep.last_sync for rep in report.reps}
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADINGS)
        for user, name, figures in rows(report):
            team = not user
            cells = [
                value(column, figures, team=team, mixed=report.mixed_currencies)
                for column in COLUMNS
            ]
            last = synced.get(user)
            writer.writerow(
                [
                    "team" if team else "rep",
                    neutralize(user),
                    neutralize(name),
                    *("" if cell is None else round(cell, 4) if isinstance(cell, float) else cell
                      for cell in cells),
                    last.isoformat() if last else "",
                ]
            )  # fmt: skip
    return len(report.reps)
