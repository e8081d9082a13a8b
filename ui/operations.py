"""The one place widgets run writes and long jobs, and show what went wrong.

Writes run synchronously on the GUI thread (they take milliseconds) and announce their Changes on
the bus. Long jobs run on a worker thread with their own Session (the services open one per call)
behind a cancellable progress dialog; widgets are touched only from the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from tracker.domain.changes import Written
from tracker.services.book import Book
from tracker.services.errors import is_user_error
from tracker.services.progress import Cancelled, Progress
from ui.bus import Bus
from ui.problems import is_problem, message_for

T = TypeVar("T")


class _JobSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.progress_state = progress
        self.signals = _JobSignals()
        progress.callback = self.signals.progress.emit

    def run(self) -> None:
        try:
            result = self.work(self.progress_state)
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Operations(QObject):
    """Runs service calls for the widgets and reports their outcome."""

    def __init__(self, book: Book, bus: Bus, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.book = book
        self.bus = bus
        self.window = window
        self._jobs: set[_Job] = set()

    def write(
        self,
        action: Callable[[], Written[T]],
        *,
        initiator: object = None,
        parent: QWidget | None = None,
    ) -> T | None:
        """Run a write; on success announce its changes and return its value, else show why."""
        try:
            written = action()
        except Exception as exc:
            self.show_error(exc, parent)
            return None
        if written.changes:
            self.bus.changed.emit(written.changes, initiator)
        return written.value

    def run_job(
        self,
        title: str,
        work: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> Progress:
        """Run `work` on a worker thread behind a cancellable progress dialog."""
        progress = Progress()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent or self.window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(progress.cancel)
        job = _Job(work, progress)
        self._jobs.add(job)

        def report(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            self._jobs.discard(job)

        def succeeded(result: Any) -> None:
            finish()
            if isinstance(result, Written) and result.changes:
                self.bus.changed.emit(result.changes, None)
            on_done(result.value if isinstance(result, Written) else result)

        def failed(exc: BaseException) -> None:
            finish()
            if not isinstance(exc, Cancelled):
                self.show_error(exc, parent)

        job.signals.progress.connect(report)
        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(job)
        return progress

    def run_background(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `work` on a worker thread without a dialog (automatic backups, weekly checks).

        A failure goes to `on_failed` (on the GUI thread), or is shown like any other error.
        """
        job = _Job(lambda _progress: work(), Progress())
        self._jobs.add(job)

        def succeeded(result: Any) -> None:
            self._jobs.discard(job)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            if on_failed is not None:
                on_failed(exc)
            else:
                self.show_error(exc)

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(job)

    @property
    def busy(self) -> bool:
        """Whether a job started here is still running."""
        return bool(self._jobs)

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Tell the rep in plain words what went wrong; bugs also land in the log."""
        message = message_for(exc, log_dir=self.book.location.logs)
        if is_problem(exc):
            title = self.tr("Nothing was saved")
        elif is_user_error(exc):
            title = self.tr("Could not complete that")
        else:
            title = self.tr("Something went wrong")
        QMessageBox.warning(parent or self.window, title, message)
