"""What goes wrong between a laptop and the team server, and how nothing is lost or doubled:
lost requests and answers, a restored book, outdated sides, revoked access, interrupted first
syncs, refused changes, a laptop clock a day ahead, and pushes racing pulls."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from tests.team import (
    PASSWORD,
    Laptops,
    TeamServer,
    book_rows,
    engine_for,
    flaky_for,
    outbox_size,
    team_rows_equal,
)
from tracker.server.admin import add_user, revoke
from tracker.server.schema import MIRRORS, clients
from tracker.services.book import Book
from tracker.sync import protocol
from tracker.sync.errors import AccessRevoked, Outdated, Unreachable
from tracker.sync.protocol import PULL, PUSH
from tracker.sync.transport import Transport

from ..services.book_helpers import add_account, add_contact


def server_count(server: TeamServer, table: str) -> int:
    with server.engine.connect() as connection:
        mirror = MIRRORS[table]
        return int(connection.execute(select(func.count()).select_from(mirror)).scalar_one())


def test_a_lost_request_and_a_lost_answer_neither_lose_nor_double(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """The push is lost on the way; then the server commits but the answer is lost; the retry
    gets the stored answer: every row once on the server, the outbox empty."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    for n in range(5):
        add_contact(book, f"Person{n}", "Lost")
    engine_for(book).sync()
    add_contact(book, "After", "Sync", phones=("+49 151 9999999",))
    flaky = flaky_for(book)
    flaky.lose_request[PUSH] = 1
    with pytest.raises(Unreachable):
        engine_for(book, flaky).sync()
    assert outbox_size(book) > 0
    flaky.lose_answer[PUSH] = 1
    with pytest.raises(Unreachable):
        engine_for(book, flaky).sync()  # the server committed this batch
    assert outbox_size(book) > 0  # but the laptop does not know yet
    report = engine_for(book, flaky).sync()  # the retry: same batch, same answer
    assert outbox_size(book) == 0
    assert report.pushed > 0
    assert server_count(team_server, "contacts") == 6
    assert server_count(team_server, "contact_phones") == 1
    with team_server.engine.connect() as connection:
        assert connection.execute(select(clients.c.last_batch)).scalar_one() == 2
    team_rows_equal(book, team_server, "anna")


