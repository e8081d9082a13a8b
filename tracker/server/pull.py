"""Pulling: what changed since a laptop's cursor, in pages, limited to what its user may see.

A page is read in one REPEATABLE READ snapshot, and never beyond the committed head of the change
sequence (`sync_head`, written in the pushing transaction), so a cursor never skips a change that
was still being committed. Each page holds the `limit` lowest-numbered changes across all tables
and ends with the cursor to ask for next; the laptop applies a page and moves its cursor in one
transaction. Rows travel in their tables' column order, tombstones (deleted rows) included.
Nothing is built whole: one query finds where the page ends (each table offers at most `limit`
change numbers from its (owner, seq) index), then each table that has rows in it is read once.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, Connection, Text, and_, cast, func, literal, select, union_all
from sqlalchemy.dialects.postgresql import aggregate_order_by

from tracker.server.auth import User
from tracker.server.schema import MIRRORS, head
from tracker.server.values import wire_select
from tracker.sync.protocol import PAGE_ROWS
from tracker.sync.tables import SYNCED, spec_of


def visible(user: User, table: str) -> ColumnElement[bool]:
    """The rows of a mirror table this user may pull."""
    return MIRRORS[table].c.owner_id == user.id


def news_for(user: User, client_no: int, table: str) -> ColumnElement[bool]:
    """Visible rows, less those the asking laptop wrote entirely itself (it has them)."""
    mirror = MIRRORS[table]
    return and_(visible(user, table), mirror.c.sole_client != client_no)


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
    # Which tables hold the page's `limit` lowest changes, and where the page ends: each table
    # offers at most `limit` numbers from its (owner, seq) index, the lowest `limit` win.
    names = [spec.name for spec in SYNCED]
    offers = [
        select(MIRRORS[name].c.seq.label("seq"), literal(index).label("t"))
        .where(news_for(user, client_no, name), MIRRORS[name].c.seq > cursor)
        .where(MIRRORS[name].c.seq <= committed)
        .order_by(MIRRORS[name].c.seq)
        .limit(limit)
        for index, name in enumerate(names)
    ]
    probe = union_all(*offers).subquery()
    lowest = connection.execute(
        select(probe.c.seq, probe.c.t).order_by(probe.c.seq).limit(limit)
    ).all()
    full = len(lowest) == limit
    end = lowest[-1][0] if full else committed
    pieces: list[str] = []
    for index in sorted({row[1] for row in lowest}):
        table = names[index]
        mirror = MIRRORS[table]
        rows = _rows_json(
            connection,
            table,
            news_for(user, client_no, table),
            mirror.c.seq > cursor,
            mirror.c.seq <= end,
        )
        if rows is not None:
            pieces.append(_table_json(table, rows))
    pieces.extend(_refetched(connection, user, refetch))
    remaining = _remaining(connection, user, client_no, end, committed) if count else 0
    more = "true" if full and end < committed else "false"
    return (
        f'{{"tables":[{",".join(pieces)}],"cursor":{end},"more":{more},'
        f'"remaining":{remaining},"hlc":{max(server_clock, int(seen))}}}'
    ).encode()


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


def _table_json(table: str, rows: str) -> str:
    columns = json.dumps(list(spec_of(table).columns))
    return f'{{"t":{json.dumps(table)},"columns":{columns},"rows":{rows}}}'


def _wire_columns(table: str) -> list[ColumnElement[Any]]:
    mirror = MIRRORS[table]
    return [wire_select(table, mirror.c[name], name) for name in spec_of(table).columns]


def _refetched(connection: Connection, user: User, wanted: list[tuple[str, str]]) -> list[str]:
    """Current versions of rows the laptop asks for again (after the server refused a change)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in wanted:
        if table in MIRRORS:
            by_table.setdefault(table, []).append(row_id)
    pieces: list[str] = []
    for table, ids in by_table.items():
        mirror = MIRRORS[table]
        rows = _rows_json(connection, table, visible(user, table), mirror.c.id.in_(ids))
        if rows is not None:
            pieces.append(_table_json(table, rows))
    return pieces


def _remaining(
    connection: Connection, user: User, client_no: int, after: int, committed: int
) -> int:
    """How many rows are still to come after this page (for a progress bar), in one query."""
    counts = [
        select(func.count().label("n"))
        .select_from(MIRRORS[spec.name])
        .where(
            news_for(user, client_no, spec.name),
            MIRRORS[spec.name].c.seq > after,
            MIRRORS[spec.name].c.seq <= committed,
        )
        for spec in SYNCED
    ]
    every = union_all(*counts).subquery()
    return int(connection.execute(select(func.coalesce(func.sum(every.c.n), 0))).scalar_one())
