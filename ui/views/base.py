"""What every main screen shares: refresh on change when visible, otherwise when next shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from tracker.domain.changes import Changes
from tracker.services.book import Book
from ui.bus import Bus
from ui.operations import Operations


class View(QWidget):
    """A main screen. Subclasses implement `refresh()` and say which changes concern them."""

    def __init__(self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.bus = bus
        self.operations = operations
        self._stale = True
        bus.changed.connect(self._on_changed)

    def concerns(self, changes: Changes) -> bool:
        """Whether these changes could alter what this screen shows."""
        return bool(changes)

    def refresh(self) -> None:
        """Reload what the screen shows from the services."""

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if not self.concerns(changes):
            return
        if self.isVisible():
            self._stale = not self._reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = not self._reload()
        super().showEvent(event)

    def _reload(self) -> bool:
        """refresh(), telling the rep in plain words if the book cannot be read (say, a damaged
        page); True when it worked. The screen then tries again the next time it is shown."""
        try:
            self.refresh()
        except Exception as exc:
            self.operations.show_error(exc, self)
            return False
        return True

    def mark_stale(self) -> None:
        self._stale = True
