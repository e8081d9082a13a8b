"""Words for the sync's codes: every field that can conflict and every table that travels has a
label; combining two versions joins paragraphs by a blank line and short fields by a space."""

from __future__ import annotations

from tracker.sync.tables import SYNCED
from ui.team.labels import FIELDS, RECORD_KINDS, combined, field_label


def test_every_conflict_worthy_field_and_every_synced_table_has_words() -> None:
    """The typed columns of tracker/sync/tables.py are exactly the labelled fields."""
    typed = {(spec.name, column) for spec in SYNCED for column in spec.typed}
    assert typed == set(FIELDS)
    assert {spec.name for spec in SYNCED} == set(RECORD_KINDS)
    assert field_label("contacts", "notes") == "Contact notes"
    assert field_label("mystery", "some_field") == "mystery: some field"


def test_combining_starts_from_both_versions() -> None:
    """Notes get a blank line between the versions, a city a space; empty sides drop out."""
    assert combined("contacts", "notes", "one\n", "two") == "one\n\ntwo"
    assert combined("contacts", "city", "Köln", "Koeln") == "Köln Koeln"
    assert combined("contacts", "notes", None, "only") == "only"
