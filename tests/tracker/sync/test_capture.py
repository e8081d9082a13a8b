"""Change capture: every write to a synced table lands in the outbox in its own transaction, on
every write path (services, bulk loads, imports, merges, undo), and only once the book joined."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.domain.ids import new_id
from tracker.services.book import Book
from tracker.storage.records import Base
from tracker.sync import capture, local

from ..services.book_helpers import add_account, add_contact


def join(book: Book) -> None:
    with book._ctx.db.write() as session:
        local.join(
            session,
            client_id=new_id(),
            server_url="http://127.0.0.1:1",
            user="anna",
            now=book.clock.now(),
        )


def outbox(book: Book) -> list[tuple[str, str, str, str | None]]:
    connection = sqlite3.connect(book.location.database)
    try:
        return list(
            connection.execute("SELECT tbl, row_id, op, cols FROM sync_outbox ORDER BY seq")
        )
    finally:
        connection.close()


def clear(book: Book) -> None:
    connection = sqlite3.connect(book.location.database)
    connection.execute("DELETE FROM sync_outbox")
    connection.commit()
    connection.close()


def triggers(book: Book) -> set[str]:
    connection = sqlite3.connect(book.location.database)
    try:
        return {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
            )
        }
    finally:
        connection.close()


def test_a_book_without_a_team_captures_nothing(book: Book) -> None:
    """A solo rep's book has no capture triggers and its outbox stays empty."""
    add_contact(book, "Anna", "Weber", phones=("+49 151 2345678",))
    assert triggers(book) == set()
    assert outbox(book) == []


def test_inserts_updates_and_deletes_are_recorded_with_the_changed_columns(book: Book) -> None:
    """An insert, an edit of two fields, and a hard delete each leave one outbox row."""
    join(book)
    assert triggers(book) == set(capture.trigger_names())
    contact = add_contact(book, "Anna", "Weber", tags=("vip",))
    inserted = {(table, op) for table, _id, op, _cols in outbox(book)}
    assert ("contacts", "i") in inserted and ("contact_tags", "i") in inserted
    clear(book)
    book.contacts.set_prospect_scores(contact, fit=4, readiness=2)
    rows = outbox(book)
    assert [(t, op) for t, _i, op, _c in rows] == [("contacts", "u")]
    changed = set((rows[0][3] or "").strip(",").split(","))
    assert changed <= {"fit", "readiness"} and changed
    clear(book)
    book.contacts.remove_tag([contact], "vip")
    assert [(t, op) for t, _i, op, _c in outbox(book)] == [("contact_tags", "d")]


def test_a_write_that_changes_no_synced_value_records_nothing(book: Book) -> None:
    """Setting a field to its own value, or touching only updated_at, leaves the outbox alone."""
    join(book)
    contact = add_contact(book, "Anna", "Weber")
    clear(book)
    connection = sqlite3.connect(book.location.database)
    connection.execute("UPDATE contacts SET first_name = first_name WHERE id = ?", (contact,))
    connection.execute("UPDATE contacts SET updated_at = '2030-01-01 00:00:00.000000'")
    connection.commit()
    connection.close()
    assert outbox(book) == []


def test_bulk_paths_are_captured(book: Book, tmp_path: Path) -> None:
    """The demo's bulk insert, an import, a merge, a bulk delete and undo all reach the outbox."""
    join(book)
    book.demo.load(seed=3, contacts=20)
    tables = {table for table, _i, op, _c in outbox(book) if op == "i"}
    assert {"contacts", "accounts", "activities", "deals"} <= tables
    clear(book)
    csv = tmp_path / "people.csv"
    csv.write_text("First name,Last name,Phone\nJonas,Keller,+49 30 1234567\n", encoding="utf-8")
    table = book.imports.read(csv)
    book.imports.apply(table, book.imports.suggest(table).mapping)
    assert ("contacts", "i") in {(t, op) for t, _i, op, _c in outbox(book)}
    clear(book)
    first = add_contact(book, "Lena", "Fischer", phones=("+49 170 1111111",))
    second = add_contact(book, "Lena", "Fischer", phones=("+49 170 1111111",))
    clear(book)
    book.duplicates.merge(first, [second])
    merged = {(t, i) for t, i, _op, _c in outbox(book)}
    assert ("contacts", second) in merged
    clear(book)
    book.undo.undo()
    assert ("contacts", second) in {(t, i) for t, i, _op, _c in outbox(book)}
    clear(book)
    book.contacts.delete([first, second])
    deleted = [(t, i, c) for t, i, _op, c in outbox(book) if t == "contacts"]
    assert {i for _t, i, _c in deleted} == {first, second}
    assert all("deleted_at" in (c or "") for _t, _i, c in deleted)


def test_capture_is_off_while_pulled_rows_are_applied(book: Book) -> None:
    """Rows written with capture off (how a pulled page is applied) are not echoed back."""
    join(book)
    account = new_id()
    page = {
        "tables": [
            {
                "t": "accounts",
                "columns": ["id", "name", "created_at"],
                "rows": [[5, False, account, "Müller GmbH", "2026-11-01 08:00:00.000000"]],
            }
        ],
        "cursor": 5,
        "hlc": 0,
    }
    with book._ctx.db.write() as session:
        local.apply_page(session, page, now=book.clock.now())
    assert outbox(book) == []
    add_account(book, "Weber KG")
    assert [(t, op) for t, _i, op, _c in outbox(book)] == [("accounts", "i")]


def test_lost_triggers_are_recreated_when_the_book_opens(book: Book) -> None:
    """A schema upgrade that rebuilds a table drops its triggers; opening the book restores them."""
    join(book)
    connection = sqlite3.connect(book.location.database)
    connection.execute("DROP TRIGGER sync_capture_contacts_au")
    connection.commit()
    connection.close()
    location, clock = book.location, book.clock
    book.close()
    again = Book.open(location, clock=clock)
    try:
        assert triggers(again) == set(capture.trigger_names())
    finally:
        again.close()


def test_triggers_of_an_older_schema_are_recreated_when_the_book_opens(book: Book) -> None:
    """A migration that added synced columns (0012: the visit columns) leaves update triggers
    that do not see them; opening the book re-creates them, so a check-in is captured."""
    join(book)
    connection = sqlite3.connect(book.location.database)
    connection.execute("DROP TRIGGER sync_capture_activities_au")
    connection.execute(  # what a trigger of schema 2 looked like: no visit columns
        "CREATE TRIGGER sync_capture_activities_au AFTER UPDATE ON activities BEGIN "
        "INSERT INTO sync_outbox (tbl, row_id, op, cols, wall_ms, base) "
        "SELECT 'activities', NEW.id, 'u', 'note,', 0, 0 WHERE OLD.note IS NOT NEW.note; END"
    )
    connection.commit()
    connection.close()
    location, clock = book.location, book.clock
    book.close()
    again = Book.open(location, clock=clock)
    try:
        with again._ctx.db.read() as session:
            assert capture.complete(session.connection())
            sql = (
                session.connection()
                .exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE name = 'sync_capture_activities_au'"
                )
                .scalar_one()
            )
        assert "checked_in_at" in sql
    finally:
        again.close()


def test_every_synced_table_is_a_table_of_the_book() -> None:
    """The sync declaration names real tables and real columns only."""
    from tracker.sync.tables import SYNCED

    for spec in SYNCED:
        table = Base.metadata.tables[spec.name]
        for name in (*spec.typed, *spec.owner_via, *spec.natural_key):
            assert name in table.c, f"{spec.name}.{name}"
        for reference in spec.references:
            assert reference.column in table.c and reference.target in Base.metadata.tables
