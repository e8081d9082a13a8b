"""Pushing: batches numbered and kept before they are sent (from the first upload, then the
outbox), and acknowledgements that remove what they cover."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from tracker.storage.bulk import sql_datetime
from tracker.sync import hlc
from tracker.sync.local.state import (
    State,
    decode_payload,
    raw,
    read_state,
    row_values,
)
from tracker.sync.protocol import Mutation, encode
from tracker.sync.tables import BY_NAME, ORDER, SYNCED


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
        body = decode_payload(row[1])
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
        for row_id, values in row_values(connection, spec, ids).items():
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
        sent = {(m["t"], m["id"]): m.get("f") for m in decode_payload(pending.payload)["mutations"]}
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
