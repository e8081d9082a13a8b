"""Turning exceptions into one plain sentence for the rep; bugs get their traceback logged."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from functools import cache
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from tracker.services.logs import log_bug
from tracker.services.safety.recovery import DamagedDatabase, RestoreError
from tracker.storage.backup import BackupError
from tracker.storage.book_lock import BookBusy
from tracker.storage.engine import ReadOnlyBook

__all__ = [
    "BookBusy",
    "DamagedDatabase",
    "Problem",
    "ReadOnlyBook",
    "classify",
    "is_user_error",
    "user_errors",
    "user_facing_message",
]


@cache
def user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions whose message is already written for the rep.

    Imported when first asked: several live in modules (demo, import, export, reports) that
    the app does not otherwise load before Today is on screen.
    """
    from tracker.domain.preferences import PreferenceError
    from tracker.domain.reports import ReportError
    from tracker.services.demo.service import BookNotEmpty, NoDemoData
    from tracker.services.exports.files import ExportError
    from tracker.services.imports.readers import ImportFileError
    from tracker.services.imports.results import CannotUndoImport, NothingToImport
    from tracker.services.location import DataDirError
    from tracker.services.safety.undo import CannotUndo, NothingToUndo
    from tracker.storage.migrate import SchemaError
    from tracker.sync.errors import SyncError

    return (
        DataDirError,
        SchemaError,
        BackupError,
        RestoreError,
        DamagedDatabase,
        BookBusy,
        ReadOnlyBook,
        BookNotEmpty,
        NoDemoData,
        PreferenceError,
        NothingToUndo,
        CannotUndo,
        ImportFileError,
        NothingToImport,
        CannotUndoImport,
        ExportError,
        ReportError,
        ValueError,
        FileNotFoundError,
        PermissionError,
        SyncError,
    )


class Problem(StrEnum):
    """A failure of the disk or the database that is not a bug; the UI words each one."""

    DISK_FULL = "disk_full"
    BUSY = "busy"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"


PROBLEM_MESSAGES = {
    Problem.DISK_FULL: "the disk is full, so nothing was saved; free some space and try again",
    Problem.BUSY: (
        "the book is busy in another Groundgame window or command and did not become free in "
        "time, so nothing was saved; try again in a moment"
    ),
    Problem.READ_ONLY: "the data folder cannot be written, so nothing was saved",
    Problem.DAMAGED: (
        "the database file is damaged; nothing was saved. Restart Groundgame to restore "
        "the latest backup, or run `groundgame check`"
    ),
}

_SQLITE_CODES = {
    "SQLITE_FULL": Problem.DISK_FULL,
    "SQLITE_BUSY": Problem.BUSY,
    "SQLITE_LOCKED": Problem.BUSY,
    "SQLITE_READONLY": Problem.READ_ONLY,
    "SQLITE_CORRUPT": Problem.DAMAGED,
    "SQLITE_NOTADB": Problem.DAMAGED,
}
_ERRNOS = {
    errno.ENOSPC: Problem.DISK_FULL,
    errno.EDQUOT: Problem.DISK_FULL,
    errno.EROFS: Problem.READ_ONLY,
}


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, user_errors())


def classify(exc: BaseException) -> Problem | None:
    """The disk or database problem behind `exc` (also when wrapped), or None for anything else."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        original = current.orig if isinstance(current, DBAPIError) else current
        if isinstance(original, sqlite3.Error):
            name = str(getattr(original, "sqlite_errorname", ""))
            for code, problem in _SQLITE_CODES.items():
                if name == code or name.startswith(code + "_"):
                    return problem
            found = _by_text(str(original).lower())
            if found is not None:
                return found
        if isinstance(original, OSError) and original.errno in _ERRNOS:
            return _ERRNOS[original.errno]
        current = current.__cause__ or current.__context__
    return None


def _by_text(text: str) -> Problem | None:
    if "disk is full" in text:
        return Problem.DISK_FULL
    if "locked" in text or "busy" in text:
        return Problem.BUSY
    if "readonly" in text or "read-only" in text:
        return Problem.READ_ONLY
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return Problem.DAMAGED
    return None


def database_problem(exc: BaseException) -> str | None:
    """A plain description of a database or disk failure the rep can understand, if it is one."""
    problem = classify(exc)
    return PROBLEM_MESSAGES[problem] if problem is not None else None


def write_crash_log(exc: BaseException, log_dir: Path | None) -> Path | None:
    """Log the code path of an unexpected error (no customer data); return the log file."""
    return log_bug(exc, log_dir)


def user_facing_message(exc: BaseException, *, log_dir: Path | None) -> str:
    """One sentence for the rep; unexpected errors are logged with their traceback."""
    problem = classify(exc)
    if problem is not None and not isinstance(exc, (BackupError, RestoreError)):
        return PROBLEM_MESSAGES[problem]
    if is_user_error(exc):
        return str(exc)
    path = write_crash_log(exc, log_dir)
    where = f"; details in {path}" if path else ""
    return f"unexpected error ({type(exc).__name__}){where}"
