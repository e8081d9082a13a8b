"""Reading and writing mirror rows for a push: loading, who may change what, numbering changed
rows in commit order, new rows through COPY, revocations and conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    any_,
    bindparam,
    select,
    text,
    update,
)

from tracker.domain.ids import new_id
from tracker.server.merge import (
    ID_ARRAY,
    SERVER_CLIENT,
    Batch,
    Parent,
    Parsed,
    Row,
    target,
    via,
)
from tracker.server.schema import (
    MIRRORS,
    SYNC_COLUMNS,
    clients,
    users,
)
from tracker.server.values import codecs
from tracker.server.visibility import owners, visible
from tracker.sync.tables import SyncedTable


def load(connection: Connection, mirror: Table, ids: list[str]) -> dict[str, Row]:
    found: dict[str, Row] = {}
    names = [c.name for c in mirror.columns if c.name not in SYNC_COLUMNS]
    statement = select(mirror).where(mirror.c.id == any_(bindparam("ids", type_=ID_ARRAY)))
    for record in connection.execute(statement, {"ids": ids}).mappings():
        found[record["id"]] = Row(
            {name: record[name] for name in names},
            dict(record["meta"]),
            record["owner_id"],
            record["deleted"],
            new=False,
            author_id=record["author_id"],
        )
    return found


def allowed(connection: Connection, batch: Batch, table: str, ids: set[str]) -> set[str]:
    """Of these rows of `table`, those the pushing user may change: their own, those of
    accounts shared with them, and those they brought in with this very push."""
    if not ids:
        return set()
    brought = ids & batch.brought.get(table, set())
    mirror = MIRRORS[table]
    statement = select(mirror.c.id).where(
        mirror.c.id == any_(bindparam("ids", type_=ID_ARRAY)),
        visible(batch.user.id, table, has_shares=batch.has_shares),
    )
    return brought | set(connection.execute(statement, {"ids": sorted(ids)}).scalars())


def parent_owners(
    connection: Connection,
    batch: Batch,
    spec: SyncedTable,
    parsed: list[Parsed],
    rows: dict[str, Row],
) -> dict[tuple[str, str], Parent]:
    """The contacts/accounts (or deals, lists) the rows hang on, by (table, id), with whoever
    owns their root now. A contact's account counts too: a new contact belongs to whoever owns
    its account."""
    wanted: dict[str, set[str]] = {}
    columns = via(spec)
    for change in parsed:
        current = rows.get(change.id)
        for column in columns:
            value = change.values.get(column, current.values.get(column) if current else None)
            if value is not None:
                wanted.setdefault(target(spec, column), set()).add(value)
    found: dict[tuple[str, str], Parent] = {}
    for table, ids in wanted.items():
        parent = MIRRORS[table]
        statement = owners(table).where(parent.c.id == any_(bindparam("ids", type_=ID_ARRAY)))
        owned = {
            row_id: owner for row_id, owner in connection.execute(statement, {"ids": sorted(ids)})
        }
        writable = allowed(connection, batch, table, set(owned))
        for row_id, owner in owned.items():
            found[(table, row_id)] = Parent(owner, row_id in writable)
    return found


def client_names(connection: Connection, numbers: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(numbers) - {SERVER_CLIENT})
    if not wanted:
        return {}
    statement = (
        select(clients.c.number, users.c.name)
        .join(users, users.c.id == clients.c.user_id)
        .where(clients.c.number.in_(bindparam("numbers", expanding=True)))
    )
    return {number: name for number, name in connection.execute(statement, {"numbers": wanted})}


def hand_on(connection: Connection, batch: Batch) -> None:
    """Rows the pusher brought in for other reps leave the pusher's laptops (unless shared)."""
    for table, ids in batch.brought.items():
        mirror = MIRRORS[table]
        still_seen = set(
            connection.execute(
                select(mirror.c.id).where(
                    mirror.c.id == any_(bindparam("ids", type_=ID_ARRAY)),
                    visible(batch.user.id, table, has_shares=batch.has_shares),
                ),
                {"ids": sorted(ids)},
            ).scalars()
        )
        gone = [(batch.user.id, row_id) for row_id in sorted(ids - still_seen)]
        batch.last_seq = max(batch.last_seq, revoke(connection, table, gone))


def revoke(connection: Connection, table: str, rows: Iterable[tuple[int, str]]) -> int:
    """These users stop seeing these rows: a revocation each, numbered like a change (their
    laptops pull it as a deletion). Returns the highest number handed out, 0 for none.

    One statement for any number of rows (two arrays, unnested): a handover revokes hundreds of
    thousands, which row by row took 7 s of a 10,000-account move."""
    users: list[int] = []
    row_ids: list[str] = []
    for user, row_id in rows:
        users.append(user)
        row_ids.append(row_id)
    if not users:
        return 0
    numbers = connection.execute(_REVOKE, {"users": users, "tbl": table, "rows": row_ids}).scalars()
    return max(numbers, default=0)


def grant(connection: Connection, table: str, user_id: int, root_ids: list[str]) -> int:
    """The user now sees these roots (accounts or contacts) and all that hangs on them: a grant
    each, numbered like a change (their laptops pull the subtrees when they reach it), and the
    user's revocations of them go. Returns the highest number handed out, 0 for none."""
    if not root_ids:
        return 0
    params = {"user": user_id, "tbl": table, "rows": root_ids}
    connection.execute(_UNREVOKE, params)
    numbers = connection.execute(_GRANT, params).scalars()
    return max(numbers, default=0)


