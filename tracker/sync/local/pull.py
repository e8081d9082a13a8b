"""Pulling: a page applied and the cursor moved in one transaction, without echoing the rows
back; local changes still waiting are kept; rows wait for parents that have not arrived."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tracker.storage.bulk import sql_datetime
from tracker.storage.engine import CACHE_SIZE
from tracker.sync.local.state import chunks, marks, raw, row_values
from tracker.sync.protocol import PulledTable
from tracker.sync.tables import BY_NAME, ORDER, SyncedTable

PAGE_CACHE_KIB = -131072  # PRAGMA cache_size while a page is applied (negative: KiB)
ROOTS = ("accounts", "contacts")  # what everything else hangs on; it leaves the book with them


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
    # A page's rows go into a dozen indexes of large tables: with room for the pages they touch
    # (128 MB, given back when the page is done, whatever happened) a first sync of 1,000,000
    # activities wrote them 5 % faster than in the everyday 8 MB.
    connection.execute(f"PRAGMA cache_size = {PAGE_CACHE_KIB}")
    try:
        return _apply_page(connection, page, now=now, refetched=refetched)
    finally:
        connection.execute(f"PRAGMA cache_size = {CACHE_SIZE}")


def _apply_page(
    connection: sqlite3.Connection,
    page: dict[str, Any],
    *,
    now: datetime,
    refetched: Sequence[Sequence[str]],
) -> Applied:
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
    for chunk in chunks(list(ids)):
        for row_id, op, cols in connection.execute(
            f"SELECT row_id, op, cols FROM sync_outbox WHERE tbl = ? AND row_id IN ({marks(chunk)})",
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
    for chunk in chunks(wanted):
        found.update(
            row[0]
            for row in connection.execute(
                f"SELECT id FROM {table} WHERE id IN ({marks(chunk)})", chunk
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
    """Insert, update or delete one table's pulled rows (see apply_page for the rules)."""
    known = set(spec.columns)
    keep = [index + 2 for index, name in enumerate(columns) if name in known]
    names = [columns[index - 2] for index in keep]
    if "id" not in names:
        return
    id_at = names.index("id")
    if len(keep) == len(columns):
        records = [(row[1], row[2:]) for row in rows]
    else:
        records = [(row[1], [row[index] for index in keep]) for row in rows]
    ids = [values[id_at] for _deleted, values in records]
    whole, fields = _local_changes(connection, spec.name, ids)
    existing = _present(connection, spec.name, ids)
    checks: list[tuple[int, set[str], bool, str, str]] = []
    for reference in spec.references:
        if reference.column in names:
            at = names.index(reference.column)
            targets = {values[at] for _deleted, values in records if values[at] is not None}
            found = _present(connection, reference.target, targets)
            if reference.target == spec.name:
                found |= set(ids)
            checks.append((at, found, reference.required, reference.column, reference.target))
    inserts: list[list[Any]] = []
    updates: dict[tuple[str, ...], list[list[Any]]] = {}
    gone: list[tuple[str]] = []
    kept: list[tuple[str, str, str, str, str | None]] = []
    parked: list[tuple[str, str, str, str]] = []
    cleared: list[tuple[str, str, str, str]] = []
    settled: list[tuple[str, str]] = []
    for deleted, values in records:
        row_id = values[id_at]
        if row_id in whole:
            continue
        settled.append((spec.name, row_id))
        if deleted:
            if row_id in existing:
                gone.append((row_id,))
                if row_id in fields:  # an edit still waiting: keep what was typed for the rep
                    kept.append(_keep_before_delete(connection, spec, row_id, stamp))
            continue
        missing = None
        for at, found, required, column, _target in checks:
            target = values[at]
            if target is None or target in found:
                continue
            if required:
                missing = target
                break
            values = list(values)
            values[at] = None
            cleared.append((spec.name, row_id, column, target))
        if missing is not None:
            payload = json.dumps(dict(zip(names, values, strict=True)), ensure_ascii=False)
            parked.append((spec.name, row_id, missing, payload))
            settled.pop()
            continue
        totals["rows"] += 1
        arrived.append(row_id)
        if row_id in existing:
            skip = fields.get(row_id, ())
            chosen = tuple(n for n in names if n != "id" and n not in skip)
            positions = [names.index(n) for n in chosen]
            updates.setdefault(chosen, []).append([*(values[i] for i in positions), stamp, row_id])
            continue
        if spec.name == "sync_conflicts":
            totals["conflicts"] += 1
        if spec.natural_key:
            where = " AND ".join(f"{n} = ?" for n in spec.natural_key)
            connection.execute(
                f"DELETE FROM {spec.name} WHERE {where} AND id <> ?",
                (*(values[names.index(n)] for n in spec.natural_key), row_id),
            )
        values.append(stamp)  # a list of this row's own (sliced or picked): no second copy
        inserts.append(values)
    if kept:
        connection.executemany(
            "INSERT INTO sync_refusals (tbl, row_id, reason, payload, refused_at, settled) "
            "VALUES (?, ?, ?, ?, ?, 1)",
            kept,
        )
        # What was typed is kept for the rep; pushed, the edit of a row that is gone could
        # only be refused (someone else's now) or do nothing (deleted already).
        connection.executemany(
            "DELETE FROM sync_outbox WHERE tbl = ? AND row_id = ?",
            [(table, row_id) for table, row_id, *_rest in kept],
        )
    if gone:
        waiting = _waiting_below(connection) if spec.name in ROOTS else {}
        connection.executemany(f"DELETE FROM {spec.name} WHERE id = ?", gone)
        totals["deleted"] += len(gone)
        if waiting:
            totals["deleted"] += _left_with_root(connection, waiting, stamp)
    if inserts:
        marks = ", ".join("?" for _ in range(len(names) + 1))
        connection.executemany(
            f"INSERT INTO {spec.name} ({', '.join(names)}, updated_at) VALUES ({marks})", inserts
        )
    for chosen, batch in updates.items():
        assignments = ", ".join(f"{n} = ?" for n in (*chosen, "updated_at"))
        connection.executemany(f"UPDATE {spec.name} SET {assignments} WHERE id = ?", batch)
    if cleared:
        connection.executemany(
            "INSERT OR REPLACE INTO sync_dangling (tbl, row_id, col, target) VALUES (?, ?, ?, ?)",
            cleared,
        )
    if parked:
        connection.executemany(
            "INSERT OR REPLACE INTO sync_waiting (tbl, row_id, target, payload) "
            "VALUES (?, ?, ?, ?)",
            parked,
        )
    if settled and connection.execute("SELECT 1 FROM sync_waiting LIMIT 1").fetchone():
        connection.executemany("DELETE FROM sync_waiting WHERE tbl = ? AND row_id = ?", settled)


