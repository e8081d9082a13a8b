"""Damaged databases and restores: what the rep is told, and the file work behind the choices.

These functions work on a data folder, not an open book, because a damaged file cannot be opened:
`Book.open` raises `DamagedDatabase` (with a `DamageReport`), and the frontends then offer the
latest verified backup (`recover(location, backup=…)`) or an empty book (`backup=None`). Both set
the damaged files aside into `damaged/<stamp>/`, kept for 14 days. Nothing is moved before the rep
chooses. `restore_file` is the one restore procedure, also used by an open book.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.services.location import DataLocation, make_private
from tracker.services.logs import configure_logging
from tracker.services.safety.maintenance import full_check_file, record_full_check
from tracker.storage.backup import (
    BackupError,
    BackupFile,
    backup_name,
    free_backup_path,
    list_backups,
    online_backup,
    parse_backup_name,
    remove_with_side_files,
)
from tracker.storage.book_lock import BookLock, Mode
from tracker.storage.engine import Database
from tracker.storage.files import move_aside, replace_database, use_write_ahead_log
from tracker.storage.health import Damage, Health, inspect_file, side_files, stamp_identity
from tracker.storage.migrate import SchemaState, ensure_schema, read_revision
from tracker.storage.undo_log import clear_file as clear_undo_steps

__all__ = ["BackupInfo", "Damage", "DamageReport", "DamagedDatabase", "RestoreError"]

log = logging.getLogger("groundgame")

DAMAGED_KEEP = timedelta(days=14)
_STAMP = "%Y%m%d-%H%M%S"
Step = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup as the frontends see it."""

    path: Path
    taken_at: datetime  # aware UTC: when the copied state was taken
    reason: str
    size: int


@dataclass(frozen=True)
class DamageReport:
    """A damaged database found at start: what is wrong and what can bring the book back."""

    database: Path
    damage: Damage
    detail: str  # SQLite's words, for the log and `check`
    latest_backup: BackupInfo | None
    damaged_folder: Path  # where the files go when the rep chooses


class DamagedDatabase(RuntimeError):
    """The database file is damaged; `report` says how and which backup can replace it."""

    def __init__(self, report: DamageReport) -> None:
        super().__init__(damage_message(report))
        self.report = report


class RestoreError(RuntimeError):
    """A file cannot be restored; the message says which and why."""


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the file it brought back, where the state before it went, the check."""

    source: Path
    taken_at: datetime | None
    previous: Path | None  # the backup of the state before, or the folder damaged files went to
    previous_was_damaged: bool
    check: str  # 'ok' or what integrity_check / foreign_key_check found


def info(backup: BackupFile) -> BackupInfo:
    return BackupInfo(backup.path, backup.taken_at, backup.reason, backup.size)


def backups_of(location: DataLocation) -> list[BackupInfo]:
    """The verified backups in the book's backups folder, oldest first."""
    return [info(backup) for backup in list_backups(location.backups)]


def latest_backup(location: DataLocation) -> BackupInfo | None:
    found = backups_of(location)
    return found[-1] if found else None


_WHAT = {
    Damage.TRUNCATED: "the file has been cut short",
    Damage.NOT_A_DATABASE: "the start of the file is garbage, not a database header",
    Damage.CORRUPT: "parts of the file are damaged",
    Damage.STRAY_LOG: "a log file next to it does not belong to it",
}


def damage_message(report: DamageReport) -> str:
    """The one-line explanation `check` prints and the app's dialog says in its own words."""
    backup = report.latest_backup
    if backup is None:
        advice = "there is no backup to restore; `groundgame restore FILE` restores a saved copy"
    else:
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        advice = (
            f"the latest verified backup is from {when}; "
            "`groundgame restore --latest` brings it back"
        )
    return f"the database {report.database} is damaged ({_WHAT[report.damage]}); {advice}"


def damage_report(location: DataLocation, health: Health, now: datetime) -> DamageReport:
    """Describe damage found at start; rescue the database file alone if only its log is bad.

    The rescued copy goes into the backups folder, stamped with the file's own modification time,
    so the latest backup offered is whichever holds the newest state.
    """
    assert health.damage is not None
    log.warning("damaged database %s: %s (%s)", location.database, health.damage, health.detail)
    if health.main_file_sound:
        with contextlib.suppress(BackupError, OSError):
            stamp = datetime.fromtimestamp(location.database.stat().st_mtime, UTC)
            target = location.backups / backup_name(stamp, "rescued")
            if not target.exists():  # the same file was rescued at an earlier attempt
                online_backup(location.database, target, ignore_log=True)
    return DamageReport(
        database=location.database,
        damage=health.damage,
        detail=health.detail,
        latest_backup=latest_backup(location),
        damaged_folder=location.damaged / now.astimezone(UTC).strftime(_STAMP),
    )


