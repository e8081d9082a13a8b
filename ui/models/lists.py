"""A table model over a list of dataclasses (timelines, referrals, the Base).

`set_rows()` replaces the content; ID_ROLE gives each row's id so selections can be kept across
reloads; SORT_ROLE gives native values. The model sorts itself by those values with one
`list.sort` (key = the column's value): a QSortFilterProxyModel would call a Python `lessThan`
a million times for the Base of a 100,000-contact book, which takes seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.models.paged import ID_ROLE, ROW_ROLE, Column

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Rows held in memory, described by columns."""

    def __init__(
        self, columns: Sequence[Column[Row]], id_of: Callable[[Row], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._id_of = id_of
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self._id_of(row)
        if role == ROW_ROLE:
            return row
        return self.columns[index.column()].data(row, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by the column's native value (stable: equal values keep their order)."""
        if not 0 <= column < len(self.columns):
            return
        value = self.columns[column].value
        self.layoutAboutToBeChanged.emit()
        old = {id(row): position for position, row in enumerate(self._rows)}
        self._rows.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)
        moved = {old[id(row)]: position for position, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()
