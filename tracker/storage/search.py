"""The search query behind the palette and `groundgame search`: FTS5 first, phones by prefix.

Kept lean because it runs on every keystroke. A word the rep has only begun ("m", "mu") can match
tens of thousands of documents; ranking all of them would cost more than the rep would wait, so
when more than RANK_LIMIT documents match, names (the title column) come first in index order and
other documents fill the rest. Otherwise hits are ranked by bm25 with names weighted up.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import display_name, format_phone
from tracker.domain.search import (
    MARK_END,
    MARK_START,
    HitKind,
    SearchHit,
    fts_query,
    phone_prefixes,
    query_words,
    snippet,
    title_query,
    typed_words,
)
from tracker.storage.sql_values import placeholders

RANK_LIMIT = 3000
TITLE_WEIGHT = 8.0

# Plain SQL run on the driver's cursor: on every keystroke, SQLAlchemy's statement handling
# would cost about as much as the queries themselves.
_DOCS = (
    "SELECT d.kind, d.ref_id, d.owner_id, d.title, d.body"
    " FROM search_fts CROSS JOIN search_documents AS d ON d.rowid = search_fts.rowid"
    " WHERE search_fts MATCH :q"
)
_RANKED = _DOCS + f" ORDER BY bm25(search_fts, {TITLE_WEIGHT}, 1.0) LIMIT :limit"
_UNRANKED = _DOCS + " LIMIT :limit"
_COUNT = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH :q LIMIT :cap)"

Doc = tuple[str, str, str | None, str, str]


def _doc(row: Any) -> Doc:
    return (row[0], row[1], row[2], row[3] or "", row[4] or "")


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    """Run plain SQL on the session's connection with the driver's own cursor."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cursor = raw.execute(sql, params)
    try:
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _documents(session: Session, typed: str, limit: int) -> list[Doc]:
    query = fts_query(typed)
    if query is None:
        return []
    short = len(query_words(typed)[0]) < 2  # one lone letter: no prefix index, so names only
    if not short:
        many = _rows(session, _COUNT, {"q": query, "cap": RANK_LIMIT + 1})[0][0]
        if many <= RANK_LIMIT:
            return [_doc(row) for row in _rows(session, _RANKED, {"q": query, "limit": limit})]
    docs = [
        _doc(row) for row in _rows(session, _UNRANKED, {"q": title_query(typed), "limit": limit})
    ]
    if len(docs) < limit and not short:
        seen = {(doc[0], doc[1]) for doc in docs}
        for row in _rows(session, _UNRANKED, {"q": query, "limit": limit * 2}):
            if (row[0], row[1]) not in seen and len(docs) < limit:
                docs.append(_doc(row))
    return docs


def _people(session: Session, ids: set[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """contact id → (name, account name, account id)."""
    if not ids:
        return {}
    marks, params = placeholders("c", sorted(ids))
    rows = _rows(
        session,
        "SELECT c.id, c.first_name, c.last_name, a.name, a.id FROM contacts AS c"
        f" LEFT JOIN accounts AS a ON a.id = c.account_id WHERE c.id IN ({marks})",
        params,
    )
    return {row[0]: (display_name(row[1], row[2]), row[3], row[4]) for row in rows}


def _note_accounts(session: Session, note_ids: list[str]) -> dict[str, tuple[str, str]]:
    """note id → (account name, account id) for notes kept on an account."""
    if not note_ids:
        return {}
    marks, params = placeholders("n", note_ids)
    rows = session.execute(
        text(
            "SELECT n.id, a.name, a.id FROM notes AS n JOIN accounts AS a ON a.id = n.account_id"
            f" WHERE n.id IN ({marks})"
        ),
        params,
    )
    return {row[0]: (row[1], row[2]) for row in rows}


def search_text(session: Session, typed: str, *, limit: int = 20) -> list[SearchHit]:
    """Contacts, accounts and notes matching the typed words, best first."""
    docs = _documents(session, typed, limit)
    people = _people(session, {doc[2] for doc in docs if doc[0] in ("contact", "note") and doc[2]})
    orphan_notes = [doc[1] for doc in docs if doc[0] == "note" and not doc[2]]
    note_accounts = _note_accounts(session, orphan_notes)
    prefixes = typed_words(typed)
    hits = []
    for kind, ref_id, owner_id, title, body in docs:
        if kind == HitKind.ACCOUNT:
            hits.append(
                SearchHit(
                    HitKind.ACCOUNT,
                    ref_id,
                    title,
                    None,
                    snippet(body or title, prefixes),
                    None,
                    ref_id,
                )
            )
            continue
        name, account, account_id = people.get(owner_id or "", ("", None, None))
        if kind == HitKind.NOTE and not owner_id:
            account, account_id = note_accounts.get(ref_id, (None, None))
            name = account or ""
        hits.append(
            SearchHit(
                HitKind(kind),
                ref_id,
                name or title,
                account,
                snippet(body or title, prefixes),
                owner_id,
                account_id,
            )
        )
    return hits


def search_phones(session: Session, typed: str, *, region: str, limit: int = 20) -> list[SearchHit]:
    """Contacts and accounts whose stored number starts with what the typed digits can mean."""
    prefixes = phone_prefixes(typed, region)
    hits: list[SearchHit] = []
    for prefix in prefixes:
        bounds = {"lo": prefix, "hi": prefix + "\uffff", "limit": limit}
        for contact_id, number in session.execute(
            text(
                "SELECT p.contact_id, p.number FROM contact_phones AS p"
                " JOIN contacts AS c ON c.id = p.contact_id"
                " WHERE p.number >= :lo AND p.number < :hi AND p.deleted_at IS NULL"
                " AND c.deleted_at IS NULL ORDER BY p.number LIMIT :limit"
            ),
            bounds,
        ):
            hits.append(_phone_hit(HitKind.CONTACT, contact_id, number, region))
        for account_id, name, number in session.execute(
            text(
                "SELECT id, name, phone FROM accounts WHERE phone >= :lo AND phone < :hi"
                " AND deleted_at IS NULL ORDER BY phone LIMIT :limit"
            ),
            bounds,
        ):
            hit = _phone_hit(HitKind.ACCOUNT, account_id, number, region)
            hits.append(SearchHit(hit.kind, hit.id, name, None, hit.snippet, None, account_id))
    people = _people(session, {hit.id for hit in hits if hit.kind is HitKind.CONTACT})
    named = []
    seen: set[tuple[HitKind, str]] = set()
    for hit in hits:
        if (hit.kind, hit.id) in seen:
            continue
        seen.add((hit.kind, hit.id))
        if hit.kind is HitKind.CONTACT:
            name, account, account_id = people.get(hit.id, ("", None, None))
            hit = SearchHit(hit.kind, hit.id, name, account, hit.snippet, hit.id, account_id)
        named.append(hit)
    return named[:limit]


def _phone_hit(kind: HitKind, ref_id: str, number: str, region: str) -> SearchHit:
    shown = MARK_START + format_phone(number, region) + MARK_END
    return SearchHit(kind, ref_id, "", None, shown)
