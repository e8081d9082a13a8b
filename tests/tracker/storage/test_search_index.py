"""The FTS index follows every write: inserts, edits, deletes, within and across transactions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tracker.domain.names import fold_name
from tracker.domain.search import fts_query
from tracker.storage.engine import Database
from tracker.storage.migrate import ensure_schema
from tracker.storage.records import (
    AccountRecord,
    ContactEmailRecord,
    ContactRecord,
    ContactTagRecord,
    NoteRecord,
)
from tracker.storage.search_index import rebuild_search_index


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


def test_the_index_holds_every_document_in_its_one_spelling(database: Database) -> None:
    """search_keys holds each document folded, so Schröder, Schroeder and SCHRODER are one word;
    a rebuild folds them alike and leaves a consistent index."""
    with database.write() as session:
        session.add_all(
            [
                ContactRecord(first_name="Jörg", last_name="Schröder", city="Hauptstraße"),
                ContactRecord(first_name="Joerg", last_name="SCHRODER", city="Hauptstrasse"),
            ]
        )

    def keys() -> list[tuple[str, str, str, str]]:
        with database.read() as session:
            rows = session.execute(
                text(
                    "SELECT k.title, k.body, d.title, d.body FROM search_keys AS k"
                    " JOIN search_documents AS d ON d.rowid = k.rowid ORDER BY k.rowid"
                )
            ).all()
        return [tuple(row) for row in rows]  # type: ignore[misc]

    before = keys()
    assert [(key, body) for key, body, _, _ in before] == [("jorg schroder", "hauptstrasse")] * 2
    assert all(
        key == fold_name(title) and body == fold_name(raw) for key, body, title, raw in before
    )
    assert len(hits(database, str(fts_query("Schroeder Hauptstraße")))) == 2
    with database.write() as session:
        rebuild_search_index(session.connection())
    assert keys() == before
    assert fts_consistent(database)
