"""Turning exceptions into one plain sentence for the rep; bugs get their traceback logged."""

from __future__ import annotations

import logging
import sqlite3
import traceback
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from tracker.domain.preferences import PreferenceError
from tracker.domain.reports import ReportError
from tracker.services.demo.service import BookNotEmpty
from tracker.services.exports.files import ExportError
from tracker.services.imports.readers import ImportFileError
from tracker.services.imports.results import CannotUndoImport, NothingToImport
from tracker.services.location import DataDirError
from tracker.services.undo import CannotUndo, NothingToUndo
from tracker.storage.backup import BackupError
from tracker.storage.migrate import SchemaError

log = logging.getLogger("groundgame")

# Exceptions whose message is already written for the rep.
USER_ERRORS: tuple[type[BaseException], ...] = (
    DataDirError,
    SchemaError,
    BackupError,
    BookNotEmpty,
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
)


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, USER_ERRORS)


def database_problem(exc: BaseException) -> str | None:
    """A plain description of a database failure the rep can understand, if it is one."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).lower()
    if not isinstance(original, sqlite3.Error) and not isinstance(exc, OperationalError):
        return None
    if "locked" in text or "busy" in text:
        return "the database is busy in another Groundgame window or command; try again in a moment"
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk is full; nothing was saved. Free some space and try again"
    if "readonly" in text or "read-only" in text:
        return "the data folder is read-only; nothing can be saved"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "the database file is damaged; run `groundgame check` and restore a backup"
    return None


def write_crash_log(exc: BaseException, log_dir: Path | None) -> Path | None:
    """Append the traceback (code paths only, no customer data in the message) to the log file."""
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "groundgame.log"
        frames = "".join(traceback.format_tb(exc.__traceback__))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} {type(exc).__name__}\n{frames}\n")
        return path
    except OSError:
        return None


def user_facing_message(exc: BaseException, *, log_dir: Path | None) -> str:
    """One sentence for the rep; unexpected errors are logged with their traceback."""
    if is_user_error(exc):
        return str(exc)
    problem = database_problem(exc)
    if problem is not None:
        return problem
    path = write_crash_log(exc, log_dir)
    where = f"; details in {path}" if path else ""
    return f"unexpected error ({type(exc).__name__}){where}"