def set_aside(location: DataLocation, now: datetime) -> Path | None:
    """Move the database and its side files into damaged/<stamp>/; None if there was no file."""
    if not any(path.exists() for path in (location.database, *side_files(location.database))):
        return None
    folder = location.damaged / now.astimezone(UTC).strftime(_STAMP)
    while folder.exists():
        now = now + timedelta(seconds=1)
        folder = location.damaged / now.astimezone(UTC).strftime(_STAMP)
    make_private_folder(location.damaged)
    move_aside(location.database, folder)
    log.warning("damaged database set aside in %s", folder)
    return folder


def make_private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)


def prune_damaged(location: DataLocation, now: datetime) -> None:
    """Delete set-aside damaged files older than 14 days."""
    with contextlib.suppress(FileNotFoundError):
        for folder in location.damaged.iterdir():
            try:
                when = datetime.strptime(folder.name, _STAMP).replace(tzinfo=UTC)
            except ValueError:
                continue
            if now - when > DAMAGED_KEEP:
                shutil.rmtree(folder, ignore_errors=True)


def verify_restorable(source: Path, *, database: Path) -> None:
    """Raise RestoreError (or SchemaError) unless `source` is a whole, sound Groundgame book."""
    if not source.is_file():
        raise RestoreError(f"{source} is not a file")
    if database.exists() and os.path.samefile(source, database):
        raise RestoreError(f"{source} is the book's own database, not a backup of it")
    health = inspect_file(source, exclusive=True)
    if not health.ok:
        raise RestoreError(f"{source} cannot be restored: it is damaged ({health.detail})")
    verdict = full_check_file(source)
    if verdict != "ok":
        raise RestoreError(f"{source} cannot be restored: it fails its check ({verdict})")
    state, _revision = read_revision(source)
    if state is SchemaState.NEW:
        raise RestoreError(f"{source} holds no Groundgame book")


def restore_file(
    location: DataLocation,
    source: Path,
    *,
    now: datetime,
    lock: BookLock,
    database: Database | None = None,
    progress: Step | None = None,
) -> RestoreReport:
    """Verify `source`, keep the current state, and swap `source` in for the book's database.

    The current database is backed up first (or, if it is damaged, set aside). The swap happens
    while this process holds the book lock exclusively and `database` (the open book's, if any)
    has closed every connection; an older schema is then upgraded, and the result fully checked.
    """
    step = progress or (lambda done, total: None)  # may raise Cancelled, until the swap

    def after_swap(done: int, total: int) -> None:
        with contextlib.suppress(Exception):  # past the point of no return: no cancelling
            step(done, total)

    step(0, 5)
    verify_restorable(source, database=location.database)
    step(1, 5)
    staging = location.database.with_name(location.database.name + ".restoring")
    remove_with_side_files(staging)  # what a restore killed earlier left must not leak in
    try:
        online_backup(source, staging)
        clear_undo_steps(staging)  # they would take back actions from before the backup
        use_write_ahead_log(staging)  # swapped in ready: no journal-mode change afterwards
        step(2, 5)
        with lock.exclusive(), database.suspended() if database else contextlib.nullcontext():
            previous, damaged = _keep_current(location, now)
            replace_database(staging, location.database)
            after_swap(3, 5)
            ensure_schema(location.database, backup_dir=location.backups, now=now)
            stamp_identity(location.database)
            make_private(location.database)
            verdict = full_check_file(location.database)
    finally:
        with contextlib.suppress(OSError):
            remove_with_side_files(staging)
    after_swap(4, 5)
    record_full_check(location, now, ok=verdict == "ok")
    parsed = parse_backup_name(source.name)
    log.info("restored %s (previous state: %s, check: %s)", source.name, previous, verdict)
    after_swap(5, 5)
    return RestoreReport(source, parsed[0] if parsed else None, previous, damaged, verdict)


def _keep_current(location: DataLocation, now: datetime) -> tuple[Path | None, bool]:
    """Back up the database about to be replaced; set it aside if it cannot be backed up."""
    database = location.database
    if not database.exists() or database.stat().st_size == 0:
        return set_aside(location, now), False
    if inspect_file(database, exclusive=True).ok:
        try:
            target = free_backup_path(location.backups, now, "before-restore")
            return online_backup(database, target), False
        except BackupError:
            pass
    return set_aside(location, now), True


def restore_book(
    location: DataLocation,
    source: Path,
    *,
    now: datetime,
    progress: Step | None = None,
    on_wait: Callable[[Mode], None] | None = None,
) -> RestoreReport:
    """Restore `source` into a book that is not open in this process (the CLI, a damaged book)."""
    configure_logging(location.logs)
    lock = BookLock(location.lock_file, on_wait=on_wait)
    try:
        return restore_file(location, source, now=now, lock=lock, progress=progress)
    finally:
        lock.release()


def recover(
    location: DataLocation, *, backup: Path | None, now: datetime, progress: Step | None = None
) -> RestoreReport | None:
    """After DamagedDatabase: set the damaged files aside and restore `backup` (None: start empty)."""
    if backup is not None:
        return restore_book(location, backup, now=now, progress=progress)
    configure_logging(location.logs)
    lock = BookLock(location.lock_file)
    try:
        with lock.exclusive():
            set_aside(location, now)
        return None
    finally:
        lock.release()
