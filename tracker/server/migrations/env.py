"""Alembic environment of the team server: runs on the connection handed in by
tracker.server.migrate."""

from __future__ import annotations

from alembic import context

from tracker.server.schema import metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "the team server runs migrations only from code (groundgame server init)"
        )
    context.configure(connection=connection, target_metadata=metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
