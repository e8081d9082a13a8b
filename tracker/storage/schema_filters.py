"""What Alembic compares: everything but the hand-written search index tables."""

from __future__ import annotations

from typing import Any

UNMANAGED_PREFIXES = ("search_",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic hook: skip the FTS5 tables (and their shadow tables), which are raw DDL."""
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_PREFIXES))
