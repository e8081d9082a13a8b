"""The undo journal records row changes in flush order and puts them back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.domain.enums import Lifecycle, Tier
from tracker.storage.engine import Database
from tracker.storage.journal import UndoConflict, start_journal, undo_changes
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
