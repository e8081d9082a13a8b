"""Merging one pushed change into a mirror row, field by field (the rules are in apply's
docstring and docs/SYNC.md): the rows being merged, the checks on a change, who owns a new row,
activities only moving forward, and conflicts kept for the rep."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    String,
)
from sqlalchemy.dialects.postgresql import ARRAY

from tracker.server.auth import User
from tracker.server.values import BadValue, codecs, wire_value
from tracker.sync import hlc
from tracker.sync.protocol import Refusal
from tracker.sync.tables import SyncedTable

LOCK_KEY = 0x6772_6E64  # "grnd": one lock for the team's change sequence
SERVER_CLIENT = 0  # the laptop number of changes the server makes itself (conflicts, copies)
DOUBLE_LOG = uuid.UUID("4c6f6767-6564-5477-6963-6547726e6467")

PLANNING_FIELDS = frozenset(
    {"status", "due_on", "starts_at", "local_start", "time_zone", "buried_on", "route_position"}
)
# What logging writes; a visit's check-in/out and report belong to the log they are part of, so a
# second log of the same visit keeps its report with its own copy.
DOING_FIELDS = frozenset(
    {
        "status", "completed_at", "done_on", "outcome", "note", "attempt", "duration_minutes",
        "checked_in_at", "checked_out_at", "met_with", "topics", "order_value_cents",
    }
)  # fmt: skip
FINAL = frozenset({"done", "canceled"})
# Tables whose rows only the server makes (laptops may still change them, e.g. resolve a conflict).
SERVER_MADE = {
    "sync_conflicts": "conflicts are recorded by the team server",
    "call_lists": "call lists come from a sales manager",
    "call_list_entries": "call lists come from a sales manager",
}
ID_ARRAY = ARRAY(String(36))  # `id = ANY(:ids)`: one array parameter, not thousands


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
    # Whose last touch this push may change (tracker.server.touches): the contacts of the
    # activities it changed, the accounts of the contacts it changed (before and after).
    touched_contacts: set[str | None] = field(default_factory=set)
    touched_accounts: set[str | None] = field(default_factory=set)

    def refuse(self, table: str, row_id: Any, reason: str) -> None:
        self.refused.append({"t": str(table), "id": str(row_id)[:36], "reason": reason})


@dataclass
class Parsed:
    """A mutation after its structure and values were checked."""

    id: str
    delete: bool
    values: dict[str, Any]
    clocks: dict[str, int]
    clock: int
    base: int


def parse_change(spec: SyncedTable, mutation: dict[str, Any], server_clock: int) -> Parsed:
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


@dataclass(frozen=True)
class Parent:
    """The row a new row hangs on: its owner and whether the pushing user may add to it."""

    owner_id: int
    writable: bool


def via(spec: SyncedTable) -> tuple[str, ...]:
    return spec.owner_via or (("account_id",) if spec.name == "contacts" else ())


def target(spec: SyncedTable, column: str) -> str:
    for reference in spec.references:
        if reference.column == column:
            return reference.target
    raise KeyError(column)


def parent_of(
    spec: SyncedTable, values: dict[str, Any], parents: dict[tuple[str, str], Parent]
) -> Parent | None:
    for column in via(spec):
        value = values.get(column)
        if value is not None:
            return parents.get((target(spec, column), value))
    return None


def territory_owner(batch: Batch, values: dict[str, Any]) -> int | None:
    """The rep whose territory holds the postcode (longest prefix), for rows a manager adds."""
    postcode = (values.get("postal_code") or "").replace(" ", "")
    for prefix, user_id in batch.territories:
        if postcode.startswith(prefix):
            return user_id
    return None


def create_row(
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
    parent = parent_of(spec, change.values, parents)
    if spec.is_root and (parent is None or not parent.writable):
        # A new account or contact is the pusher's, or, brought in by a manager, the rep's
        # whose territory holds its postcode.
        owner = (territory_owner(batch, change.values) if batch.user.manager else None) or (
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


def delete_row(batch: Batch, row: Row, change: Parsed) -> None:
    if row.deleted or change.clock < row.meta["*"][0]:
        return  # already gone, or the delete is older than the row's (re)creation
    row.deleted = True
    row.meta["-"] = [change.clock, 0, batch.client_no]
    row.changed = True


def merge_fields(
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
                moved_to = parent_of(spec, {name: value}, parents)
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


def activity_rules(batch: Batch, row: Row, change: Parsed) -> tuple[Parsed, Row] | None:
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


def id_of(mutation: Any) -> str:
    return str(mutation.get("id", "?")) if isinstance(mutation, dict) else "?"
