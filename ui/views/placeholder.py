"""A screen whose content a later part of the product fills: it says what will be there."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.services.book import Book
from ui.bus import Bus
from ui.operations import Operations
from ui.views.base import View
from ui.widgets.empty_state import EmptyState


class PlaceholderView(View):
    """An explanation in place of a screen that is not part of this build."""

    def __init__(
        self,
        book: Book,
        bus: Bus,
        operations: Operations,
        title: str,
        text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(book, bus, operations, parent)
        state = EmptyState(self)
        state.set_content(title, text)
        layout = QVBoxLayout(self)
        layout.addWidget(state)
