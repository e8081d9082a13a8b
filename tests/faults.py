"""Real faults for tests: a full disk (SQLite's page limit), a held write lock, a read-only folder.

Each one makes SQLite or the OS fail the way they fail in the field; nothing of ours is mocked.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from tracker.services.book import Book

ROOT = Path(__file__).resolve().parent.parent


def fill_the_disk(book: Book) -> Callable[[], None]:
    """From now on the database cannot grow by a single page (SQLITE_FULL, as on a full disk).

    Returns a function that frees the space again.
    """
    engine = book._ctx.db.engine
    probe = sqlite3.connect(book.location.database)
    pages = probe.execute("PRAGMA page_count").fetchone()[0]
    probe.close()

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", limit)
    book._ctx.db.dispose()

    def free() -> None:
        event.remove(engine, "connect", limit)
        book._ctx.db.dispose()

    return free


def hold_write_lock(database: Path) -> subprocess.Popen[str]:
    """Another process that has begun writing to the database and does not finish."""
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE preferences SET value = value WHERE key = 'rep_name'\")\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline() == "locked\n"
    return process


_PR_CAPBSET_DROP = 24
_DAC_CAPABILITIES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _without_root_override() -> None:
    """In the child: make file permissions bind even for root (CI runs as root)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _DAC_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_in_read_only_folder(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `main.py --data-dir folder …` in a process that truly cannot write to `folder`."""
    mode = folder.stat().st_mode
    os.chmod(folder, 0o555)
    try:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            preexec_fn=_without_root_override,
        )
    finally:
        os.chmod(folder, mode)
