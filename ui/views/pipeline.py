"""The Pipeline screen: a board of stages with counts, value, stalled deals and conversion.

Keyboard (declared in `ui.keys.PIPELINE`): ←/→ move between stages, ↑/↓ between deals, Ctrl+→ / Ctrl+← move the selected deal a
stage on or back, W wins it, L loses it (asks why), Enter opens the contact. Cards can also be
dragged onto another stage. Every move is recorded and undoable (Ctrl+Z).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.domain.enums import OPEN_STAGES, Stage
from tracker.domain.pipeline import Board, DealCard, StageColumn, next_stage, previous_stage
from tracker.services.book import Book
from ui import keys
from ui.bus import Bus
from ui.dialogs.deals import LostDialog
from ui.display import money, percent, plural
from ui.labels import STAGES, label
from ui.models.pipeline import DealListModel
from ui.operations import Operations
from ui.views.base import View
from ui.widgets.deal_card import DealCardDelegate

COLUMN_WIDTH = 172


class StageList(QListView):
    """The cards of one stage."""

    def __init__(self, model: DealListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(DealCardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setObjectName(f"stage_{model.stage.value}")

    @property
    def stage_model(self) -> DealListModel:
        model = self.model()
        assert isinstance(model, DealListModel)
        return model

    def selected_card(self) -> DealCard | None:
        index = self.currentIndex()
        return self.stage_model.card_at(index.row()) if index.isValid() else None


class StageColumnWidget(QWidget):
    """Header (stage, count, value, stalled, conversion onwards) over the stage's cards."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.title = QLabel(label(STAGES, stage))
        self.title.setObjectName("stageHeader")
        self.figures = QLabel()
        self.figures.setObjectName("muted")
        self.conversion = QLabel()
        self.conversion.setObjectName("conversion")
        self.model = DealListModel(stage, self)
        self.list = StageList(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.conversion)
        layout.addWidget(self.list, 1)

    def show_column(self, column: StageColumn) -> None:
        count = column.count
        self.title.setText(f"{label(STAGES, column.stage)} ({count})")
        text = money(column.value_cents)
        if column.stalled:
            text += " · " + self.tr("%1 stalled").replace("%1", str(column.stalled))
        self.figures.setText(text)
        if column.stage.is_open:
            onward = next_stage(column.stage) or Stage.WON
            self.conversion.setText(
                self.tr("→ %1 to %2")
                .replace("%1", percent(column.conversion))
                .replace("%2", label(STAGES, onward))
            )
        else:
            self.conversion.setText(self.tr("last 90 days"))
        shown = len(column.cards)
        if shown < count:
            self.figures.setToolTip(
                self.tr("Showing the %1 deals longest in this stage").replace("%1", str(shown))
            )
        self.model.set_rows(column.cards)


