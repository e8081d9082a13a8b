"""The team server's schema: its own migrations build exactly the tables the code declares, an
upgrade is repeatable, and a database from a newer server is refused with a clear message."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from tests.team import Postgres
from tracker.server.migrate import HEAD, ServerSchemaError, check_schema, upgrade
from tracker.server.schema import metadata


def test_the_migrations_build_the_declared_schema(postgres: Postgres) -> None:
    """Alembic finds no difference between the migrated database and tracker.server.schema."""
    engine = create_engine(postgres.fresh_database())
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_init_is_repeatable_and_a_newer_schema_is_refused(postgres: Postgres) -> None:
    """A second `server init` changes nothing; a database at an unknown revision is refused
    by both init and the server, saying to run a newer server."""
    engine = create_engine(postgres.fresh_database())
    try:
        assert upgrade(engine) == (HEAD, HEAD)
        check_schema(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 's9999'"))
        with pytest.raises(ServerSchemaError, match="newer Groundgame server"):
            check_schema(engine)
        with pytest.raises(ServerSchemaError, match="newer Groundgame server"):
            upgrade(engine)
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"UPDATE alembic_version SET version_num = '{HEAD}'"))
        engine.dispose()
