"""Telling a sound database file from a damaged one before anything opens it for writing.

Run at every start, before migrations. Four kinds of damage are told apart, because the rep is
told in plain words what happened: a file cut short, garbage where the SQLite header should be,
pages that fail SQLite's `quick_check`, and a stray log (a `-wal` file that does not belong to this
database, or that SQLite cannot read). A stray log is the dangerous one: SQLite would replay a
foreign log's pages into the database without complaint, so we compare the book's identity (a
random number in the header's user_version, see `stamp_identity`) as the file has it with what
SQLite shows through the log.

Checks that read the files directly (size, headers, the log) run only when no other process has
the book open (`exclusive=True`), since a live log may be rewritten while we read it.

`quick_check` reads every page, which takes seconds for a book of a gigabyte; with `deep=False`
the inspection stops at what is cheap (headers, the log, the schema) and the caller runs the page
check later (the app does it in the background right after start).
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
WAL_HEADER_SIZE = 32
APPLICATION_ID = 0x47524E44  # "GRND": marks the file as Groundgame's in the SQLite header


class Damage(StrEnum):
    TRUNCATED = "truncated"
    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    STRAY_LOG = "stray_log"


@dataclass(frozen=True)
class Health:
    """The verdict on a database file: no damage, or which kind and SQLite's (or our) details."""

    damage: Damage | None = None
    detail: str = ""
    main_file_sound: bool = False  # the file alone, without its log, passes quick_check

    @property
    def ok(self) -> bool:
        return self.damage is None


def side_files(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps next to the database."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def sqlite_uri(path: Path, *, read_only: bool = True, immutable: bool = False) -> str:
    """A `file:` URI for sqlite3.connect(uri=True); `immutable` reads the file alone, no log."""
    options = []
    if read_only:
        options.append("mode=ro")
    if immutable:
        options.append("immutable=1")
    query = f"?{'&'.join(options)}" if options else ""
    return f"file:{path.as_posix()}{query}"


def check_pages(path: Path, *, immutable: bool = False, pragma: str = "quick_check") -> str:
    """'ok', or the first problems `pragma` reports (through the log unless `immutable`)."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchmany(3)]
        return "ok" if rows == ["ok"] else "; ".join(rows) or f"no answer from {pragma}"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def inspect_file(path: Path, *, exclusive: bool, deep: bool = True) -> Health:
    """Look at the database at `path` (and its log) without changing either.

    `deep=False` skips the page-by-page quick_check (see the module docstring).
    """
    wal, _shm = side_files(path)
    size = path.stat().st_size if path.exists() else 0
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size == 0:
        if exclusive and wal_size > 0:
            return Health(Damage.TRUNCATED, "the database file is empty but its log is not")
        return Health()
    if exclusive:
        verdict = _inspect_header(path, size, wal_size)
        if verdict is not None:
            return verdict
    problem = roll_back_hot_journal(path)
    if problem:
        return Health(Damage.CORRUPT, problem)
    through_log = check_pages(path) if deep else schema_problem(path)
    if through_log != "ok":
        return _with_log_suspect(path, wal_size, Damage.CORRUPT, through_log)
    if wal_size > 0:
        problem = _identity_problem(path)
        if problem:
            return _with_log_suspect(path, wal_size, Damage.STRAY_LOG, problem)
    return Health()


def schema_problem(path: Path) -> str:
    """'ok' when SQLite can open the file and read its schema (through the log), else why not."""
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return "ok"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def roll_back_hot_journal(path: Path) -> str | None:
    """Let SQLite roll back a transaction a crash left half-written in rollback-journal mode.

    A `-journal` next to the file may be "hot": the read-only checks that follow cannot undo it
    and would call the file damaged. Opening it for writing and reading once lets SQLite restore
    the pages from the journal, as any writer would. None when all is well, else the problem.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()
    return None


def _inspect_header(path: Path, size: int, wal_size: int) -> Health | None:
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC[: min(len(header), len(SQLITE_MAGIC))]):
        return Health(Damage.NOT_A_DATABASE, "the file does not start with an SQLite header")
    if len(header) < 100:
        return Health(Damage.TRUNCATED, f"the file is only {size} bytes long")
    page_size = _page_size(header)
    if page_size is None:
        return Health(Damage.NOT_A_DATABASE, "the SQLite header holds an impossible page size")
    if wal_size > 0:
        problem = _wal_header_problem(path, page_size)
        if problem is None and header[18] == 1:  # the file says: no log (rollback journal)
            problem = "a log file lies next to a database that does not use one"
        if problem:
            sound = check_pages(path, immutable=True) == "ok"
            return Health(Damage.STRAY_LOG, problem, main_file_sound=sound)
        return None  # a live or left-over log: the file alone may lag behind it, so no size check
    pages = _header_pages(header)
    if size % page_size or (pages is not None and size < pages * page_size):
        expected = f" of {pages * page_size} bytes" if pages else ""
        return Health(Damage.TRUNCATED, f"the file is cut short: {size} bytes{expected}")
    return None


def _page_size(header: bytes) -> int | None:
    raw = int.from_bytes(header[16:18], "big")
    value = 65536 if raw == 1 else raw
    if value < 512 or value > 65536 or value & (value - 1):
        return None
    return value


def _header_pages(header: bytes) -> int | None:
    """The page count the header claims, when SQLite marked it valid (version-valid-for)."""
    change_counter = header[24:28]
    if header[92:96] != change_counter:
        return None
    pages = int.from_bytes(header[28:32], "big")
    return pages or None


def wal_checksum(data: bytes, *, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over `data` (a multiple of 8 bytes)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _wal_header_problem(path: Path, page_size: int) -> str | None:
    wal, _ = side_files(path)
    with wal.open("rb") as handle:
        header = handle.read(WAL_HEADER_SIZE)
    if len(header) < WAL_HEADER_SIZE:
        return f"the log file {wal.name} is cut short"
    magic, version, wal_page_size, _seq, _s1, _s2, c1, c2 = struct.unpack(">8I", header)
    if magic not in WAL_MAGICS or version != WAL_VERSION:
        return f"the log file {wal.name} is not an SQLite log"
    if wal_checksum(header[:24], big_endian=bool(magic & 1)) != (c1, c2):
        return f"the log file {wal.name} has a damaged header"
    if wal_page_size != page_size:
        return f"the log file {wal.name} belongs to another database (page size {wal_page_size})"
    return None


def _identity_problem(path: Path) -> str | None:
    """A log that shows another book's identity than the file's own header belongs elsewhere."""
    with path.open("rb") as handle:
        header = handle.read(100)
    own = int.from_bytes(header[60:64], "big", signed=True)
    if own == 0:
        return None  # identity not stamped yet (or stamped only in the log): nothing to compare
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        seen = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()
    if seen != own:
        return "the log file holds pages of another database"
    return None


def _with_log_suspect(path: Path, wal_size: int, damage: Damage, detail: str) -> Health:
    """With a log present, see whether the file alone is sound: then the log is the culprit."""
    if wal_size > 0 and check_pages(path, immutable=True) == "ok":
        return Health(Damage.STRAY_LOG, detail, main_file_sound=True)
    return Health(damage, detail)


def stamp_identity(path: Path) -> None:
    """Give the book a random identity and mark the file as Groundgame's (once per file)."""
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = FULL")
        current = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if current == 0:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {secrets.randbelow(2**31 - 2) + 1}")
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()


def foreign_key_problems(path: Path) -> int:
    """How many rows of the file at `path` point at rows that do not exist."""
    connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
    try:
        return len(connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()
