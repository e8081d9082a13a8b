"""Applying a pushed batch: one transaction, numbered in commit order, idempotent per laptop.

The batch runs under a transaction-scoped advisory lock, so change numbers (the `sync_seq`
sequence) are handed out in the order transactions commit: a reader who has seen number 42 has
seen every change below it (the trap of a sequence that is not commit order). The laptop's batch
number and the answer are stored in the same transaction, so a retry after a lost answer gets
the same answer and changes nothing; a reused number with other content means the laptop's book
was rolled back (a restored backup), and the laptop is told to continue under a new identity.

Merge rules (docs/SYNC.md): fields merge one by one, the higher hybrid logical clock wins (ties by
laptop number); a clock is clamped to the server's time plus a few minutes, so a laptop whose
clock runs ahead cannot win every merge. When a field someone typed was changed by another
laptop after the version this edit started from, and both values are non-empty and differ, the
winner is kept and the other value is stored as a conflict for the rep. Activities only move
forward: a planned-state edit of an activity another laptop logged is moot, and a second log of
the same planned activity is kept as an activity of its own.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert

from tracker.domain.ids import new_id
from tracker.server.auth import User
from tracker.server.schema import (
    MIRRORS,
    SYNC_COLUMNS,
    clients,
    head,
    revocations,
    territories,
    users,
)
from tracker.server.values import BadValue, codecs, wire_value
from tracker.server.visibility import shared_with, visible
from tracker.sync import hlc
from tracker.sync.protocol import MAX_BATCH, PushAnswer, Refusal, decode, encode
from tracker.sync.tables import ORDER, SyncedTable, spec_of

LOCK_KEY = 0x6772_6E64  # "grnd": one lock for the team's change sequence
SERVER_CLIENT = 0  # the laptop number of changes the server makes itself (conflicts, copies)
DOUBLE_LOG = uuid.UUID("4c6f6767-6564-5477-6963-6547726e6467")

PLANNING_FIELDS = frozenset(
    {"status", "due_on", "starts_at", "local_start", "time_zone", "buried_on"}
)
DOING_FIELDS = frozenset(
    {"status", "completed_at", "done_on", "outcome", "note", "attempt", "duration_minutes"}
)
FINAL = frozenset({"done", "canceled"})
# Tables whose rows only the server makes (laptops may still change them, e.g. resolve a conflict).
SERVER_MADE = {
    "sync_conflicts": "conflicts are recorded by the team server",
    "call_lists": "call lists come from a sales manager",
    "call_list_entries": "call lists come from a sales manager",
}
ID_ARRAY = ARRAY(String(36))  # `id = ANY(:ids)`: one array parameter, not thousands


class ProtocolError(RuntimeError):
    """The whole request is wrong; `code` is the protocol's error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Row:
    """A mirror row being merged: its values, clocks and whether it is new or changed."""

    values: dict[str, Any]
    meta: dict[str, list[int]]
    owner_id: int
    deleted: bool
    new: bool
    changed: bool = False
    author_id: int | None = None

    def clock(self, column: str) -> list[int]:
        return self.meta.get(column) or self.meta["*"]


@dataclass
class Batch:
    """What one push does, collected before it is written."""

    user: User
    client_no: int
    now: datetime
    server_clock: int
    refused: list[Refusal] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    applied: int = 0
    last_seq: int = 0
    max_clock: int = 0
    has_shares: bool = False
    # Rows this push brought in that belong to someone else (a manager's import routed to the
    # reps of its territories): writable for the rest of the batch, then revoked for the pusher.
    brought: dict[str, set[str]] = field(default_factory=dict)
    territories: list[tuple[str, int]] = field(default_factory=list)  # longest prefix first

    def refuse(self, table: str, row_id: Any, reason: str) -> None:
        self.refused.append({"t": str(table), "id": str(row_id)[:36], "reason": reason})


