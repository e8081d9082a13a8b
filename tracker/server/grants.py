"""A grant reaching a laptop: the root (account or contact) with everything hanging on it.

A move gives the new owner one grant per root instead of renumbering every row below it; the
pull turns each grant that falls in a page into the root's current rows (tombstones left out: a
laptop that gets a root has none of it). A page stays bounded: grants are weighed by the rows
they bring, and a page holds grants only while its rows fit `limit` (a single root bigger than a
page still comes whole, in a page of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    any_,
    bindparam,
    exists,
    func,
    or_,
    select,
    true,
    union_all,
)

from tracker.server.merge import ID_ARRAY
from tracker.server.schema import MIRRORS, SUBTREE_KEYS, grants

# How many grants are weighed at once while a page is cut (a page's grants are counted in
# chunks until the page is full, not all of a 60,000-root move at once).
WEIGH_CHUNK = 500

ACCOUNTS = bindparam("accounts", type_=ID_ARRAY)
CONTACTS = bindparam("contacts", type_=ID_ARRAY)


@dataclass(frozen=True)
class Granted:
    """One grant in a page: its change number, the root's table and id."""

    seq: int
    table: str
    root_id: str


def granted(connection: Connection, user_id: int, after: int, upto: int) -> list[Granted]:
    """The user's grants numbered in (after, upto], in order."""
    statement = (
        select(grants.c.seq, grants.c.tbl, grants.c.root_id)
        .where(grants.c.user_id == user_id, grants.c.seq > after, grants.c.seq <= upto)
        .order_by(grants.c.seq)
    )
    return [
        Granted(int(seq), str(tbl), str(root)) for seq, tbl, root in connection.execute(statement)
    ]


def subtree(table: str, *, tombstones: bool = False) -> ColumnElement[bool] | None:
    """The live rows (with `tombstones`, all rows) of `table` in the subtrees of the roots bound
    as `accounts` and `contacts` (id arrays), or None for tables that hang on no root (a rep's
    own lists and conflicts)."""
    mirror = MIRRORS[table]
    live = true() if tombstones else mirror.c.deleted.is_(False)
    if table == "accounts":
        return and_(live, mirror.c.id == any_(ACCOUNTS))
    if table == "contacts":
        return and_(live, mirror.c.id == any_(CONTACTS))
    if table == "notes":
        return and_(
            live,
            or_(
                mirror.c.contact_id == any_(CONTACTS),
                and_(mirror.c.contact_id.is_(None), mirror.c.account_id == any_(ACCOUNTS)),
            ),
        )
    if table == "deal_stage_changes":
        deals = MIRRORS["deals"]
        return and_(
            live,
            mirror.c.deal_id.in_(select(deals.c.id).where(deals.c.contact_id == any_(CONTACTS))),
        )
    if table in SUBTREE_KEYS:
        return and_(live, mirror.c[SUBTREE_KEYS[table][0]] == any_(CONTACTS))
    return None


def roots(chosen: Sequence[Granted]) -> dict[str, list[str]]:
    """The parameters `accounts` and `contacts` for `subtree`."""
    found: dict[str, list[str]] = {"accounts": [], "contacts": []}
    for grant in chosen:
        found[grant.table].append(grant.root_id)
    return found