def revoke_roots(connection: Connection, table: str, rows: list[tuple[int, str]]) -> int:
    """These users stop seeing these roots: a revocation each (their laptops drop the root with
    everything hanging on it), and their grants of them go."""
    if not rows:
        return 0
    params = {"users": [user for user, _ in rows], "tbl": table, "rows": [r for _, r in rows]}
    connection.execute(_UNGRANT, params)
    return revoke(connection, table, rows)


_GRANT = text(
    "INSERT INTO grants (user_id, tbl, root_id, seq) "
    "SELECT :user, :tbl, x.root_id, nextval('sync_seq') "
    "FROM unnest(CAST(:rows AS varchar[])) AS x(root_id) "
    "ON CONFLICT (user_id, tbl, root_id) DO UPDATE SET seq = excluded.seq "
    "RETURNING seq"
)
# Joined with the ids unnested, not `row_id = ANY(:rows)`: the planner, not knowing the rows a
# move just wrote, compared each with every id (an undo of a 2,000-contact book took 16 s).
_UNREVOKE = text(
    "DELETE FROM revocations AS r USING unnest(CAST(:rows AS varchar[])) AS x(row_id) "
    "WHERE r.user_id = :user AND r.tbl = :tbl AND r.row_id = x.row_id"
)
_UNGRANT = text(
    "DELETE FROM grants AS g USING unnest(CAST(:users AS integer[]), CAST(:rows AS varchar[])) "
    "AS x(user_id, root_id) WHERE g.user_id = x.user_id AND g.tbl = :tbl "
    "AND g.root_id = x.root_id"
)

_REVOKE = text(
    "INSERT INTO revocations (user_id, tbl, row_id, seq) "
    "SELECT x.user_id, :tbl, x.row_id, nextval('sync_seq') "
    "FROM unnest(CAST(:users AS integer[]), CAST(:rows AS varchar[])) AS x(user_id, row_id) "
    "ON CONFLICT (user_id, tbl, row_id) DO UPDATE SET seq = excluded.seq "
    "RETURNING seq"
)


def write_conflicts(connection: Connection, batch: Batch) -> None:
    if not batch.conflicts:
        return
    names = client_names(
        connection,
        [c["kept_client"] for c in batch.conflicts] + [c["other_client"] for c in batch.conflicts],
    )
    rows = {}
    naive_now = batch.now.replace(tzinfo=None)
    for conflict in batch.conflicts:
        conflict_id = new_id()
        values: dict[str, Any] = dict.fromkeys(codecs("sync_conflicts"))
        values.update(
            id=conflict_id,
            created_at=naive_now,
            detected_at=naive_now,
            table_name=conflict["table_name"],
            row_id=conflict["row_id"],
            column_name=conflict["column_name"],
            kept_value=conflict["kept_value"],
            other_value=conflict["other_value"],
            kept_by=names.get(conflict["kept_client"], ""),
            other_by=names.get(conflict["other_client"], ""),
        )
        rows[conflict_id] = Row(
            values,
            {"*": [batch.server_clock, 0, SERVER_CLIENT]},
            conflict["owner_id"],
            False,
            new=True,
            changed=True,
        )
    store(connection, batch, MIRRORS["sync_conflicts"], list(rows.values()))


def copy_in(connection: Connection, mirror: Table, records: list[dict[str, Any]]) -> None:
    """New rows through COPY, in the same transaction (many times faster than INSERTs)."""
    names = [column.name for column in mirror.columns]
    raw = connection.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY {mirror.name} ({', '.join(names)}) FROM STDIN") as copy,
    ):
        for record in records:
            copy.write_row([json.dumps(record[n]) if n == "meta" else record[n] for n in names])


def store(connection: Connection, batch: Batch, mirror: Table, rows: list[Row]) -> None:
    """Number the changed rows in commit order and write them."""
    if not rows:
        return
    numbers = (
        connection.execute(
            text("SELECT nextval('sync_seq') FROM generate_series(1, :n)"), {"n": len(rows)}
        )
        .scalars()
        .all()
    )
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for row, seq in zip(rows, numbers, strict=True):
        for clock in row.meta.values():
            if clock[1] == 0:
                clock[1] = seq
        writers = {clock[2] for clock in row.meta.values()}
        record = dict(
            row.values,
            owner_id=row.owner_id,
            seq=seq,
            deleted=row.deleted,
            meta=row.meta,
            sole_client=writers.pop() if len(writers) == 1 else SERVER_CLIENT,
            author_id=row.author_id,
        )
        (fresh if row.new else changed).append(record)
        batch.last_seq = max(batch.last_seq, seq)
    if fresh:
        copy_in(connection, mirror, fresh)
    if changed:
        assignments: dict[str, Any] = {
            name: bindparam(f"v_{name}") for name in changed[0] if name != "id"
        }
        statement = update(mirror).where(mirror.c.id == bindparam("v_id")).values(**assignments)
        connection.execute(
            statement, [{f"v_{k}": v for k, v in record.items()} for record in changed]
        )
