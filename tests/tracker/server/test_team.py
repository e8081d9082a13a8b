"""The manager's side on a real team server with several users: roles enforced on every route,
books changing hands (by id, by postcode, by territory, by handover — and back), shared accounts,
and call lists reaching the right reps."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from tests.team import PASSWORD, Laptops, TeamServer, book_rows, team_rows_equal
from tracker.domain.enums import ActivityKind
from tracker.server.schema import MIRRORS, users
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft
from tracker.sync.errors import Forbidden, ServerFailed
from tracker.sync.transport import Transport

from ..services.book_helpers import add_account, add_contact

TEAM_ROUTES = [
    ("reps", None),
    ("accounts", {}),
    ("contacts", {}),
    ("assign", {"to": "anna", "accounts": []}),
    ("territories", None),
    ("territories/add", {"prefix": "80", "rep": "anna"}),
    ("territories/remove", {"prefix": "80"}),
    ("share", {"account": "x", "reps": ["anna"]}),
    ("lists", None),
    ("lists/send", {"name": "x", "to": ["anna"], "contacts": ["x"]}),
    ("handover", {"from": "anna", "to": "bernd"}),
    ("handover/undo", {"handover": 1}),
    ("handovers", None),
]


def names(book: Book, table: str = "contacts", column: str = "last_name") -> set[str]:
    return {row[column] for row in book_rows(book)[table].values()}


def author_of(server: TeamServer, activity_id: str) -> str:
    activities = MIRRORS["activities"]
    with server.engine.connect() as connection:
        return str(
            connection.execute(
                select(users.c.name)
                .join(activities, activities.c.author_id == users.c.id)
                .where(activities.c.id == activity_id)
            ).scalar_one()
        )


def test_a_rep_gets_no_answer_from_any_managers_route(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Every /v1/team route refuses a rep with 'only a sales manager can …' and changes nothing."""
    anna, _bernd, _maria = team
    for path, body in TEAM_ROUTES:
        with pytest.raises(Forbidden, match="only a sales manager can"):
            anna.team.manage(path, body)


