"""Applying queued search-document changes to the FTS5 index, once per write transaction.

Triggers keep `search_documents` current and queue each change in `search_changes` (with the old
text, which an external-content FTS5 table needs in order to forget a row). For each document the
first queued entry tells what the index held before this transaction, and `search_documents` tells
what it should hold now; nothing in between matters.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_FORGET = text(
    "INSERT INTO search_fts (search_fts, rowid, title, body) "
    "SELECT 'delete', c.doc_rowid, c.old_title, c.old_body FROM search_changes AS c "
    "JOIN (SELECT min(id) AS id FROM search_changes GROUP BY doc_rowid) AS first "
    "ON first.id = c.id WHERE c.reindex = 0"
)
_LEARN = text(
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT d.rowid, d.title, d.body FROM search_documents AS d "
    "WHERE d.rowid IN (SELECT doc_rowid FROM search_changes)"
)
_CLEAR = text("DELETE FROM search_changes")
_PENDING = text("SELECT 1 FROM search_changes LIMIT 1")


def sync_search_index(connection: Connection) -> None:
    """Bring search_fts in line with search_documents; cheap when nothing is queued."""
    if connection.execute(_PENDING).first() is None:
        return
    connection.execute(_FORGET)
    connection.execute(_LEARN)
    connection.execute(_CLEAR)


def rebuild_search_index(connection: Connection) -> None:
    """Rebuild the whole FTS index from search_documents (after a repair or a bulk load)."""
    connection.execute(_CLEAR)
    connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('rebuild')"))
