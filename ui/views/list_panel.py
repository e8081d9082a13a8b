"""What the contacts and accounts lists share: a filter bar, a big lazy table, a detail pane.

The table holds an id list (see ui.models.paged); changing the filter or the sort asks the
service for ids again, and the selection is kept by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.paged import PagedTableModel

ROW_HEIGHT = 26
FILTER_DELAY_MS = 200


class ListPanel(QWidget):
    """Filter bar on top; table and detail side by side (splitter remembered in settings)."""

    current_changed = Signal(object)  # id or None

    def __init__(
        self,
        model: PagedTableModel[Any],
        detail: QWidget,
        *,
        settings_key: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self.settings_key = settings_key
        self.sort_code: Any = None
        self.descending = False
        self.ready = False  # set by the subclass when its filters exist
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.requery)
        self.filter.textEdited.connect(lambda _text: self.filter_timer.start())
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.filter, 1)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: Qt then never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        model.sort_requested.connect(self._sort)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 420])
        self.splitter.setChildrenCollapsible(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    # -- to implement ---------------------------------------------------------------------------
    def query_ids(self) -> Sequence[str]:
        """The ids to list for the current filter and sort (a service call)."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    # -- listing --------------------------------------------------------------------------------
    def requery(self) -> None:
        """Ask for the ids again; keep the selection and the current row by id."""
        selected = set(self.selected_ids())
        current = self.current_id()
        self.model.set_ids(self.query_ids())
        self.count.setText(self.count_text(self.model.rowCount()))
        self.select_ids(selected, current=current)

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.id_at(row) for row in rows]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: set[str], *, current: str | None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        selection_model = self.table.selectionModel()
        selection_model.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        row = self.model.row_of(current) if current else None
        if row is not None:
            selection_model.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.current_changed.emit(None)

    def show_id(self, item_id: str) -> bool:
        """Select and reveal one id; False when the current filter hides it."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.select_ids({item_id}, current=item_id)
        self.table.setFocus()
        return True

    def _sort(self, code: Any, descending: bool) -> None:
        self.sort_code, self.descending = code, descending
        if self.ready:
            self.requery()

    def finish_setup(self, widths: Sequence[int]) -> None:
        """Called at the end of the subclass's __init__: remembered layout, then live sorting."""
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self._restore()
        self.ready = True

    def _current_row_changed(self, current: Any, _previous: Any) -> None:
        self.current_changed.emit(self.model.id_at(current.row()) if current.isValid() else None)

    # -- remembered layout ----------------------------------------------------------------------
    def _restore(self) -> None:
        if self.settings is None:
            return
        state = self.settings.value(f"{self.settings_key}/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        columns = self.settings.value(f"{self.settings_key}/columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)

    def save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue(f"{self.settings_key}/splitter", self.splitter.saveState())
        self.settings.setValue(
            f"{self.settings_key}/columns", self.table.horizontalHeader().saveState()
        )
