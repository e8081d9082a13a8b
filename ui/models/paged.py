"""A table model over an ordered id list, building rows a page at a time (for 100,000 rows).

The order and the filter come from one SQL query (the view asks the service for the ids); the
model only holds the ids and the rows the table has shown recently. Rows come from a `fetch`
callable the view supplies (a service call), never from a Session. Clicking a header asks the
view to re-query in that order (`sort_requested`): sorting happens in SQL, not in a proxy, because
a proxy would have to build all 100,000 rows first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE = 100
CACHE_LIMIT = 3000


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: translatable header, how to show a row, its native sort value, its sort code."""

    header: str  # QT_TRANSLATE_NOOP("Columns", …)
    text: Callable[[Row], str]
    value: Callable[[Row], Any]
    sort: Any = None  # the service's sort code; None = not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    color: Callable[[Row], str | None] | None = None
    tooltip: Callable[[Row], str] | None = None

    def data(self, row: Row, role: int) -> Any:
        """What this column shows of `row` in `role` (None for a role it does not fill)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row)
        if role == SORT_ROLE:
            return self.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.color is not None:
            color = self.color(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(row) or None
        return None


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows for an id list, fetched lazily in pages through `fetch(ids) -> rows`."""

    sort_requested = Signal(object, bool)  # sort code, descending

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Callable[[list[str]], list[Row]],
        id_of: Callable[[Row], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self._id_of = id_of
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        self._cache: OrderedDict[str, Row] = OrderedDict()

    # -- content --------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[str]) -> None:
        """Show these ids in this order (rows are fetched when first shown)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._positions = None
        self._cache.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget the fetched rows (their data changed); the table fetches them again."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int | None:
        """The row showing this id, or None."""
        if self._positions is None:
            self._positions = {value: index for index, value in enumerate(self._ids)}
        return self._positions.get(item_id)

    def row_at(self, row: int) -> Row | None:
        """The row object at a position, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        found = self._cache.get(item_id)
        if found is None:
            self._load_page(row)
            found = self._cache.get(item_id)
        return found

    def _load_page(self, row: int) -> None:
        start = row - row % PAGE
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        for fetched in self._fetch(wanted):
            self._cache[self._id_of(fetched)] = fetched
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        return self.columns[index.column()].data(row, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the view to re-query in this column's order (sorting happens in SQL)."""
        if 0 <= column < len(self.columns) and self.columns[column].sort is not None:
            self.sort_requested.emit(
                self.columns[column].sort, order == Qt.SortOrder.DescendingOrder
            )
