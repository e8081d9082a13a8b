"""The global search palette (Ctrl+K / Ctrl+F): type, see hits at once, Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.search import MARK_END, MARK_START, SearchHit
from tracker.services.book import Book
from ui.display import plural
from ui.models.paged import ROW_ROLE
from ui.models.search import KINDS, SearchHitModel

ROW_HEIGHT = 44


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the name (bold), account and kind; the snippet with matches in bold.

    Painted with plain drawText calls: a rich-text document per row would cost more than the
    search itself on every keystroke.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = index.data(ROW_ROLE)
        if not isinstance(hit, SearchHit):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else QColor("#616e7c")
        rect = option.rect.adjusted(8, 3, -8, -3)
        bold = QFont(option.font)
        bold.setBold(True)
        line = QFontMetrics(option.font).height()
        x = rect.left()
        painter.setFont(bold)
        painter.setPen(ink)
        name = painter.fontMetrics().elidedText(
            hit.name, Qt.TextElideMode.ElideRight, rect.width() // 2
        )
        painter.drawText(x, rect.top() + line - 3, name)
        x += painter.fontMetrics().horizontalAdvance(name)
        painter.setFont(option.font)
        painter.setPen(muted)
        kind = QCoreApplication.translate("Search", KINDS[hit.kind])
        rest = (f" · {hit.account}" if hit.account else "") + f" — {kind}"
        rest = painter.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, rect.right() - x)
        painter.drawText(x, rect.top() + line - 3, rest)
        x, y = rect.left(), rect.top() + 2 * line - 2
        strong = False
        for piece in hit.snippet.replace(MARK_END, MARK_START).split(MARK_START):
            if piece:
                painter.setFont(bold if strong else option.font)
                painter.setPen(ink if strong else muted)
                metrics = painter.fontMetrics()
                room = rect.right() - x
                if room <= 0:
                    break
                shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
                painter.drawText(x, y, shown)
                x += metrics.horizontalAdvance(shown)
            strong = not strong
        painter.restore()


class SearchPalette(QDialog):
    """Search as you type over contacts, accounts and notes."""

    open_hit = Signal(object)  # SearchHit

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("searchPalette")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search contacts, accounts and notes — names, words or phone digits")
        )
        self.query.setClearButtonEnabled(True)
        self.query.textEdited.connect(self.search)
        self.query.installEventFilter(self)
        self.model = SearchHitModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._open_index)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(640, 460)
        self.search("")

    def search(self, text: str) -> None:
        """Ask the book and show the hits (runs on every keystroke)."""
        hits = self.book.search.search(text) if text.strip() else []
        self.model.set_rows(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if not text.strip():
            self.status.setText(self.tr("↑/↓ choose · Enter open · Esc close"))
        elif not hits:
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
        else:
            self.status.setText(
                plural(
                    len(hits),
                    self.tr("%n hit · Enter opens it"),
                    self.tr("%n hits · Enter opens the first"),
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.results.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                        Qt.Key.Key_PageUp: -5}[key]  # fmt: skip
                row = max(0, min(self.model.rowCount() - 1, row + step))
                self.results.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row()) if index.isValid() else None
        if isinstance(hit, SearchHit):
            self.accept()
            self.open_hit.emit(hit)

    def popup(self) -> None:
        """Show over the parent window, the text selected for a fresh search."""
        parent = self.parentWidget()
        if parent is not None:
            top_left = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top_left.x() + (parent.width() - self.width()) // 2, top_left.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()
