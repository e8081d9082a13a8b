"""Exports as user actions: each writes one file atomically from one read transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from tracker.domain.enums import ActivityKind, Outcome
from tracker.domain.report_texts import ReportTexts
from tracker.domain.reports import Period, SummaryReport
from tracker.domain.team_report import TeamReport
from tracker.services.context import ServiceContext
from tracker.services.exports.files import ExportError, atomic_output
from tracker.services.progress import Progress
from tracker.services.reports.summary import ReportService
from tracker.storage.activity_rows import Shape
from tracker.storage.reports import count_done


class SummaryFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


class ContactsFormat(StrEnum):
    CSV = "csv"
    VCF = "vcf"


@dataclass(frozen=True)
class ExportResult:
    """Where the export went and how much it holds (activities, appointments or contacts)."""

    path: Path
    items: int
    pages: int | None = None
    report: SummaryReport | None = None


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda done: progress.report(done, total)


def _report(progress: Progress | None, done: int, total: int) -> None:
    """Tell the frontend how far the job is (0 of 0: busy, no count); raises Cancelled."""
    if progress is not None:
        progress.report(done, total)


class ExportService:
    """Summaries, the calendar of planned appointments, and the contacts, written to files."""

    def __init__(self, ctx: ServiceContext, reports: ReportService) -> None:
        self._ctx = ctx
        self._reports = reports

    def summary(
        self,
        period: Period,
        fmt: SummaryFormat,
        path: Path,
        *,
        texts: ReportTexts | None = None,
        progress: Progress | None = None,
        detail: bool = False,
    ) -> ExportResult:
        """Write the period's summary; every format shows the numbers of one SummaryReport.

        CSV lists every activity; the workbook (XLSX) and the PDF hold the report's figures, and
        the workbook also every activity when `detail` is asked for. `progress` hears about the
        activities written (for a summary without them: nothing to count, it just waits) and
        may cancel: nothing is left behind then.
        """
        texts = texts or ReportTexts()
        with self._ctx.db.read() as session, atomic_output(path) as partial:
            listing = fmt is SummaryFormat.CSV or (fmt is SummaryFormat.XLSX and detail)
            # Listing every activity: say how many are coming (the report counts them otherwise).
            total = count_done(session, period.start, period.end) if listing else 0
            _report(progress, 0, total)
            tick = _ticker(progress, total)
            report, pages = None, None
            if fmt is SummaryFormat.CSV:  # one row per activity: no need for the whole report
                from tracker.services.exports.summary_csv import write_activities_csv

                with self._reports.activity_rows(session, period, Shape.CSV) as chunks:
                    count = write_activities_csv(partial, chunks, tick=tick)
            else:
                report = self._reports.build(session, period)
                count = total if listing else report.totals.activities
                total = count
                _report(progress, 0, total if listing else 0)
                if fmt is SummaryFormat.PDF:
                    from tracker.services.exports.summary_pdf import write_summary_pdf

                    pages = write_summary_pdf(partial, report, texts)
                elif detail:
                    count = self._workbook(session, period, partial, report, texts, tick)
                else:
                    from tracker.services.exports.summary_xlsx import write_summary_xlsx

                    write_summary_xlsx(partial, report, texts)
            if count != total:  # the same transaction: this would be a bug
                raise ExportError(f"{path}: wrote {count} activities, the report counts {total}")
            _report(progress, total if listing else 1, total if listing else 1)  # last chance
        return ExportResult(path, count, pages, report)

    def _workbook(
        self,
        session: Session,
        period: Period,
        partial: Path,
        report: SummaryReport,
        texts: ReportTexts,
        tick: Callable[[int], None] | None,
    ) -> int:
        from tracker.services.exports.summary_xlsx import write_summary_xlsx

        labels = {kind.value: texts.kind_label(kind) for kind in ActivityKind} | {
            outcome.value: texts.outcome_label(outcome) for outcome in Outcome
        }
        with self._reports.activity_rows(session, period, Shape.SHEET, labels) as chunks:
            return write_summary_xlsx(partial, report, texts, detail=chunks, tick=tick)

    def team_summary(
        self,
        report: TeamReport,
        fmt: SummaryFormat,
        path: Path,
        *,
        texts: ReportTexts | None = None,
    ) -> ExportResult:
        """Write a team's report (from the team server, see TeamService.report): CSV a row per
        rep and the team's, the workbook and the PDF with charts. `items` counts the reps."""
        texts = texts or ReportTexts()
        pages = None
        with atomic_output(path) as partial:
            if fmt is SummaryFormat.CSV:
                from tracker.services.exports.team_csv import write_team_csv

                write_team_csv(partial, report)
            elif fmt is SummaryFormat.XLSX:
                from tracker.services.exports.team_xlsx import write_team_xlsx

                write_team_xlsx(partial, report, texts)
            else:
                from tracker.services.exports.team_pdf import write_team_pdf

                pages = write_team_pdf(partial, report, texts)
        return ExportResult(path, len(report.reps), pages)

    def calendar(
        self, path: Path, *, start: date | None = None, end: date | None = None
    ) -> ExportResult:
        """Planned fixed-time appointments from `start` (default today) to `end` as iCalendar."""
        from tracker.services.exports.calendar import planned_appointments, write_calendar

        with self._ctx.db.read() as session:
            first = start or self._ctx.today(session)
            if end is not None and end < first:
                raise ExportError(f"the calendar range ends ({end}) before it starts ({first})")
            prefs = self._ctx.preferences(session)
            events = planned_appointments(session, first, end, region=prefs.default_region)
        with atomic_output(path) as partial:
            write_calendar(partial, events, now=self._ctx.now())
        return ExportResult(path, len(events))

    def contacts(
        self, fmt: ContactsFormat, path: Path, *, progress: Progress | None = None
    ) -> ExportResult:
        """Every contact (not deleted) with phones, e-mails, address, account and tags."""
        from tracker.services.exports.contacts import (
            read_contacts,
            write_contacts_csv,
            write_vcards,
        )

        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            people = read_contacts(session)
        tick = _ticker(progress, len(people))
        with atomic_output(path) as partial:
            if fmt is ContactsFormat.CSV:
                write_contacts_csv(partial, people, tick=tick)
            else:
                write_vcards(partial, people, region=prefs.default_region, tick=tick)
        return ExportResult(path, len(people))
