"""Keeping the FTS5 index in line with the search documents, in their one spelling.

Triggers keep `search_documents` current (the text as the rep wrote it, which snippets show) and
queue the rowid of each changed document in `search_changes`. The index must hold the same text
folded (`tracker.domain.names.fold_name`: "Müller" as "muller"), which SQL cannot compute — with
trusted_schema=OFF a trigger may not call a Python function — so before each commit
`sync_search_index` folds the queued documents in Python into `search_keys`, the folded copy that
the external-content table `search_fts` indexes. Because `search_keys` holds exactly what the
index holds, a document is forgotten with its own stored keys, and FTS5's 'rebuild' and
'integrity-check' work as for any external-content table.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, text

from tracker.domain.names import fold_name

CHUNK = 5000

_PENDING = text("SELECT 1 FROM search_changes LIMIT 1")
_QUEUED = "SELECT DISTINCT doc_rowid FROM search_changes"
_FORGET = text(
    "INSERT INTO search_fts (search_fts, rowid, title, body) "
    f"SELECT 'delete', rowid, title, body FROM search_keys WHERE rowid IN ({_QUEUED})"
)
_DROP_KEYS = text(f"DELETE FROM search_keys WHERE rowid IN ({_QUEUED})")
_QUEUED_DOCUMENTS = (
    "SELECT rowid, title, body FROM search_documents"
    f" WHERE rowid IN ({_QUEUED}) AND rowid > ? ORDER BY rowid LIMIT {CHUNK}"
)
_ALL_DOCUMENTS = (
    f"SELECT rowid, title, body FROM search_documents WHERE rowid > ? ORDER BY rowid LIMIT {CHUNK}"
)
_ADD_KEYS = "INSERT INTO search_keys (rowid, title, body) VALUES (?, ?, ?)"
_LEARN = text(
    "INSERT INTO search_fts (rowid, title, body) "
    f"SELECT rowid, title, body FROM search_keys WHERE rowid IN ({_QUEUED})"
)
_CLEAR = text("DELETE FROM search_changes")


def sync_search_index(connection: Connection) -> None:
    """Bring search_keys and search_fts in line with search_documents; cheap when nothing is queued."""
    if connection.execute(_PENDING).first() is None:
        return
    connection.execute(_FORGET)
    connection.execute(_DROP_KEYS)
    _fold_into_keys(connection, _QUEUED_DOCUMENTS)
    connection.execute(_LEARN)
    connection.execute(_CLEAR)


def rebuild_search_index(connection: Connection) -> None:
    """Fold every search document anew and rebuild the whole index from them (a migration that
    changes the folding rules, a repair)."""
    connection.execute(_CLEAR)
    connection.execute(text("DELETE FROM search_keys"))
    _fold_into_keys(connection, _ALL_DOCUMENTS)
    connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('rebuild')"))


def _fold_into_keys(connection: Connection, select_chunk: str) -> None:
    """Insert the folded title and body of the documents `select_chunk` pages through."""
    for rows in _pages(connection, select_chunk):
        connection.exec_driver_sql(
            _ADD_KEYS, [(rowid, fold_name(title), fold_name(body)) for rowid, title, body in rows]
        )


def _pages(connection: Connection, select_chunk: str) -> Iterator[list[Any]]:
    """Rows of a query that takes the last rowid seen, CHUNK at a time (memory stays flat)."""
    last = -1
    while True:
        rows = connection.exec_driver_sql(select_chunk, (last,)).all()
        if not rows:
            return
        yield list(rows)
        last = rows[-1][0]
