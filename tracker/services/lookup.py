"""Finding a record by its id or a unique prefix of it, as `git` takes commit prefixes.

Ids are time-ordered UUIDs, so records made together share their first characters; any prefix of
at least MIN_PREFIX characters that fits exactly one live record names it.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

MIN_PREFIX = 4


class UnknownId(ValueError):
    """No live record has that id; the message says what was looked for."""


class AmbiguousId(ValueError):
    """An id prefix that fits several records, or one too short to tell; the message says so."""


def resolve_id(session: Session, table: str, noun: str, typed: str) -> str:
    """The full id of the live row of `table` whose id is `typed` or starts with it.

    `table` is one of ours (never user input); `noun` names its records in messages.
    """
    wanted = typed.strip().lower()
    if not wanted:
        raise UnknownId(f"give the id of a {noun}")
    exact = session.execute(
        text(f"SELECT id FROM {table} WHERE id = :id AND deleted_at IS NULL"), {"id": wanted}
    ).first()
    if exact is not None:
        return str(exact[0])
    if len(wanted) < MIN_PREFIX:
        raise AmbiguousId(
            f"{typed.strip()!r} is too short for a {noun} id; type at least {MIN_PREFIX} characters"
        )
    # "Starts with" as a range on the primary key, so the index answers.
    found = session.execute(
        text(
            f"SELECT id FROM {table} WHERE id >= :low AND id < :high AND deleted_at IS NULL LIMIT 2"
        ),
        {"low": wanted, "high": wanted + "\uffff"},
    ).all()
    if len(found) > 1:
        raise AmbiguousId(f"{typed.strip()!r} fits several {noun}s; type more of the id")
    if not found:
        raise UnknownId(f"there is no {noun} with the id {typed.strip()!r}")
    return str(found[0][0])
