"""Progress and cancellation for long jobs (import, export, backup), frontend-neutral."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The person cancelled the job; whatever it was writing is rolled back."""


@dataclass
class Progress:
    """Handed to a long job: it reports how far it got and learns whether to stop."""

    callback: Callable[[int, int], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int) -> None:
        """Tell the frontend how far the job is; raise Cancelled if it should stop."""
        if self.cancel_event.is_set():
            raise Cancelled("cancelled")
        if self.callback is not None:
            self.callback(done, total)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()
