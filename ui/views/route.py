"""Today's Route tab: the day's visits in driving order with km and time per leg, the warnings,
a sketch of the drive, Apply order, the route sheet and the directions link."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.route import DayRoute
from tracker.services.book import Book
from tracker.services.exports.route_sheet import RouteSheetTexts
from ui.display import day_label, short_time
from ui.models.route import RouteModel
from ui.operations import Operations
from ui.widgets.item_detail import open_with_system, qdate
from ui.widgets.route_sketch import RouteSketch


def drive_time(minutes: float) -> str:
    whole = round(minutes)
    if whole < 60:
        return QCoreApplication.translate("Route", "%1 min").replace("%1", str(whole))
    return (
        QCoreApplication.translate("Route", "%1 h %2 min")
        .replace("%1", str(whole // 60))
        .replace("%2", f"{whole % 60:02d}")
    )


class RouteTab(QWidget):
    """The day's route; refreshed by Today when shown."""

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeTab")
        self.book = book
        self.operations = operations
        self.day: DayRoute | None = None
        self.open_url = open_with_system  # tests replace it
        self.summary = QLabel()
        self.summary.setObjectName("routeSummary")
        self.summary.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f2933;")
        self.summary.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("routeWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setStyleSheet("color: #c92a2a;")
        self.apply_button = QPushButton(self.tr("&Apply order"))
        self.apply_button.setObjectName("applyRoute")
        self.apply_button.setToolTip(self.tr("List today's visits in this order (undoable)"))
        self.sheet_button = QPushButton(self.tr("Print route &sheet…"))
        self.sheet_button.setObjectName("routeSheet")
        self.sheet_button.setToolTip(self.tr("A one-page PDF of the route for the glovebox"))
        self.directions_button = QPushButton(self.tr("&Directions"))
        self.directions_button.setObjectName("routeDirections")
        self.directions_button.setToolTip(self.tr("Open the whole drive in a map application"))
        for button in (self.apply_button, self.sheet_button, self.directions_button):
            button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.apply)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.directions_button.clicked.connect(self.open_directions)
        self.apply_button.setEnabled(not book.read_only)

        self.model = RouteModel()
        self.table = QTableView()
        self.table.setObjectName("routeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RouteModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 30), (1, 84), (2, 230), (4, 56), (5, 84)):
            header.resizeSection(column, width)
        self.sketch = RouteSketch()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.sketch)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 420])

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.apply_button, self.sheet_button, self.directions_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        layout.addWidget(self.warnings)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        day = self.book.route.plan()
        self.day = day
        self.model.set_route(day)
        route = day.route
        when = day_label(qdate(day.day))
        if not day.visits:
            self.summary.setText(self.tr("No visits on %1").replace("%1", when))
            self.detail.setText(self.tr("Visits planned for the day appear here in driving order."))
        else:
            self.summary.setText(
                self.tr("%1: %2 km, %3 driving")
                .replace("%1", when)
                .replace("%2", QLocale().toString(round(route.km)))
                .replace("%3", drive_time(route.drive_minutes))
            )
            self.detail.setText(self._detail(day))
        self.warnings.setText(self._warnings(day))
        self.warnings.setVisible(bool(route.warnings))
        empty = self.tr("No visit has a position yet: give accounts or contacts coordinates.")
        self.sketch.set_route(route, "" if not day.visits else empty)
        self.apply_button.setEnabled(
            not self.book.read_only and len(route.order) > 1 and not day.applied
        )
        self.sheet_button.setEnabled(bool(day.visits))
        self.directions_button.setEnabled(len(route.legs) + (route.start is not None) > 1)

    def _detail(self, day: DayRoute) -> str:
        route = day.route
        start = (
            self.tr("From your start point")
            if route.start is not None
            else self.tr("From the first visit (set a start point in Preferences)")
        )
        parts = [start]
        if day.settings.departure is not None:
            parts.append(
                self.tr("leaving at %1").replace("%1", short_time(day.settings.departure.time()))
            )
        if route.saved_km >= 1 and not day.applied:
            parts.append(
                self.tr("%1 km less than the day's order").replace(
                    "%1", QLocale().toString(round(route.saved_km))
                )
            )
        elif day.applied:
            parts.append(self.tr("Today lists the visits in this order"))
        if route.unplaced:
            parts.append(
                self.tr("%1 without a position, placed at the end").replace(
                    "%1", QLocale().toString(len(route.unplaced))
                )
            )
        return " · ".join(parts)

    def _warnings(self, day: DayRoute) -> str:
        lines = []
        for leg in day.route.warnings:
            visit = day.visit(leg.stop)
            at = short_time(visit.fixed_at.time()) if visit.fixed_at else ""
            lines.append(
                escape(
                    self.tr("%1 at %2 cannot be reached in time: %3 min late")
                    .replace("%1", visit.label)
                    .replace("%2", at)
                    .replace("%3", QLocale().toString(round(leg.late_minutes)))
                )
            )
        return "<br>".join(f"⚠ {line}" for line in lines)

    # -- actions ---------------------------------------------------------------------------------
    def apply(self) -> None:
        self.operations.write(lambda: self.book.route.apply(), initiator=self)
        self.refresh()

    def save_sheet(self) -> None:
        from tracker.services.exports.route_sheet import write_route_sheet

        if self.day is None:
            return
        suggested = str(Path.home() / f"route-{self.day.day.isoformat()}.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the route sheet"), suggested, "PDF (*.pdf)"
        )
        if not name:
            return
        day = self.day
        try:
            write_route_sheet(day, Path(name), sheet_texts())
        except Exception as exc:
            self.operations.show_error(exc, self)
            return
        self.open_url(QUrl.fromLocalFile(name))

    def open_directions(self) -> None:
        from tracker.domain.geo import directions_link

        if self.day is None:
            return
        route = self.day.route
        points = [leg.stop.position for leg in route.legs if leg.stop.position is not None]
        link = directions_link([*([route.start] if route.start else []), *points])
        if link is not None:
            self.open_url(QUrl(link))


def sheet_texts() -> RouteSheetTexts:
    """The route sheet's words in the UI's language."""
    translate = QCoreApplication.translate  # a name lupdate recognises
    return RouteSheetTexts(
        title=translate("RouteSheet", "Route for %1"),
        summary=translate("RouteSheet", "%1 km · %2 driving · %3 visits"),
        start_home=translate("RouteSheet", "Starts at your start point"),
        start_first=translate("RouteSheet", "Starts at the first visit"),
        time=translate("RouteSheet", "Time"),
        visit=translate("RouteSheet", "Visit"),
        address=translate("RouteSheet", "Address"),
        late=translate("RouteSheet", "Cannot make %1: %2 min late"),
        apart=translate("RouteSheet", "No position: placed at the end"),
        footer=translate("RouteSheet", "Distances are straight lines × %1; times at %2 km/h."),
    )