class PipelineView(View):
    """Back to basics: move each deal through the sales cycle."""

    open_contact_requested = Signal(str)

    def __init__(
        self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(book, bus, operations, parent)
        self.board: Board | None = None
        self._keep: str | None = None
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.columns: dict[Stage, StageColumnWidget] = {}
        board = QHBoxLayout()
        board.setSpacing(4)
        for stage in OPEN_STAGES:
            self._add_column(stage, board)
        closed = QVBoxLayout()
        for stage in (Stage.WON, Stage.LOST):
            self._add_column(stage, closed)
        closed_box = QWidget()
        closed_box.setLayout(closed)
        closed_box.setFixedWidth(COLUMN_WIDTH)
        closed.setContentsMargins(0, 0, 0, 0)
        board.addWidget(closed_box)
        hint = QLabel(
            self.tr(
                "d = days in the stage; a red edge: no activity for too long · ←/→ stage · "
                "Ctrl+→/Ctrl+← move the deal · W won · L lost · Enter open the contact"
            )
        )
        hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.summary)
        layout.addLayout(board, 1)
        layout.addWidget(hint)

    def _add_column(self, stage: Stage, layout: QHBoxLayout | QVBoxLayout) -> None:
        column = StageColumnWidget(stage)
        if stage.is_open:
            column.setMinimumWidth(COLUMN_WIDTH)
        column.model.deal_dropped.connect(self.move)
        column.list.installEventFilter(self)
        column.list.customContextMenuRequested.connect(
            lambda point, widget=column: self._menu(widget, point)
        )
        column.list.activated.connect(lambda index, widget=column: self._open(widget))
        self.columns[stage] = column
        layout.addWidget(column, 1)

    def concerns(self, changes: Changes) -> bool:
        return bool(
            changes.everything or changes.deals or changes.contacts or changes.preferences
            or changes.activities or changes.imports
        )  # fmt: skip

    def refresh(self) -> None:
        keep = self._keep or self._selected_id()
        self.board = self.book.pipeline.board()
        for column in self.board.columns:
            self.columns[column.stage].show_column(column)
        self._show_summary(self.board)
        if keep:
            self.select_deal(keep)
        self._keep = None

    def _show_summary(self, board: Board) -> None:
        open_columns = [c for c in board.columns if c.stage.is_open]
        count = sum(c.count for c in open_columns)
        value = sum(c.value_cents for c in open_columns)
        stalled = sum(c.stalled for c in open_columns)
        text = plural(count, self.tr("%n open deal"), self.tr("%n open deals"))
        text += " · " + money(value) + " · "
        text += (
            self.tr("%1 stalled (no activity for more than %2 days)")
            .replace("%1", str(stalled))
            .replace("%2", str(board.stalled_days))
        )
        text += " · " + self.tr("win rate %1").replace("%1", percent(board.win_rate))
        self.summary.setText(text)

    # -- selection and keys ---------------------------------------------------------------------
    def _selected_id(self) -> str | None:
        for column in self.columns.values():
            if column.list.hasFocus():
                card = column.list.selected_card()
                return card.id if card else None
        return None

    def select_deal(self, deal_id: str) -> bool:
        """Focus the card of a deal, wherever it is now."""
        for column in self.columns.values():
            row = column.model.row_of(deal_id)
            if row is not None:
                index = column.model.index(row)
                column.list.setCurrentIndex(index)
                column.list.scrollTo(index)
                column.list.setFocus()
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, StageList):
            assert isinstance(event, QKeyEvent)
            if self._key(watched, event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, stage_list: StageList, event: QKeyEvent) -> bool:
        found = keys.PIPELINE.match(event)
        if found is None:
            return False
        binding, _index = found
        card = stage_list.selected_card()
        forward = event.key() == Qt.Key.Key_Right
        if binding.action == "walk":
            self._focus_neighbour(stage_list.stage_model.stage, 1 if forward else -1)
            return True
        if card is None:
            return False
        if binding.action == "move":
            target = (next_stage if forward else previous_stage)(card.stage)
            if forward and card.stage is Stage.NEGOTIATION:
                target = Stage.WON
            if target is not None:
                self.move(card.id, target)
        elif binding.action == "win":
            self.move(card.id, Stage.WON)
        elif binding.action == "lose":
            self.lose(card)
        return True

    def _focus_neighbour(self, stage: Stage, step: int) -> None:
        order = [*OPEN_STAGES, Stage.WON, Stage.LOST]
        position = order.index(stage) + step
        while 0 <= position < len(order):
            column = self.columns[order[position]]
            if column.model.rowCount() > 0:
                column.list.setFocus()
                if not column.list.currentIndex().isValid():
                    column.list.setCurrentIndex(column.model.index(0))
                return
            position += step

    # -- actions --------------------------------------------------------------------------------
    def move(self, deal_id: str, stage: Any) -> None:
        """Move a deal to a stage (losing asks for the reason first)."""
        if stage is Stage.LOST:
            card = next(
                (c for col in self.columns.values() for c in col.model._cards if c.id == deal_id),
                None,
            )
            if card is not None:
                self.lose(card)
            return
        self._keep = deal_id
        self.operations.write(lambda: self.book.pipeline.move(deal_id, stage), initiator=self)

    def lose(self, card: DealCard) -> None:
        dialog = LostDialog(card.title, self)
        if dialog.exec():
            reason = dialog.text()
            self._keep = card.id
            self.operations.write(
                lambda: self.book.pipeline.move(card.id, Stage.LOST, reason=reason), initiator=self
            )

    def set_readiness(self, deal_id: str, readiness: int | None) -> None:
        """How ready the customer is to buy on this deal (1 cold … 5 ready)."""
        self._keep = deal_id
        self.operations.write(
            lambda: self.book.pipeline.set_readiness(deal_id, readiness), initiator=self
        )

    def _open(self, column: StageColumnWidget) -> None:
        card = column.list.selected_card()
        if card is not None:
            self.open_contact_requested.emit(card.contact_id)

    def _menu(self, column: StageColumnWidget, point: QPoint) -> None:
        card = column.list.selected_card()
        if card is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("&Open contact"), lambda: self.open_contact_requested.emit(card.contact_id)
        )
        moves = menu.addMenu(self.tr("&Move to"))
        for stage in OPEN_STAGES:
            action = moves.addAction(label(STAGES, stage), lambda s=stage: self.move(card.id, s))
            action.setEnabled(stage is not card.stage)
        menu.addAction(self.tr("&Won"), lambda: self.move(card.id, Stage.WON))
        menu.addAction(self.tr("&Lost…"), lambda: self.lose(card))
        readiness = menu.addMenu(self.tr("&Readiness"))
        for value, text in ((None, self.tr("not rated")), *((n, "●" * n) for n in range(1, 6))):
            action = readiness.addAction(text, lambda v=value: self.set_readiness(card.id, v))
            action.setCheckable(True)
            action.setChecked(card.readiness == value)
        menu.exec(column.list.viewport().mapToGlobal(point))
