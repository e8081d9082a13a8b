"""`backup`, `restore` and `check` from the shell: good input, bad input, damaged books, waiting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import damage
from tests.tracker.cli.test_cli import ROOT, groundgame
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.storage.book_lock import BookLock, Mode


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A demo book of 20 contacts with one backup."""
    return damage.make_book(tmp_path / "book", contacts=20).root


def test_backup_into_the_folder_and_to_a_file(tmp_path: Path, data: Path) -> None:
    """`backup` adds a verified backup to backups/; `-o FILE` writes one where asked."""
    before = len(list((data / "backups").iterdir()))
    result = groundgame("--data-dir", str(data), "backup")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"backed up to {data / 'backups'}")
    assert len(list((data / "backups").iterdir())) == before + 1
    out = tmp_path / "stick" / "book.sqlite3"
    saved = groundgame("--data-dir", str(data), "backup", "-o", str(out))
    assert saved.returncode == 0 and out.exists()
    refused = groundgame("--data-dir", str(data), "backup", "-o", str(data / "groundgame.sqlite3"))
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith("is the book's own database; choose another file")


def test_restore_a_file_and_the_latest(tmp_path: Path, data: Path) -> None:
    """`restore FILE` and `restore --latest` bring a backup back and say where the old book went."""
    copy = tmp_path / "copy.sqlite3"
    assert groundgame("--data-dir", str(data), "backup", "-o", str(copy)).returncode == 0
    result = groundgame("--data-dir", str(data), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    assert "20 contacts" in result.stdout and "check ok" in result.stdout
    assert "the book as it was is kept in" in result.stdout
    latest = groundgame("--data-dir", str(data), "restore", "--latest")
    assert latest.returncode == 0, latest.stderr
    assert "before-restore" in latest.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("restore",), 2, "one of the arguments FILE --latest is required"),
        (("restore", "x.sqlite3", "--latest"), 2, "not allowed with argument"),
        (("restore", "/no/such/file.sqlite3"), 1, "/no/such/file.sqlite3 is not a file"),
    ],
)
def test_restore_with_bad_input(data: Path, args: tuple[str, ...], code: int, message: str) -> None:
    """Wrong or missing restore arguments: one line saying what is wrong, the right exit code."""
    result = groundgame("--data-dir", str(data), *args)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_restoring_garbage_changes_nothing(tmp_path: Path, data: Path) -> None:
    """A file that is no database is refused before the book is touched."""
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(20_000))
    before = (data / "groundgame.sqlite3").read_bytes()
    result = groundgame("--data-dir", str(data), "restore", str(junk))
    assert result.returncode == 1
    assert "cannot be restored: it is damaged" in result.stderr
    assert (data / "groundgame.sqlite3").read_bytes() == before


@pytest.mark.parametrize("spoil", [damage.truncate, damage.garble_header])
def test_a_damaged_book_from_check_to_restored(data: Path, spoil) -> None:  # type: ignore[no-untyped-def]
    """`check` on a truncated or garbled book exits 1 with the app's message, no traceback;
    `restore --latest` then brings back a book that checks ok."""
    spoil(data / "groundgame.sqlite3")
    check = groundgame("--data-dir", str(data), "check")
    assert check.returncode == 1
    lines = check.stderr.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0]
    assert "groundgame restore --latest" in lines[0]
    assert "Traceback" not in check.stderr
    restored = groundgame("--data-dir", str(data), "restore", "--latest")
    assert restored.returncode == 0, restored.stderr
    assert "the damaged book was set aside in" in restored.stdout
    again = groundgame("--data-dir", str(data), "check", "--full")
    assert again.returncode == 0 and "20 contacts" in again.stdout


def test_a_restore_waits_for_the_app_then_says_why(data: Path) -> None:
    """While the app has the book open, a restore waits, then fails clearly without changes."""
    with Book.open(DataLocation(data)):
        env = {**os.environ, "GROUNDGAME_LOCK_TIMEOUT": "0.5"}
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "restore", "--latest"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    assert result.returncode == 1
    assert "waiting for the Groundgame app" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "groundgame: Groundgame is open in another window or command; "
        "close it and try again (it needs the book to itself)"
    )


def test_a_command_waits_while_a_restore_holds_the_book(data: Path) -> None:
    """A command started during a restore waits for it and then runs normally."""
    lock = BookLock(data / "groundgame.lock")
    lock.acquire(Mode.EXCLUSIVE, timeout=0)
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "check"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "GROUNDGAME_LOCK_TIMEOUT": "60"},
    )
    assert child.stderr is not None
    assert "waiting while another Groundgame restores" in child.stderr.readline()
    lock.release()
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 0 and out.startswith("ok: ")
