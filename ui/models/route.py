"""The Route tab's table: the day's visits in driving order, then those without a position."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tracker.domain.route import DayRoute, Leg, Visit
from ui.display import short_time

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#c92a2a")


class RouteModel(QAbstractTableModel):
    """Rows of (position, visit, leg or None); never touches the database."""

    NUMBER, TIME, VISIT, ADDRESS, KM, DRIVE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int | None, Visit, Leg | None]] = []

    def set_route(self, day: DayRoute | None) -> None:
        self.beginResetModel()
        self._rows = []
        if day is not None:
            self._rows = [(n, day.visit(leg.stop), leg) for n, leg in enumerate(day.route.legs, 1)]
            self._rows += [(None, day.visit(stop), None) for stop in day.route.unplaced]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("#", self.tr("Time"), self.tr("Visit"), self.tr("Address"), self.tr("km"),
                self.tr("Drive"))[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, visit, leg = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return visit.item_id
        if role == SORT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ForegroundRole and leg is not None and leg.late:
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole and leg is None:
            return self.tr(
                "No position: placed at the end (give the account or contact coordinates)"
            )
        if role == Qt.ItemDataRole.ToolTipRole and leg is not None and leg.late:
            return (
                self.tr("Cannot make %1: %2 min late")
                .replace("%1", short_time(visit.fixed_at.time()) if visit.fixed_at else "")
                .replace("%2", QLocale().toString(round(leg.late_minutes)))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.KM,
            self.DRIVE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return str(number) if number is not None else "–"
        if column == self.TIME:
            if visit.fixed_at is not None:
                return short_time(visit.fixed_at.time())
            if leg is not None and leg.arrive is not None:
                return "~" + short_time(leg.arrive.time())
            return ""
        if column == self.VISIT:
            mark = self.tr(" (on site)") if visit.checked_in else ""
            who = visit.contact if visit.account else ""
            return f"{visit.label}{mark}" + (f" · {who}" if who else "")
        if column == self.ADDRESS:
            return visit.address or ""
        if leg is None:
            return self.tr("no position") if column == self.DRIVE else "–"
        if column == self.KM:
            return QLocale().toString(leg.km, "f", 1)
        return self.tr("%1 min").replace("%1", QLocale().toString(round(leg.drive_minutes)))
