"""Exports agree with the report and read back: CSV, XLSX, PDF, ICS and vCard."""

from __future__ import annotations

import csv
import zipfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome
from tracker.domain.import_matching import Decision
from tracker.domain.report_math import per_week
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import Period, PeriodKind
from tracker.services.book import Book
from tracker.services.exports.files import ExportError
from tracker.services.exports.service import ContactsFormat, SummaryFormat
from tracker.services.location import DataLocation
from tracker.storage.records import ActivityRecord, ContactPhoneRecord, ContactRecord

LAST_WEEK = Period(date(2026, 11, 23), date(2026, 11, 29), PeriodKind.LAST_WEEK)


def test_csv_has_one_row_per_activity_matching_the_report(demo_book: Book, tmp_path: Path) -> None:
    """Counting the CSV's rows by kind and outcome gives the report's figures exactly."""
    result = demo_book.exports.summary(LAST_WEEK, SummaryFormat.CSV, tmp_path / "week.csv")
    report = demo_book.reports.summary(LAST_WEEK)
    assert report.totals.activities > 50
    with (tmp_path / "week.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == report.totals.activities == result.items
    pairs = Counter((row["kind"], row["outcome"]) for row in rows)
    expected = {
        (p.kind.value, p.outcome.value if p.outcome else ""): p.count
        for p in report.by_kind_outcome
    }
    assert dict(pairs) == expected
    calls = [r for r in rows if r["kind"] in ("call", "follow_up")]
    assert len(calls) == report.totals.calls
    assert sum(1 for r in calls if r["connected"] == "yes") == report.totals.connects
    assert all(LAST_WEEK.start.isoformat() <= r["day"] <= LAST_WEEK.end.isoformat() for r in rows)


SUMMARY_SHEETS = ["Summary", "Per week", "Per day", "Outcomes", "Stage conversion",
                  "Coverage of the book", "Open pipeline", "Notable outcomes"]  # fmt: skip


def _table(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(min_row=2, values_only=True))


def _blocks(sheet: Any) -> list[list[tuple[Any, ...]]]:
    """The data rows of each titled table down a sheet (title, headings, rows, a blank row)."""
    blocks: list[list[tuple[Any, ...]]] = []
    lines = list(sheet.iter_rows(values_only=True))
    index = 0
    while index < len(lines):
        rows = []
        index += 2  # the title and the headings
        while index < len(lines) and any(cell is not None for cell in lines[index]):
            rows.append(lines[index])
            index += 1
        blocks.append(rows)
        index += 1
    return blocks


def test_xlsx_is_a_summary_workbook_with_the_report_figures(
    demo_book: Book, tmp_path: Path
) -> None:
    """Without the detail: totals, weeks, days, outcomes, the funnel with its definition,
    coverage and the pipeline, each equal to the report, with native charts; no activity list."""
    import openpyxl

    path = tmp_path / "month.xlsx"
    november = Period(date(2026, 11, 1), date(2026, 11, 30))
    result = demo_book.exports.summary(november, SummaryFormat.XLSX, path)
    report = result.report
    assert report is not None and result.items == report.totals.activities
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SUMMARY_SHEETS
    summary: dict[str, object] = {}
    for row in workbook["Summary"].iter_rows(values_only=True):
        if row[0] and row[0] not in summary:  # totals come before goals: calls are the totals'
            summary[row[0]] = row[1]
    assert summary["Activities"] == report.totals.activities
    assert summary["Calls"] == report.totals.calls
    assert summary["Connect rate"] == pytest.approx(report.totals.connect_rate)
    assert summary["Appointments set"] == report.totals.appointments
    assert summary["Deals won"] == report.deals.won
    assert summary["Deals lost"] == report.deals.lost
    weeks = _table(workbook["Per week"])
    assert [(w[0].date(), w[1], w[2], w[3]) for w in weeks] == [
        (w.day, w.activities, w.calls, w.connects) for w in per_week(report.per_day)
    ]
    assert [row[1] for row in _table(workbook["Per day"])] == [d.activities for d in report.per_day]
    by_kind, by_outcome, pairs = _blocks(workbook["Outcomes"])
    assert sum(row[1] for row in by_kind) == report.totals.activities
    assert sum(row[1] for row in by_outcome) == report.totals.activities
    assert [row[1] for row in by_outcome] == sorted((row[1] for row in by_outcome), reverse=True)
    assert [row[2] for row in pairs] == [p.count for p in report.by_kind_outcome]
    funnel = workbook["Stage conversion"]
    steps = _table(funnel)[: len(report.funnel)]
    assert [(r[1], r[4], r[5], r[6]) for r in steps] == [
        (s.entered, s.won, s.lost, s.still_there) for s in report.funnel
    ]
    assert [r[2] for r in steps[:-1]] == [s.moved_on for s in report.funnel[:-1]]
    notes = [c for row in funnel.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("entered each stage in this period" in note for note in notes)
    coverage = _table(workbook["Coverage of the book"])
    assert [row[1] for row in coverage] == [c.accounts for c in report.coverage]
    pipeline = _table(workbook["Open pipeline"])
    assert [row[1] for row in pipeline] == [p.deals for p in report.pipeline]
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 4  # weeks, outcomes, funnel, coverage


def test_xlsx_detail_lists_every_activity_as_the_csv_does(demo_book: Book, tmp_path: Path) -> None:
    """With the detail, the Activities sheet has one row per activity: the CSV's days, local
    times, contacts and notes, kinds and outcomes in words."""
    import openpyxl

    demo_book.exports.summary(LAST_WEEK, SummaryFormat.CSV, tmp_path / "week.csv")
    result = demo_book.exports.summary(
        LAST_WEEK, SummaryFormat.XLSX, tmp_path / "week.xlsx", detail=True
    )
    assert result.report is not None and result.items == result.report.totals.activities
    workbook = openpyxl.load_workbook(tmp_path / "week.xlsx", read_only=True)
    assert workbook.sheetnames == [*SUMMARY_SHEETS, "Activities"]
    listed = _table(workbook["Activities"])
    with (tmp_path / "week.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(listed) == len(rows) == result.items
    for line, row in zip(listed, rows, strict=True):
        day, clock, kind, outcome, contact, account, deal, minutes, attempt, id_, note, on_site = (
            line
        )
        assert ("" if on_site is None else str(on_site)) == row["minutes_on_site"]
        assert id_ == row["id"] and day.date().isoformat() == row["day"]
        assert f"{clock.hour:02d}:{clock.minute:02d}" == row["time"]
        assert (contact, account or "", note or "") == (row["contact"], row["account"], row["note"])
        assert (deal or "", "" if minutes is None else str(minutes)) == (
            row["deal"], row["duration_minutes"],
        )  # fmt: skip
        assert kind == row["kind"].replace("_", " ").capitalize()
        assert (outcome or "") == row["outcome"].replace("_", " ").capitalize()
        assert attempt == int(row["attempt"])
    workbook.close()


def test_xlsx_detail_goes_on_in_another_sheet_past_the_row_limit(
    demo_book: Book, tmp_path: Path
) -> None:
    """Rows beyond a sheet's limit continue in "Activities 2", "Activities 3", none lost."""
    import openpyxl

    from tracker.services.exports.summary_xlsx import write_summary_xlsx
    from tracker.storage.activity_rows import Shape

    report = demo_book.reports.summary(LAST_WEEK)
    texts = ReportTexts()
    path = tmp_path / "split.xlsx"
    with (
        demo_book._ctx.db.read() as session,
        demo_book.reports.activity_rows(session, LAST_WEEK, Shape.SHEET) as chunks,
    ):
        count = write_summary_xlsx(path, report, texts, detail=chunks, rows_per_sheet=81)
    workbook = openpyxl.load_workbook(path, read_only=True)
    parts = [name for name in workbook.sheetnames if name.startswith("Activities")]
    assert parts == ["Activities", "Activities 2", "Activities 3"]
    sizes = [len(_table(workbook[name])) for name in parts]
    assert sizes[:2] == [80, 80] and sum(sizes) == count == report.totals.activities
    ids = [row[9] for name in parts for row in _table(workbook[name])]
    assert len(set(ids)) == count
    workbook.close()


def test_local_times_follow_the_zone_across_a_clock_change(book: Book, tmp_path: Path) -> None:
    """Calls just before and after the end of summer time show the Berlin wall time in the CSV
    and the workbook, as the contact's history does."""
    import openpyxl

    berlin = ZoneInfo("Europe/Berlin")
    moments = [datetime(2026, 10, 24, 23, 30, tzinfo=UTC), datetime(2026, 10, 25, 0, 59, tzinfo=UTC),
               datetime(2026, 10, 25, 1, 0, tzinfo=UTC), datetime(2026, 10, 26, 8, 5, tzinfo=UTC)]  # fmt: skip
    with book._ctx.db.write() as session:
        contact = ContactRecord(first_name="Zeit", last_name="Umstellung")
        session.add(contact)
        session.flush()
        for moment in moments:
            day = moment.astimezone(berlin).date()
            session.add(ActivityRecord(contact_id=contact.id, kind=ActivityKind.CALL,
                                       status=ActivityStatus.DONE, due_on=day, done_on=day,
                                       completed_at=moment, outcome=Outcome.NO_ANSWER))  # fmt: skip
    period = Period(date(2026, 10, 20), date(2026, 10, 30))
    book.exports.summary(period, SummaryFormat.CSV, tmp_path / "dst.csv")
    with (tmp_path / "dst.csv").open(encoding="utf-8-sig", newline="") as handle:
        times = [row["time"] for row in csv.DictReader(handle)]
    expected = [f"{m.astimezone(berlin):%H:%M}" for m in moments]
    assert times == expected == ["01:30", "02:59", "02:00", "09:05"]
    book.exports.summary(period, SummaryFormat.XLSX, tmp_path / "dst.xlsx", detail=True)
    sheet = openpyxl.load_workbook(tmp_path / "dst.xlsx")["Activities"]
    shown = [f"{row[1].hour:02d}:{row[1].minute:02d}" for row in _table(sheet)]
    assert shown == expected


def test_a_cancelled_export_leaves_nothing_behind(demo_book: Book, tmp_path: Path) -> None:
    """Cancel during the activity list: Cancelled is raised and no file (nor partial) remains."""
    from tracker.services.progress import Cancelled, Progress

    progress = Progress()
    seen: list[tuple[int, int]] = []

    def hear(done: int, total: int) -> None:
        seen.append((done, total))
        progress.cancel()

    progress.callback = hear
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "year.xlsx"
    year = Period(date(2025, 12, 2), date(2026, 12, 1))
    with pytest.raises(Cancelled):
        demo_book.exports.summary(year, SummaryFormat.XLSX, target, detail=True,
                                  progress=progress)  # fmt: skip
    assert seen and seen[0][1] > 1000  # it said how many activities were coming
    assert list(folder.iterdir()) == []


def test_pdf_is_one_or_two_pages_with_the_report_numbers(demo_book: Book, tmp_path: Path) -> None:
    """A week's PDF is manager-sized and prints the same totals as the report."""
    import pypdfium2

    path = tmp_path / "week.pdf"
    result = demo_book.exports.summary(LAST_WEEK, SummaryFormat.PDF, path)
    assert result.report is not None and result.pages in (1, 2)
    document = pypdfium2.PdfDocument(str(path))
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    totals = result.report.totals
    assert "Activity summary" in text and "2026-11-23 – 2026-11-29" in text
    for figure in (totals.calls, totals.connects, totals.visits, totals.appointments):
        assert str(figure) in text
    assert f"{round(totals.connect_rate * 100)} %" in text  # type: ignore[operator]


def test_formula_cells_are_neutralised_in_csv_and_xlsx(book: Book, tmp_path: Path) -> None:
    """A contact named '=HYPERLINK(…)' and a note '@SUM' come out as text, not formulas."""
    import openpyxl

    with book._ctx.db.write() as session:
        contact = ContactRecord(first_name='=HYPERLINK("http://x")', last_name="")
        session.add(contact)
        session.flush()
        done = datetime(2026, 11, 24, 10, tzinfo=ZoneInfo("Europe/Berlin"))
        session.add(
            ActivityRecord(contact_id=contact.id, kind=ActivityKind.CALL, status=ActivityStatus.DONE,
                           due_on=done.date(), done_on=done.date(), completed_at=done,
                           outcome=Outcome.CONNECTED, note="@SUM(A1:A9)")
        )  # fmt: skip
    demo = LAST_WEEK
    book.exports.summary(demo, SummaryFormat.CSV, tmp_path / "a.csv")
    row = next(csv.DictReader((tmp_path / "a.csv").open(encoding="utf-8-sig", newline="")))
    assert row["contact"] == '\'=HYPERLINK("http://x")' and row["note"] == "'@SUM(A1:A9)"
    book.exports.summary(demo, SummaryFormat.XLSX, tmp_path / "a.xlsx", detail=True)
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["Activities"]
    assert sheet["E2"].value == '\'=HYPERLINK("http://x")' and sheet["E2"].data_type == "s"
    assert sheet["K2"].value == "'@SUM(A1:A9)"


def test_calendar_reads_back_with_the_same_events_and_zones(
    demo_book: Book, tmp_path: Path
) -> None:
    """Every planned fixed-time item is an event at its wall time in its zone, with a VTIMEZONE."""
    from icalendar import Calendar

    path = tmp_path / "plan.ics"
    result = demo_book.exports.calendar(path, start=date(2026, 12, 1), end=date(2026, 12, 31))
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == result.items > 0
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    with demo_book._ctx.db.read() as session:
        planned = {
            f"{a.id}@groundgame": (a.time_zone, a.local_start, a.duration_minutes)
            for a in session.scalars(
                select(ActivityRecord).where(
                    ActivityRecord.status == ActivityStatus.PLANNED,
                    ActivityRecord.starts_at.is_not(None),
                    ActivityRecord.due_on >= date(2026, 12, 1),
                    ActivityRecord.due_on <= date(2026, 12, 31),
                )
            )
        }
    assert {str(e["UID"]) for e in events} == set(planned)
    for event in events:
        time_zone, local_start, minutes = planned[str(event["UID"])]
        start = event.decoded("DTSTART")
        assert str(start.tzinfo) == "Europe/Berlin" == time_zone
        assert start.replace(tzinfo=None) == local_start
        assert event.decoded("DTEND") - start == timedelta(minutes=minutes or 30)
        assert "DTSTART;TZID=Europe/Berlin" in path.read_text()


def test_vcard_export_reimports_to_the_same_contacts(
    demo_book: Book, tmp_path: Path, clock: object
) -> None:
    """Exported as vCard and imported into an empty book: the same names, phones and e-mails."""
    path = tmp_path / "all.vcf"
    exported = demo_book.exports.contacts(ContactsFormat.VCF, path).items

    def people(book: Book) -> Counter[tuple[str, str, frozenset[str], frozenset[str]]]:
        with book._ctx.db.read() as session:
            phones: dict[str, set[str]] = {}
            for contact_id, number in session.execute(
                select(ContactPhoneRecord.contact_id, ContactPhoneRecord.number)
            ):
                phones.setdefault(contact_id, set()).add(number)
            from tracker.services.exports.contacts import read_contacts

            return Counter(
                (c.first_name, c.last_name, frozenset(phones.get(c.id, ())), frozenset(c.emails))
                for c in read_contacts(session)
            )

    with Book.open(DataLocation(tmp_path / "other"), clock=clock) as other:  # type: ignore[arg-type]
        table = other.imports.read(path)
        report = other.imports.apply(
            table, other.imports.suggest(table).mapping, policy=Decision.ADD
        ).value
        assert (report.rows, report.new, report.invalid) == (exported, exported, 0)
        assert people(other) == people(demo_book)


def test_contacts_csv_reimports_too(demo_book: Book, tmp_path: Path, clock: object) -> None:
    """The contacts CSV (phones neutralised with an apostrophe) reads back into the same people."""
    path = tmp_path / "all.csv"
    exported = demo_book.exports.contacts(ContactsFormat.CSV, path).items
    with Book.open(DataLocation(tmp_path / "other"), clock=clock) as other:  # type: ignore[arg-type]
        from tracker.domain.import_matching import Decision

        table = other.imports.read(path)
        report = other.imports.apply(
            table, other.imports.suggest(table).mapping, policy=Decision.ADD
        ).value
        assert (report.new, report.invalid) == (exported, 0)


def test_export_into_a_missing_folder_fails_clearly(book: Book, tmp_path: Path) -> None:
    """No half-written file, and a message naming the folder."""
    with pytest.raises(ExportError, match="does not exist"):
        book.exports.contacts(ContactsFormat.CSV, tmp_path / "nope" / "x.csv")
