"""Desktop reminders a few minutes before each fixed-time item, from the app itself (no server).

The clock is the book's (injectable) and the way a reminder is shown is a callable, so tests use
a fixed clock and a list instead of the tray.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from tracker.services.book import Book
from ui.display import short_time
from ui.labels import kind_label
from ui.resources import icon

Notify = Callable[[str, str], None]
INTERVAL_MS = 30_000


class Reminders(QObject):
    """Checks every half minute for fixed-time items starting within `reminder_minutes`."""

    def __init__(
        self,
        book: Book,
        parent: QObject | None = None,
        *,
        notify: Notify | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.tray: QSystemTrayIcon | None = None
        if notify is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("groundgame"), self)
            self.tray.setToolTip(self.tr("Groundgame"))
            self.tray.show()
        self.notify: Notify = notify or self._show
        self.notified: set[str] = set()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Remind of every item starting soon that was not reminded of yet; returns how many."""
        minutes = self.book.preferences.get().reminder_minutes
        if minutes <= 0:
            return 0
        count = 0
        for appointment in self.book.planning.upcoming(within_minutes=minutes):
            if appointment.id in self.notified:
                continue
            self.notified.add(appointment.id)
            title = (
                self.tr("%1 at %2: %3")
                .replace("%1", kind_label(appointment.kind))
                .replace("%2", short_time(appointment.local_start.time()))
                .replace("%3", appointment.contact)
            )
            body = " · ".join(p for p in (appointment.account, appointment.location) if p)
            self.notify(title, body)
            count += 1
        return count

    def _show(self, title: str, body: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)