def payload_hash(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def push(
    connection: Connection,
    *,
    user: User,
    client_id: str,
    request: Any,
    digest: str,
    now: datetime,
) -> PushAnswer:
    """Apply one batch in the caller's transaction and return the answer to send."""
    if not isinstance(request, dict):
        raise ProtocolError("bad_request", "a push must be a JSON object")
    batch_no = request.get("batch")
    mutations = request.get("mutations")
    if not isinstance(batch_no, int) or batch_no < 1 or not isinstance(mutations, list):
        raise ProtocolError("bad_request", "a push needs a batch number and a list of mutations")
    if len(mutations) > MAX_BATCH:
        raise ProtocolError("too_large", f"a batch holds at most {MAX_BATCH} changes")
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    client = connection.execute(select(clients).where(clients.c.id == client_id)).first()
    if client is None:
        number = connection.execute(text("SELECT nextval('client_numbers')")).scalar_one()
        connection.execute(
            insert(clients).values(
                id=client_id, number=number, user_id=user.id, created_at=now, last_batch=0
            )
        )
        client_no, last_batch, last_hash, last_answer = number, 0, None, None
    else:
        if client.user_id != user.id:
            raise ProtocolError("bad_request", "this laptop is signed in as another user")
        client_no, last_batch = client.number, client.last_batch
        last_hash, last_answer = client.last_hash, client.last_answer
    if batch_no <= last_batch:
        if batch_no == last_batch and digest == last_hash and last_answer is not None:
            stored: PushAnswer = decode(last_answer)
            return stored
        raise ProtocolError(
            "batch_reused",
            f"batch {batch_no} was already applied with other changes (the book was restored)",
        )
    batch = Batch(user, client_no, now, hlc.from_wall(hlc.ms_of(now)))
    batch.has_shares = bool(shared_with(connection, user.id))
    if user.manager:
        batch.territories = sorted(
            [
                (prefix, user_id)
                for prefix, user_id in connection.execute(
                    select(territories.c.prefix, territories.c.user_id)
                )
            ],
            key=lambda rule: -len(rule[0]),
        )
    by_table: dict[str, list[dict[str, Any]]] = {}
    for mutation in mutations:
        table = mutation.get("t") if isinstance(mutation, dict) else None
        if not isinstance(table, str) or table not in ORDER:
            batch.refuse(str(table), _id_of(mutation), "no such kind of record")
            continue
        by_table.setdefault(table, []).append(mutation)
    for table in sorted(by_table, key=ORDER.__getitem__):
        _apply_table(connection, batch, spec_of(table), by_table[table])
    _write_conflicts(connection, batch)
    _hand_on(connection, batch)
    seq, seen = connection.execute(
        update(head)
        .where(head.c.id == 1)
        .values(
            seq=func.greatest(head.c.seq, batch.last_seq),
            hlc=func.greatest(head.c.hlc, batch.max_clock),
        )
        .returning(head.c.seq, head.c.hlc)
    ).one()
    answer: PushAnswer = {
        "batch": batch_no,
        "seq": int(seq),
        "hlc": max(batch.server_clock, int(seen)),
        "applied": batch.applied,
        "refused": batch.refused,
        "conflicts": len(batch.conflicts),
    }
    connection.execute(
        update(clients)
        .where(clients.c.id == client_id)
        .values(last_batch=batch_no, last_hash=digest, last_answer=encode(answer), last_seen_at=now)
    )
    return answer


def _id_of(mutation: Any) -> str:
    return str(mutation.get("id", "?")) if isinstance(mutation, dict) else "?"


# -- one table ------------------------------------------------------------------------------------


@dataclass
class Parsed:
    """A mutation after its structure and values were checked."""

    id: str
    delete: bool
    values: dict[str, Any]
    clocks: dict[str, int]
    clock: int
    base: int


def _parse(spec: SyncedTable, mutation: dict[str, Any], server_clock: int) -> Parsed:
    row_id = mutation.get("id")
    if not isinstance(row_id, str) or not 1 <= len(row_id) <= 36:
        raise BadValue("has no valid id")
    op = mutation.get("op")
    if op not in ("upsert", "delete"):
        raise BadValue("is neither an upsert nor a delete")
    clock, base = mutation.get("h"), mutation.get("b", 0)
    if not isinstance(clock, int) or not isinstance(base, int):
        raise BadValue("has no valid clock")
    limit = server_clock + hlc.from_wall(hlc.MAX_DRIFT_MS)
    values: dict[str, Any] = {}
    clocks: dict[str, int] = {}
    if op == "upsert":
        fields = mutation.get("f")
        given_clocks = mutation.get("c", {})
        if not isinstance(fields, dict) or not isinstance(given_clocks, dict):
            raise BadValue("has no values")
        known = codecs(spec.name)
        for name, value in fields.items():
            codec = known.get(name)
            if codec is None:
                raise BadValue(f"has an unknown field {name!r}")
            if name == "id":
                continue
            if value is None:
                if not codec.nullable:
                    raise BadValue(f"{name} must not be empty")
            else:
                try:
                    value = codec.parse(value)
                except BadValue as exc:
                    raise BadValue(f"{name} {exc}") from None
            values[name] = value
            field_clock = given_clocks.get(name, clock) if given_clocks else clock
            if not isinstance(field_clock, int):
                raise BadValue(f"has no valid clock for {name}")
            clocks[name] = field_clock if field_clock < limit else limit
    return Parsed(row_id, op == "delete", values, clocks, min(clock, limit), base)


def _apply_table(
    connection: Connection, batch: Batch, spec: SyncedTable, mutations: list[dict[str, Any]]
) -> None:
    mirror = MIRRORS[spec.name]
    parsed: list[Parsed] = []
    for mutation in mutations:
        try:
            parsed.append(_parse(spec, mutation, batch.server_clock))
        except BadValue as exc:
            batch.refuse(spec.name, _id_of(mutation), f"the change {exc}")
    if not parsed:
        return
    rows = _load(connection, mirror, [p.id for p in parsed])
    parents = _parent_owners(connection, batch, spec, parsed, rows)
    allowed = _allowed(connection, batch, spec.name, set(rows))
    extra: list[tuple[Parsed, Row]] = []
    for change in parsed:
        batch.max_clock = max(batch.max_clock, change.clock, *change.clocks.values())
        row = rows.get(change.id)
        if row is None:
            created = _create(batch, spec, change, parents)
            if created is not None:
                rows[change.id] = created
            continue
        if change.id not in allowed:
            batch.refuse(spec.name, change.id, "this record belongs to someone else")
            continue
        if spec.name == "activities":
            copy = _activity_rules(batch, row, change)
            if copy is not None:
                extra.append(copy)
        if change.delete:
            _delete(batch, row, change)
        else:
            _merge(batch, spec, row, change, parents)
        batch.applied += 1
    for made, copied in extra:
        rows[made.id] = copied
    _store(connection, batch, mirror, [row for row in rows.values() if row.changed])


def _load(connection: Connection, mirror: Table, ids: list[str]) -> dict[str, Row]:
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


def _allowed(connection: Connection, batch: Batch, table: str, ids: set[str]) -> set[str]:
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


@dataclass(frozen=True)
class Parent:
    """The row a new row hangs on: its owner and whether the pushing user may add to it."""

    owner_id: int
    writable: bool


def _parent_owners(
    connection: Connection,
    batch: Batch,
    spec: SyncedTable,
    parsed: list[Parsed],
    rows: dict[str, Row],
) -> dict[tuple[str, str], Parent]:
    """The contacts/accounts (or deals, lists) the rows hang on, by (table, id). A contact's
    account counts too: a new contact belongs to whoever owns its account."""
    wanted: dict[str, set[str]] = {}
    via = _via(spec)
    for change in parsed:
        current = rows.get(change.id)
        for column in via:
            value = change.values.get(column, current.values.get(column) if current else None)
            if value is not None:
                wanted.setdefault(_target(spec, column), set()).add(value)
    found: dict[tuple[str, str], Parent] = {}
    for table, ids in wanted.items():
        parent = MIRRORS[table]
        statement = select(parent.c.id, parent.c.owner_id).where(
            parent.c.id == any_(bindparam("ids", type_=ID_ARRAY))
        )
        owners = {
            row_id: owner for row_id, owner in connection.execute(statement, {"ids": sorted(ids)})
        }
        writable = _allowed(connection, batch, table, set(owners))
        for row_id, owner in owners.items():
            found[(table, row_id)] = Parent(owner, row_id in writable)
    return found


def _via(spec: SyncedTable) -> tuple[str, ...]:
    return spec.owner_via or (("account_id",) if spec.name == "contacts" else ())


def _target(spec: SyncedTable, column: str) -> str:
    for reference in spec.references:
        if reference.column == column:
            return reference.target
    raise KeyError(column)


def _parent_of(
    spec: SyncedTable, values: dict[str, Any], parents: dict[tuple[str, str], Parent]
) -> Parent | None:
    for column in _via(spec):
        value = values.get(column)
        if value is not None:
            return parents.get((_target(spec, column), value))
    return None


def _territory_owner(batch: Batch, values: dict[str, Any]) -> int | None:
    """The rep whose territory holds the postcode (longest prefix), for rows a manager adds."""
    postcode = (values.get("postal_code") or "").replace(" ", "")
    for prefix, user_id in batch.territories:
        if postcode.startswith(prefix):
            return user_id
    return None


def _create(
    batch: Batch, spec: SyncedTable, change: Parsed, parents: dict[tuple[str, str], Parent]
) -> Row | None:
    if change.delete:
        return None  # created and deleted before it ever reached the server
    if spec.name in SERVER_MADE:
        batch.refuse(spec.name, change.id, SERVER_MADE[spec.name])
        return None
    missing = [
        name
        for name, codec in codecs(spec.name).items()
        if name != "id" and not codec.nullable and change.values.get(name) is None
    ]
    if missing:
        batch.refuse(spec.name, change.id, f"the new record lacks {', '.join(missing)}")
        return None
    parent = _parent_of(spec, change.values, parents)
    if spec.is_root and (parent is None or not parent.writable):
        # A new account or contact is the pusher's, or, brought in by a manager, the rep's
        # whose territory holds its postcode.
        owner = (_territory_owner(batch, change.values) if batch.user.manager else None) or (
            batch.user.id
        )
    elif parent is None:
        batch.refuse(spec.name, change.id, "the record it belongs to is not on the team server")
        return None
    elif not parent.writable:
        batch.refuse(spec.name, change.id, "the record it belongs to is someone else's")
        return None
    else:
        owner = parent.owner_id
    meta: dict[str, list[int]] = {"*": [change.clock, 0, batch.client_no]}
    for name, clock in change.clocks.items():
        if clock != change.clock:
            meta[name] = [clock, 0, batch.client_no]
    values: dict[str, Any] = dict.fromkeys(codecs(spec.name))
    values.update(change.values)
    values["id"] = change.id
    batch.applied += 1
    if owner != batch.user.id:
        batch.brought.setdefault(spec.name, set()).add(change.id)
    return Row(values, meta, owner, False, new=True, changed=True, author_id=batch.user.id)


def _delete(batch: Batch, row: Row, change: Parsed) -> None:
    if row.deleted or change.clock < row.meta["*"][0]:
        return  # already gone, or the delete is older than the row's (re)creation
    row.deleted = True
    row.meta["-"] = [change.clock, 0, batch.client_no]
    row.changed = True


def _merge(
    batch: Batch,
    spec: SyncedTable,
    row: Row,
    change: Parsed,
    parents: dict[tuple[str, str], Parent],
) -> None:
    if row.deleted:
        tomb = row.meta.get("-", row.meta["*"])
        if change.clock <= tomb[0]:
            return  # deleted after this edit was made
        row.deleted = False  # an undo brought it back
        row.meta = {"*": [change.clock, 0, batch.client_no]}
        row.values.update(change.values)
        row.changed = True
        return
    for name, value in change.values.items():
        incoming = change.clocks.get(name, change.clock)
        current = row.clock(name)
        old = row.values.get(name)
        wins = (incoming, batch.client_no) > (current[0], current[2])
        concurrent = current[1] > change.base and current[2] != batch.client_no
        if old == value:
            continue
        if wins:
            if name in spec.typed and concurrent and _filled(old) and _filled(value):
                _conflict(batch, spec, row, name, kept=value, other=old, other_client=current[2])
            row.values[name] = value
            row.meta[name] = [incoming, 0, batch.client_no]
            row.changed = True
            if name in spec.owner_via and not spec.is_root:
                moved_to = _parent_of(spec, {name: value}, parents)
                if moved_to is not None and moved_to.writable:
                    row.owner_id = moved_to.owner_id
            if name == "status" and spec.name == "activities" and value in FINAL:
                row.author_id = batch.user.id  # whoever logged the work did it
        elif name in spec.typed and concurrent and _filled(old) and _filled(value):
            _conflict(
                batch,
                spec,
                row,
                name,
                kept=old,
                other=value,
                other_client=None,
                kept_client=current[2],
            )


def _filled(value: Any) -> bool:
    return value is not None and value != ""


def _activity_rules(batch: Batch, row: Row, change: Parsed) -> tuple[Parsed, Row] | None:
    """Activities only move forward; a second log of the same activity becomes its own row."""
    status_clock = row.clock("status")
    if row.values.get("status") not in FINAL or status_clock[2] == batch.client_no:
        return None
    incoming = change.values.get("status")
    if incoming == "planned" or (incoming is None and PLANNING_FIELDS & change.values.keys()):
        for name in PLANNING_FIELDS:
            change.values.pop(name, None)
        return None
    if (
        incoming == "done"
        and row.values.get("status") == "done"
        and change.values.get("completed_at") not in (None, row.values.get("completed_at"))
    ):
        copy_id = str(uuid.uuid5(DOUBLE_LOG, f"{change.id}/{batch.client_no}"))
        values = dict(row.values)
        values.update(change.values)
        values["id"] = copy_id
        values["previous_id"] = change.id
        for name in DOING_FIELDS:
            change.values.pop(name, None)
        copy = Row(  # made by the server: every laptop, the pushing one too, pulls it
            values,
            {"*": [change.clock, 0, SERVER_CLIENT]},
            row.owner_id,
            False,
            new=True,
            changed=True,
            author_id=batch.user.id,
        )
        return Parsed(copy_id, False, {}, {}, change.clock, change.base), copy
    return None


def _conflict(
    batch: Batch,
    spec: SyncedTable,
    row: Row,
    column: str,
    *,
    kept: Any,
    other: Any,
    other_client: int | None,
    kept_client: int | None = None,
) -> None:
    batch.conflicts.append(
        {
            "table_name": spec.name,
            "row_id": row.values["id"],
            "column_name": column,
            "kept_value": str(wire_value(spec.name, column, kept)),
            "other_value": str(wire_value(spec.name, column, other)),
            "kept_client": batch.client_no if kept_client is None else kept_client,
            "other_client": batch.client_no if other_client is None else other_client,
            "owner_id": row.owner_id,
        }
    )


def _client_names(connection: Connection, numbers: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(numbers) - {SERVER_CLIENT})
    if not wanted:
        return {}
    statement = (
        select(clients.c.number, users.c.name)
        .join(users, users.c.id == clients.c.user_id)
        .where(clients.c.number.in_(bindparam("numbers", expanding=True)))
    )
    return {number: name for number, name in connection.execute(statement, {"numbers": wanted})}


def _hand_on(connection: Connection, batch: Batch) -> None:
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
    laptops pull it as a deletion). Returns the highest number handed out, 0 for none."""
    values = [{"user_id": user, "tbl": table, "row_id": row_id} for user, row_id in rows]
    if not values:
        return 0
    statement = pg_insert(revocations).values(
        user_id=bindparam("user_id"),
        tbl=bindparam("tbl"),
        row_id=bindparam("row_id"),
        seq=func.nextval("sync_seq"),
    )
    statement = statement.on_conflict_do_update(
        index_elements=[revocations.c.user_id, revocations.c.tbl, revocations.c.row_id],
        set_={"seq": statement.excluded.seq},
    )
    connection.execute(statement, values)
    return int(
        connection.execute(
            select(func.max(revocations.c.seq)).where(revocations.c.tbl == table)
        ).scalar_one()
    )


def _write_conflicts(connection: Connection, batch: Batch) -> None:
    if not batch.conflicts:
        return
    names = _client_names(
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
    _store(connection, batch, MIRRORS["sync_conflicts"], list(rows.values()))


def _copy_in(connection: Connection, mirror: Table, records: list[dict[str, Any]]) -> None:
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


def _store(connection: Connection, batch: Batch, mirror: Table, rows: list[Row]) -> None:
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
        _copy_in(connection, mirror, fresh)
    if changed:
        assignments: dict[str, Any] = {
            name: bindparam(f"v_{name}") for name in changed[0] if name != "id"
        }
        statement = update(mirror).where(mirror.c.id == bindparam("v_id")).values(**assignments)
        connection.execute(
            statement, [{f"v_{k}": v for k, v in record.items()} for record in changed]
        )
