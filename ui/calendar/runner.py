"""Calendar syncs on a worker thread, one at a time, and when they run by themselves.

`book.calendar.sync` opens its own short transactions and never holds one while it waits for the
server, so logging never waits for it; the worker only emits signals, which Qt delivers on the
GUI thread. The rhythm follows team sync's (ui/team/schedule.py): soon after start, 20 s after
the rep's last change, every five minutes, later and later while the server cannot be reached,
never on top of an import or a restore.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from tracker.domain.calendar import CalendarBusy, CalendarError, CalendarUnreachable
from tracker.domain.changes import Changes, Written
from tracker.services.book import Book
from tracker.services.errors import user_facing_message
from tracker.services.progress import Progress
from ui.bus import Bus
from ui.operations import Operations

START_DELAY_MS = 6_000  # after the window is painted (team sync starts at 4 s)
DEBOUNCE_MS = 20_000
PERIOD_MS = 5 * 60_000
BUSY_RETRY_MS = 15_000
BACKOFF_MS = (30_000, 60_000, 2 * 60_000, 4 * 60_000, 8 * 60_000, 15 * 60_000)


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


def _sync_on_worker(book: Book, signals: _Signals) -> None:
    try:
        written = book.calendar.sync(Progress(callback=signals.progress.emit))
    except BaseException as exc:  # delivered to the GUI thread, which words it
        signals.failed.emit(exc)
    else:
        signals.succeeded.emit(written)


class CalendarRunner(QObject):
    """Runs calendar syncs (by the schedule or *Sync calendar now*) and keeps their outcome."""

    changed = Signal()  # running or not, the last outcome

    def __init__(
        self, book: Book, bus: Bus, operations: Operations, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.bus = bus
        self.operations = operations
        self.running = False
        self.offline = False  # the last attempt could not reach the server
        self.message = ""  # the last attempt's error for the rep ("" after a success)
        self.failures = 0
        self.active = False
        self.done = 0  # the running sync's appointments compared so far, of `total`
        self.total = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_due)
        self.next_sync = QTimer(self, singleShot=True)
        self.next_sync.timeout.connect(self.sync_due)
        bus.changed.connect(self._on_changed)

    def start_schedule(self, delay_ms: int = START_DELAY_MS) -> None:
        self.active = True
        self.next_sync.start(delay_ms)

    def stop_schedule(self) -> None:
        self.active = False
        self.debounce.stop()
        self.next_sync.stop()

    def start(self) -> bool:
        """Sync now unless a sync runs; True when this call started one."""
        if self.running:
            return False
        self.running = True
        self.done = self.total = 0
        signals = _Signals()
        signals.progress.connect(self._on_progress)
        signals.succeeded.connect(self._on_succeeded)
        signals.failed.connect(self._on_failed)
        book = self.book
        self._pool.start(lambda: _sync_on_worker(book, signals))
        self.changed.emit()
        return True

    def wait(self, msecs: int) -> bool:
        return self._pool.waitForDone(msecs)

    # -- reasons to sync -----------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or (not changes.activities and not changes.everything):
            return
        if self.active and not self.failures:
            self.debounce.start()

    def sync_due(self) -> None:
        self.debounce.stop()
        if not self.active or self.running or self.book.read_only:
            return
        if not self.book.calendar.connected():
            return
        if self.operations.busy:
            self.next_sync.start(BUSY_RETRY_MS)
            return
        self.next_sync.stop()
        self.start()

    # -- while and after a sync ----------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.running and (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.changed.emit()

    def _on_succeeded(self, written: Any) -> None:
        assert isinstance(written, Written)
        self.running = False
        self.offline = False
        self.message = ""
        self.failures = 0
        if written.changes:
            self.bus.changed.emit(written.changes, self)
        if self.active:
            self.next_sync.start(PERIOD_MS)
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, CalendarBusy):  # the CLI is syncing this book: try again later
            self.message = ""
        elif isinstance(exc, CalendarError):
            self.message = str(exc)
        else:  # a bug: one line for the rep, the code path in the log
            self.message = user_facing_message(exc, log_dir=self.book.location.logs)
        self.offline = isinstance(exc, CalendarUnreachable)
        self.failures += 1
        if self.active:
            index = min(self.failures, len(BACKOFF_MS)) - 1
            self.next_sync.start(BACKOFF_MS[index])
        self.changed.emit()
