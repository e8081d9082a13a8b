"""Verified copies of the database through SQLite's online backup API (never a file copy).

A copy is written under a temporary name, flushed to the disk, checked with `quick_check` and only
then renamed into place, so a backup file either is complete and verified or does not exist.
Backups in the book's folder are named `groundgame-<UTC stamp>-<reason>.sqlite3`; the stamp is
when the copied state was taken, so sorting by name sorts by age.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.storage.health import check_pages, sqlite_uri

PARTIAL_SUFFIX = ".partial"
_NAME = re.compile(r"^groundgame-(\d{8}-\d{6}-\d{6})-([a-z0-9][a-z0-9-]*)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupError(RuntimeError):
    """A backup could not be written or did not verify; the message says which file and why."""


@dataclass(frozen=True)
class BackupFile:
    """A verified backup in the backups folder: when its state was taken and why."""

    path: Path
    taken_at: datetime  # aware UTC
    reason: str
    size: int


def quick_check(path: Path) -> str:
    """'ok', or the first problem SQLite's quick_check reports for the file at `path`."""
    return check_pages(path)


def backup_name(when: datetime, reason: str) -> str:
    """The file name of a backup of the state at `when` (aware), taken for `reason`."""
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    return f"groundgame-{when.astimezone(UTC).strftime(_STAMP)}-{slug}.sqlite3"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(taken_at, reason) from a backup's file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return when, match.group(2)


def free_backup_path(folder: Path, when: datetime, reason: str, *, newest: bool = True) -> Path:
    """A backup path for `when` that no file uses yet (a microsecond later if it is taken).

    With `newest`, the stamp is also later than every backup already there, so "the latest
    backup" stays the one taken last even when the computer's clock was set back.
    """
    if newest:
        existing = list_backups(folder)
        if existing and existing[-1].taken_at >= when:
            when = existing[-1].taken_at + timedelta(microseconds=1)
    candidate = folder / backup_name(when, reason)
    while candidate.exists():
        when = when + timedelta(microseconds=1)
        candidate = folder / backup_name(when, reason)
    return candidate


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, oldest first (files with other names are ignored)."""
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in folder.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed is None or not path.is_file():
                continue
            found.append(BackupFile(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name))


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


def online_backup(source: Path, destination: Path, *, ignore_log: bool = False) -> Path:
    """Copy `source` to `destination` consistently while it may be in use; verify; rename atomically.

    `ignore_log` copies the database file alone, without its `-wal` (to rescue a database from a
    stray log). The copy's modification time is set to when the copy began, so a write that lands
    while it is being made still counts as newer than the backup.
    """
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    started = time.time_ns()
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        remove_with_side_files(partial)  # a killed earlier copy must not leak into this one
        src = sqlite3.connect(sqlite_uri(source, immutable=ignore_log), uri=True, timeout=10)
        try:
            dst = sqlite3.connect(partial)
            try:
                # The partial file is thrown away unless it is complete, synced and checked
                # below, so SQLite's own journal and syncs are only overhead here (1 GB: 4 → 2 s).
                dst.execute("PRAGMA journal_mode = OFF")
                dst.execute("PRAGMA synchronous = OFF")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if os.name == "posix":
            os.chmod(partial, 0o600)
        fsync_path(partial)
        verdict = quick_check(partial)
        if verdict != "ok":
            raise BackupError(f"the copy at {partial} failed its check: {verdict}")
        os.utime(partial, ns=(started, started))
        os.replace(partial, destination)
        fsync_path(destination.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            remove_with_side_files(partial)
        raise BackupError(f"could not back up {source} to {destination}: {_reason(exc)}") from exc
    return destination


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def remove_with_side_files(path: Path) -> None:
    """Delete a database file and any journal, log or shared-memory file next to it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def remove_partials(folder: Path) -> None:
    """Delete copies a crash left half-written (they never carry a backup's final name)."""
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in folder.glob(f"*{PARTIAL_SUFFIX}*"):
            with contextlib.suppress(OSError):
                path.unlink()
