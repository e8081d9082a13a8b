"""When the app syncs by itself: soon after start, 20 seconds after the rep's last change, and
every five minutes; after a failure to reach the server later and later (backoff); not at all
while the server refuses this sign-in, until the rep signs in again.

Whatever starts a sync (this schedule or the rep's *Sync now*), its end re-arms the schedule, so
the two never pile up; the runner itself never runs two syncs at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from tracker.domain.changes import Changes
from tracker.services.book import Book
from ui.bus import Bus
from ui.operations import Operations
from ui.team.failures import RETRIED, Failure, failure_of
from ui.team.runner import SyncRunner

START_DELAY_MS = 4_000  # after the window is painted (the start-up backup waits 3 s)
DEBOUNCE_MS = 20_000  # after the last change: a burst of logging goes up in one sync
PERIOD_MS = 5 * 60_000  # others' changes arrive at least this often
BUSY_RETRY_MS = 15_000  # an import or a restore is running: try again shortly after
BACKOFF_MS = (30_000, 60_000, 2 * 60_000, 4 * 60_000, 8 * 60_000, 15 * 60_000)
TEAM_ONLY = Changes(team=True)


def backoff_ms(failures: int) -> int:
    """How long to wait after `failures` failed attempts in a row (1 = the first failure)."""
    return BACKOFF_MS[min(max(failures, 1), len(BACKOFF_MS)) - 1]


class SyncSchedule(QObject):
    """Starts background syncs through the runner at the right moments."""

    def __init__(
        self,
        runner: SyncRunner,
        book: Book,
        bus: Bus,
        operations: Operations,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.book = book
        self.operations = operations
        self.active = False  # started by the app (tests start it when they mean to)
        self.paused = False  # the server refused this sign-in: wait for the rep
        self.failures = 0  # failed attempts in a row
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_due)
        self.next_sync = QTimer(self)
        self.next_sync.setSingleShot(True)
        self.next_sync.timeout.connect(self.sync_due)
        bus.changed.connect(self._on_changed)
        runner.succeeded.connect(self._on_succeeded)
        runner.failed.connect(self._on_failed)

    # -- switching on and off ------------------------------------------------------------------
    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Begin: a first sync after `delay_ms`, then the rhythm above."""
        self.active = True
        self.paused = False
        self.next_sync.start(delay_ms)

    def stop(self) -> None:
        self.active = False
        self.debounce.stop()
        self.next_sync.stop()

    def resume(self) -> None:
        """The rep signed in again: forget the refusal and the backoff."""
        self.paused = False
        self.failures = 0
        if self.active and not self.runner.running:
            self.next_sync.start(PERIOD_MS)

    @property
    def backing_off(self) -> bool:
        return self.failures > 0

    # -- reasons to sync -----------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """A change of the rep's goes up 20 s after the last one, unless the server is out of
        reach (the backoff decides then) or refuses this sign-in."""
        if initiator is self.runner or changes == TEAM_ONLY:
            return
        if self.active and not self.paused and not self.backing_off:
            self.debounce.start()

    def sync_due(self) -> None:
        """A timer fired: sync now if the book can, else wait for the next reason."""
        self.debounce.stop()
        if not self.active or self.paused or self.runner.running or self.book.read_only:
            return
        status = self.book.team.status()
        if status is None or not status.signed_in:
            return  # nothing to do until the rep signs in (resume() re-arms)
        if self.operations.busy:  # never on top of an import, a restore or a backup
            self.next_sync.start(BUSY_RETRY_MS)
            return
        self.next_sync.stop()
        self.runner.start()

    # -- after a sync (whoever started it) -----------------------------------------------------
    def _on_succeeded(self, _report: object) -> None:
        self.failures = 0
        self.paused = False
        if self.active:
            self.next_sync.start(PERIOD_MS)

    def _on_failed(self, exc: BaseException) -> None:
        kind = failure_of(exc)
        if kind is Failure.CANCELLED:  # the rep stopped it: the rest goes in the usual rhythm
            if self.active:
                self.next_sync.start(PERIOD_MS)
        elif kind in RETRIED:
            self.failures += 1
            if self.active:
                self.next_sync.start(backoff_ms(self.failures))
        else:  # revoked, outdated, signed out: trying again changes nothing
            self.paused = True
            self.debounce.stop()
            self.next_sync.stop()
