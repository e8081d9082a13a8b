"""Pulling: what changed since a laptop's cursor, in pages, limited to what its user may see.

A page is read in one REPEATABLE READ snapshot, and never beyond the committed head of the change
sequence (`sync_head`, written in the pushing transaction), so a cursor never skips a change that
was still being committed. Each page holds the `limit` lowest-numbered changes across all tables
— rows the user sees, and revocations (rows they no longer see, sent as deletions) — and ends with
the cursor to ask for next; the laptop applies a page and moves its cursor in one transaction.
Nothing is built whole: one query finds where the page ends (each source offers at most `limit`
change numbers from its index), then each source with rows in the page is read once, as JSON
built by PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, Connection, Text, and_, cast, func, literal, select, union_all
from sqlalchemy.dialects.postgresql import aggregate_order_by

from tracker.server.auth import User
from tracker.server.grants import (
    Granted,
    cut,
    granted,
    not_granted_after,
    roots,
    sizes,
    subtree,
)
from tracker.server.schema import MIRRORS, grants, head, revocations
from tracker.server.values import wire_select
from tracker.server.visibility import shared_with, visible
from tracker.sync.protocol import PAGE_ROWS
from tracker.sync.tables import SYNCED, spec_of

NAMES = [spec.name for spec in SYNCED]
REVOKED = len(NAMES)  # the probe's source numbers for revocations and grants
GRANTED = REVOKED + 1


def news_for(user: User, client_no: int, table: str, *, has_shares: bool) -> ColumnElement[bool]:
    """Where the user's changes are found: rows whose change went to the user (`owner_id`, the
    `(owner_id, seq)` index) or, with shares, every visible row; less those the asking laptop
    wrote entirely itself (it has them).

    Without shares this is a superset of what the user may see: a row below a root takes its
    root's owner when it changes, but keeps it when the root moves on. The page's rows are read
    with `visible` as well (`seen_by`), so the check costs a look-up per row sent, not per row
    offered to the probe."""
    mirror = MIRRORS[table]
    mine = (
        visible(user.id, table, has_shares=True) if has_shares else (mirror.c.owner_id == user.id)
    )
    return and_(mine, mirror.c.sole_client != client_no)


def seen_by(user: User, client_no: int, table: str, *, has_shares: bool) -> ColumnElement[bool]:
    """The user's changes they may see now (rows whose root moved on since are left out)."""
    found = news_for(user, client_no, table, has_shares=has_shares)
    if has_shares:
        return found
    return and_(found, visible(user.id, table, has_shares=False))


def pull(
    connection: Connection,
    *,
    user: User,
    client_no: int,
    cursor: int,
    limit: int,
    refetch: list[tuple[str, str]],
    count: bool,
    server_clock: int,
) -> bytes:
    """One page after `cursor` as JSON text (a PullAnswer; the caller's transaction must be a
    REPEATABLE READ snapshot)."""
    limit = max(1, min(limit, PAGE_ROWS))
    committed, seen = connection.execute(select(head.c.seq, head.c.hlc).where(head.c.id == 1)).one()
    committed = int(committed)
    has_shares = bool(shared_with(connection, user.id))

    def news(table: str) -> ColumnElement[bool]:
        return news_for(user, client_no, table, has_shares=has_shares)

    gone = and_(revocations.c.user_id == user.id, revocations.c.seq > cursor)
    offers = [
        select(MIRRORS[name].c.seq.label("seq"), literal(index).label("t"))
        .where(news(name), MIRRORS[name].c.seq > cursor, MIRRORS[name].c.seq <= committed)
        .order_by(MIRRORS[name].c.seq)
        .limit(limit)
        for index, name in enumerate(NAMES)
    ]
    offers.append(
        select(revocations.c.seq.label("seq"), literal(REVOKED).label("t"))
        .where(gone, revocations.c.seq <= committed)
        .order_by(revocations.c.seq)
        .limit(limit)
    )
    offers.append(
        select(grants.c.seq.label("seq"), literal(GRANTED).label("t"))
        .where(grants.c.user_id == user.id, grants.c.seq > cursor, grants.c.seq <= committed)
        .order_by(grants.c.seq)
        .limit(limit)
    )
    probe = union_all(*offers).subquery()
    lowest = connection.execute(
        select(probe.c.seq, probe.c.t).order_by(probe.c.seq).limit(limit)
    ).all()
    full = len(lowest) == limit
    end = lowest[-1][0] if full else committed
    chosen: list[Granted] = []
    if any(source == GRANTED for _seq, source in lowest):
        chosen = granted(connection, user.id, cursor, end)
        shorter = cut(
            connection, [(seq, source == GRANTED) for seq, source in lowest], chosen, limit
        )
        if shorter is not None:  # the grants' subtrees fill the page before its end
            full, end = True, shorter
            lowest = [entry for entry in lowest if entry[0] <= end]
            chosen = [grant for grant in chosen if grant.seq <= end]
    pieces: list[str] = []
    sources = {row[1] for row in lowest}
    pending = _grants_pending(connection, user, cursor, committed)
    for index in sorted(sources - {REVOKED, GRANTED}):
        table = NAMES[index]
        mirror = MIRRORS[table]
        conditions = [
            seen_by(user, client_no, table, has_shares=has_shares),
            mirror.c.seq > cursor,
            mirror.c.seq <= end,
        ]
        later = not_granted_after(user.id, table, cursor) if pending else None
        if later is not None:
            conditions.append(later)
        rows = _rows_json(connection, table, *conditions)
        if rows is not None:
            pieces.append(_table_json(table, rows))
    if REVOKED in sources:
        pieces.extend(_revoked(connection, user, cursor, end))
    # After the revocations: the laptop applies a page's pieces of one table in this order, and a
    # grant is newer than any revocation of a row under it (a move deletes the root's own).
    pieces.extend(_granted(connection, chosen))
    pieces.extend(_refetched(connection, user, refetch, has_shares))
    remaining = _remaining(connection, user, client_no, end, committed, has_shares) if count else 0
    more = "true" if full and end < committed else "false"
    return (
        f'{{"tables":[{",".join(pieces)}],"cursor":{end},"more":{more},'
        f'"remaining":{remaining},"hlc":{max(server_clock, int(seen))}}}'
    ).encode()


