"""File → Export…: the activity summary (PDF, Excel, CSV), planned appointments (ICS), contacts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.reports import Period, PeriodKind, ReportError
from tracker.services.book import Book
from tracker.services.exports.service import ContactsFormat, ExportResult, SummaryFormat
from tracker.services.progress import Progress
from ui.operations import Operations
from ui.report_texts import report_texts

SUMMARY, CALENDAR, CONTACTS = "summary", "calendar", "contacts"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportDialog(QDialog):
    """Choose what to export and how; the file is written by a cancellable background job."""

    def __init__(
        self,
        book: Book,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        period: Period | None = None,
        what: str = SUMMARY,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.summary = QRadioButton(self.tr("&Activity summary for your manager"))
        self.calendar = QRadioButton(self.tr("&Planned appointments (calendar file)"))
        self.contacts = QRadioButton(self.tr("&Contacts"))
        {SUMMARY: self.summary, CALENDAR: self.calendar, CONTACTS: self.contacts}[what].setChecked(
            True
        )
        period = period or book.reports.period(PeriodKind.LAST_WEEK)
        self.start = QDateEdit(_qdate(period.start))
        self.end = QDateEdit(_qdate(period.end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.format = QComboBox()
        self.format.currentIndexChanged.connect(self._update_detail)
        self.detail = QCheckBox(self.tr("&List every activity too (a sheet per million rows)"))
        self.detail.setToolTip(
            self.tr("Adds the Activities sheet: one row per activity of the period, for filtering"
                    " and pivot tables. A year of a busy book takes a minute or more.")
        )  # fmt: skip
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #52606d;")
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow("", self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for radio in (self.summary, self.calendar, self.contacts):
            layout.addWidget(radio)
            radio.toggled.connect(self._update)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._update()

    def what(self) -> str:
        if self.calendar.isChecked():
            return CALENDAR
        return CONTACTS if self.contacts.isChecked() else SUMMARY

    def _update(self) -> None:
        what = self.what()
        self.format.clear()
        if what == SUMMARY:
            self.format.addItem(self.tr("PDF (to read and send)"), SummaryFormat.PDF.value)
            self.format.addItem(self.tr("Excel workbook (.xlsx)"), SummaryFormat.XLSX.value)
            self.format.addItem(self.tr("CSV, one row per activity"), SummaryFormat.CSV.value)
            self.hint.setText(
                self.tr(
                    "Totals, goals, charts, weeks and days, outcomes, stage conversion, coverage"
                    " and notable outcomes."
                )
            )
        elif what == CALENDAR:
            self.format.addItem(self.tr("iCalendar (.ics)"), "ics")
            self.hint.setText(
                self.tr(
                    "Visits and callbacks with a fixed time, for Outlook, Google or Apple Calendar."
                )
            )
        else:
            self.format.addItem(self.tr("CSV (spreadsheets, other CRMs)"), ContactsFormat.CSV.value)
            self.format.addItem(self.tr("vCard (phones, address books)"), ContactsFormat.VCF.value)
            self.hint.setText(
                self.tr("Every contact with phones, e-mails, address, company and tags.")
            )
        self.start.setEnabled(what != CONTACTS)
        self.end.setEnabled(what != CONTACTS)
        self._update_detail()

    def _update_detail(self) -> None:
        """The activity list is a choice only for the workbook (the CSV is that list)."""
        workbook = self.what() == SUMMARY and self.format.currentData() == SummaryFormat.XLSX.value
        self.detail.setEnabled(workbook)
        self.detail.setVisible(self.what() == SUMMARY)

    def suggested_name(self) -> str:
        what, fmt = self.what(), str(self.format.currentData())
        if what == SUMMARY:
            return (
                f"groundgame-summary-{_pydate(self.start.date())}-{_pydate(self.end.date())}.{fmt}"
            )
        if what == CALENDAR:
            return "groundgame-appointments.ics"
        return f"groundgame-contacts.{fmt}"

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(Path(folder) / self.suggested_name())
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the export to `path` in the background; the dialog closes when it is done."""
        what, fmt = self.what(), str(self.format.currentData())
        detail = self.detail.isEnabled() and self.detail.isChecked()
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        try:
            period = Period(start, end)
        except ReportError as exc:
            self.operations.show_error(exc, self)
            return
        texts = report_texts()
        exports = self.book.exports

        def work(progress: Progress) -> ExportResult:
            if what == SUMMARY:
                return exports.summary(
                    period, SummaryFormat(fmt), path, texts=texts, progress=progress, detail=detail
                )
            if what == CALENDAR:
                return exports.calendar(path, start=start, end=end)
            return exports.contacts(ContactsFormat(fmt), path, progress=progress)

        self.operations.run_job(self.tr("Exporting…"), work, on_done=self._done, parent=self)

    def _done(self, result: ExportResult) -> None:
        self.result_path = result.path
        QMessageBox.information(
            self,
            self.tr("Export saved"),
            self.tr("Saved %1 (%2 entries).").replace("%1", str(result.path))
            .replace("%2", QLocale().toString(result.items)),
        )  # fmt: skip
        self.accept()
