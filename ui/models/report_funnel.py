"""The stage conversion table of the Reports view: one row per stage of the cohort funnel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from tracker.domain.enums import Stage
from tracker.domain.reports import FunnelStep
from ui.labels import stage_label

Index = QModelIndex | QPersistentModelIndex


class FunnelModel(QAbstractTableModel):
    """Rows of FunnelStep in stage order; never touches the database."""

    STAGE, ENTERED, MOVED_ON, CONVERSION, WON, LOST, STILL_OPEN = range(7)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[FunnelStep] = []

    def set_rows(self, rows: list[FunnelStep]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def step_at(self, row: int) -> FunnelStep:
        return self._rows[row]

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
            self.tr("Stage"),
            self.tr("Entered"),
            self.tr("Moved on"),
            self.tr("Conversion"),
            self.tr("Won"),
            self.tr("Lost"),
            self.tr("Still open"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        step = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.STAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        final = step.stage is Stage.WON  # nothing comes after won
        if column == self.STAGE:
            return stage_label(step.stage)
        if column == self.CONVERSION:
            share = step.conversion
            return "–" if share is None else locale.toString(round(share * 100)) + " %"
        if column == self.MOVED_ON and final:
            return "–"
        count = (step.entered, step.moved_on, 0, step.won, step.lost, step.still_there)[column - 1]
        return locale.toString(count)
