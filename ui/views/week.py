"""The week at a glance: appointments per day and each day's load against its capacity."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import ActivityKind
from tracker.domain.goals import week_start
from tracker.domain.worklog import DayLoad
from tracker.services.book import Book
from ui.display import day_label, short_time, tally_text
from ui.labels import kind_label
from ui.operations import Operations
from ui.widgets.item_detail import qdate

FULL = "#2680c2"
OVER = "#b42318"


class DayColumn(QFrame):
    """One day: its name, load bar, counts and the appointments in time order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.load = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.appointments = QLabel()
        self.appointments.setWordWrap(True)
        self.appointments.setTextFormat(Qt.TextFormat.RichText)
        self.appointments.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.load)
        layout.addWidget(self.bar)
        layout.addWidget(self.appointments, 1)

    def set_day(self, load: DayLoad, today: date) -> None:
        self.title.setText(day_label(qdate(load.day)))
        is_today = load.day == today
        background = "#f0f7ff" if is_today else "#ffffff"
        border = "#2680c2" if is_today else "#d9e2ec"
        self.setStyleSheet(
            f"DayColumn {{ background: {background}; border: 1px solid {border};"
            " border-radius: 6px; }"
        )
        tally = load.tally
        self.load.setText(tally_text(tally, backlog=False))
        capacity = QLocale().toString(tally.capacity)
        tip = self.tr("Capacity: %1 items").replace("%1", capacity)
        if tally.backlog:
            waiting = QLocale().toString(tally.backlog) + ("+" if tally.backlog_capped else "")
            tip += "\n" + self.tr("Backlog: %1 more waiting").replace("%1", waiting)
        self.load.setToolTip(tip)
        planned = tally.planned or 0
        self.bar.setRange(0, max(1, tally.capacity))
        self.bar.setValue(min(planned, max(1, tally.capacity)))
        chunk = OVER if planned > tally.capacity else FULL
        self.bar.setStyleSheet(
            "QProgressBar { border: none; background: #e4e7eb; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {chunk}; border-radius: 3px; }}"
        )
        self.bar.setToolTip(tip)
        self.bar.setVisible(tally.planned is not None and tally.capacity > 0)
        entries = []
        for appointment in load.appointments:
            when = short_time(appointment.local_start.time())
            what = escape(appointment.contact)
            if appointment.account:
                what += f"<br><span style='color:#52606d'>{escape(appointment.account)}</span>"
            kind = kind_label(appointment.kind)
            if appointment.recurring:
                kind += " ↻"
            place = (
                f"<br><span style='color:#7b8794'>{escape(appointment.location)}</span>"
                if appointment.location and appointment.kind is ActivityKind.VISIT
                else ""
            )
            entries.append(
                f"<p style='margin:0 0 8px 0'><b>{when}</b> {escape(kind)}<br>{what}{place}</p>"
            )
        empty = self.tr("No appointments")
        self.appointments.setText(
            "".join(entries) or f"<span style='color:#7b8794'>{escape(empty)}</span>"
        )


class WeekView(QWidget):
    """Seven days from Monday; Alt+Left / Alt+Right move by a week, Alt+Home comes back."""

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.start: date | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.previous = QPushButton(self.tr("◀ Previous week"))
        self.this_week = QPushButton(self.tr("This week"))
        self.following = QPushButton(self.tr("Next week ▶"))
        for button, step, keys, text in (
            (self.previous, -7, "Alt+Left", self.tr("Previous week")),
            (self.this_week, 0, "Alt+Home", self.tr("This week")),
            (self.following, 7, "Alt+Right", self.tr("Next week")),
        ):
            button.setAutoDefault(False)
            button.setToolTip(keys)
            button.clicked.connect(lambda _=False, s=step: self.move(s))
            # An action (not a bare QShortcut) so the cheat sheet can say what it does.
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move(s))
            self.addAction(action)
        self.columns = [DayColumn() for _ in range(7)]
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.previous, self.this_week, self.following):
            top.addWidget(button)
        days = QWidget()
        self.row = QHBoxLayout(days)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        for column in self.columns:
            self.row.addWidget(column, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def move(self, days: int) -> None:
        today = self.book.queue.current_day()
        if days == 0 or self.start is None:
            self.start = week_start(today)
        else:
            self.start += timedelta(days=days)
        self.refresh()

    def refresh(self) -> None:
        today = self.book.queue.current_day()
        if self.start is None:
            self.start = week_start(today)
        end = self.start + timedelta(days=6)
        if end > today + timedelta(days=7 * 4):
            self.operations.write(lambda: self.book.planning.extend_series(end), initiator=self)
        plan = self.book.planning.week(self.start)
        self.title.setText(
            self.tr("Week of %1 – %2")
            .replace("%1", day_label(qdate(self.start)))
            .replace("%2", day_label(qdate(end)))
        )
        for index, (column, load) in enumerate(zip(self.columns, plan.days, strict=True)):
            column.set_day(load, today)
            quiet = load.tally.capacity == 0 and not load.appointments
            self.row.setStretch(index, 1 if quiet else 2)  # days off take less room
