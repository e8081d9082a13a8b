"""The contacts list at any size: ordered ids from one indexed query, rows built per page.

The list asks for every matching id in order once (sorting and filtering in SQL; by name or last
touch SQLite reads only the partial indexes of migration 0004), then for the rows of the ids on screen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.contacts import ContactQuery, ContactRow, ContactSort
from tracker.domain.enums import ContactState, Lifecycle, Tier
from tracker.domain.search import fts_query, phone_prefixes
from tracker.storage.sql_values import day, enum_or_none, first_column, instant, placeholders

_LIFECYCLE_ORDER = "CASE c.lifecycle WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1 ELSE 2 END"
_STATE_ORDER = (
    "CASE c.state WHEN 'active' THEN 0 WHEN 'parked' THEN 1 WHEN 'not_a_fit' THEN 2 ELSE 3 END"
)
_NAME = ["c.last_name", "c.first_name", "c.id"]
SORT_KEYS: dict[ContactSort, list[str]] = {
    ContactSort.NAME: _NAME,
    ContactSort.LAST_TOUCH: ["c.last_touch_at", "c.id"],
    ContactSort.ACCOUNT: ["a.name", *_NAME],
    ContactSort.LIFECYCLE: [_LIFECYCLE_ORDER, *_NAME],
    ContactSort.STATE: [_STATE_ORDER, *_NAME],
    ContactSort.FIT: ["c.fit", *_NAME],
    ContactSort.READINESS: ["c.readiness", *_NAME],
    ContactSort.CITY: ["c.city", *_NAME],
}

# Contacts whose own document or whose account's document matches the typed words. CROSS JOIN
# keeps the full-text match driving the query (otherwise SQLite may probe it once per document).
_TEXT_MATCH = (
    "c.id IN (SELECT d.ref_id FROM search_fts CROSS JOIN search_documents AS d"
    " ON d.rowid = search_fts.rowid WHERE search_fts MATCH :fts AND d.kind = 'contact')"
    " OR c.account_id IN (SELECT d.ref_id FROM search_fts CROSS JOIN search_documents AS d"
    " ON d.rowid = search_fts.rowid WHERE search_fts MATCH :fts AND d.kind = 'account')"
)


def contact_ids(session: Session, query: ContactQuery, *, region: str) -> list[str]:
    """Ids of the live contacts matching `query`, in its order."""
    where = ["c.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if query.lifecycle is not None:
        where.append("c.lifecycle = :lifecycle")
        params["lifecycle"] = query.lifecycle.value
    if query.state is not None:
        where.append("c.state = :state")
        params["state"] = query.state.value
    if query.account_id is not None:
        where.append("c.account_id = :account_id")
        params["account_id"] = query.account_id
    if query.tier is not None:
        where.append(
            "c.account_id IN (SELECT id FROM accounts WHERE tier = :tier AND deleted_at IS NULL)"
        )
        params["tier"] = query.tier.value
    if query.tag:
        where.append(
            "c.id IN (SELECT contact_id FROM contact_tags WHERE tag = :tag AND deleted_at IS NULL)"
        )
        params["tag"] = query.tag.strip().lower()
    if query.text.strip():
        prefixes = phone_prefixes(query.text, region)
        if prefixes:
            ranges = []
            for index, prefix in enumerate(prefixes):
                ranges.append(f"(number >= :lo{index} AND number < :hi{index})")
                params[f"lo{index}"], params[f"hi{index}"] = prefix, prefix + "\uffff"
            where.append(
                "c.id IN (SELECT contact_id FROM contact_phones WHERE deleted_at IS NULL AND ("
                + " OR ".join(ranges)
                + "))"
            )
        else:
            match = fts_query(query.text)
            if match is None:
                return []
            where.append(f"({_TEXT_MATCH})")
            params["fts"] = match
    keys = SORT_KEYS[query.sort]
    direction = " DESC" if query.descending else ""
    order = ", ".join(key + direction for key in keys)
    join = (
        " LEFT JOIN accounts AS a ON a.id = c.account_id"
        if query.sort is ContactSort.ACCOUNT
        else ""
    )
    sql = f"SELECT c.id FROM contacts AS c{join} WHERE {' AND '.join(where)} ORDER BY {order}"
    return first_column(session, sql, params)


_ROWS = """
SELECT c.id, c.first_name, c.last_name, c.account_id, a.name, a.tier, c.job_title,
    (SELECT number FROM contact_phones AS p WHERE p.contact_id = c.id AND p.deleted_at IS NULL
     ORDER BY p.position LIMIT 1),
    (SELECT address FROM contact_emails AS e WHERE e.contact_id = c.id AND e.deleted_at IS NULL
     ORDER BY e.position LIMIT 1),
    c.city, c.lifecycle, c.state, c.parked_until, c.last_touch_at, c.fit, c.readiness,
    (SELECT group_concat(tag, ',') FROM contact_tags AS t
     WHERE t.contact_id = c.id AND t.deleted_at IS NULL)
FROM contacts AS c LEFT JOIN accounts AS a ON a.id = c.account_id
WHERE c.id IN ({ids})
"""


def contact_rows(session: Session, ids: list[str]) -> list[ContactRow]:
    """The list rows of the given contacts, in the order of `ids` (unknown ids are skipped)."""
    if not ids:
        return []
    marks, params = placeholders("i", ids)
    found: dict[str, ContactRow] = {}
    for row in session.execute(text(_ROWS.format(ids=marks)), params):
        found[row[0]] = ContactRow(
            id=row[0],
            first_name=row[1],
            last_name=row[2],
            account_id=row[3],
            account=row[4],
            tier=enum_or_none(Tier, row[5]),
            job_title=row[6],
            phone=row[7],
            email=row[8],
            city=row[9],
            lifecycle=Lifecycle(row[10]),
            state=ContactState(row[11]),
            parked_until=day(row[12]),
            last_touch_at=instant(row[13]),
            fit=row[14],
            readiness=row[15],
            tags=tuple(sorted(row[16].split(","))) if row[16] else (),
        )
    return [found[i] for i in ids if i in found]


def contact_suggestions(session: Session, typed: str, *, limit: int = 12) -> list[tuple[str, str]]:
    """(id, "Name — Account") of contacts whose name matches typed words, for completers."""
    match = fts_query(typed)
    if match is None:
        return []
    rows = session.execute(
        text(
            "SELECT c.id, trim(c.first_name || ' ' || c.last_name), a.name"
            " FROM search_fts CROSS JOIN search_documents AS d ON d.rowid = search_fts.rowid"
            " CROSS JOIN contacts AS c ON c.id = d.ref_id LEFT JOIN accounts AS a ON a.id = c.account_id"
            " WHERE search_fts MATCH :fts AND d.kind = 'contact' AND c.deleted_at IS NULL"
            " LIMIT :limit"
        ),
        {"fts": "{title} : (" + match + ")", "limit": limit},
    )
    return [(row[0], f"{row[1]} — {row[2]}" if row[2] else row[1]) for row in rows]


def all_tags(session: Session) -> list[str]:
    """Every tag in use, alphabetically."""
    return list(
        session.execute(
            text("SELECT DISTINCT tag FROM contact_tags WHERE deleted_at IS NULL ORDER BY tag")
        ).scalars()
    )