def _grants_pending(connection: Connection, user: User, cursor: int, committed: int) -> bool:
    """Whether a grant of the user's is still to come (one look-up on its index)."""
    statement = select(grants.c.seq).where(
        grants.c.user_id == user.id, grants.c.seq > cursor, grants.c.seq <= committed
    )
    return connection.execute(statement.limit(1)).first() is not None


def _wire_columns(table: str) -> list[ColumnElement[Any]]:
    mirror = MIRRORS[table]
    return [wire_select(table, mirror.c[name], name) for name in spec_of(table).columns]


def _rows_json(connection: Connection, table: str, *where: ColumnElement[bool]) -> str | None:
    """The table's matching rows as one JSON array of `[seq, deleted, values…]`, built by
    PostgreSQL itself (the server passes the text on: no Python objects per row)."""
    mirror = MIRRORS[table]
    row = func.json_build_array(mirror.c.seq, mirror.c.deleted, *_wire_columns(table))
    statement = select(cast(func.json_agg(aggregate_order_by(row, mirror.c.seq)), Text)).where(
        *where
    )
    text_value: str | None = connection.execute(statement).scalar()
    return text_value


def _table_json(table: str, rows: str, columns: list[str] | None = None) -> str:
    names = json.dumps(columns if columns is not None else list(spec_of(table).columns))
    return f'{{"t":{json.dumps(table)},"columns":{names},"rows":{rows}}}'


def _revoked(connection: Connection, user: User, cursor: int, end: int) -> list[str]:
    """Rows the user no longer sees, as deletions (`[seq, true, id]` under the column `id`)."""
    row = func.json_build_array(revocations.c.seq, True, revocations.c.row_id)
    statement = (
        select(
            revocations.c.tbl,
            cast(func.json_agg(aggregate_order_by(row, revocations.c.seq)), Text),
        )
        .where(
            revocations.c.user_id == user.id,
            revocations.c.seq > cursor,
            revocations.c.seq <= end,
        )
        .group_by(revocations.c.tbl)
    )
    return [
        _table_json(table, rows, ["id"])
        for table, rows in connection.execute(statement)
        if table in MIRRORS
    ]


def _granted(connection: Connection, chosen: list[Granted]) -> list[str]:
    """The current rows of the granted roots' subtrees, table by table (parents first)."""
    if not chosen:
        return []
    params = roots(chosen)
    pieces: list[str] = []
    for table, mirror in MIRRORS.items():
        where = subtree(table)
        if where is None:
            continue
        row = func.json_build_array(mirror.c.seq, mirror.c.deleted, *_wire_columns(table))
        statement = select(cast(func.json_agg(row), Text)).where(where)
        rows: str | None = connection.execute(statement, params).scalar()
        if rows is not None:
            pieces.append(_table_json(table, rows))
    return pieces


def _refetched(
    connection: Connection, user: User, wanted: list[tuple[str, str]], has_shares: bool
) -> list[str]:
    """Current versions of rows the laptop asks for again (after the server refused a change)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in wanted:
        if table in MIRRORS:
            by_table.setdefault(table, []).append(row_id)
    pieces: list[str] = []
    for table, ids in by_table.items():
        mirror = MIRRORS[table]
        rows = _rows_json(
            connection,
            table,
            visible(user.id, table, has_shares=has_shares),
            mirror.c.id.in_(ids),
        )
        if rows is not None:
            pieces.append(_table_json(table, rows))
    return pieces


def _remaining(
    connection: Connection,
    user: User,
    client_no: int,
    after: int,
    committed: int,
    has_shares: bool,
) -> int:
    """How many rows are still to come after this page (for a progress bar): changed rows, and
    the subtrees of grants still to come."""
    counts = [
        select(func.count().label("n"))
        .select_from(MIRRORS[spec.name])
        .where(
            news_for(user, client_no, spec.name, has_shares=has_shares),
            MIRRORS[spec.name].c.seq > after,
            MIRRORS[spec.name].c.seq <= committed,
        )
        for spec in SYNCED
    ]
    every = union_all(*counts).subquery()
    rows = int(connection.execute(select(func.coalesce(func.sum(every.c.n), 0))).scalar_one())
    coming = granted(connection, user.id, after, committed)
    return rows + (sum(sizes(connection, coming).values()) if coming else 0)
