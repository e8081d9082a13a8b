"""Alembic environment: runs on the connection handed in by tracker.storage.migrate."""

from __future__ import annotations

from alembic import context

from tracker.storage.records import Base
from tracker.storage.schema_filters import include_object


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Groundgame runs migrations only from code (tracker.storage.migrate)")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
