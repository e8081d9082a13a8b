"""Reports view, export dialog and the import wizard, driven as a rep would (offscreen)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tracker.domain.import_matching import Decision, RowStatus
from tracker.domain.reports import PeriodKind
from tracker.services.book import Book
from tracker.storage.records import ContactRecord
from ui.dialogs.export import ExportDialog
from ui.dialogs.import_contacts import ImportWizard
from ui.main_window import MainWindow
from ui.models.import_preview import ImportPreviewModel
from ui.models.report_days import DayFiguresModel
from ui.models.report_funnel import FunnelModel
from ui.report_texts import format_day
from ui.views.reports import ReportsView

from ..tracker.services.imports.test_imports import GERMAN


def contacts(book: Book) -> int:
    with book._ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ContactRecord)) or 0)


def test_reports_view_shows_the_report_numbers(demo_window: MainWindow) -> None:
    """Last week's tiles and per-day table show the same figures as the core's report."""
    demo_window.show_page("reports")
    view = demo_window.views["reports"]
    assert isinstance(view, ReportsView)
    view.show_range(PeriodKind.LAST_WEEK)
    report = demo_window.book.reports.summary(demo_window.book.reports.period(PeriodKind.LAST_WEEK))
    assert view.report == report
    assert view.tiles["calls"].value.text() == str(report.totals.calls)
    assert view.days.rowCount() == len(report.per_day)
    assert view.activity_chart.pixmap() is not None and not view.activity_chart.pixmap().isNull()


def test_reports_view_shows_the_cohort_funnel_and_its_definition(demo_window: MainWindow) -> None:
    """The stage table shows each stage's entered, moved on, won, lost and still open deals as
    the report counts them, and the note under it says what they mean and as of when."""
    demo_window.show_page("reports")
    view = demo_window.views["reports"]
    assert isinstance(view, ReportsView)
    view.show_range(PeriodKind.CUSTOM)
    view.start.setDate(QDate(2026, 11, 1))
    view.end.setDate(QDate(2026, 11, 30))
    view.refresh()
    report = view.report
    assert report is not None and any(step.moved_on for step in report.funnel)
    model = view.funnel
    assert model.rowCount() == len(report.funnel)
    for row, step in enumerate(report.funnel):
        cells = [model.index(row, column).data() for column in range(model.columnCount())]
        assert cells[model.ENTERED] == str(step.entered)
        assert cells[model.WON] == str(step.won)
        assert cells[model.LOST] == str(step.lost)
        assert cells[model.STILL_OPEN] == str(step.still_there)
        if step.conversion is None:
            assert cells[model.CONVERSION] == "–"
        else:
            assert cells[model.MOVED_ON] == str(step.moved_on)
            assert cells[model.CONVERSION] == f"{round(step.conversion * 100)} %"
    note = view.funnel_note.text()
    assert "entered each stage in this period" in note
    assert f"where they stand on {format_day(date(2026, 12, 1))}:" in note  # the report's day


def test_models_pass_the_model_tester(qtmodeltester, demo_book: Book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Reports view's and the import preview's table models behave as Qt expects."""
    report = demo_book.reports.summary(demo_book.reports.period(PeriodKind.LAST_WEEK))
    days = DayFiguresModel()
    days.set_rows(list(report.per_day))
    qtmodeltester.check(days)
    funnel = FunnelModel()
    funnel.set_rows(list(report.funnel))
    qtmodeltester.check(funnel)
    path = tmp_path / "crm.csv"
    path.write_bytes(GERMAN.encode())
    table = demo_book.imports.read(path)
    preview = ImportPreviewModel()
    preview.set_rows(
        list(demo_book.imports.preview(table, demo_book.imports.suggest(table).mapping).lines)
    )
    qtmodeltester.check(preview)


def test_export_dialog_writes_the_summary(
    qtbot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Choosing PDF and a file writes the summary in the background and closes the dialog."""
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    period = demo_window.book.reports.period(PeriodKind.LAST_WEEK)
    dialog = ExportDialog(demo_window.book, demo_window.operations, demo_window, period=period)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.export_to(tmp_path / "week.pdf")
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20000)
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")
    dialog.contacts.setChecked(True)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["csv", "vcf"]


def test_export_dialog_adds_the_activity_list_to_a_workbook_when_asked(
    qtbot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The "list every activity" box is offered for the workbook only; ticked, the workbook
    gets its Activities sheet with one row per activity of the period."""
    import openpyxl

    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    period = demo_window.book.reports.period(PeriodKind.LAST_WEEK)
    dialog = ExportDialog(demo_window.book, demo_window.operations, demo_window, period=period)
    qtbot.addWidget(dialog)
    enabled = {}
    for fmt in ("pdf", "xlsx", "csv"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        enabled[fmt] = dialog.detail.isEnabled()
    assert enabled == {"pdf": False, "xlsx": True, "csv": False}
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.detail.setChecked(True)
    dialog.export_to(tmp_path / "week.xlsx")
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20000)
    workbook = openpyxl.load_workbook(tmp_path / "week.xlsx", read_only=True)
    rows = sum(1 for _ in workbook["Activities"].iter_rows(min_row=2))
    workbook.close()
    assert rows == demo_window.book.reports.summary(period).totals.activities > 0
    dialog.contacts.setChecked(True)
    assert dialog.detail.isHidden()


def test_cancel_in_the_progress_dialog_stops_an_export(
    qtbot, demo_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the progress dialog reaches the running export at its next report: it stops,
    nothing is announced as saved and no file is left."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from tracker.domain.reports import Period
    from tracker.services.exports.service import SummaryFormat
    from tracker.services.progress import Progress

    started, finished = threading.Event(), []
    book = demo_window.book
    folder = tmp_path / "exports"
    folder.mkdir()
    period = Period(date(2025, 12, 2), date(2026, 12, 1))

    def work(progress: Progress) -> object:
        inner = progress.callback

        def report(done: int, total: int) -> None:
            started.set()
            if inner is not None:
                inner(done, total)
            progress.cancel_event.wait(10)  # the rep needs a moment to press Cancel

        progress.callback = report
        return book.exports.summary(
            period, SummaryFormat.XLSX, folder / "year.xlsx", detail=True, progress=progress
        )

    demo_window.operations.run_job("Exporting…", work, on_done=finished.append)
    assert started.wait(10)
    dialog = demo_window.findChild(QProgressDialog)
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: not demo_window.operations.busy, timeout=20000)
    assert finished == [] and list(folder.iterdir()) == []


def test_import_wizard_maps_previews_imports(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The wizard guesses the German columns, previews the rows and imports the new ones."""
    path = tmp_path / "crm.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    book = window.book
    wizard = ImportWizard(book, window.operations, book.imports.read(path), window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.mapping_page is not None and wizard.mapping_page.isComplete()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.report is not None
    assert (page.report.new, page.report.duplicates, page.report.invalid) == (2, 1, 1)
    # The rep decides to import the duplicate (row 4) anyway.
    page.proxy.set_status(RowStatus.DUPLICATE.value)
    page.view.selectRow(0)
    page.decide_selected(Decision.ADD)
    qtbot.waitUntil(lambda: page.report is not None and page.report.new == 3, timeout=10000)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10000)
    assert contacts(book) == 3
    assert book.imports.last_import() is not None
