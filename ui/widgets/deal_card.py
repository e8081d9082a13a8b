"""Paints a deal as a card: title, who, value, days in stage and the stalled mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tracker.domain.pipeline import DealCard
from ui.display import money
from ui.models.paged import ROW_ROLE

CARD_HEIGHT = 62
STALLED = QColor("#b42318")
MUTED = QColor("#616e7c")


class DealCardDelegate(QStyledItemDelegate):
    """Draws each row of a stage list as a small card."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(120, CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(ROW_ROLE)
        if not isinstance(card, DealCard):
            return
        painter.save()
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        palette = option.palette
        background = palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#ffffff")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#2680c2") if focused else QColor("#cbd2d9")))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        if card.stalled:
            painter.fillRect(QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8), STALLED)
        ink = palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#1f2933")
        inner = rect.adjusted(9, 4, -7, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        line = metrics.height()
        rows = [
            QRect(inner.left(), inner.top() + i * (line + 1), inner.width(), line) for i in range(3)
        ]
        painter.setPen(ink)
        left = Qt.AlignmentFlag.AlignLeft
        right = Qt.AlignmentFlag.AlignRight
        painter.drawText(
            rows[0],
            left,
            metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        value = money(card.value_cents, card.currency)
        painter.drawText(rows[2], left, value)
        value_width = painter.fontMetrics().horizontalAdvance(value)
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        who = card.contact + (f" · {card.account}" if card.account else "")
        painter.setPen(ink if selected else MUTED)
        painter.drawText(
            rows[1], left, metrics.elidedText(who, Qt.TextElideMode.ElideRight, inner.width())
        )
        if card.readiness:
            # How ready the customer is to buy, as dots after the value.
            dots = QRect(rows[2].left() + value_width + 6, rows[2].top(), 60, rows[2].height())
            painter.drawText(dots, left, "●" * card.readiness)
        days = QCoreApplication.translate("Pipeline", "%1 d").replace("%1", str(card.days_in_stage))
        if card.stalled and not selected:
            painter.setPen(STALLED)
        painter.drawText(rows[2], right, days)
        painter.restore()
