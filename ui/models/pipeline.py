"""Deal cards of one stage as a list model, draggable to another stage's list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tracker.domain.enums import Stage
from tracker.domain.pipeline import DealCard
from ui.display import plural
from ui.models.paged import ID_ROLE, ROW_ROLE, SORT_ROLE

MIME_TYPE = "application/x-groundgame-deal"
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class DealListModel(QAbstractListModel):
    """The cards of a stage; dropping a card from another stage asks for a move."""

    deal_dropped = Signal(str, object)  # deal id, this model's stage

    def __init__(self, stage: Stage, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[DealCard] = []

    def set_rows(self, cards: Sequence[DealCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[DealCard]:
        return list(self._cards)

    def card_at(self, row: int) -> DealCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, deal_id: str) -> int | None:
        return next((i for i, card in enumerate(self._cards) if card.id == deal_id), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == ID_ROLE:
            return card.id
        if role == ROW_ROLE:
            return card
        if role == SORT_ROLE:
            return card.days_in_stage
        if role == Qt.ItemDataRole.ToolTipRole:
            who = card.contact + (f" ({card.account})" if card.account else "")
            return "\n".join(
                (
                    f"{card.title} — {who}",
                    plural(
                        card.days_in_stage,
                        QCoreApplication.translate("Pipeline", "%n day in this stage"),
                        QCoreApplication.translate("Pipeline", "%n days in this stage"),
                    ),
                    QCoreApplication.translate("Pipeline", "readiness %1 of 5").replace(
                        "%1", str(card.readiness or "–")
                    ),
                    plural(
                        card.idle_days,
                        QCoreApplication.translate("Pipeline", "nothing happened for %n day"),
                        QCoreApplication.translate("Pipeline", "nothing happened for %n days"),
                    ),
                )
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._cards[i.row()].id for i in indexes if i.isValid()]
        if ids:
            mime.setData(MIME_TYPE, QByteArray(ids[0].encode()))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        deal_id = bytes(data.data(MIME_TYPE).data()).decode()
        if self.row_of(deal_id) is None:
            self.deal_dropped.emit(deal_id, self.stage)
        return False  # the board reloads from the book; nothing is inserted here
