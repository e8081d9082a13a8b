"""The book lock: many processes may use the book at once, one may replace or rewrite its file.

SQLite (WAL, BEGIN IMMEDIATE, busy_timeout) already serialises writers of the *rows*, so the app
and a CLI command may read and write side by side. What SQLite cannot guard is the *file*: a
restore swaps it, a migration rewrites tables, a damaged file is moved aside. So every open book
holds this lock *shared*, and those operations take it *exclusive* — they wait until every other
Groundgame process has closed the book, and nobody opens it while they run.

POSIX uses flock(2) on `groundgame.lock` (released by the kernel when a process dies, even by
SIGKILL); elsewhere filelock's SQLite-based ReadWriteLock gives the same two modes.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path

DEFAULT_TIMEOUT = 10.0  # seconds a process waits for the book before it gives up
TIMEOUT_ENV_VAR = "GROUNDGAME_LOCK_TIMEOUT"
_POLL = 0.05


class BookBusy(RuntimeError):
    """Another Groundgame holds the book in a way that excludes this one; the message says how."""


class Mode(StrEnum):
    SHARED = "shared"
    EXCLUSIVE = "exclusive"


def default_timeout() -> float:
    """DEFAULT_TIMEOUT, or GROUNDGAME_LOCK_TIMEOUT seconds when that is set to a number."""
    raw = os.environ.get(TIMEOUT_ENV_VAR)
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


class BookLock:
    """A shared/exclusive lock on one data folder, held by one open book of this process."""

    def __init__(self, path: Path, *, on_wait: Callable[[Mode], None] | None = None) -> None:
        self.path = path
        self.mode: Mode | None = None
        self._on_wait = on_wait
        self._backend: _Backend = (
            _FlockBackend(path) if os.name == "posix" else _RwLockBackend(path)
        )

    def try_exclusive(self) -> bool:
        """Take the lock exclusive if nobody else holds it; never waits."""
        return self._take(Mode.EXCLUSIVE, 0.0)

    def acquire(self, mode: Mode, timeout: float | None = None) -> None:
        """Hold the lock in `mode`, waiting up to `timeout` seconds; raise BookBusy otherwise."""
        wait = default_timeout() if timeout is None else timeout
        if not self._take(mode, wait):
            if mode is Mode.EXCLUSIVE:
                raise BookBusy(
                    "Groundgame is open in another window or command; "
                    "close it and try again (it needs the book to itself)"
                )
            raise BookBusy(
                "another Groundgame is restoring or upgrading the book; try again in a moment"
            )

    @contextlib.contextmanager
    def exclusive(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the lock exclusive inside the block, then go back to the mode held before."""
        previous = self.mode
        if previous is Mode.EXCLUSIVE:
            yield
            return
        self.acquire(Mode.EXCLUSIVE, timeout)
        try:
            yield
        finally:
            if previous is Mode.SHARED:
                self.acquire(Mode.SHARED, timeout)
            else:
                self.release()

    def release(self) -> None:
        if self.mode is not None:
            self._backend.release()
            self.mode = None

    def _take(self, mode: Mode, timeout: float) -> bool:
        if self.mode is mode:
            return True
        self.release()  # a change of mode is release-then-take on every platform
        deadline = time.monotonic() + timeout
        told = False
        while not self._backend.try_take(mode):
            if time.monotonic() >= deadline:
                return False
            if not told and self._on_wait is not None:
                self._on_wait(mode)
                told = True
            time.sleep(_POLL)
        self.mode = mode
        return True


class _Backend:
    def try_take(self, mode: Mode) -> bool:
        raise NotImplementedError

    def release(self) -> None:
        raise NotImplementedError


class _FlockBackend(_Backend):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def try_take(self, mode: Mode) -> bool:
        import fcntl

        if self.fd is None:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        flag = fcntl.LOCK_SH if mode is Mode.SHARED else fcntl.LOCK_EX
        try:
            fcntl.flock(self.fd, flag | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock
            self.fd = None


class _RwLockBackend(_Backend):  # pragma: no cover - not POSIX
    def __init__(self, path: Path) -> None:
        from filelock import ReadWriteLock

        self.lock = ReadWriteLock(path, is_singleton=False)

    def try_take(self, mode: Mode) -> bool:
        from filelock import Timeout

        try:
            if mode is Mode.SHARED:
                self.lock.acquire_read(timeout=0, blocking=False)
            else:
                self.lock.acquire_write(timeout=0, blocking=False)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        self.lock.release(force=True)
