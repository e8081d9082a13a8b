"""Search hits as a list: name, account, kind and the snippet with the matches in bold."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tracker.domain.search import HitKind, SearchHit
from ui.models.paged import ID_ROLE, ROW_ROLE

KINDS = {
    HitKind.CONTACT: QT_TRANSLATE_NOOP("Search", "Contact"),
    HitKind.ACCOUNT: QT_TRANSLATE_NOOP("Search", "Account"),
    HitKind.NOTE: QT_TRANSLATE_NOOP("Search", "Note"),
}
NO_PARENT = QModelIndex()


class SearchHitModel(QAbstractListModel):
    """The palette's hits, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_rows(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = QCoreApplication.translate("Search", KINDS[hit.kind])
            return f"{hit.name} ({kind}) — {hit.plain_snippet()}"
        if role == ID_ROLE:
            return hit.id
        if role == ROW_ROLE:
            return hit
        return None
