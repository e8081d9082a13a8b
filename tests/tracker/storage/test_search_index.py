"""The FTS index follows every write: inserts, edits, deletes, within and across transactions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tracker.storage.engine import Database
from tracker.storage.migrate import ensure_schema
from tracker.storage.records import (
    AccountRecord,
    ContactEmailRecord,
    ContactRecord,
    ContactTagRecord,
    NoteRecord,
)


@pytest.fixture
def database(tmp_path: Path) -> Database:
    path = tmp_path / "db.sqlite3"
    ensure_schema(path, backup_dir=tmp_path / "backups")
    db = Database(path)
    yield db
    db.dispose()


def hits(db: Database, query: str) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT d.kind, d.ref_id FROM search_fts JOIN search_documents AS d"
                " ON d.rowid = search_fts.rowid WHERE search_fts MATCH :q ORDER BY d.kind"
            ),
            {"q": query},
        ).all()
    return [(kind, ref) for kind, ref in rows]


def fts_consistent(db: Database) -> bool:
    with db.write() as session:
        session.execute(
            text("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
        )
    return True


def test_contacts_accounts_and_notes_are_found(database: Database) -> None:
    """A new contact, account and note are searchable, also without the umlaut and by prefix."""
    with database.write() as session:
        account = AccountRecord(name="Müller Haustechnik GmbH", city="Würzburg")
        session.add(account)
        session.flush()
        contact = ContactRecord(first_name="Jürgen", last_name="Groß", account_id=account.id)
        session.add(contact)
        session.flush()
        session.add(
            ContactEmailRecord(
                contact_id=contact.id, address="jg@example.de", normalized="jg@example.de"
            )
        )
        session.add(NoteRecord(contact_id=contact.id, body="Wünscht Rückruf wegen Wartungsvertrag"))
    assert hits(database, "muller") == [("account", account.id)]
    assert hits(database, "Mül*") == [("account", account.id)]
    assert hits(database, "jurgen") == [("contact", contact.id)]
    assert hits(database, "example") == [("contact", contact.id)]
    assert [kind for kind, _ in hits(database, "wartungsvertrag")] == ["note"]
    assert fts_consistent(database)


def test_edits_and_deletes_update_the_index(database: Database) -> None:
    """Renaming replaces the old words; soft and hard deletes remove the document."""
    with database.write() as session:
        contact = ContactRecord(first_name="Anna", last_name="Schmidt")
        other = ContactRecord(first_name="Olaf", last_name="Weber")
        session.add_all([contact, other])
    with database.write() as session:
        row = session.get(ContactRecord, contact.id)
        row.last_name = "Schneider"
        session.flush()
        row.first_name = "Annika"  # two edits in one transaction
    assert hits(database, "schmidt") == []
    assert hits(database, "annika schneider") == [("contact", contact.id)]
    from datetime import UTC, datetime

    with database.write() as session:
        session.get(ContactRecord, contact.id).deleted_at = datetime.now(UTC)
        session.delete(session.get(ContactRecord, other.id))
    assert hits(database, "schneider") == []
    assert hits(database, "weber") == []
    assert fts_consistent(database)


def test_denormalised_fields_do_not_reindex(database: Database) -> None:
    """Updating last touch (the queue's hot write) queues no search work."""
    from datetime import UTC, datetime

    with database.write() as session:
        contact = ContactRecord(first_name="Tom", last_name="Berg")
        session.add(contact)
    with database.write() as session:
        session.get(ContactRecord, contact.id).last_touch_at = datetime.now(UTC)
        session.flush()
        queued = session.execute(text("SELECT count(*) FROM search_changes")).scalar()
    assert queued == 0


def test_hard_deleting_a_contact_with_details(database: Database) -> None:
    """Deleting a contact cascades to its e-mails and tags without tripping the search triggers."""
    with database.write() as session:
        contact = ContactRecord(first_name="Rita", last_name="Sommer")
        session.add(contact)
        session.flush()
        session.add(
            ContactEmailRecord(contact_id=contact.id, address="r@s.de", normalized="r@s.de")
        )
        session.add(ContactTagRecord(contact_id=contact.id, tag="vip"))
    with database.write() as session:
        session.execute(text("DELETE FROM contacts WHERE id = :id"), {"id": contact.id})
    assert hits(database, "sommer") == []
    assert fts_consistent(database)