def test_assigning_accounts_moves_them_with_their_history(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Maria gives one of Anna's accounts to Bernd: Bernd's laptop gets the account, its people,
    their history; Anna's laptop loses them; the logged call stays Anna's work."""
    anna, bernd, maria = team
    moving = add_account(anna, "Müller GmbH")
    staying = add_account(anna, "Weber KG")
    person = add_contact(anna, "Eva", "Müller", account_id=moving, phones=("+49 89 1234567",))
    add_contact(anna, "Jan", "Weber", account_id=staying)
    day = anna.queue.current_day()
    call = anna.planning.add(PlanDraft(contact_id=person, kind=ActivityKind.CALL, day=day)).value
    connection = sqlite3.connect(anna.location.database)
    connection.execute(
        "UPDATE activities SET status = 'done', outcome = 'connected', done_on = ?, "
        "completed_at = ? WHERE id = ?",
        (str(day), f"{day} 09:30:00.000000", call),
    )
    connection.commit()
    connection.close()
    anna.team.sync()
    listed = maria.team.manage("accounts", {"filter": {"rep": "anna"}})["accounts"]
    assert {a["name"] for a in listed} == {"Müller GmbH", "Weber KG"}
    answer = maria.team.manage("assign", {"to": "bernd", "accounts": [moving]})
    assert answer["accounts"] == 1
    anna.team.sync()
    bernd.team.sync()
    assert names(anna, "accounts", "name") == {"Weber KG"}
    assert names(anna) == {"Weber"}
    assert names(bernd, "accounts", "name") == {"Müller GmbH"}
    assert names(bernd) == {"Müller"}
    assert call in book_rows(bernd)["activities"]
    assert len(book_rows(bernd)["contact_phones"]) == 1
    assert author_of(team_server, call) == "anna"
    team_rows_equal(anna, team_server, "anna")
    team_rows_equal(bernd, team_server, "bernd")


def test_assigning_by_postcode_and_territories_for_new_accounts(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Accounts in 80xxx go to Bernd by a postcode selection; with a territory 80 → Bernd,
    accounts Maria brings in with an 80xxx postcode are Bernd's from the start."""
    anna, bernd, maria = team
    from tracker.domain.accounts import AccountDraft

    south = anna.accounts.create(AccountDraft(name="Süd AG", postal_code="80331")).value
    anna.accounts.create(AccountDraft(name="Nord AG", postal_code="20095"))
    anna.team.sync()
    moved = maria.team.manage("assign", {"to": "bernd", "filter": {"postcode": "80"}})
    assert moved["accounts"] == 1
    maria.team.manage("territories/add", {"prefix": "80", "rep": "bernd"})
    assert maria.team.manage("territories")["territories"] == [{"prefix": "80", "rep": "bernd"}]
    maria.accounts.create(AccountDraft(name="Neu München GmbH", postal_code="80469"))
    maria.accounts.create(AccountDraft(name="Neu Hamburg GmbH", postal_code="20099"))
    maria.team.sync()
    for book in (anna, bernd, maria):
        book.team.sync()
    assert names(bernd, "accounts", "name") == {"Süd AG", "Neu München GmbH"}
    assert names(anna, "accounts", "name") == {"Nord AG"}
    assert names(maria, "accounts", "name") == {"Neu Hamburg GmbH"}
    assert south in book_rows(bernd)["accounts"]


def test_a_shared_account_is_seen_and_worked_by_both(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """An account of Anna's shared with Bernd reaches his laptop; his edit reaches hers; her
    other accounts stay hers alone."""
    anna, bernd, maria = team
    shared = add_account(anna, "Gemeinsam GmbH")
    add_account(anna, "Privat GmbH")
    person = add_contact(anna, "Ute", "Geteilt", account_id=shared)
    anna.team.sync()
    maria.team.manage("share", {"account": shared, "reps": ["bernd"]})
    bernd.team.sync()
    assert names(bernd, "accounts", "name") == {"Gemeinsam GmbH"}
    connection = sqlite3.connect(bernd.location.database)
    connection.execute("UPDATE contacts SET job_title = 'Einkauf' WHERE id = ?", (person,))
    connection.commit()
    connection.close()
    bernd.team.sync()
    anna.team.sync()
    assert book_rows(anna)["contacts"][person]["job_title"] == "Einkauf"


def test_a_handover_loses_nothing_and_is_undone_in_one_step(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Anna's whole book goes to Bernd: every row she had is now his, nothing more or less; the
    undo gives it back exactly."""
    anna, bernd, maria = team
    anna.demo.load(seed=31, contacts=12)
    anna.team.sync()
    before = book_rows(anna)
    done = maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    assert done["moved"]["contacts"] == len(before["contacts"])
    anna.team.sync()
    bernd.team.sync()
    after = book_rows(bernd)
    for table in ("accounts", "contacts", "activities", "deals", "purchases"):
        assert after[table] == before[table], table
    assert book_rows(anna)["contacts"] == {}
    maria.team.manage("handover/undo", {"handover": done["handover"]})
    anna.team.sync()
    bernd.team.sync()
    assert book_rows(anna)["contacts"] == before["contacts"]
    assert book_rows(bernd)["contacts"] == {}
    team_rows_equal(anna, team_server, "anna")


def test_call_lists_reach_the_right_reps(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """A list sent to Anna reaches her laptop with her contacts on it and not Bernd's; the
    manager sees her progress once she has called one of them."""
    anna, bernd, maria = team
    first = add_contact(anna, "Lisa", "Liste")
    second = add_contact(anna, "Max", "Liste")
    theirs = add_contact(bernd, "Nicht", "Dabei")
    anna.team.sync()
    bernd.team.sync()
    sent = maria.team.manage(
        "lists/send",
        {
            "name": "C-Kunden diese Woche",
            "to": ["anna"],
            "contacts": [first, second],
            "note": "Neues Angebot erwähnen",
            "due_to": "2026-12-11",
        },
    )
    assert sent["sent"] == {"anna": 2}
    with pytest.raises(ServerFailed, match="no contact"):
        maria.team.manage("lists/send", {"name": "x", "to": ["anna"], "contacts": ["nope"]})
    anna.team.sync()
    bernd.team.sync()
    lists = book_rows(anna)["call_lists"]
    assert [row["name"] for row in lists.values()] == ["C-Kunden diese Woche"]
    entries = book_rows(anna)["call_list_entries"].values()
    assert {row["contact_id"] for row in entries} == {first, second}
    assert book_rows(bernd)["call_lists"] == {}
    assert theirs not in {row["contact_id"] for row in entries}
    day = anna.queue.current_day()
    call = anna.planning.add(PlanDraft(contact_id=first, kind=ActivityKind.CALL, day=day)).value
    connection = sqlite3.connect(anna.location.database)
    # Called after the list came (the book's test clock stands on another day than the
    # server's real one, so the time is written as the server will compare it).
    connection.execute(
        "UPDATE activities SET status = 'done', outcome = 'no_answer', done_on = ?, "
        "completed_at = datetime('now', '+1 minute') WHERE id = ?",
        (str(day), call),
    )
    connection.commit()
    connection.close()
    anna.team.sync()
    progress = maria.team.manage("lists")["lists"]
    assert [(p["rep"], p["contacts"], p["worked"]) for p in progress] == [("anna", 2, 1)]


def test_a_rep_cannot_make_a_call_list_or_reach_other_books_by_pushing(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Pushing a call list, or a note on another rep's contact, is refused with a reason."""
    anna, bernd, _maria = team
    bernds = add_contact(bernd, "Nur", "Bernd")
    bernd.team.sync()
    transport = Transport(team_server.url)
    transport.token = transport.login(
        "anna", PASSWORD, client_id="anna-hand", device="t", new_password=None
    )["token"]
    from tracker.sync import protocol

    clock = 1 << 60
    batch = {
        "client_id": "anna-hand",
        "batch": 1,
        "mutations": [
            {
                "t": "call_lists",
                "id": "l1",
                "op": "upsert",
                "h": clock,
                "b": 0,
                "f": {
                    "campaign_id": "c",
                    "name": "mine",
                    "sent_by": "me",
                    "sent_at": "2026-12-01 08:00:00.000000",
                    "created_at": "2026-12-01 08:00:00.000000",
                },
            },
            {
                "t": "notes",
                "id": "n1",
                "op": "upsert",
                "h": clock,
                "b": 0,
                "f": {
                    "contact_id": bernds,
                    "body": "mine now",
                    "created_at": "2026-12-01 08:00:00.000000",
                },
            },
        ],
    }
    answer = transport.push(protocol.encode(batch))
    reasons = {r["t"]: r["reason"] for r in answer["refused"]}
    assert reasons == {
        "call_lists": "call lists come from a sales manager",
        "notes": "the record it belongs to is someone else's",
    }
    assert anna.team.status() is not None


def test_a_call_list_is_a_section_of_the_reps_today_until_worked(
    postgres: object, tmp_path: object, clock: object
) -> None:
    """The list's contacts show in Anna's Today under the manager's list; logging a call on
    one takes it off and counts as worked in the manager's progress."""
    from datetime import timedelta
    from pathlib import Path

    from tests.team import Postgres
    from tracker.domain.clock import FixedClock
    from tracker.domain.enums import Outcome, Section

    assert isinstance(postgres, Postgres) and isinstance(clock, FixedClock)
    assert isinstance(tmp_path, Path)
    # The server's clock an hour before the laptops' (both stand still in tests).
    server = TeamServer(
        postgres.fresh_database(), clock=FixedClock(clock.now() - timedelta(hours=1))
    )
    laptops = Laptops(tmp_path / "laptops", server, clock)
    try:
        server.add_user("anna")
        server.add_user("maria", manager=True)
        anna, maria = laptops.new("anna", "anna"), laptops.new("maria", "maria")
        first = add_contact(anna, "Lisa", "Liste", phones=("+49 30 1111111",))
        second = add_contact(anna, "Max", "Liste", phones=("+49 30 2222222",))
        anna.team.sync()
        maria.team.manage(
            "lists/send", {"name": "Messe-Nachfass", "to": ["anna"], "contacts": [first, second]}
        )
        anna.team.sync()
        listed = anna.queue.today().section(Section.LIST)
        assert {item.candidate.contact_id for item in listed} == {first, second}
        assert all(item.candidate.call_list == "Messe-Nachfass" for item in listed)
        logged = next(item for item in listed if item.candidate.contact_id == first)
        anna.work.log(logged.id, Outcome.NO_ANSWER)
        after = anna.queue.today().section(Section.LIST)
        assert [item.candidate.contact_id for item in after] == [second]
        anna.team.sync()
        progress = maria.team.manage("lists")["lists"]
        assert [(p["name"], p["worked"], p["contacts"]) for p in progress] == [
            ("Messe-Nachfass", 1, 2)
        ]
    finally:
        laptops.close()
        server.stop()


def test_a_laptop_that_only_pulls_shows_its_last_sync(team: tuple[Book, Book, Book]) -> None:
    """Maria's laptop has nothing to send, yet her syncs count as syncs in the team's list (the
    server's own clock), each one moving her last sync on; a laptop never synced has none."""
    anna, _bernd, maria = team
    anna.team.sync()
    maria.team.sync()
    first = {rep.name: rep.last_sync for rep in maria.team_manager.reps()}
    assert first["anna"] is not None and first["maria"] is not None
    assert first["maria"] > first["anna"]
    assert first["bernd"] is None
    maria.team.sync()
    again = {rep.name: rep.last_sync for rep in maria.team_manager.reps()}
    assert again["maria"] is not None and again["maria"] > first["maria"]
    assert again["anna"] == first["anna"]
