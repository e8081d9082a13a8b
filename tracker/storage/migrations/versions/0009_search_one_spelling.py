"""search index in one spelling: Müller, Mueller and Muller are one word

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 08:00:00

The index held words as unicode61 folds them, which drops accents but knows nothing of spelled-out
umlauts: "Muller" could not find "Mueller". It now indexes `search_keys`, a copy of the search
documents folded by `tracker.domain.names.fold_name` (Müller, Mueller, Muller → muller; Straße,
Strasse → strasse), which Python keeps current before each commit
(`tracker.storage.search_index`). The queue of changed documents needs only their rowids now:
the old text to forget is in `search_keys`.

The index is derived data, so this revision builds it with the app's own folding rather than a
copy frozen here; a later change of the rules comes with a revision that rebuilds it again.
"""

from __future__ import annotations

from alembic import op

from tracker.storage.search_index import rebuild_search_index

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
QUEUE_TRIGGERS = ("search_documents_ai", "search_documents_ad", "search_documents_au")

UPGRADE = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in QUEUE_TRIGGERS),
    "DROP TABLE search_changes",
    "CREATE TABLE search_changes (id INTEGER PRIMARY KEY, doc_rowid INTEGER NOT NULL)",
    """
    CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid) VALUES (new.rowid);
    END
    """,
    """
    CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid) VALUES (old.rowid);
    END
    """,
    """
    CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid) VALUES (old.rowid);
        INSERT INTO search_changes (doc_rowid) VALUES (new.rowid);
    END
    """,
    """
    CREATE TABLE search_keys (
        rowid INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT ''
    )
    """,
    "DROP TABLE search_fts",
    f"""
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content = 'search_keys', content_rowid = 'rowid', {FTS_OPTIONS}
    )
    """,
]

# Revision 0005's index and queue, exactly as 0001 created them.
DOWNGRADE = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in QUEUE_TRIGGERS),
    "DROP TABLE search_fts",
    "DROP TABLE search_keys",
    "DROP TABLE search_changes",
    """
    CREATE TABLE search_changes (
        id INTEGER PRIMARY KEY,
        doc_rowid INTEGER NOT NULL,
        old_title TEXT,
        old_body TEXT,
        reindex INTEGER NOT NULL
    )
    """,
    """
    CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid, reindex) VALUES (new.rowid, 1);
    END
    """,
    """
    CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid, old_title, old_body, reindex)
        VALUES (old.rowid, old.title, old.body, 0);
    END
    """,
    """
    CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid, old_title, old_body, reindex)
        VALUES (old.rowid, old.title, old.body, 0);
        INSERT INTO search_changes (doc_rowid, reindex) VALUES (new.rowid, 1);
    END
    """,
    f"""
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content = 'search_documents', content_rowid = 'rowid', {FTS_OPTIONS}
    )
    """,
    "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)
    rebuild_search_index(op.get_bind())


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