def test_a_lost_pull_answer_is_simply_asked_again(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A page whose answer never arrives moves no cursor; the next pull brings it whole."""
    team_server.add_user("anna")
    a, b = laptops.new("a", "anna"), laptops.new("b", "anna")
    for n in range(30):
        add_contact(a, f"P{n}", "Page")
    a.team.sync()
    flaky = flaky_for(b)
    flaky.lose_answer[PULL] = 1
    with pytest.raises(Unreachable):
        engine_for(b, flaky, page_rows=10).sync()
    engine_for(b, flaky, page_rows=10).sync()
    team_rows_equal(b, team_server, "anna")


def test_a_restored_book_continues_as_a_new_laptop(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """Restoring a backup rolls the book's batch numbers back; the server sees a reused number
    with other content, the laptop continues under a new identity, and nothing is lost."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    add_contact(book, "Before", "Backup")
    book.team.sync()
    backup = book.backups.take("manual").path
    add_contact(book, "Lost", "Otherwise")
    book.team.sync()  # batch 2 reaches the server
    book.backups.restore(backup)
    add_contact(book, "After", "Restore")  # batch 2 again, other content
    before = book.team.status()
    assert before is not None
    book.team.sync()
    after = book.team.status()
    assert after is not None and after.client_id != before.client_id
    names = {row["last_name"] for row in book_rows(book)["contacts"].values()}
    assert names == {"Backup", "Otherwise", "Restore"}  # the pull brought the lost one back
    team_rows_equal(book, team_server, "anna")


def test_outdated_sides_get_a_clear_message_and_the_book_keeps_its_changes(
    laptops: Laptops, team_server: TeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop older than the server, and a server older than the laptop, each refuse with a
    message saying who must update; the waiting changes stay in the outbox."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    add_contact(book, "Waits", "Patiently")
    import tracker.sync.transport as transport_module

    current = protocol.PROTOCOL
    monkeypatch.setattr(transport_module, "PROTOCOL", current - 1)
    with pytest.raises(Outdated, match="too old") as old:
        book.team.sync()
    assert not old.value.server_side
    monkeypatch.setattr(transport_module, "PROTOCOL", current)
    monkeypatch.setattr(transport_module, "SYNC_SCHEMA", 99)
    with pytest.raises(Outdated, match="older Groundgame") as new:
        book.team.sync()
    assert new.value.server_side
    assert outbox_size(book) > 0
    status = book.team.status()
    assert status is not None and status.last_error and "older" in status.last_error


def test_revoked_access_stops_sync_but_not_the_book(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """After `server revoke`, sync says so; the rep keeps working offline, and once access is
    given back the waiting changes go up."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    book.team.sync()
    revoke(team_server.engine, "anna", now=datetime.now(UTC))
    add_contact(book, "Still", "Working")
    with pytest.raises(AccessRevoked):
        book.team.sync()
    add_contact(book, "Even", "More")  # the book stays open and writable
    assert len(book_rows(book)["contacts"]) == 2
    add_user(team_server.engine, "anna", manager=False, password=PASSWORD, now=datetime.now(UTC))
    book.team.sign_in(team_server.url, "anna", PASSWORD)
    book.team.sync()
    team_rows_equal(book, team_server, "anna")
    assert server_count(team_server, "contacts") == 2


def test_an_interrupted_first_upload_continues_where_it_stopped(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A book with history joins a team; the upload breaks off twice (a lost request, a lost
    answer) and resumes without doubling a row."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna", sign_in=False)
    book.demo.load(seed=5, contacts=25)
    book.team.sign_in(team_server.url, "anna", PASSWORD)
    flaky = flaky_for(book)
    flaky.lose_request[PUSH] = 0
    engine = engine_for(book, flaky, batch_size=40)
    flaky.lose_answer[PUSH] = 1
    with pytest.raises(Unreachable):
        engine.sync()
    flaky.lose_request[PUSH] = 1
    with pytest.raises(Unreachable):
        engine.sync()
    status = book.team.status()
    assert status is not None and status.uploading
    engine.sync()
    status = book.team.status()
    assert status is not None and not status.uploading and status.waiting == 0
    local = book_rows(book)
    for table, rows in local.items():
        assert server_count(team_server, table) == len(rows), table
    team_rows_equal(book, team_server, "anna")


def test_an_interrupted_first_download_resumes_from_its_cursor(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A new laptop downloads the rep's book in pages; a break after three pages resumes at the
    fourth, and the book ends equal to the server's."""
    team_server.add_user("anna")
    first = laptops.new("a", "anna", sign_in=False)
    first.demo.load(seed=6, contacts=20)
    first.team.sign_in(team_server.url, "anna", PASSWORD)
    first.team.sync()
    fresh = laptops.new("b", "anna")
    flaky = flaky_for(fresh)
    flaky.lose_request[PULL] = 0
    engine = engine_for(fresh, flaky, page_rows=50)
    pages_before_break = 3

    original = flaky.request

    def breaking(method: str, path: str, body: object = None) -> object:
        if path == PULL and flaky.calls.get(PULL, 0) >= pages_before_break:
            flaky.calls[PULL] = flaky.calls.get(PULL, 0) + 1
            raise Unreachable("the train went into a tunnel")
        return original(method, path, body)

    flaky.request = breaking  # type: ignore[method-assign]
    with pytest.raises(Unreachable):
        engine.sync()
    status = fresh.team.status()
    assert status is not None and status.cursor > 0
    flaky.request = original  # type: ignore[method-assign]
    report = engine.sync()
    assert report.pages > 1
    team_rows_equal(fresh, team_server, "anna")


def test_a_refused_change_is_shown_and_the_servers_version_comes_back(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A value the server refuses (a name longer than its column) is listed with the reason and
    the laptop gets the server's version of the row back; the refused value is kept."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    contact = add_contact(book, "Karl", "Kurz")
    book.team.sync()
    connection = sqlite3.connect(book.location.database)
    connection.execute("UPDATE contacts SET last_name = ? WHERE id = ?", ("X" * 300, contact))
    connection.commit()
    connection.close()
    report = book.team.sync().value
    assert report.refused == 1
    refusals = book.team.refusals()
    assert len(refusals) == 1 and "last_name" in refusals[0].reason
    assert "longer than 100" in refusals[0].reason
    assert book_rows(book)["contacts"][contact]["last_name"] == "Kurz"
    connection = sqlite3.connect(book.location.database)
    kept = connection.execute("SELECT payload FROM sync_refusals").fetchone()[0]
    connection.close()
    assert "X" * 300 in kept
    book.team.dismiss_refusals()
    assert book.team.refusals() == []


def test_changing_another_reps_record_is_refused_with_a_reason(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A push that touches a row of another rep (crafted by hand: the app never has one) is
    refused for that row only; the rest of the batch applies."""
    team_server.add_user("anna")
    team_server.add_user("bernd")
    anna = laptops.new("anna", "anna")
    account = add_account(anna, "Annas Kunde")
    anna.team.sync()
    bernd = laptops.new("bernd", "bernd")
    stored = Transport(team_server.url)
    token = stored.login("bernd", PASSWORD, client_id="c-bernd", device="t", new_password=None)
    stored.token = token["token"]
    clock = 1 << 60
    batch = {
        "client_id": "c-bernd",
        "batch": 1,
        "mutations": [
            {
                "t": "accounts",
                "id": account,
                "op": "upsert",
                "f": {"name": "Mine now"},
                "h": clock,
                "b": 0,
            },
            {
                "t": "accounts",
                "id": "0000-new",
                "op": "upsert",
                "f": {"name": "Bernds Kunde", "created_at": "2026-12-01 08:00:00.000000"},
                "h": clock,
                "b": 0,
            },
            {"t": "nonsense", "id": "x", "op": "upsert", "f": {}, "h": clock, "b": 0},
        ],
    }
    answer = stored.push(protocol.encode(batch))
    reasons = {(r["t"], r["id"]): r["reason"] for r in answer["refused"]}
    assert reasons[("accounts", account)] == "this record belongs to someone else"
    assert ("nonsense", "x") in reasons
    assert answer["applied"] == 1
    anna.team.sync()
    assert book_rows(anna)["accounts"][account]["name"] == "Annas Kunde"
    assert bernd.team.status() is not None


def test_a_laptop_clock_a_day_ahead_cannot_win_every_merge(
    laptops: Laptops, team_server: TeamServer
) -> None:
    """A's clock runs a day fast; the server clamps its edit to server time plus the drift, so
    B's later edit of the same field still wins."""
    team_server.add_user("anna")
    a, b = laptops.new("a", "anna"), laptops.new("b", "anna")
    contact = add_contact(a, "Uhr", "Falsch")
    a.team.sync()
    b.team.sync()
    connection = sqlite3.connect(a.location.database)
    connection.execute("UPDATE contacts SET city = 'Köln' WHERE id = ?", (contact,))
    day = int(timedelta(days=1).total_seconds() * 1000)
    connection.execute("UPDATE sync_outbox SET wall_ms = wall_ms + ?", (day,))
    connection.commit()
    connection.close()
    a.team.sync()
    b.team.sync()
    connection = sqlite3.connect(b.location.database)
    connection.execute("UPDATE contacts SET city = 'Bonn' WHERE id = ?", (contact,))
    connection.commit()
    connection.close()
    b.team.sync()
    a.team.sync()
    assert book_rows(a)["contacts"][contact]["city"] == "Bonn"
    team_rows_equal(a, team_server, "anna")


def test_pushes_racing_pulls_never_skip_a_change(laptops: Laptops, team_server: TeamServer) -> None:
    """Four laptops push in parallel while a fifth pulls in small pages all the while: once
    everyone is done and it pulls again, it holds every row (no cursor ran past a change that
    was still being committed)."""
    team_server.add_user("anna")
    writers = [laptops.new(f"w{n}", "anna") for n in range(4)]
    reader = laptops.new("reader", "anna")
    errors: list[BaseException] = []
    done = threading.Event()

    def write(book: Book, n: int) -> None:
        try:
            for round_ in range(5):
                for k in range(4):
                    add_contact(book, f"W{n}R{round_}K{k}", "Race")
                engine_for(book, batch_size=3).push()
        except BaseException as exc:
            errors.append(exc)

    def read() -> None:
        try:
            while not done.is_set():
                engine_for(reader, page_rows=3).pull()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(book, n)) for n, book in enumerate(writers)]
    puller = threading.Thread(target=read)
    puller.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    puller.join()
    assert errors == []
    engine_for(reader).pull()
    assert len(book_rows(reader)["contacts"]) == 4 * 5 * 4
    team_rows_equal(reader, team_server, "anna")
    with team_server.engine.connect() as connection:
        numbers = connection.execute(text("SELECT seq FROM contacts ORDER BY seq")).scalars().all()
    assert len(set(numbers)) == len(numbers)
