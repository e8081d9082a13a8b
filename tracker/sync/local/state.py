"""The book's team membership: the sync_state row, joining and leaving, what waits, and the
settings the server keeps for reports. Helpers shared by pushing and pulling live here too."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tracker.domain.preferences import Preferences
from tracker.storage.bulk import sql_datetime
from tracker.sync import capture
from tracker.sync.protocol import encode
from tracker.sync.tables import SYNCED, SyncedTable

CHUNK = 500  # ids per IN (...) query


def raw(session: Session) -> sqlite3.Connection:
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


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


def row_values(
    connection: sqlite3.Connection, spec: SyncedTable, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    columns = spec.columns
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunks(list(ids)):
        for values in connection.execute(
            f"SELECT {', '.join(columns)} FROM {spec.name} WHERE id IN ({marks(chunk)})", chunk
        ):
            found[values[0]] = dict(zip(columns, values, strict=True))
    return found


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
        body = decode_payload(pending[1])
        body["client_id"], body["batch"] = client_id, 1
        connection.execute(
            "UPDATE sync_pending SET batch_no = 1, payload = ? WHERE batch_no = ?",
            (encode(body), pending[0]),
        )
        next_batch = 2
    connection.execute(
        "UPDATE sync_state SET client_id = ?, next_batch = ? WHERE id = 1", (client_id, next_batch)
    )


def decode_payload(payload: bytes) -> dict[str, Any]:
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


# The preferences the team server needs to count a rep's figures as their laptop does.
SHARED_PREFERENCES = ("rep_name", "time_zone", "day_start_hour", "working_days", "currency")


def settings(session: Session) -> dict[str, Any]:
    """The laptop's goals, tier windows and how it counts days, as the team server keeps them
    for the team's reports."""
    connection = raw(session)
    goals = [
        {"metric": metric, "period": period, "target": target}
        for metric, period, target in connection.execute(
            "SELECT metric, period, target FROM goals WHERE deleted_at IS NULL ORDER BY 1, 2"
        )
    ]
    policies = {
        tier: {"ideal_days": ideal, "max_days": most, "touch_kind": kind}
        for tier, ideal, most, kind in connection.execute(
            "SELECT tier, ideal_days, max_days, touch_kind FROM tier_policies "
            "WHERE deleted_at IS NULL"
        )
    }
    # How the laptop counts days (the team's roll-up counts each rep's work as their laptop does).
    stored = {
        key: json.loads(value)
        for key, value in connection.execute(
            "SELECT key, value FROM preferences WHERE key IN (?, ?, ?, ?, ?)", SHARED_PREFERENCES
        )
    }
    preferences = Preferences.from_storage(stored)
    shared = {
        key: value for key, value in preferences.to_storage().items() if key in SHARED_PREFERENCES
    }
    return {"goals": goals, "tier_policies": policies, "preferences": shared}