def _keep_before_delete(
    connection: sqlite3.Connection, spec: SyncedTable, row_id: str, stamp: str | None
) -> tuple[str, str, str, str, str | None]:
    """A row with an unsent edit is leaving this laptop (deleted elsewhere, or given to another
    rep): its values are kept where the rep sees refused changes, so nothing typed is lost."""
    values = row_values(connection, spec, [row_id]).get(row_id, {})
    reason = (
        "removed on the team server (deleted, or given to another rep) before this change got there"
    )
    return (spec.name, row_id, reason, json.dumps(values, ensure_ascii=False), stamp)


def _waiting_below(connection: sqlite3.Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows below roots that have changes waiting to be pushed, with their values: before
    roots leave the book (whatever hangs on them goes with them, by the book's foreign keys)."""
    waiting: dict[str, list[str]] = {}
    for table, row_id in connection.execute("SELECT DISTINCT tbl, row_id FROM sync_outbox"):
        if table not in ROOTS and table in BY_NAME:
            waiting.setdefault(table, []).append(row_id)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for table, ids in waiting.items():
        for row_id, values in row_values(connection, BY_NAME[table], ids).items():
            found[(table, row_id)] = values
    return found


def _left_with_root(
    connection: sqlite3.Connection,
    waiting: dict[tuple[str, str], dict[str, Any]],
    stamp: str | None,
) -> int:
    """Rows with waiting changes that left the book with their root (given to another rep, or
    deleted on the server): what was typed is kept where the rep sees refused changes, and the
    changes leave the outbox (pushed, they would only be refused). Returns how many left."""
    reason = (
        "given to another rep (or deleted on the team server) with the contact or account it "
        "belongs to, before this change got there"
    )
    left = 0
    for (table, row_id), values in waiting.items():
        if connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone():
            continue
        left += 1
        connection.execute(
            "INSERT INTO sync_refusals (tbl, row_id, reason, payload, refused_at, settled) "
            "VALUES (?, ?, ?, ?, ?, 1)",
            (table, row_id, reason, json.dumps(values, ensure_ascii=False), stamp),
        )
        connection.execute("DELETE FROM sync_outbox WHERE tbl = ? AND row_id = ?", (table, row_id))
    return left


def _release_waiting(
    connection: sqlite3.Connection, stamp: str | None, totals: dict[str, int], arrived: list[str]
) -> None:
    """Apply parked rows whose parent has arrived, until no more can be."""
    previous: set[tuple[str, str]] = set()
    while True:
        ready = [
            (table, row_id, json.loads(payload))
            # One look-up by key per waiting row (an IN over the three tables' ids made SQLite
            # list every contact, deal and account first: 50 ms a page on a large book, 22 s
            # of a first sync of 100,000 contacts with nothing waiting at all).
            for table, row_id, payload in connection.execute(
                "SELECT tbl, row_id, payload FROM sync_waiting AS w "
                "WHERE EXISTS (SELECT 1 FROM contacts WHERE id = w.target) "
                "OR EXISTS (SELECT 1 FROM deals WHERE id = w.target) "
                "OR EXISTS (SELECT 1 FROM accounts WHERE id = w.target)"
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
    for chunk in chunks(sorted(set(arrived))):
        for table, row_id, column, target in connection.execute(
            f"SELECT tbl, row_id, col, target FROM sync_dangling WHERE target IN ({marks(chunk)})",
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
