"""Moving whole database files: swapping a restored copy in, setting damaged files aside.

Callers hold the book lock exclusively and have closed every connection first: SQLite keeps the
`-wal` and `-shm` files by name next to the database, and a log left beside a different file
would be replayed into it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from tracker.storage.backup import fsync_path
from tracker.storage.health import side_files


def checkpoint(path: Path, *, truncate: bool = True) -> None:
    """Copy what the log holds into the database file (and empty the log when nobody reads)."""
    if not path.exists():
        return
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        mode = "TRUNCATE" if truncate else "PASSIVE"
        connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
    finally:
        connection.close()


def use_write_ahead_log(path: Path) -> None:
    """Switch a closed copy (backups use a rollback journal) to WAL, the mode the book runs in."""
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        connection.close()  # the last connection: the log is folded in and removed
    fsync_path(path)


def replace_database(staging: Path, database: Path) -> None:
    """Put the verified copy `staging` in the place of `database`, atomically.

    The old file's log is emptied into it first and removed, so nothing of it can reach the new
    file; a crash at any point leaves either the old database or the new one, whole.
    """
    wal, shm = side_files(database)
    if wal.exists() and wal.stat().st_size > 0:
        with contextlib.suppress(sqlite3.Error):  # its state was backed up or set aside before
            checkpoint(database)
    for side in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    os.replace(staging, database)
    fsync_path(database.parent)


def move_aside(database: Path, folder: Path) -> list[Path]:
    """Move the database and its side files into `folder` (kept private); return where they went."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    moved = []
    for path in (database, *side_files(database)):
        if path.exists():
            target = folder / path.name
            os.replace(path, target)
            moved.append(target)
    fsync_path(folder)
    fsync_path(database.parent)
    return moved
