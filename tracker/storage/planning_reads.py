"""Reads for planning: finding a contact by what the rep types (FTS5 prefix search)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from tracker.domain.search import fts_query
from tracker.storage.records import AccountRecord, ContactRecord

_FIND = text(
    "SELECT d.kind, d.ref_id FROM search_fts JOIN search_documents AS d"
    " ON d.rowid = search_fts.rowid"
    " WHERE search_fts MATCH :query AND d.kind IN ('contact', 'account')"
    " ORDER BY search_fts.rank LIMIT :limit"
)


def find_contacts(session: Session, typed: str, *, limit: int) -> Sequence[Row[Any]]:
    """Contacts whose name, details or account match what was typed, best match first."""
    query = fts_query(typed)
    if query is None:
        return []
    hits = session.execute(_FIND, {"query": query, "limit": limit * 2}).all()
    contact_ids = [ref for kind, ref in hits if kind == "contact"]
    account_ids = [ref for kind, ref in hits if kind == "account"]
    columns = (
        ContactRecord.id,
        ContactRecord.first_name,
        ContactRecord.last_name,
        ContactRecord.state,
        AccountRecord.name.label("account_name"),
    )
    base = select(*columns).outerjoin(AccountRecord, AccountRecord.id == ContactRecord.account_id)
    found: dict[str, Any] = {}
    if contact_ids:
        rows = session.execute(
            base.where(ContactRecord.id.in_(contact_ids), ContactRecord.deleted_at.is_(None))
        ).all()
        by_id = {row.id: row for row in rows}
        for contact_id in contact_ids:
            if contact_id in by_id:
                found[contact_id] = by_id[contact_id]
    if account_ids and len(found) < limit:
        rows = session.execute(
            base.where(
                ContactRecord.account_id.in_(account_ids), ContactRecord.deleted_at.is_(None)
            ).limit(limit)
        ).all()
        for row in rows:
            found.setdefault(row.id, row)
    return list(found.values())[:limit]
