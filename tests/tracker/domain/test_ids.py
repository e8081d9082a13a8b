"""Client-generated ids."""

from __future__ import annotations

import uuid

from tracker.domain.ids import new_id


def test_new_ids_are_uuid7_and_increase() -> None:
    """Ids made one after another sort in the order they were made, even within a millisecond."""
    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}
