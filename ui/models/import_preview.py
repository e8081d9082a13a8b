"""The rows of an import preview: status, who, and what is wrong (never touches the database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from tracker.domain.contact_fields import format_phone
from tracker.domain.import_matching import RowStatus
from tracker.services.imports.results import PreviewLine
from ui.labels import IMPORT_STATUS_LABELS, label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the file's row number: the id of a line
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
COLOURS = {
    RowStatus.NEW: "#3f9142",
    RowStatus.UPDATE: "#2f6fdf",
    RowStatus.DUPLICATE: "#7b8794",
    RowStatus.INVALID: "#d64545",
}


class ImportPreviewModel(QAbstractTableModel):
    """One row per data row of the file."""

    ROW, STATUS, NAME, COMPANY, DUPLICATE, PROBLEMS, PHONE, EMAIL = range(8)

    def __init__(self, region: str = "DE") -> None:
        super().__init__()
        self._rows: list[PreviewLine] = []
        self.region = region

    def set_rows(self, rows: list[PreviewLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def line(self, row: int) -> PreviewLine:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Duplicate of"),
            self.tr("Problems"),
            self.tr("Phone"),
            self.tr("E-mail"),
        )[section]

    def _text(self, line: PreviewLine, column: int) -> str:
        if column == self.ROW:
            return str(line.row)
        if column == self.STATUS:
            return label(IMPORT_STATUS_LABELS, line.status.value)
        if column == self.NAME:
            return line.name
        if column == self.COMPANY:
            return line.company or ""
        if column == self.PHONE:
            return ", ".join(format_phone(number, self.region) for number in line.phones)
        if column == self.EMAIL:
            return ", ".join(line.emails)
        if column == self.DUPLICATE:
            if line.duplicate_of is None:
                return ""
            if line.duplicate_in_book:
                return line.duplicate_of
            return self.tr("row %1 of this file").replace(
                "%1", line.duplicate_of.removeprefix("row ")
            )
        return "; ".join(f"{p.column}: {p.message}" for p in line.problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == SORT_ROLE:
            return line.row if column == self.ROW else self._text(line, column).casefold()
        if role == ROW_ROLE:
            return line.row
        if role == STATUS_ROLE:
            return line.status.value
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(COLOURS[line.status])
        return None


class StatusFilter(QSortFilterProxyModel):
    """Shows the rows of one status (or all), sorted on native values."""

    def __init__(self) -> None:
        super().__init__()
        self.status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.status is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(STATUS_ROLE) == self.status)
