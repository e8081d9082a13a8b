"""A team's report as files on the manager's laptop: the CSV, the workbook and the PDF list each
rep and the team's sums, read back with the same figures, and a bad path leaves nothing."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tracker.domain.reports import Period
from tracker.domain.team_report import RepReport, TeamReport, team_summary
from tracker.services.book import Book
from tracker.services.exports.files import ExportError
from tracker.services.exports.service import SummaryFormat

WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))
SYNCED = datetime(2026, 12, 1, 7, 30, tzinfo=UTC)


@pytest.fixture
def team_report(demo_book: Book) -> TeamReport:
    """Two reps with the demo book's week (one of them named '=cmd', as a typed name can be)."""
    mine = demo_book.reports.summary(WEEK)
    second = replace(mine, rep_name="=cmd")
    reps = (RepReport("anna", True, SYNCED, mine), RepReport("bernd", False, None, second))
    now = datetime(2026, 12, 1, 8, tzinfo=UTC)
    team = team_summary([mine, second], WEEK, now, ["anna", "bernd"])
    return TeamReport(WEEK, now, reps, team)


def test_csv_lists_each_rep_and_the_teams_sums(
    demo_book: Book, team_report: TeamReport, tmp_path: Path
) -> None:
    """One row per rep and a `team` row with the sums; rates as fractions; the team has no
    streak; a name that looks like a formula is text; a rep who never synced has no date."""
    path = tmp_path / "team.csv"
    result = demo_book.exports.team_summary(team_report, SummaryFormat.CSV, path)
    assert result.items == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["row"] for r in rows] == ["rep", "rep", "team"]
    assert [r["rep"] for r in rows] == ["anna", "bernd", ""]
    calls = team_report.reps[0].summary.totals.calls
    assert [int(r["calls"]) for r in rows] == [calls, calls, 2 * calls]
    assert float(rows[2]["connect_rate"]) == round(team_report.team.totals.connect_rate or 0, 4)
    assert rows[0]["streak"] == str(team_report.reps[0].summary.streak) and rows[2]["streak"] == ""
    assert rows[1]["name"] == "'=cmd"
    assert rows[0]["last_sync"].startswith("2026-12-01T07:30") and rows[1]["last_sync"] == ""


def test_workbook_has_the_team_sheet_then_the_teams_summary_sheets(
    demo_book: Book, team_report: TeamReport, tmp_path: Path
) -> None:
    """*Team* lists the reps and the team (with a chart), goals and coverage per rep follow, then
    the sheets of a summary for the team's figures."""
    import openpyxl

    path = tmp_path / "team.xlsx"
    demo_book.exports.team_summary(team_report, SummaryFormat.XLSX, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [
        "Team", "Goals · Per rep", "Coverage of the book · Per rep", "Per week", "Per day",
        "Outcomes", "Stage conversion", "Coverage of the book", "Open pipeline",
        "Notable outcomes",
    ]  # fmt: skip
    rows = list(workbook["Team"].iter_rows(min_row=7, max_row=9, values_only=True))
    assert [row[0] for row in rows] == [team_report.reps[0].name, "'=cmd", "Team"]
    calls = team_report.reps[0].summary.totals.calls
    assert [row[3] for row in rows] == [calls, calls, 2 * calls]
    goals = list(workbook["Goals · Per rep"].iter_rows(min_row=2, values_only=True))
    assert len(goals) == 3 * len(team_report.team.goals)
    workbook.close()


def test_pdf_shows_the_team_and_each_rep(
    demo_book: Book, team_report: TeamReport, tmp_path: Path
) -> None:
    """The PDF names the period, each rep and the team, with the team's calls."""
    import pypdfium2

    path = tmp_path / "team.pdf"
    result = demo_book.exports.team_summary(team_report, SummaryFormat.PDF, path)
    assert result.pages in (1, 2, 3)
    document = pypdfium2.PdfDocument(str(path))
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    assert "Team summary" in text and "2026-11-23 – 2026-11-29" in text
    assert team_report.reps[0].name in text and "=cmd" in text
    assert f"{2 * team_report.reps[0].summary.totals.calls:,}" in text


def test_a_file_that_cannot_be_written_leaves_nothing(
    demo_book: Book, team_report: TeamReport, tmp_path: Path
) -> None:
    """A folder that does not exist is named in the error, and no partial file is left."""
    with pytest.raises(ExportError, match="does not exist"):
        demo_book.exports.team_summary(team_report, SummaryFormat.PDF, tmp_path / "no" / "t.pdf")
    assert not any(p.name.endswith(".partial") for p in tmp_path.rglob("*"))
