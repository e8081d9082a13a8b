"""Verified copies of the database through SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path


class BackupError(RuntimeError):
    """A backup could not be written or did not verify; the message says which file and why."""


def quick_check(path: Path) -> str:
    """'ok', or the first problem SQLite's quick_check reports for the file at `path`."""
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        row = connection.execute("PRAGMA quick_check").fetchone()
        return str(row[0]) if row else "no answer from quick_check"
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()


def fsync_path(path: Path) -> None:
    """Flush a file (or a directory entry) to the disk."""
    flags = os.O_RDONLY
    if path.is_dir() and hasattr(os, "O_DIRECTORY"):
        flags |= os.O_DIRECTORY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # Directories cannot be opened on some platforms (Windows); nothing to flush then.
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def online_backup(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` consistently while it may be in use; verify; rename atomically.

    The copy is written next to the destination under a temporary name, flushed, checked with
    quick_check and only then renamed into place, so a destination never holds a half-written file.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_path(partial)
        verdict = quick_check(partial)
        if verdict != "ok":
            raise BackupError(f"the copy at {partial} failed its check: {verdict}")
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, destination)
        fsync_path(destination.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"could not back up {source} to {destination}: {exc}") from exc
    return destination
