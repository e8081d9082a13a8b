"""Calendar conflicts: appointments changed in Groundgame and in the calendar since the last
sync, both versions side by side, and the rep's pick — *Keep Groundgame's* (written to the
calendar at the next sync) or *Take the calendar's* (one undoable step, at once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.calendar import CalendarConflict, CalendarSide, EventShape
from tracker.services.book import Book
from ui.operations import Operations

translate = QCoreApplication.translate


def shape_text(shape: EventShape | None) -> str:
    """A version of an appointment in words: "Thu 3 Dec 2026, 10:00–11:00 (Europe/Berlin)"."""
    if shape is None or shape.cancelled:
        return translate("CalendarConflictsDialog", "Cancelled or deleted")
    locale = QLocale()
    start = QDateTime.fromSecsSinceEpoch(
        int(shape.starts_at.timestamp()), QTimeZone(shape.time_zone.encode())
    )
    end = start.addSecs(shape.minutes * 60)
    text = (
        locale.toString(start.date(), "ddd d MMM yyyy")
        + ", "
        + locale.toString(start.time(), QLocale.FormatType.ShortFormat)
        + "–"
        + locale.toString(end.time(), QLocale.FormatType.ShortFormat)
        + f" ({shape.time_zone})"
    )
    if shape.rrule:
        text += "\n" + translate("CalendarConflictsDialog", "Repeats: %1").replace(
            "%1", shape.rrule
        )
    if shape.location:
        text += "\n" + shape.location
    return text


class CalendarConflictsDialog(QDialog):
    """Every open calendar conflict, each with both versions and the two choices."""

    resolved = Signal()

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.setWindowTitle(self.tr("Calendar conflicts"))
        self.setMinimumSize(640, 320)
        intro = QLabel(
            self.tr(
                "These appointments were changed here and in your calendar since the last "
                "sync. Nothing was overwritten: choose which version to keep."
            )
        )
        intro.setWordWrap(True)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # deleted later: not painted under the new rows meanwhile
                item.widget().deleteLater()
        conflicts = self.book.calendar.conflicts()
        if not conflicts:
            self.rows_layout.addWidget(QLabel(self.tr("No conflicts: both sides agree.")))
        for conflict in conflicts:
            self.rows_layout.addWidget(self._row(conflict))
        self.rows_layout.addStretch(1)

    def _row(self, conflict: CalendarConflict) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        title = QLabel(f"<b>{conflict.title}</b>")
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("In Groundgame")), 1, 0)
        grid.addWidget(QLabel(self.tr("In your calendar")), 1, 1)
        ours = QLabel(shape_text(conflict.groundgame))
        theirs = QLabel(shape_text(conflict.calendar))
        for label in (ours, theirs):
            label.setWordWrap(True)
        grid.addWidget(ours, 2, 0)
        grid.addWidget(theirs, 2, 1)
        keep = QPushButton(self.tr("&Keep Groundgame's"))
        take = QPushButton(self.tr("&Take the calendar's"))
        keep.clicked.connect(lambda: self._resolve(conflict.id, CalendarSide.GROUNDGAME))
        take.clicked.connect(lambda: self._resolve(conflict.id, CalendarSide.CALENDAR))
        grid.addWidget(keep, 3, 0)
        grid.addWidget(take, 3, 1)
        return frame

    def _resolve(self, conflict_id: str, keep: CalendarSide) -> None:
        if (
            self.operations.write(
                lambda: self.book.calendar.resolve(conflict_id, keep), initiator=self
            )
            is not None
        ):
            self.resolved.emit()
        self.refresh()