def sizes(connection: Connection, chosen: Sequence[Granted]) -> dict[str, int]:
    """At most how many rows each root's subtree brings (the root included), by root id: one
    grouped count per table on the index that hangs its rows on their root. Tombstones are
    counted too — an upper bound, but one read from the index alone."""
    params = roots(chosen)
    counts = {grant.root_id: 0 for grant in chosen}
    pieces = []
    for table, mirror in MIRRORS.items():
        where = subtree(table, tombstones=True)
        if where is None:
            continue
        if table == "deal_stage_changes":
            deals = MIRRORS["deals"]
            pieces.append(
                select(deals.c.contact_id.label("root"), func.count().label("n"))
                .select_from(mirror.join(deals, deals.c.id == mirror.c.deal_id))
                .where(deals.c.contact_id == any_(CONTACTS))
                .group_by(deals.c.contact_id)
            )
            continue
        key: Any
        if table in ("accounts", "contacts"):
            key = mirror.c.id
        elif table == "notes":
            key = func.coalesce(mirror.c.contact_id, mirror.c.account_id)
        else:
            key = mirror.c[SUBTREE_KEYS[table][0]]
        pieces.append(select(key.label("root"), func.count().label("n")).where(where).group_by(key))
    every = union_all(*pieces).subquery()
    statement = select(every.c.root, func.sum(every.c.n)).group_by(every.c.root)
    for root, n in connection.execute(statement, params):
        if root in counts:
            counts[root] += int(n)
    return counts


def cut(
    connection: Connection,
    entries: Sequence[tuple[int, bool]],
    chosen: Sequence[Granted],
    limit: int,
) -> int | None:
    """Where a page must end for its rows to fit `limit`: `entries` are the page's change
    numbers in order (True for a grant, whose weight is its subtree), `chosen` its grants.
    Returns the last change number that fits (at least the first), or None if all do."""
    weights: dict[int, int] = {}
    total = 0
    pending = list(chosen)
    for index, (seq, is_grant) in enumerate(entries):
        if is_grant:
            if seq not in weights:
                batch, pending = pending[:WEIGH_CHUNK], pending[WEIGH_CHUNK:]
                counted = sizes(connection, batch)
                weights.update({grant.seq: counted[grant.root_id] for grant in batch})
            total += max(1, weights[seq])
        else:
            total += 1
        if total > limit and index > 0:
            return entries[index - 1][0]
    return None


def rows_below(
    connection: Connection, account_ids: Sequence[str], contact_ids: Sequence[str]
) -> dict[str, int]:
    """How many live rows of each table hang on these roots (the roots not counted): what a
    move takes along, for the manager's answer. Index scans, mostly index-only."""
    params = {"accounts": list(account_ids), "contacts": list(contact_ids)}
    found: dict[str, int] = {}
    for table in MIRRORS:
        where = subtree(table)
        if where is None or table in ("accounts", "contacts"):
            continue
        n = int(connection.execute(select(func.count()).where(where), params).scalar_one())
        if n:
            found[table] = n
    return found


def _granted_after(user_id: int, table: str, root: Any, cursor: int) -> ColumnElement[bool]:
    return exists().where(
        grants.c.user_id == user_id,
        grants.c.tbl == table,
        grants.c.root_id == root,
        grants.c.seq > cursor,
    )


def not_granted_after(user_id: int, table: str, cursor: int) -> ColumnElement[bool] | None:
    """Rows of `table` whose root is not granted to the user after `cursor`: a row under such a
    grant comes with the grant's subtree (as it is when the grant's page is read), so sending it
    as a change too would only send it twice — a whole book twice, on a first sync after a
    handover was undone. None for tables that hang on no root."""
    mirror = MIRRORS[table]
    if table == "accounts":
        return ~_granted_after(user_id, "accounts", mirror.c.id, cursor)
    if table == "contacts":
        return ~_granted_after(user_id, "contacts", mirror.c.id, cursor)
    if table == "notes":
        return ~or_(
            _granted_after(user_id, "contacts", mirror.c.contact_id, cursor),
            and_(
                mirror.c.contact_id.is_(None),
                _granted_after(user_id, "accounts", mirror.c.account_id, cursor),
            ),
        )
    if table == "deal_stage_changes":
        deals = MIRRORS["deals"]
        return ~exists().where(
            deals.c.id == mirror.c.deal_id,
            _granted_after(user_id, "contacts", deals.c.contact_id, cursor),
        )
    if table in SUBTREE_KEYS:
        return ~_granted_after(user_id, "contacts", mirror.c[SUBTREE_KEYS[table][0]], cursor)
    return None
