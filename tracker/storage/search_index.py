"""Keeping the FTS5 index in line with the search documents, in their one spelling.

Triggers keep `search_documents` current (the text as the rep wrote it, which snippets show) and
queue the rowid of each changed document in `search_changes`. The index must hold the same text
folded (`tracker.domain.names.fold_name`: "Müller" as "muller"), which a trigger cannot compute
— with trusted_schema=OFF a trigger may not call a function of the application — so before each
commit `sync_search_index` folds the queued documents into `search_keys`, the folded copy that
the external-content table `search_fts` indexes, with the fold lent to SQLite for that one
top-level statement. Because `search_keys` holds exactly what the index holds, a document is
forgotten with its own stored keys, and FTS5's 'rebuild' and 'integrity-check' work as for any
external-content table.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from tracker.domain.names import fold_name

FOLD_FUNCTION = "groundgame_fold_name"
_QUEUED = "SELECT doc_rowid FROM search_changes"

_PENDING = text("SELECT 1 FROM search_changes LIMIT 1")
_FORGET = text(
    "INSERT INTO search_fts (search_fts, rowid, title, body) "
    f"SELECT 'delete', rowid, title, body FROM search_keys WHERE rowid IN ({_QUEUED})"
)
_DROP_KEYS = text(f"DELETE FROM search_keys WHERE rowid IN ({_QUEUED})")
_FOLD = (
    f"INSERT INTO search_keys (rowid, title, body) SELECT rowid, {FOLD_FUNCTION}(title),"
    f" {FOLD_FUNCTION}(body) FROM search_documents"
)
_FOLD_QUEUED = text(f"{_FOLD} WHERE rowid IN ({_QUEUED})")
_FOLD_ALL = text(_FOLD)
_LEARN = text(
    "INSERT INTO search_fts (rowid, title, body) "
    f"SELECT rowid, title, body FROM search_keys WHERE rowid IN ({_QUEUED})"
)
_CLEAR = text("DELETE FROM search_changes")


def sync_search_index(connection: Connection) -> None:
    """Bring search_keys and search_fts in line with search_documents; cheap when nothing is
    queued."""
    if connection.execute(_PENDING).first() is None:
        return
    _lend_fold(connection)
    connection.execute(_FORGET)
    connection.execute(_DROP_KEYS)
    connection.execute(_FOLD_QUEUED)
    connection.execute(_LEARN)
    connection.execute(_CLEAR)


def rebuild_search_index(connection: Connection) -> None:
    """Fold every search document anew and rebuild the whole index from them (a migration that
    changes the folding rules, a repair)."""
    _lend_fold(connection)
    connection.execute(_CLEAR)
    connection.execute(text("DELETE FROM search_keys"))
    connection.execute(_FOLD_ALL)
    connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('rebuild')"))


def _lend_fold(connection: Connection) -> None:
    """Make fold_name callable from SQL on this connection (a few microseconds; done on every
    sync, so no connection can lack it)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.create_function(FOLD_FUNCTION, 1, fold_name, deterministic=True)
