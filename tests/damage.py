"""Ways a database file gets damaged in the field, done for real to files in a test folder."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tracker.services.book import Book
from tracker.services.location import DataLocation


def make_book(root: Path, *, contacts: int = 30) -> DataLocation:
    """A closed demo book (one backup in it) at `root`."""
    location = DataLocation(root)
    with Book.open(location) as book:
        book.demo.load(seed=3, contacts=contacts)
        book.backups.take("manual")
    return location


def truncate(path: Path, *, keep: float = 0.5) -> None:
    """Cut the file short, as an interrupted copy or a full disk leaves it."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(int(size * keep) + 123)


def garble_header(path: Path) -> None:
    """Overwrite the first bytes (the SQLite header) with garbage."""
    with path.open("r+b") as handle:
        handle.write(b"\x00garbage, not a header\xff" * 2)


def corrupt_page(path: Path, table: str = "contacts") -> None:
    """Overwrite the start of a table's root b-tree page, as a bad sector would."""
    connection = sqlite3.connect(path)
    root, page_size = (
        connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0],
        connection.execute("PRAGMA page_size").fetchone()[0],
    )
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xfe" * 64)


def stray_log(database: Path, scratch: Path) -> None:
    """Put the log of another Groundgame book next to `database` (a copied-back file's old log)."""
    other = make_book(scratch, contacts=5)
    connection = sqlite3.connect(other.database, isolation_level=None)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE padding (x)")  # schema and size change: page 1 in the log
    connection.executemany("INSERT INTO padding VALUES (randomblob(500))", [()] * 400)
    wal = other.database.with_name(other.database.name + "-wal")
    shutil.copy(wal, database.with_name(database.name + "-wal"))
    connection.close()


def garbage_log(database: Path) -> None:
    """A `-wal` file full of garbage next to the database."""
    database.with_name(database.name + "-wal").write_bytes(b"\x13\x37not a log" * 500)
