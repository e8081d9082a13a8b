"""Two laptops and a real team server: changes travel, fields merge, typed text conflicts are
kept on both sides, deletions travel, and every book ends equal to the server's view."""

from __future__ import annotations

import sqlite3

from tests.team import Laptops, TeamServer, book_rows, team_rows_equal
from tracker.domain.team import Resolution
from tracker.services.book import Book

from ..services.book_helpers import add_account, add_contact


def both(laptops: Laptops, server: TeamServer) -> tuple[Book, Book]:
    server.add_user("anna")
    return laptops.new("a", "anna"), laptops.new("b", "anna")


def sync_all(*books: Book) -> None:
    """Everyone syncs, then everyone again (the second round brings the last pushes down)."""
    for _round in range(2):
        for book in books:
            book.team.sync()


def set_field(book: Book, table: str, row_id: str, column: str, value: object) -> None:
    """An edit as the app would store it (a raw write still goes through the capture triggers)."""
    connection = sqlite3.connect(book.location.database)
    connection.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    connection.commit()
    connection.close()


def field(book: Book, table: str, row_id: str, column: str) -> object:
    connection = sqlite3.connect(book.location.database)
    try:
        return connection.execute(
            f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()[0]
    finally:
        connection.close()


def test_a_change_on_one_laptop_shows_on_the_other(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A contact made on A reaches B; B's edit of it reaches A; all three agree."""
    a, b = both(laptops, team_server)
    account = add_account(a, "Müller GmbH")
    contact = add_contact(a, "Anna", "Weber", account_id=account, phones=("+49 151 2345678",))
    a.team.sync()
    b.team.sync()
    assert field(b, "contacts", contact, "last_name") == "Weber"
    assert b.contacts.detail(contact).phones
    b.contacts.add_note(contact, "Prefers calls after 10")
    b.team.sync()
    a.team.sync()
    notes = book_rows(a)["notes"].values()
    assert [note["body"] for note in notes] == ["Prefers calls after 10"]
    team_rows_equal(a, team_server, "anna")
    team_rows_equal(b, team_server, "anna")


def test_edits_to_different_fields_of_one_record_both_survive(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A changes the city, B the job title of the same contact offline: both edits are kept."""
    a, b = both(laptops, team_server)
    contact = add_contact(a, "Jonas", "Keller")
    sync_all(a, b)
    set_field(a, "contacts", contact, "city", "Leipzig")
    set_field(b, "contacts", contact, "job_title", "Einkauf")
    sync_all(a, b)
    for book in (a, b):
        assert field(book, "contacts", contact, "city") == "Leipzig"
        assert field(book, "contacts", contact, "job_title") == "Einkauf"
        assert book.team.conflicts() == []
    team_rows_equal(a, team_server, "anna")


def test_typed_text_edited_on_both_sides_becomes_a_conflict_on_both(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """Both laptops rewrite a contact's notes offline: the later one wins for now, the other is
    kept as a conflict on both laptops; taking the other value on A travels to B."""
    a, b = both(laptops, team_server)
    contact = add_contact(a, "Lena", "Fischer")
    sync_all(a, b)
    set_field(a, "contacts", contact, "notes", "Budget approved in March")
    set_field(b, "contacts", contact, "notes", "Call back after the trade fair")
    a.team.sync()
    b.team.sync()  # B's edit came later: it wins for now
    a.team.sync()
    for book in (a, b):
        conflicts = book.team.conflicts()
        assert len(conflicts) == 1
        conflict = conflicts[0]
        assert conflict.column == "notes" and conflict.record == "Lena Fischer"
        assert {conflict.kept_value, conflict.other_value} == {
            "Budget approved in March",
            "Call back after the trade fair",
        }
        assert field(book, "contacts", contact, "notes") == conflict.kept_value
    kept_on_a = a.team.conflicts()[0]
    a.team.resolve(kept_on_a.id, Resolution.OTHER)
    sync_all(a, b)
    assert field(b, "contacts", contact, "notes") == kept_on_a.other_value
    assert b.team.conflicts() == []
    team_rows_equal(b, team_server, "anna")


def test_a_combined_resolution_is_one_undoable_edit(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """Resolving with the rep's own text writes it; Ctrl+Z brings the conflict back."""
    a, b = both(laptops, team_server)
    contact = add_contact(a, "Paul", "Braun")
    sync_all(a, b)
    set_field(a, "contacts", contact, "notes", "likes espresso")
    set_field(b, "contacts", contact, "notes", "allergic to nuts")
    sync_all(a, b)
    conflict = a.team.conflicts()[0]
    a.team.resolve(conflict.id, Resolution.COMBINED, "likes espresso; allergic to nuts")
    assert field(a, "contacts", contact, "notes") == "likes espresso; allergic to nuts"
    assert a.team.conflicts() == []
    a.undo.undo()
    assert len(a.team.conflicts()) == 1


def test_deletions_travel(laptops: Laptops, team_server: TeamServer) -> None:
    """A removed tag (a hard delete) and a deleted contact (soft) disappear on the other laptop."""
    a, b = both(laptops, team_server)
    first = add_contact(a, "Eva", "Schulz", tags=("vip", "messe"))
    second = add_contact(a, "Tim", "Vogel")
    sync_all(a, b)
    a.contacts.remove_tag([first], "vip")
    a.contacts.delete([second])
    sync_all(a, b)
    assert [t for t in b.contacts.detail(first).tags] == ["messe"]
    assert field(b, "contacts", second, "deleted_at") is not None
    team_rows_equal(b, team_server, "anna")


def test_a_rep_never_receives_another_reps_records(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """Bernd's laptop pulls nothing of Anna's book, and Anna's book reaches only her laptops."""
    team_server.add_user("anna")
    team_server.add_user("bernd")
    anna = laptops.new("anna", "anna")
    bernd = laptops.new("bernd", "bernd")
    add_contact(anna, "Anna's", "Customer")
    add_contact(bernd, "Bernd's", "Customer")
    sync_all(anna, bernd)
    assert {row["last_name"] for row in book_rows(bernd)["contacts"].values()} == {"Customer"}
    assert [row["first_name"] for row in book_rows(bernd)["contacts"].values()] == ["Bernd's"]
    assert [row["first_name"] for row in book_rows(anna)["contacts"].values()] == ["Anna's"]
    team_rows_equal(anna, team_server, "anna")
    team_rows_equal(bernd, team_server, "bernd")


def test_a_second_log_of_the_same_activity_is_kept_as_its_own(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """Both laptops log the same planned call offline: both logs survive on both laptops."""
    from tracker.domain.enums import ActivityKind
    from tracker.services.day.planning import PlanDraft

    a, b = both(laptops, team_server)
    contact = add_contact(a, "Ida", "Roth", phones=("+49 30 7654321",))
    day = a.queue.current_day()
    planned = a.planning.add(PlanDraft(contact_id=contact, kind=ActivityKind.CALL, day=day)).value
    sync_all(a, b)
    set_done = (
        "UPDATE activities SET status = 'done', outcome = ?, completed_at = ?, done_on = ? "
        "WHERE id = ?"
    )
    for book, outcome, at in ((a, "no_answer", "08:10"), (b, "connected", "08:40")):
        connection = sqlite3.connect(book.location.database)
        connection.execute(set_done, (outcome, f"{day} {at}:00.000000", str(day), planned))
        connection.commit()
        connection.close()
    sync_all(a, b)
    for book in (a, b):
        connection = sqlite3.connect(book.location.database)
        outcomes = sorted(
            row[0]
            for row in connection.execute(
                "SELECT outcome FROM activities WHERE contact_id = ? AND status = 'done'",
                (contact,),
            )
        )
        connection.close()
        assert outcomes == ["connected", "no_answer"]
    team_rows_equal(a, team_server, "anna")
    team_rows_equal(b, team_server, "anna")
