"""The laptop's side of sync inside the book: joining, batches to push, pulled pages to apply.

Every function here runs inside one write transaction the caller owns (`Database.write()`), so a
killed process leaves either the whole step or none of it: a batch is numbered and kept before it
is sent; an acknowledged batch leaves the outbox with the acknowledgement; a pulled page and the
cursor after it are applied together (trap 4, half-applied pulls). Rows are read and written
through the driver in the text forms SQLite stores, which is also how they travel.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from tracker.storage.bulk import sql_datetime
from tracker.sync import capture, hlc
from tracker.sync.protocol import Mutation, PulledTable, encode
from tracker.sync.tables import BY_NAME, ORDER, SYNCED, SyncedTable

CHUNK = 500  # ids per IN (...) query


def raw(session: Session) -> sqlite3.Connection:
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


# -- membership -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """The sync_state row."""

    client_id: str
    server_url: str
    user_name: str
    cursor: int
    hlc: int
    next_batch: int
    upload_table: int | None
    upload_after: str
    last_sync_at: str | None
    last_error: str | None
    last_error_at: str | None


def read_state(session: Session) -> State | None:
    row = (
        raw(session)
        .execute(
            "SELECT client_id, server_url, user_name, cursor, hlc, next_batch, upload_table, "
            "upload_after, last_sync_at, last_error, last_error_at FROM sync_state WHERE id = 1"
        )
        .fetchone()
    )
    return State(*row) if row else None


def join(session: Session, *, client_id: str, server_url: str, user: str, now: datetime) -> None:
    """Make the book a team member: state, capture triggers, and the whole book to upload."""
    connection = raw(session)
    connection.execute("DELETE FROM sync_state")
    connection.execute(
        "INSERT INTO sync_state (id, capture, client_id, server_url, user_name, cursor, hlc, "
        "next_batch, upload_table, upload_after, joined_at) "
        "VALUES (1, 1, ?, ?, ?, 0, 0, 1, 0, '', ?)",
        (client_id, server_url, user, sql_datetime(now)),
    )
    for table in ("sync_outbox", "sync_pending", "sync_waiting", "sync_dangling"):
        connection.execute(f"DELETE FROM {table}")
    if not any(
        connection.execute(f"SELECT 1 FROM {spec.name} LIMIT 1").fetchone() for spec in SYNCED
    ):
        connection.execute("UPDATE sync_state SET upload_table = NULL WHERE id = 1")
    capture.install(session.connection())


def leave(session: Session) -> None:
    """The book leaves the team: capture stops and the bookkeeping goes; the data stays.

    Conflicts stay too (they hold what people typed), and so do refusals until dismissed."""
    capture.remove(session.connection())
    connection = raw(session)
    for table in ("sync_state", "sync_outbox", "sync_pending", "sync_waiting", "sync_dangling"):
        connection.execute(f"DELETE FROM {table}")


def new_identity(session: Session, client_id: str) -> None:
    """Continue as a new laptop after the server saw this book's batch numbers already (the book
    was restored from a backup): the unsent batch is renumbered, nothing is dropped."""
    connection = raw(session)
    pending = connection.execute("SELECT batch_no, payload FROM sync_pending").fetchone()
    next_batch = 1
    if pending is not None:
        body = _decode_payload(pending[1])
        body["client_id"], body["batch"] = client_id, 1
        connection.execute(
            "UPDATE sync_pending SET batch_no = 1, payload = ? WHERE batch_no = ?",
            (encode(body), pending[0]),
        )
        next_batch = 2
    connection.execute(
        "UPDATE sync_state SET client_id = ?, next_batch = ? WHERE id = 1", (client_id, next_batch)
    )


def _decode_payload(payload: bytes) -> dict[str, Any]:
    from tracker.sync.protocol import decode

    body = decode(payload)
    assert isinstance(body, dict)
    return body


def waiting(session: Session) -> int:
    """Local changes not yet on the server: rows in the outbox and the rows of a first upload
    still to go. A batch in flight is among them already: its outbox rows leave, and the upload
    position moves past its rows, only when the server acknowledges it."""
    connection = raw(session)
    outbox = connection.execute(
        "SELECT count(*) FROM (SELECT DISTINCT tbl, row_id FROM sync_outbox)"
    ).fetchone()[0]
    state = read_state(session)
    upload = 0
    if state is not None and state.upload_table is not None:
        upload = upload_remaining(session, state)
    return int(outbox) + upload


def upload_remaining(session: Session, state: State) -> int:
    if state.upload_table is None:
        return 0
    connection = raw(session)
    total = 0
    for index in range(state.upload_table, len(SYNCED)):
        name = SYNCED[index].name
        after = state.upload_after if index == state.upload_table else ""
        total += connection.execute(
            f"SELECT count(*) FROM {name} WHERE id > ?", (after,)
        ).fetchone()[0]
    return int(total)


# -- pushing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pending:
    """A numbered batch kept in the book until the server acknowledges it."""

    batch_no: int
    payload: bytes
    size: int
    upload: bool


def take_batch(session: Session, *, limit: int) -> Pending | None:
    """The batch to send: the one in flight if there is one, else a new one numbered and kept
    now (from the first upload while it lasts, then from the outbox). None when nothing waits."""
    connection = raw(session)
    row = connection.execute(
        "SELECT batch_no, payload, upto FROM sync_pending ORDER BY batch_no LIMIT 1"
    ).fetchone()
    if row is not None:
        body = _decode_payload(row[1])
        return Pending(row[0], row[1], len(body["mutations"]), row[2] is None)
    state = read_state(session)
    if state is None:
        return None
    if state.upload_table is not None:
        mutations, table, after = _upload_rows(connection, state, limit)
        if not mutations:
            connection.execute(
                "UPDATE sync_state SET upload_table = NULL, upload_after = '' WHERE id = 1"
            )
            return take_batch(session, limit=limit)
        upto = None
        clock = state.hlc
    else:
        mutations, upto, clock = _outbox_rows(connection, state, limit)
        if not mutations:
            if upto is not None:  # only changes that cancel out (made and removed before a push)
                connection.execute("DELETE FROM sync_outbox WHERE seq <= ?", (upto,))
            return None
        table, after = None, ""
    body = {"client_id": state.client_id, "batch": state.next_batch, "mutations": mutations}
    payload = encode(body)
    connection.execute(
        "INSERT INTO sync_pending (batch_no, upto, upload_table, upload_after, payload) "
        "VALUES (?, ?, ?, ?, ?)",
        (state.next_batch, upto, table, after, payload),
    )
    connection.execute(
        "UPDATE sync_state SET next_batch = next_batch + 1, hlc = ? WHERE id = 1", (clock,)
    )
    return Pending(state.next_batch, payload, len(mutations), upto is None)


def _row_values(
    connection: sqlite3.Connection, spec: SyncedTable, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    columns = spec.columns
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        for values in connection.execute(
            f"SELECT {', '.join(columns)} FROM {spec.name} WHERE id IN ({_marks(chunk)})", chunk
        ):
            found[values[0]] = dict(zip(columns, values, strict=True))
    return found


def _stamp_ms(stamp: str | None) -> int:
    if not stamp:
        return 0
    moment = datetime.fromisoformat(stamp).replace(tzinfo=UTC)
    return hlc.ms_of(moment)


def _upload_rows(
    connection: sqlite3.Connection, state: State, limit: int
) -> tuple[list[Mutation], int | None, str]:
    """The next rows of the first upload, parents' tables first, each table in id order.

    Each row's clock is its `updated_at`, so a book that re-joins cannot overrule newer edits
    made by others with its older values."""
    mutations: list[Mutation] = []
    table: int | None = state.upload_table
    after = state.upload_after
    while table is not None and len(mutations) < limit:
        spec = SYNCED[table]
        columns = spec.columns
        wanted = limit - len(mutations)
        rows = connection.execute(
            f"SELECT {', '.join(columns)}, updated_at FROM {spec.name} WHERE id > ? "
            f"ORDER BY id LIMIT ?",
            (after, wanted),
        ).fetchall()
        for values in rows:
            clock = hlc.from_wall(_stamp_ms(values[-1]))
            fields = dict(zip(columns, values[:-1], strict=True))
            mutations.append(
                {"t": spec.name, "id": values[0], "op": "upsert", "f": fields, "h": clock, "b": 0}
            )
        if len(rows) < wanted:  # this table is done
            table = table + 1 if table + 1 < len(SYNCED) else None
            after = ""
        else:
            after = rows[-1][0]
    return mutations, table, after


def _outbox_rows(
    connection: sqlite3.Connection, state: State, limit: int
) -> tuple[list[Mutation], int | None, int]:
    """The outbox's oldest changes, one mutation per row (up to `limit` rows), with the clock
    of each field's newest change. Returns the mutations, the last outbox seq they cover and
    the laptop's clock after them."""
    entries = connection.execute(
        "SELECT seq, tbl, row_id, op, cols, wall_ms, base FROM sync_outbox ORDER BY seq LIMIT ?",
        (limit * 4,),
    ).fetchall()
    if not entries:
        return [], None, state.hlc
    clock = state.hlc
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    upto = entries[0][0]
    for seq, table, row_id, op, cols, wall, base in entries:
        key = (table, row_id)
        if key not in rows and len(rows) >= limit:
            break
        upto = seq
        clock = hlc.tick(clock, wall)
        entry = rows.setdefault(key, {"full": False, "clocks": {}, "base": base})
        entry["base"] = min(entry["base"], base)
        entry["last"] = clock
        if op == "i":  # every field at this clock (a re-creation after a delete, too)
            entry.update(full=True, start=clock, clocks={})
        elif op == "u":
            for name in (cols or "").split(","):
                if name:
                    entry["clocks"][name] = clock
    by_table: dict[str, list[str]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    current: dict[tuple[str, str], dict[str, Any]] = {}
    for table, ids in by_table.items():
        spec = BY_NAME.get(table)
        if spec is None:
            continue
        for row_id, values in _row_values(connection, spec, ids).items():
            current[(table, row_id)] = values
    mutations: list[Mutation] = []
    for (table, row_id), entry in sorted(rows.items(), key=lambda item: ORDER.get(item[0][0], 99)):
        found = current.get((table, row_id))
        if found is None:
            mutations.append(
                {"t": table, "id": row_id, "op": "delete", "h": entry["last"], "b": entry["base"]}
            )
            continue
        values = found
        if entry["full"]:
            fields = values
            start = entry["start"]
            clocks = dict(entry["clocks"])
        else:
            fields = {name: values[name] for name in entry["clocks"] if name in values}
            fields["id"] = row_id
            clocks = dict(entry["clocks"])
            start = max(clocks.values()) if clocks else entry["last"]
        mutation: Mutation = {
            "t": table,
            "id": row_id,
            "op": "upsert",
            "f": fields,
            "h": start,
            "b": entry["base"],
        }
        if clocks:
            mutation["c"] = clocks
        mutations.append(mutation)
    return mutations, upto, clock


def acknowledge(
    session: Session, pending: Pending, answer: dict[str, Any], *, now: datetime
) -> None:
    """The server applied the batch: it leaves the book, and refusals are kept for the rep."""
    connection = raw(session)
    row = connection.execute(
        "SELECT upto, upload_table, upload_after FROM sync_pending WHERE batch_no = ?",
        (pending.batch_no,),
    ).fetchone()
    if row is None:
        return
    upto, table, after = row
    if upto is not None:
        connection.execute("DELETE FROM sync_outbox WHERE seq <= ?", (upto,))
    else:
        connection.execute(
            "UPDATE sync_state SET upload_table = ?, upload_after = ? WHERE id = 1", (table, after)
        )
    connection.execute("DELETE FROM sync_pending WHERE batch_no = ?", (pending.batch_no,))
    connection.execute(
        "UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", (int(answer.get("hlc", 0)),)
    )
    refused = answer.get("refused") or []
    if refused:
        sent = {
            (m["t"], m["id"]): m.get("f") for m in _decode_payload(pending.payload)["mutations"]
        }
        connection.executemany(
            "INSERT INTO sync_refusals (tbl, row_id, reason, payload, refused_at, settled) "
            "VALUES (?, ?, ?, ?, ?, 0)",
            [
                (
                    r["t"],
                    r["id"],
                    r["reason"],
                    json.dumps(sent.get((r["t"], r["id"])), ensure_ascii=False),
                    sql_datetime(now),
                )
                for r in refused
            ],
        )


def to_refetch(session: Session) -> list[list[str]]:
    """Rows whose change the server refused: their server version is asked for again."""
    return [
        [table, row_id]
        for table, row_id in raw(session).execute(
            "SELECT DISTINCT tbl, row_id FROM sync_refusals WHERE settled = 0 LIMIT 1000"
        )
    ]


# -- pulling --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    """What a pulled page did to the book."""

    rows: int
    deleted: int
    waiting: int
    conflicts: int


def apply_page(
    session: Session,
    page: dict[str, Any],
    *,
    now: datetime,
    refetched: Sequence[Sequence[str]] = (),
) -> Applied:
    """Apply one pulled page and move the cursor, without echoing the rows back.

    A row with a local change still waiting to be pushed keeps that change: a row deleted or
    created here waits for the server's verdict, and an edited field is not overwritten (the
    server merges it when it arrives). A row whose contact (or other required parent) is not
    here waits until it comes; an optional reference to a row that is not here is cleared and
    restored when that row arrives.
    """
    connection = raw(session)
    connection.execute("UPDATE sync_state SET capture = 0 WHERE id = 1")
    connection.execute("PRAGMA defer_foreign_keys = ON")
    stamp = sql_datetime(now)
    totals = {"rows": 0, "deleted": 0, "conflicts": 0}
    arrived: list[str] = []
    tables: list[PulledTable] = sorted(page.get("tables", []), key=lambda t: ORDER.get(t["t"], 99))
    for pulled in tables:
        spec = BY_NAME.get(pulled["t"])
        if spec is None:
            continue
        _apply_rows(connection, spec, pulled["columns"], pulled["rows"], stamp, totals, arrived)
    _release_waiting(connection, stamp, totals, arrived)
    _restore_dangling(connection, arrived)
    for table, row_id in refetched:
        connection.execute(
            "UPDATE sync_refusals SET settled = 1 WHERE tbl = ? AND row_id = ?", (table, row_id)
        )
    connection.execute(
        "UPDATE sync_state SET cursor = max(cursor, ?), hlc = max(hlc, ?), capture = 1 "
        "WHERE id = 1",
        (int(page.get("cursor", 0)), int(page.get("hlc", 0))),
    )
    still = connection.execute("SELECT count(*) FROM sync_waiting").fetchone()[0]
    return Applied(totals["rows"], totals["deleted"], int(still), totals["conflicts"])


def _local_changes(
    connection: sqlite3.Connection, table: str, ids: Sequence[str]
) -> tuple[set[str], dict[str, set[str]]]:
    """Rows with a waiting local insert or delete, and the fields of waiting local edits."""
    whole: set[str] = set()
    fields: dict[str, set[str]] = {}
    for chunk in _chunks(list(ids)):
        for row_id, op, cols in connection.execute(
            f"SELECT row_id, op, cols FROM sync_outbox WHERE tbl = ? AND row_id IN ({_marks(chunk)})",
            (table, *chunk),
        ):
            if op in ("i", "d"):
                whole.add(row_id)
            else:
                fields.setdefault(row_id, set()).update(n for n in (cols or "").split(",") if n)
    return whole, fields


def _present(connection: sqlite3.Connection, table: str, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    found: set[str] = set()
    for chunk in _chunks(wanted):
        found.update(
            row[0]
            for row in connection.execute(
                f"SELECT id FROM {table} WHERE id IN ({_marks(chunk)})", chunk
            )
        )
    return found


def _apply_rows(
    connection: sqlite3.Connection,
    spec: SyncedTable,
    columns: list[str],
    rows: list[list[Any]],
    stamp: str | None,
    totals: dict[str, int],
    arrived: list[str],
) -> None:
    known = set(spec.columns)
    keep = [index for index, name in enumerate(columns) if name in known]
    names = [columns[index] for index in keep]
    if "id" not in names:
        return
    id_at = names.index("id")
    records = [(row[0], bool(row[1]), [row[2 + index] for index in keep]) for row in rows]
    ids = [values[id_at] for _seq, _deleted, values in records]
    whole, fields = _local_changes(connection, spec.name, ids)
    existing = _present(connection, spec.name, ids)
    present: dict[str, set[str]] = {}
    for reference in spec.references:
        if reference.column in names:
            at = names.index(reference.column)
            targets = {values[at] for _s, deleted, values in records if values[at] is not None}
            found = _present(connection, reference.target, targets)
            if reference.target == spec.name:
                found |= set(ids)
            present[reference.column] = found
    inserts: list[list[Any]] = []
    updates: dict[tuple[str, ...], list[list[Any]]] = {}
    for _seq, deleted, values in records:
        row_id = values[id_at]
        if row_id in whole:
            continue
        if deleted:
            if row_id in existing:
                connection.execute(f"DELETE FROM {spec.name} WHERE id = ?", (row_id,))
                totals["deleted"] += 1
            connection.execute(
                "DELETE FROM sync_waiting WHERE tbl = ? AND row_id = ?", (spec.name, row_id)
            )
            continue
        row = dict(zip(names, values, strict=True))
        if not _resolve_references(connection, spec, row, present):
            continue
        totals["rows"] += 1
        if spec.name == "sync_conflicts" and row_id not in existing:
            totals["conflicts"] += 1
        arrived.append(row_id)
        if row_id in existing:
            skip = fields.get(row_id, set())
            chosen = tuple(n for n in names if n != "id" and n not in skip)
            updates.setdefault(chosen, []).append([*(row[n] for n in chosen), stamp, row_id])
        else:
            if spec.natural_key:
                where = " AND ".join(f"{n} = ?" for n in spec.natural_key)
                connection.execute(
                    f"DELETE FROM {spec.name} WHERE {where} AND id <> ?",
                    (*(row[n] for n in spec.natural_key), row_id),
                )
            inserts.append([*(row[n] for n in names), stamp])
    if inserts:
        marks = ", ".join("?" for _ in range(len(names) + 1))
        connection.executemany(
            f"INSERT INTO {spec.name} ({', '.join(names)}, updated_at) VALUES ({marks})", inserts
        )
    for chosen, batch in updates.items():
        assignments = ", ".join(f"{n} = ?" for n in (*chosen, "updated_at"))
        connection.executemany(f"UPDATE {spec.name} SET {assignments} WHERE id = ?", batch)


def _resolve_references(
    connection: sqlite3.Connection,
    spec: SyncedTable,
    row: dict[str, Any],
    present: dict[str, set[str]],
) -> bool:
    """Check the row's references against what is here: False (and the row parked) when a
    required parent is missing; optional ones that are missing are cleared and remembered."""
    row_id = row["id"]
    for reference in spec.references:
        target = row.get(reference.column)
        if target is None or target in present.get(reference.column, ()):
            continue
        if reference.required:
            connection.execute(
                "INSERT OR REPLACE INTO sync_waiting (tbl, row_id, target, payload) "
                "VALUES (?, ?, ?, ?)",
                (spec.name, row_id, target, json.dumps(row, ensure_ascii=False)),
            )
            return False
        row[reference.column] = None
        connection.execute(
            "INSERT OR REPLACE INTO sync_dangling (tbl, row_id, col, target) VALUES (?, ?, ?, ?)",
            (spec.name, row_id, reference.column, target),
        )
    connection.execute("DELETE FROM sync_waiting WHERE tbl = ? AND row_id = ?", (spec.name, row_id))
    return True


def _release_waiting(
    connection: sqlite3.Connection, stamp: str | None, totals: dict[str, int], arrived: list[str]
) -> None:
    """Apply parked rows whose parent has arrived, until no more can be."""
    previous: set[tuple[str, str]] = set()
    while True:
        ready = [
            (table, row_id, json.loads(payload))
            for table, row_id, payload in connection.execute(
                "SELECT tbl, row_id, payload FROM sync_waiting WHERE target IN "
                "(SELECT id FROM contacts UNION ALL SELECT id FROM deals "
                "UNION ALL SELECT id FROM accounts)"
            )
        ]
        keys = {(table, row_id) for table, row_id, _row in ready}
        if not ready or keys == previous:
            return
        previous = keys
        for table, _row_id, row in ready:
            spec = BY_NAME[table]
            names = list(row)
            _apply_rows(
                connection, spec, names, [[0, False, *row.values()]], stamp, totals, arrived
            )


def _restore_dangling(connection: sqlite3.Connection, arrived: list[str]) -> None:
    """Put back optional references whose target has arrived."""
    for chunk in _chunks(sorted(set(arrived))):
        for table, row_id, column, target in connection.execute(
            f"SELECT tbl, row_id, col, target FROM sync_dangling WHERE target IN ({_marks(chunk)})",
            chunk,
        ).fetchall():
            connection.execute(
                f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                (target, row_id),
            )
            connection.execute(
                "DELETE FROM sync_dangling WHERE tbl = ? AND row_id = ? AND col = ?",
                (table, row_id, column),
            )
