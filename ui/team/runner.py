"""Runs the book's syncs on a worker thread, one at a time, and reports on the GUI thread.

The sync itself (`book.team.sync`) opens its own short transactions and never holds one while it
waits for the network, so the rep keeps logging while it runs. The worker never touches a
widget: it emits signals, which Qt delivers to this object on the GUI thread. A private thread
pool with a single thread makes "never two syncs at once" a property of the machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from tracker.domain.changes import Changes, Written
from tracker.domain.team import SyncPhase, SyncReport
from tracker.services.book import Book
from tracker.services.progress import Progress
from ui.bus import Bus
from ui.team.failures import failure_text


@dataclass(frozen=True)
class SyncActivity:
    """What the app's syncing is doing now and how the last attempt of this session ended."""

    running: bool = False
    phase: SyncPhase | None = None
    done: int = 0
    total: int = 0
    first: bool = False  # the book had never pulled (a new laptop downloads the whole book)
    failure: BaseException | None = None  # the last attempt's error; None after a success
    message: str = ""  # that error in words for the rep
    report: SyncReport | None = None  # the last successful sync of this session


class _Signals(QObject):
    """Made on the GUI thread, emitted from the worker: Qt queues each emission to the GUI."""

    phase = Signal(object)
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


@dataclass(frozen=True)
class _Job:
    signals: _Signals
    progress: Progress


def _sync_on_worker(book: Book, job: _Job) -> None:
    """The worker thread's part: the sync itself, reported only through signals."""
    try:
        written = book.team.sync(job.progress, on_phase=job.signals.phase.emit)
    except BaseException as exc:  # delivered to the GUI thread, which decides what it means
        job.signals.failed.emit(exc)
    else:
        job.signals.succeeded.emit(written)


class SyncRunner(QObject):
    """Starts syncs, keeps `activity` current and announces what a sync changed on the bus."""

    started = Signal()
    changed = Signal()  # activity changed (phase, progress, end)
    succeeded = Signal(object)  # SyncReport
    failed = Signal(object)  # the exception (Cancelled when the rep stopped it)

    def __init__(self, book: Book, bus: Bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.bus = bus
        self.activity = SyncActivity()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> bool:
        """Start a sync unless one is running; True when this call started one."""
        if self._job is not None:
            return False
        status = self.book.team.status()
        signals = _Signals()
        job = _Job(signals, Progress(callback=signals.progress.emit))
        signals.phase.connect(self._on_phase)
        signals.progress.connect(self._on_progress)
        signals.succeeded.connect(self._on_succeeded)
        signals.failed.connect(self._on_failed)
        self._job = job
        self.activity = replace(
            self.activity,
            running=True,
            phase=None,
            done=0,
            total=0,
            first=status is not None and status.cursor == 0,
        )
        book = self.book
        self._pool.start(lambda: _sync_on_worker(book, job))
        self.started.emit()
        self.changed.emit()
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop after the step it is in (each step is complete alone)."""
        if self._job is not None:
            self._job.progress.cancel()

    def wait(self, msecs: int) -> bool:
        """Wait up to `msecs` for a running sync to end; True when none runs any more."""
        return self._pool.waitForDone(msecs)

    # -- on the GUI thread --------------------------------------------------------------------
    def _on_phase(self, phase: SyncPhase) -> None:
        if self._job is None:
            return
        self.activity = replace(self.activity, phase=phase, done=0, total=0)
        self.changed.emit()

    def _on_progress(self, done: int, total: int) -> None:
        if self._job is None:
            return
        self.activity = replace(self.activity, done=done, total=total)
        self.changed.emit()

    def _on_succeeded(self, written: Any) -> None:
        self._job = None
        assert isinstance(written, Written)
        report = written.value
        self.activity = SyncActivity(report=report)
        # A pull can have changed anything: the screens refresh (their `concerns` decide).
        self.bus.changed.emit(written.changes, self)
        self.changed.emit()
        self.succeeded.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._job = None
        status = self.book.team.status()
        # Worded once, here: for a bug this also writes its code path to the log (no data).
        message = failure_text(
            exc, server=status.server_url if status else "", log_dir=self.book.location.logs
        )
        self.activity = SyncActivity(failure=exc, message=message, report=self.activity.report)
        self.bus.changed.emit(Changes(team=True), self)  # the stored status has the error now
        self.changed.emit()
        self.failed.emit(exc)
