"""Secondary indexes set aside during a bulk load into empty tables, then built once.

Filling an index row by row with random keys costs more than sorting all keys once when the
index is created; for a million activities that is the difference of several seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session


@contextmanager
def indexes_set_aside(session: Session, tables: tuple[str, ...]) -> Iterator[None]:
    """Drop the named tables' explicit indexes for the block and create them again after it.

    Only for tables that are empty when the block starts (their definitions come back exactly
    as sqlite_master held them, in the same transaction).
    """
    rows = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({', '.join(repr(t) for t in tables)})"
        )
    ).all()
    for name, _sql in rows:
        session.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _name, sql in rows:
        session.execute(text(sql))
