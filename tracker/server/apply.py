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
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    func,
    insert,
    select,
    text,
    update,
)

from tracker.server.auth import User
from tracker.server.merge import (
    LOCK_KEY,
    Batch,
    Parsed,
    Row,
    activity_rules,
    create_row,
    delete_row,
    id_of,
    merge_fields,
    parent_of,
    parse_change,
)
from tracker.server.rows import (
    allowed,
    hand_on,
    load,
    parent_owners,
    store,
    write_conflicts,
)
from tracker.server.schema import (
    MIRRORS,
    clients,
    head,
    territories,
)
from tracker.server.touches import refresh_touches
from tracker.server.values import BadValue
from tracker.server.visibility import shared_with
from tracker.sync import hlc
from tracker.sync.protocol import MAX_BATCH, PushAnswer, decode, encode
from tracker.sync.tables import ORDER, SyncedTable, spec_of


class ProtocolError(RuntimeError):
    """The whole request is wrong; `code` is the protocol's error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


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
            batch.refuse(str(table), id_of(mutation), "no such kind of record")
            continue
        by_table.setdefault(table, []).append(mutation)
    for table in sorted(by_table, key=ORDER.__getitem__):
        _apply_table(connection, batch, spec_of(table), by_table[table])
    write_conflicts(connection, batch)
    refresh_touches(connection, batch.touched_contacts, batch.touched_accounts)
    hand_on(connection, batch)
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


# An account's last touch changes with its contacts' activities and with the contacts it has.
TOUCH_KEYS = {"activities": "contact_id", "contacts": "account_id"}


def batch_touched(batch: Batch, table: str) -> set[str | None]:
    return batch.touched_contacts if table == "activities" else batch.touched_accounts


def _apply_table(
    connection: Connection, batch: Batch, spec: SyncedTable, mutations: list[dict[str, Any]]
) -> None:
    mirror = MIRRORS[spec.name]
    parsed: list[Parsed] = []
    for mutation in mutations:
        try:
            parsed.append(parse_change(spec, mutation, batch.server_clock))
        except BadValue as exc:
            batch.refuse(spec.name, id_of(mutation), f"the change {exc}")
    if not parsed:
        return
    rows = load(connection, mirror, [p.id for p in parsed])
    if spec.name in TOUCH_KEYS:  # what the rows referred to before this push
        batch_touched(batch, spec.name).update(
            row.values.get(TOUCH_KEYS[spec.name]) for row in rows.values()
        )
    parents = parent_owners(connection, batch, spec, parsed, rows)
    writable = allowed(connection, batch, spec.name, set(rows))
    extra: list[tuple[Parsed, Row]] = []
    for change in parsed:
        batch.max_clock = max(batch.max_clock, change.clock, *change.clocks.values())
        row = rows.get(change.id)
        if row is None:
            created = create_row(batch, spec, change, parents)
            if created is not None:
                rows[change.id] = created
            continue
        if change.id not in writable:
            batch.refuse(spec.name, change.id, "this record belongs to someone else")
            continue
        if not spec.is_root:
            # The row's change goes to whoever owns its root now (a move leaves rows below
            # their roots as they were), so that rep's pulls find it by (owner_id, seq).
            root = parent_of(spec, row.values, parents)
            if root is not None:
                row.owner_id = root.owner_id
        if spec.name == "activities":
            copy = activity_rules(batch, row, change)
            if copy is not None:
                extra.append(copy)
        if change.delete:
            delete_row(batch, row, change)
        else:
            merge_fields(batch, spec, row, change, parents)
        batch.applied += 1
    for made, copied in extra:
        rows[made.id] = copied
    changed = [row for row in rows.values() if row.changed]
    if spec.name in TOUCH_KEYS:  # the rows' references after the change (before: see above)
        batch_touched(batch, spec.name).update(
            row.values.get(TOUCH_KEYS[spec.name]) for row in changed
        )
    store(connection, batch, mirror, changed)
