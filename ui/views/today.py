"""Today: the day's queue on the left, the selected item on the right, worked by keyboard.

Keys on the list (declared in `ui.keys.TODAY`, which the cheat sheet lists too): 1–9 log the
outcome on that button, Space the most common one, B buries, P parks, R reschedules, N writes a
note, D sets another next date, C calls, I checks in at a visit and O checks out (the visit
report); Ctrl+Z undoes. A banner above the tabs says where the rep is on site — or asks, the
next day, about a visit never checked out. The Route tab is built when first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.domain.clock import zone
from tracker.domain.queue import DayQueue, QueueItem
from tracker.domain.visits import OpenVisit
from tracker.domain.worklog import ContactCard, DayTally
from tracker.services.book import Book
from ui import keys
from ui.bus import Bus
from ui.display import day_label, short_time, tally_text
from ui.models.queue_model import ACCOUNT, CONTACT, KIND, TICK, WHEN, WHY, QueueModel
from ui.operations import Operations
from ui.views.base import View
from ui.views.today_work import ItemWork
from ui.views.week import WeekView
from ui.widgets.banner import Banner
from ui.widgets.goals_bar import GoalsBar
from ui.widgets.item_detail import ItemDetail, qdate

if TYPE_CHECKING:
    from ui.views.route import RouteTab


class TodayView(View):
    """The daily queue: sections, why, tick-off, detail with outcome buttons, goals on top."""

    def __init__(self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None):
        super().__init__(book, bus, operations, parent)
        self.queue: DayQueue | None = None
        self.card: ContactCard | None = None
        self._current_id: str | None = None

        self.day_label = QLabel()
        self.day_label.setObjectName("todayTitle")
        self.day_label.setStyleSheet("font-size: 20px; font-weight: 600; color: #1f2933;")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.goals = GoalsBar()
        self.power_button = QPushButton(self.tr("&Power hour"))
        self.power_button.setToolTip(self.tr("One item at a time, big and calm (Ctrl+Shift+H)"))
        self.end_button = QPushButton(self.tr("End of da&y"))
        self.print_button = QPushButton(self.tr("P&rint list…"))
        self.print_button.setToolTip(self.tr("Print or save today's list as PDF (Ctrl+P)"))
        for button in (self.power_button, self.end_button, self.print_button):
            button.setAutoDefault(False)

        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TICK, 28), (WHEN, 84), (KIND, 70), (CONTACT, 150), (ACCOUNT, 160)):
            header.resizeSection(column, width)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(self._clicked)

        self.detail = ItemDetail()
        self.detail.set_writable(not book.read_only)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 400])

        self.week = WeekView(book, operations)
        self.route_page = QWidget()  # the Route tab, built when first shown (see _route)
        self.route_page.setLayout(QVBoxLayout())
        self.route_page.layout().setContentsMargins(0, 0, 0, 0)
        self.route: RouteTab | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, self.tr("&Day"))
        self.tabs.addTab(self.week, self.tr("&Week"))
        self.tabs.addTab(self.route_page, self.tr("R&oute"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.visit_banner = Banner("visit", "", level="info", closable=False)
        self.visit_banner.add_action("check_out", self.tr("Check &out…"))
        self.visit_banner.add_action("discard", self.tr("Discard check-in"))
        self.visit_banner.action_triggered.connect(self._banner_action)
        self.visit_banner.hide()
        self.open_visit: OpenVisit | None = None

        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        for button in (self.power_button, self.end_button, self.print_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.goals)
        layout.addWidget(self.visit_banner)
        layout.addWidget(self.tabs, 1)

        self.work = ItemWork(self)
        self.detail.pad.chosen.connect(self.work.log)
        self.detail.bury_requested.connect(self.work.bury)
        self.detail.park_requested.connect(self.work.park)
        self.detail.reschedule_requested.connect(self.work.reschedule)
        self.detail.override_changed.connect(self._refresh_detail)
        self.detail.check_in_requested.connect(self.work.check_in)
        self.detail.check_out_requested.connect(lambda: self.work.check_out())
        self.detail.times_requested.connect(self.work.correct_times)
        self.detail.report_requested.connect(self.work.edit_report)
        self.detail.maps_requested.connect(self.work.open_in_maps)
        self.detail.note.returnPressed.connect(self.table.setFocus)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail.note)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.setWhatsThis(self.tr("Leave the note field, back to the list"))
        back.activated.connect(self.table.setFocus)
        # Past the day boundary (04:00 by default) the list turns into the new day's.
        self.day_watch = QTimer(self)
        self.day_watch.timeout.connect(self._check_day)
        self.day_watch.start(60_000)
        self.power_button.clicked.connect(self.work.power_hour)
        self.end_button.clicked.connect(self.work.end_of_day)
        self.print_button.clicked.connect(self.work.print_list)
        # Actions (not bare QShortcuts) so the cheat sheet can say what they do.
        for text, sequence, slot in (
            (self.tr("Power hour"), "Ctrl+Shift+H", self.work.power_hour),
            (self.tr("Print today's list…"), "Ctrl+P", self.work.print_list),
            (self.tr("Open the item's place in maps"), "Ctrl+M", self.work.open_in_maps),
            (self.tr("Show the day's route"), "Ctrl+Shift+R", self.show_route),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- refreshing ------------------------------------------------------------------------------
    def _check_day(self) -> None:
        if self.queue is not None and self.book.queue.current_day() != self.queue.day:
            if self.isVisible():
                self.refresh()
            else:
                self.mark_stale()

    def concerns(self, changes: Changes) -> bool:
        return changes.queue or changes.goals or changes.purchases or changes.referrals

    def refresh(self) -> None:
        book = self.book
        if book.planning.needs_extension():
            self.operations.write(book.planning.extend_series, initiator=self)
        prefs = book.preferences.get()
        self.model.currency = prefs.currency
        self.model.zone_name = prefs.time_zone
        self.detail.currency = prefs.currency
        keep_row = max(self.table.currentIndex().row(), 0)
        queue = book.queue.today()
        self.queue = queue
        self.detail.today = queue.day
        done = book.review.logged(queue.day)
        self.model.set_rows(
            queue, done, unlisted=sum(queue.unlisted.values()), at_least=queue.unlisted_capped
        )
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        for column in (WHEN, KIND):
            self.table.resizeColumnToContents(column)
        self.day_label.setText(self.tr("Today, %1").replace("%1", day_label(qdate(queue.day))))
        tally = DayTally.of_today(queue, len(done))  # logged() lists what DayTally counts
        self.summary.setText(tally_text(tally))
        self.summary.setToolTip(
            self.tr("Capacity: %1 items").replace("%1", QLocale().toString(tally.capacity))
        )
        self.goals.set_snapshot(book.goals.snapshot(queue.day))
        self.detail.zone_name = prefs.time_zone
        self._show_open_visit(prefs.time_zone)
        row = self.model.row_of(self._current_id) if self._current_id else -1
        self._select(row if row >= 0 else keep_row)
        if self.tabs.currentWidget() is self.week:
            self.week.refresh()
        elif self.route is not None and self.tabs.currentWidget() is self.route_page:
            self.route.refresh()

    def _show_open_visit(self, zone_name: str) -> None:
        """The banner: on site at … since …, or — a day later — still on site?"""
        visits = self.book.visits.open_visits()
        self.open_visit = visits[0] if visits else None
        visit = self.open_visit
        if visit is None:
            self.visit_banner.hide()
            return
        wall = visit.checked_in_at.astimezone(zone(zone_name))
        if visit.stale:
            text = (
                self.tr("Still on site at %1 since %2, %3? The visit was never checked out.")
                .replace("%1", visit.place)
                .replace("%2", day_label(qdate(wall.date())))
                .replace("%3", short_time(wall.time()))
            )
            self.visit_banner.setProperty("level", "warning")
        else:
            text = (
                self.tr("On site at %1 since %2 — O checks out.")
                .replace("%1", visit.place)
                .replace("%2", short_time(wall.time()))
            )
            self.visit_banner.setProperty("level", "info")
        self.visit_banner.label.setText(text)
        self.visit_banner.style().unpolish(self.visit_banner)
        self.visit_banner.style().polish(self.visit_banner)
        for button in self.visit_banner.findChildren(QPushButton):
            button.setEnabled(not self.book.read_only)
        self.visit_banner.show()

    def _banner_action(self, key: str) -> None:
        visit = self.open_visit
        if visit is None:
            return
        if key == "check_out":
            self.work.check_out_open(visit)
        elif key == "discard":
            self.work.discard_check_in(visit)

    def show_route(self) -> None:
        self.tabs.setCurrentWidget(self.route_page)

    def follow(self, item_id: str) -> None:
        """Select the item with this id (a check-in turns a suggested visit into a planned one)."""
        self._current_id = item_id
        row = self.model.row_of(item_id)
        if row >= 0:
            self._select(row)

    def _select(self, row: int) -> None:
        """Select the first item at or after `row` (else before it), skipping headings."""
        count = self.model.rowCount()
        order = [*range(max(row, 0), count), *range(min(row, count) - 1, -1, -1)]
        for candidate in order:
            if not self.model.is_heading(candidate):
                same_row = self.table.currentIndex().row() == candidate
                self.table.setCurrentIndex(self.model.index(candidate, CONTACT))
                if same_row:  # otherwise currentRowChanged has shown it (once, not twice)
                    self._show_row(candidate)
                return
        self._current_id = None
        self.card = None
        self.detail.show_nothing()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_row(current.row())

    def _show_row(self, row: int) -> None:
        item = self.model.item_at(row)
        done = self.model.done_at(row)
        self._current_id = item.id if item else (done.id if done else None)
        self._refresh_detail()

    def _refresh_detail(self) -> None:
        row = self.table.currentIndex().row()
        item = self.model.item_at(row)
        done = self.model.done_at(row)
        if item is None and done is None:
            self.detail.show_nothing()
            return
        card_id = item.id if item is not None else (done.id if done is not None else "")
        self.card = self.book.review.card(card_id)
        preview = None
        if item is not None:
            preview = self.book.work.preview(item.id, override=self.work.override())
        self.detail.present(item, self.card, preview)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.week:
            self.week.refresh()
        elif self.tabs.widget(index) is self.route_page:
            self._route().refresh()
        else:
            self.table.setFocus()

    def _route(self) -> RouteTab:
        """The Route tab, built on first use: its modules are not needed to paint Today."""
        if self.route is None:
            from ui.views.route import RouteTab

            self.route = RouteTab(self.book, self.operations)
            self.route_page.layout().addWidget(self.route)
        return self.route

    def current_item(self) -> QueueItem | None:
        return self.model.item_at(self.table.currentIndex().row())

    def release_current(self) -> None:
        """The next refresh keeps the cursor's row rather than the item that was there."""
        self._current_id = None

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == TICK and self.model.item_at(index.row()) is not None:
            self.work.log_default()

    # -- keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key(event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        found = keys.TODAY.match(event)
        if found is None or found[0].ctrl:
            return False
        binding, index = found
        if binding.action == "log":
            return self.work.log_key(index + 1)
        if binding.action == "log_default":
            return self.work.log_default()
        return self.work.letter(binding.action)
