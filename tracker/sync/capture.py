"""Change capture: triggers that write every change of a synced table into the outbox.

Like cr-sqlite, capture lives in the database, so no write path can forget it: services, bulk
loads, imports, merges and undo are all recorded, in the same transaction as the change (a
killed process leaves both or neither). The triggers exist only while the book belongs to a team
and record nothing while `sync_state.capture` is 0, which is how pulled rows are applied without
echoing them back. An update records the names of the synced columns whose value changed; the
wall time (milliseconds) and the pull cursor at the moment of the change travel with it.
"""

from __future__ import annotations

from sqlalchemy import Connection

from tracker.storage.engine import Database
from tracker.sync.tables import SYNCED, SyncedTable

PREFIX = "sync_capture_"
# SQLite's own clock, in Unix milliseconds (julianday is allowed in triggers with
# trusted_schema=OFF; application functions are not).
WALL_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
CAPTURING = "(SELECT capture FROM sync_state WHERE id = 1) = 1"
BASE = "(SELECT cursor FROM sync_state WHERE id = 1)"


def trigger_names() -> list[str]:
    return [f"{PREFIX}{spec.name}_{kind}" for spec in SYNCED for kind in ("ai", "au", "ad")]


def expected() -> dict[str, str]:
    """Every capture trigger's name and the statement that creates it, as SQLite keeps it."""
    names = (f"{PREFIX}{spec.name}_{kind}" for spec in SYNCED for kind in ("ai", "au", "ad"))
    statements = (statement for spec in SYNCED for statement in _triggers(spec))
    return dict(zip(names, statements, strict=True))


def _triggers(spec: SyncedTable) -> list[str]:
    table = spec.name
    changed = " || ".join(
        f"(CASE WHEN OLD.{name} IS NOT NEW.{name} THEN '{name},' ELSE '' END)"
        for name in spec.columns
        if name != "id"
    )
    insert = "INSERT INTO sync_outbox (tbl, row_id, op, cols, wall_ms, base)"
    return [
        f"CREATE TRIGGER {PREFIX}{table}_ai AFTER INSERT ON {table} WHEN {CAPTURING} BEGIN "
        f"{insert} VALUES ('{table}', NEW.id, 'i', NULL, {WALL_MS}, {BASE}); END",
        f"CREATE TRIGGER {PREFIX}{table}_au AFTER UPDATE ON {table} WHEN {CAPTURING} BEGIN "
        f"{insert} SELECT '{table}', NEW.id, 'u', changed, {WALL_MS}, {BASE} "
        f"FROM (SELECT {changed} AS changed) WHERE changed <> ''; END",
        f"CREATE TRIGGER {PREFIX}{table}_ad AFTER DELETE ON {table} WHEN {CAPTURING} BEGIN "
        f"{insert} VALUES ('{table}', OLD.id, 'd', NULL, {WALL_MS}, {BASE}); END",
    ]


def install(connection: Connection) -> None:
    """Create (or re-create) every capture trigger, inside the caller's transaction."""
    remove(connection)
    for spec in SYNCED:
        for statement in _triggers(spec):
            connection.exec_driver_sql(statement)


def remove(connection: Connection) -> None:
    for name in trigger_names():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def installed(connection: Connection) -> int:
    """How many capture triggers the database holds (all of them, or a migration dropped some)."""
    names = trigger_names()
    marks = ", ".join("?" for _ in names)
    return int(
        connection.exec_driver_sql(
            f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            tuple(names),
        ).scalar_one()
    )


def complete(connection: Connection) -> bool:
    """True when every trigger is there and names the synced columns of this version: a
    migration that rebuilt a table drops its triggers, one that added columns leaves triggers
    that do not see them."""
    wanted = expected()
    marks = ", ".join("?" for _ in wanted)
    present: dict[str, str] = dict(
        connection.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            tuple(wanted),
        ).all()
    )
    return present == wanted


def ensure(db: Database) -> bool:
    """Re-create the triggers of a team book that lacks some or whose triggers are of an older
    schema (see `complete`); True when it had to. A solo book is left alone."""
    if db.read_only:
        return False
    with db.read() as session:
        connection = session.connection()
        joined = connection.exec_driver_sql("SELECT count(*) FROM sync_state").scalar_one()
        if not joined or complete(connection):
            return False
    with db.write() as session:
        install(session.connection())
    return True
