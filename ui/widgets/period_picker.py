"""Range: [This week ▾]  From: [date]  To: [date] — the period a report screen shows.

The Reports screen and the manager's Team screen share it: a named range fills in its dates; a
custom range lets the rep type them. `changed` fires once for each period the user picks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from tracker.domain.reports import Period, PeriodKind
from tracker.services.book import Book

RANGE_NAMES = {
    PeriodKind.TODAY: QT_TRANSLATE_NOOP("PeriodPicker", "Today"),
    PeriodKind.THIS_WEEK: QT_TRANSLATE_NOOP("PeriodPicker", "This week"),
    PeriodKind.LAST_WEEK: QT_TRANSLATE_NOOP("PeriodPicker", "Last week"),
    PeriodKind.THIS_MONTH: QT_TRANSLATE_NOOP("PeriodPicker", "This month"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("PeriodPicker", "Custom range"),
}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """The range box and the two dates; `period()` is what they say now."""

    changed = Signal()

    def __init__(
        self,
        book: Book,
        ranges: Sequence[PeriodKind],
        *,
        initial: PeriodKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.ranges = tuple(ranges)
        self.range = QComboBox()
        for kind in self.ranges:
            name = QCoreApplication.translate("PeriodPicker", RANGE_NAMES[kind])
            self.range.addItem(name, kind.value)
        self.range.setCurrentIndex(self.ranges.index(initial))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        range_label = QLabel(self.tr("&Range:"))
        range_label.setBuddy(self.range)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.end)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (range_label, self.range, from_label, self.start, to_label, self.end):
            layout.addWidget(widget)
        self._setting_dates = False
        self.range.currentIndexChanged.connect(self._range_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self._fill_dates()

    def kind(self) -> PeriodKind:
        return PeriodKind(self.range.currentData())

    def show_range(self, kind: PeriodKind) -> None:
        self.range.setCurrentIndex(self.ranges.index(kind))

    def period(self) -> Period:
        """The period shown; ReportError when a custom range ends before it starts."""
        if self.kind() is PeriodKind.CUSTOM:
            return Period(pydate(self.start.date()), pydate(self.end.date()))
        return self.book.reports.period(self.kind())

    def _fill_dates(self) -> None:
        custom = self.kind() is PeriodKind.CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            period = self.book.reports.period(self.kind())
            self._setting_dates = True
            self.start.setDate(qdate(period.start))
            self.end.setDate(qdate(period.end))
            self._setting_dates = False

    def _range_changed(self) -> None:
        self._fill_dates()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if not self._setting_dates:
            self.changed.emit()
