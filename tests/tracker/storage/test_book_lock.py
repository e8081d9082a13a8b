"""The book lock between real processes: shared side by side, exclusive alone, freed by death."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.storage.book_lock import BookBusy, BookLock, Mode

ROOT = Path(__file__).resolve().parents[3]
HOLDER = """
import sys
from pathlib import Path
from tracker.storage.book_lock import BookLock, Mode
lock = BookLock(Path(sys.argv[1]))
lock.acquire(Mode(sys.argv[2]), 10)
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[object]:
    """Start a process that holds the lock in a given mode until it is killed."""
    started: list[subprocess.Popen[str]] = []

    def hold(mode: Mode) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(tmp_path / "groundgame.lock"), mode.value],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert process.stdout is not None and process.stdout.readline() == "held\n"
        started.append(process)
        return process

    yield hold
    for process in started:
        process.kill()
        process.wait()


def test_shared_holders_do_not_exclude_each_other(tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    """The app and a CLI command can have the book open at the same time."""
    holder(Mode.SHARED)
    lock = BookLock(tmp_path / "groundgame.lock")
    lock.acquire(Mode.SHARED, timeout=0)
    assert lock.mode is Mode.SHARED
    assert not lock.try_exclusive()
    lock.release()


def test_exclusive_waits_then_says_why(tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    """A restore cannot have the book while another process has it open; the message says so."""
    holder(Mode.SHARED)
    waits: list[Mode] = []
    lock = BookLock(tmp_path / "groundgame.lock", on_wait=waits.append)
    with pytest.raises(BookBusy, match="close it and try again"):
        lock.acquire(Mode.EXCLUSIVE, timeout=0.3)
    assert waits == [Mode.EXCLUSIVE]
    assert lock.mode is None


def test_nobody_opens_the_book_while_it_is_swapped(tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    """While another process holds the lock exclusively, opening waits and then gives up."""
    holder(Mode.EXCLUSIVE)
    lock = BookLock(tmp_path / "groundgame.lock")
    with pytest.raises(BookBusy, match="restoring or upgrading"):
        lock.acquire(Mode.SHARED, timeout=0.2)


def test_a_killed_holder_frees_the_lock(tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    """The kernel drops the lock of a process that dies, even by SIGKILL."""
    process = holder(Mode.EXCLUSIVE)
    lock = BookLock(tmp_path / "groundgame.lock")
    assert not lock.try_exclusive()
    process.kill()
    process.wait()
    lock.acquire(Mode.EXCLUSIVE, timeout=5)
    assert lock.mode is Mode.EXCLUSIVE
    lock.release()


def test_exclusive_block_returns_to_shared(tmp_path: Path) -> None:
    """An open book that restores goes exclusive for the swap and back to shared after."""
    lock = BookLock(tmp_path / "groundgame.lock")
    lock.acquire(Mode.SHARED, timeout=0)
    with lock.exclusive(timeout=0):
        assert lock.mode is Mode.EXCLUSIVE
    assert lock.mode is Mode.SHARED
    lock.release()
