"""Backups of an open book: taken automatically, on request, before risky work; and restores.

Every backup goes through SQLite's online backup API, is flushed, verified with quick_check and
renamed into place atomically (`tracker.storage.backup.online_backup`). After each one, old
backups are pruned by the retention policy (`tracker.domain.retention`).

Features that are about to change much at once call `backup_before(ctx, "import")` (or, from a
frontend, `book.backups.before("import")`) first: it makes sure a verified backup of the current
state exists and raises BackupError — a message for the rep — when it cannot, so the risky work
does not start.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from tracker.domain.changes import Changes, Written
from tracker.domain.retention import backups_to_keep
from tracker.services.context import ServiceContext
from tracker.services.progress import Progress
from tracker.services.safety.recovery import (
    BackupInfo,
    RestoreReport,
    backups_of,
    info,
    restore_file,
)
from tracker.storage.backup import (
    BackupError,
    BackupFile,
    free_backup_path,
    list_backups,
    online_backup,
    remove_partials,
)
from tracker.storage.book_lock import BookLock
from tracker.storage.engine import ReadOnlyBook
from tracker.storage.health import side_files

log = logging.getLogger("groundgame")

# One backup or restore at a time per process (the UI's timer and a menu action may overlap).
_MUTEX = threading.RLock()


def backup_before(ctx: ServiceContext, reason: str) -> BackupInfo | None:
    """Make sure a verified backup of the current state exists before risky work; return it.

    `reason` names the work ("import", "restore", "bulk-delete", "merge"); it becomes part of the
    file name. Nothing is copied when the newest backup already holds the current state. Returns
    None for a read-only book (nothing can change it). Raises BackupError when the backup fails.
    """
    return BackupService(ctx).before(reason)


class BackupService:
    """The book's backups folder: take, list, prune, save elsewhere, restore."""

    def __init__(self, ctx: ServiceContext, lock: BookLock | None = None) -> None:
        self._ctx = ctx
        self._lock = lock

    @property
    def folder(self) -> Path:
        return self._ctx.location.backups

    def available(self) -> list[BackupInfo]:
        """The verified backups, oldest first."""
        return backups_of(self._ctx.location)

    def latest(self) -> BackupInfo | None:
        found = self.available()
        return found[-1] if found else None

    def take(self, reason: str = "manual") -> BackupInfo:
        """Back up now, whatever changed; prune old backups; return the new one."""
        if self._ctx.db.read_only:
            raise ReadOnlyBook(
                f"the data folder {self._ctx.location.root} is read-only, so no backup can be kept "
                "there; use “Save a backup to…” to save one elsewhere"
            )
        with _MUTEX:
            remove_partials(self.folder)
            target = free_backup_path(self.folder, self._ctx.now(), reason)
            online_backup(self._ctx.db.path, target)
            log.info("backup taken (%s): %s", reason, target.name)
            self.prune()
            backup = next((b for b in list_backups(self.folder) if b.path == target), None)
            if backup is None:  # pruned at once: only when the clock stands far in the past
                raise BackupError(f"the backup {target} was removed by the retention rules")
            return info(backup)

    def changed_since_latest(self) -> bool:
        """Whether the database was written after the newest backup was taken."""
        newest = _newest(list_backups(self.folder))
        if newest is None:
            return True
        taken = newest.path.stat().st_mtime_ns
        database = self._ctx.db.path
        wal, _ = side_files(database)
        written = database.stat().st_mtime_ns if database.exists() else 0
        if wal.exists() and wal.stat().st_size > 0:
            written = max(written, wal.stat().st_mtime_ns)
        return written >= taken

    def take_if_changed(self, reason: str) -> BackupInfo | None:
        """Back up if anything changed since the newest backup (at start, every 30 min, at exit)."""
        if self._ctx.db.read_only:
            return None
        with _MUTEX:
            if not self.changed_since_latest():
                return None
            return self.take(reason)

    def before(self, reason: str) -> BackupInfo | None:
        """A verified backup of the current state, taken now unless the newest one already is."""
        if self._ctx.db.read_only:
            return None
        with _MUTEX:
            taken = self.take_if_changed(f"before-{reason}")
            return taken or self.latest()

    def save_to(self, destination: Path) -> Path:
        """Save a verified backup to a file of the rep's choosing (not pruned, not listed)."""
        if destination.is_dir():
            destination = destination / free_backup_path(destination, self._ctx.now(), "saved").name
        if destination.exists() and destination.resolve() == self._ctx.db.path.resolve():
            raise BackupError(f"{destination} is the book's own database; choose another file")
        with _MUTEX:
            return online_backup(self._ctx.db.path, destination, ignore_log=self._ctx.db.immutable)

    def prune(self) -> list[Path]:
        """Delete the backups the retention policy no longer keeps; return them."""
        backups = list_backups(self.folder)
        keep = backups_to_keep(
            (b.taken_at for b in backups), now=self._ctx.now(), zone_name=self._zone()
        )
        removed = []
        for backup in backups:
            if backup.taken_at not in keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed

    def restore(self, source: Path, *, progress: Progress | None = None) -> Written[RestoreReport]:
        """Replace the book with the verified backup `source`, keeping a backup of it first.

        Waits (up to the lock timeout) until no other Groundgame process has the book open, and
        closes this process's connections for the swap. The restored book has no undo steps.
        """
        if self._ctx.db.read_only:
            raise ReadOnlyBook(
                f"the data folder {self._ctx.location.root} is read-only; nothing can be restored"
            )
        lock = self._lock or BookLock(self._ctx.location.lock_file)
        with _MUTEX:
            report = restore_file(
                self._ctx.location,
                source,
                now=self._ctx.now(),
                lock=lock,
                database=self._ctx.db,
                progress=progress.report if progress else None,
            )
            self.prune()
        return Written(report, Changes(everything=True))

    def _zone(self) -> str:
        try:
            with self._ctx.db.read() as session:
                return self._ctx.preferences(session).time_zone
        except Exception:  # pruning must not fail because preferences cannot be read
            return "UTC"


def _newest(backups: list[BackupFile]) -> BackupFile | None:
    return backups[-1] if backups else None
