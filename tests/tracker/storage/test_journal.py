"""The undo journal records row changes in flush order and puts them back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from tracker.domain.enums import Lifecycle, Tier
from tracker.storage.engine import Database
from tracker.storage.journal import (
    RowChange,
    UndoConflict,
    changes_from_json,
    changes_to_json,
    start_journal,
    undo_changes,
)
from tracker.storage.migrate import ensure_schema
from tracker.storage.records import AccountRecord, ContactRecord


@pytest.fixture
def database(tmp_path: Path) -> Database:
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    db = Database(path)
    yield db
    db.dispose()


def snapshot(db: Database) -> list[tuple]:
    with db.read() as session:
        accounts = [
            (a.id, a.name, a.tier, a.updated_at) for a in session.scalars(select(AccountRecord))
        ]
        contacts = [
            (c.id, c.first_name, c.lifecycle, c.account_id, c.updated_at)
            for c in session.scalars(select(ContactRecord))
        ]
    return sorted(accounts) + sorted(contacts, key=str)


def test_undo_restores_inserts_updates_and_deletes(database: Database) -> None:
    """After an action that adds, edits and removes rows, undo gives back the earlier state."""
    with database.write() as session:
        keep = AccountRecord(name="Bäckerei Groß")
        gone = ContactRecord(first_name="Eva", last_name="Lang")
        session.add_all([keep, gone])
    before = snapshot(database)

    with database.write() as session:
        journal = start_journal(session)
        account = session.get(AccountRecord, keep.id)
        account.name = "Bäckerei Groß GmbH"
        contact = ContactRecord(first_name="Jan", last_name="Ott", account_id=account.id)
        session.add(contact)
        session.flush()
        contact.lifecycle = Lifecycle.CUSTOMER
        session.delete(session.get(ContactRecord, gone.id))
    assert snapshot(database) != before
    assert [c.operation for c in journal.changes] == ["update", "insert", "update", "delete"]

    with database.write() as session:
        undo_changes(session, journal.changes)
    assert snapshot(database) == before


def test_undo_refuses_when_a_row_changed_since(database: Database) -> None:
    """A later edit of the same row is not silently overwritten by an undo."""
    with database.write() as session:
        account = AccountRecord(name="Old")
        session.add(account)
    with database.write() as session:
        journal = start_journal(session)
        session.get(AccountRecord, account.id).name = "New"
    with database.write() as session:
        session.get(AccountRecord, account.id).name = "Newer"
    with pytest.raises(UndoConflict), database.write() as session:
        undo_changes(session, journal.changes)
    with database.read() as session:
        assert session.get(AccountRecord, account.id).name == "Newer"


def test_bulk_statements_are_refused_while_journaling(database: Database) -> None:
    """A bulk UPDATE would escape the journal, so it is an error inside an undoable action."""
    from sqlalchemy import update

    with pytest.raises(RuntimeError, match="one by one"), database.write() as session:
        start_journal(session)
        session.execute(update(AccountRecord).values(name="x"))


def test_undo_after_a_flush_that_updates_many_rows_at_once(database: Database) -> None:
    """Several rows updated in one flush each keep their own stamp, so undo does not refuse."""
    with database.write() as session:
        accounts = [AccountRecord(name=f"Account {n}") for n in range(5)]
        session.add_all(accounts)
    before = snapshot(database)
    with database.write() as session:
        journal = start_journal(session)
        for account in accounts:
            session.get(AccountRecord, account.id).tier = Tier.B
    with database.write() as session:
        undo_changes(session, journal.changes)
    assert snapshot(database) == before


STORED_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(),
    st.binary(max_size=40),
)


@given(st.dictionaries(st.text(min_size=1, max_size=12), STORED_VALUES, max_size=6))
def test_the_json_form_keeps_every_stored_value_exactly(before: dict[str, object]) -> None:
    """Whatever SQLite hands back (NULL, 64-bit integers, reals, text, blobs) survives the JSON
    an undo step is kept as, value and type alike."""
    changes = [RowChange("update", "accounts", {"id": "a1"}, before, "2026-12-01 08:00:00.000000")]
    back = changes_from_json(changes_to_json(changes))
    assert back == changes
    assert [type(v) for v in back[0].before.values()] == [type(v) for v in before.values()]  # type: ignore[union-attr]


def test_an_undo_from_json_restores_reals_and_text_byte_for_byte(database: Database) -> None:
    """Coordinates and umlauts written back from the stored JSON are the very stored values."""
    with database.write() as session:
        account = AccountRecord(name="Café Ünal", latitude=52.520008, longitude=0.1 + 0.2)
        session.add(account)

    def raw() -> tuple[object, ...]:
        with database.read() as session:
            return tuple(
                session.execute(
                    text("SELECT name, latitude, longitude, updated_at FROM accounts")
                ).one()
            )

    before = raw()
    with database.write() as session:
        journal = start_journal(session)
        changed = session.get(AccountRecord, account.id)
        changed.name, changed.latitude = "Café Ünal & Söhne", 48.1
    stored = changes_to_json(journal.changes)
    with database.write() as session:
        undo_changes(session, changes_from_json(stored))
    assert raw() == before
