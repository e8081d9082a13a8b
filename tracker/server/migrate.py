"""Create or upgrade the team server's schema in PostgreSQL (`groundgame server init`)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KNOWN_REVISIONS: tuple[str, ...] = ("s0001", "s0002", "s0003", "s0004", "s0005")
HEAD = KNOWN_REVISIONS[-1]


class ServerSchemaError(RuntimeError):
    """The database cannot be used by this server; the message says why."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(engine: Engine) -> None:
    """Refuse to serve a database that is not at this server's schema."""
    revision = current_revision(engine)
    if revision == HEAD:
        return
    if revision is None:
        raise ServerSchemaError(
            "the database holds no Groundgame team schema: run `groundgame server init`"
        )
    if revision in KNOWN_REVISIONS:
        raise ServerSchemaError(
            f"the database is at schema {revision}: run `groundgame server init` to upgrade it"
        )
    raise ServerSchemaError(
        f"the database was set up by a newer Groundgame server (schema {revision}); "
        "run that version or newer"
    )


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to HEAD in one transaction; returns (from, to)."""
    from alembic import command
    from alembic.config import Config

    before = current_revision(engine)
    if before is not None and before not in KNOWN_REVISIONS:
        check_schema(engine)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, HEAD)
    return before, HEAD
