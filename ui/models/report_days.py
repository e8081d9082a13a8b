"""The per-day table of the Reports view: one row per working day of the period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tracker.domain.reports import DayFigures

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class DayFiguresModel(QAbstractTableModel):
    """Rows of DayFigures; never touches the database."""

    DAY, ACTIVITIES, CALLS, CONNECTS, VISITS, APPOINTMENTS, GOAL = range(7)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[DayFigures] = []

    def set_rows(self, rows: list[DayFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Day"),
            self.tr("Activities"),
            self.tr("Calls"),
            self.tr("Connects"),
            self.tr("Visits"),
            self.tr("Appointments"),
            self.tr("Call goal"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        values = (row.day, row.activities, row.calls, row.connects, row.visits, row.appointments,
                  row.call_goal_met)  # fmt: skip
        value = values[column]
        if role == SORT_ROLE:
            return value.toordinal() if column == self.DAY else int(value)  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DAY:
                day = QDate(row.day.year, row.day.month, row.day.day)
                return QLocale().toString(day, "ddd ") + QLocale().toString(
                    day, QLocale.FormatType.ShortFormat
                )
            if column == self.GOAL:
                return self.tr("met") if value else ""
            return QLocale().toString(int(value))  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.DAY, self.GOAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
