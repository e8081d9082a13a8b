"""Exports agree with the report and read back: CSV, XLSX, PDF, ICS and vCard."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome
from tracker.domain.import_matching import Decision
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


def test_xlsx_sheets_agree_with_the_report(demo_book: Book, tmp_path: Path) -> None:
    """Summary totals, every activity, the per-day rows and the pipeline equal the report's."""
    import openpyxl

    path = tmp_path / "week.xlsx"
    report = demo_book.exports.summary(LAST_WEEK, SummaryFormat.XLSX, path).report
    assert report is not None
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert workbook.sheetnames == ["Summary", "Activities", "Per day", "Pipeline"]
    summary: dict[str, object] = {}
    for row in workbook["Summary"].iter_rows(values_only=True):
        if row[0] == "Goals":  # the totals block ends where the goals begin
            break
        if row[0]:
            summary[row[0]] = row[1]
    assert summary["Activities"] == report.totals.activities
    assert summary["Calls"] == report.totals.calls
    assert summary["Connects"] == report.totals.connects
    assert summary["Connect rate"] == pytest.approx(report.totals.connect_rate)
    assert summary["Visits"] == report.totals.visits
    assert summary["Appointments set"] == report.totals.appointments
    activities = list(workbook["Activities"].iter_rows(min_row=2, values_only=True))
    assert len(activities) == report.totals.activities
    assert Counter(row[10] for row in activities) == Counter(
        {k.value: sum(p.count for p in report.by_kind_outcome if p.kind is k) for k in ActivityKind
         if any(p.kind is k for p in report.by_kind_outcome)}
    )  # fmt: skip
    per_day = list(workbook["Per day"].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in per_day] == [d.activities for d in report.per_day]
    assert [row[2] for row in per_day] == [d.calls for d in report.per_day]
    open_deals = list(workbook["Pipeline"].iter_rows(min_row=3, max_row=7, values_only=True))
    assert [row[1] for row in open_deals] == [p.deals for p in report.pipeline]
    assert [row[2] for row in open_deals] == [p.value_cents / 100 for p in report.pipeline]
    workbook.close()


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
    book.exports.summary(demo, SummaryFormat.XLSX, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["Activities"]
    assert sheet["E2"].value == '\'=HYPERLINK("http://x")' and sheet["E2"].data_type == "s"
    assert sheet["J2"].value == "'@SUM(A1:A9)"


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
