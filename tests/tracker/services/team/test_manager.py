"""`book.team_manager` against a real team server: the server's answers as typed values, filters
that mean the same in a list and in an assignment, the team's contacts to pick a call list from,
the recent handovers and their undo, and the role kept from the sign-in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.team import Laptops, TeamServer, book_rows
from tracker.domain.accounts import AccountDraft
from tracker.domain.enums import Tier
from tracker.domain.team_manager import CallListDraft, TeamFilter
from tracker.services.book import Book
from tracker.sync.errors import Forbidden, ServerFailed

from ..book_helpers import add_contact


def account(book: Book, name: str, postcode: str, tier: Tier | None = None) -> str:
    return book.accounts.create(AccountDraft(name=name, postal_code=postcode, tier=tier)).value


def test_the_role_from_the_sign_in_is_kept_in_the_status(team: tuple[Book, Book, Book]) -> None:
    """The server's login answer decides: Maria's status says manager, Anna's does not."""
    anna, _bernd, maria = team
    maria_status, anna_status = maria.team.status(), anna.team.status()
    assert maria_status is not None and maria_status.manager
    assert anna_status is not None and not anna_status.manager


def test_a_refusal_forgets_the_manager_role(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """When the server no longer counts Maria as a manager, her request is refused plainly and
    her status stops saying manager (so the app stops offering what would be refused)."""
    _anna, _bernd, maria = team
    with team_server.engine.begin() as connection:
        from sqlalchemy import update

        from tracker.server.schema import users

        connection.execute(update(users).where(users.c.name == "maria").values(manager=False))
    with pytest.raises(Forbidden, match="only a sales manager can list the team"):
        maria.team_manager.reps()
    status = maria.team.status()
    assert status is not None and status.signed_in and not status.manager


def test_reps_and_accounts_as_values(team: tuple[Book, Book, Book]) -> None:
    """The reps with their counts and last sync; the accounts with owner, contacts and shares,
    filtered by postcode, tier, name and rep."""
    anna, bernd, maria = team
    south = account(anna, "Süd AG", "80331", Tier.A)
    account(anna, "Nord AG", "20095")
    add_contact(anna, "Eva", "Süd", account_id=south)
    account(bernd, "Bernds Laden", "80469")
    anna.team.sync()
    bernd.team.sync()
    reps = {rep.name: rep for rep in maria.team_manager.reps()}
    assert (reps["anna"].accounts, reps["anna"].contacts) == (2, 1)
    assert reps["maria"].manager and not reps["anna"].manager
    assert reps["anna"].last_sync is not None and reps["anna"].last_sync.tzinfo is not None
    manager = maria.team_manager
    found = manager.accounts(TeamFilter(postcode="80"))
    assert {a.name for a in found.rows} == {"Süd AG", "Bernds Laden"} and not found.more
    assert [a.name for a in manager.accounts(TeamFilter(postcode="8 0", rep="anna")).rows] == [
        "Süd AG"
    ]
    assert [a.name for a in manager.accounts(TeamFilter(tier="A")).rows] == ["Süd AG"]
    assert [a.name for a in manager.accounts(TeamFilter(name="nord")).rows] == ["Nord AG"]
    (south_row,) = manager.accounts(TeamFilter(name="süd")).rows
    assert (south_row.owner, south_row.contacts, south_row.shared_with) == ("anna", 1, ())
    manager.share(south, ["bernd"])
    (south_row,) = manager.accounts(TeamFilter(name="süd")).rows
    assert south_row.shared_with == ("bernd",)
    first = manager.accounts(TeamFilter(), limit=2)
    assert len(first.rows) == 2 and first.more


def test_a_filter_with_a_rep_moves_only_what_the_list_showed(
    team: tuple[Book, Book, Book],
) -> None:
    """ "Give all that match" with postcode 80 and rep Anna moves Anna's 80xxx accounts, not
    Bernd's in the same area — exactly the accounts the same filter listed."""
    anna, bernd, maria = team
    account(anna, "Süd AG", "80331")
    account(bernd, "Bernds Laden", "80469")
    anna.team.sync()
    bernd.team.sync()
    wanted = TeamFilter(postcode="80", rep="anna")
    listed = {a.id for a in maria.team_manager.accounts(wanted).rows}
    moved = maria.team_manager.assign_matching(wanted, "maria")
    assert (moved.to, moved.accounts) == ("maria", 1)
    maria.team.sync()
    assert set(book_rows(maria)["accounts"]) == listed


def test_the_teams_contacts_to_pick_a_call_list_from(team: tuple[Book, Book, Book]) -> None:
    """Contacts by the accounts' filter (with loose contacts in the area), by a name search
    (person or account) and by pasted ids; unknown ids are simply not found."""
    anna, bernd, maria = team
    south = account(anna, "Süd AG", "80331")
    eva = add_contact(anna, "Eva", "Süd", account_id=south)
    loose = add_contact(anna, "Lose", "Leute", postal_code="80999")
    elsewhere = add_contact(bernd, "Karl", "Nordmann", postal_code="20095")
    anna.team.sync()
    bernd.team.sync()
    manager = maria.team_manager
    in_area = manager.contacts(TeamFilter(postcode="80"))
    assert {c.id for c in in_area.rows} == {eva, loose}
    (row,) = [c for c in in_area.rows if c.id == eva]
    assert (row.name, row.account, row.postal_code, row.owner) == (
        "Eva Süd",
        "Süd AG",
        "80331",
        "anna",
    )
    assert [c.id for c in manager.contacts(TeamFilter(), search="nordm").rows] == [elsewhere]
    assert [c.id for c in manager.contacts(TeamFilter(), search="süd ag").rows] == [eva]
    assert {c.id for c in manager.contacts(TeamFilter(), ids=[eva, elsewhere, "nope"]).rows} == {
        eva,
        elsewhere,
    }
    assert manager.contacts(TeamFilter(), search="100%").rows == ()


def test_a_call_list_sent_and_its_progress(team: tuple[Book, Book, Book]) -> None:
    """A list to Anna and Bernd: each copy holds the contacts that rep can see; the progress
    lists both copies; a list due before it starts is refused with the reason."""
    anna, bernd, maria = team
    first = add_contact(anna, "Lisa", "Liste")
    second = add_contact(bernd, "Max", "Liste")
    anna.team.sync()
    bernd.team.sync()
    draft = CallListDraft(
        name="Winteraktion",
        reps=("anna", "bernd"),
        contacts=(first, second),
        note="Neues Angebot",
        due_from=date(2026, 12, 1),
        due_to=date(2026, 12, 11),
    )
    sent = maria.team_manager.send_list(draft)
    assert (sent.name, sent.sent) == ("Winteraktion", (("anna", 1), ("bernd", 1)))
    progress = maria.team_manager.list_progress()
    assert {(p.rep, p.contacts, p.worked, p.due) for p in progress} == {
        ("anna", 1, 0, date(2026, 12, 11)),
        ("bernd", 1, 0, date(2026, 12, 11)),
    }
    backwards = CallListDraft(
        "x", ("anna",), (first,), due_from=date(2026, 12, 5), due_to=date(2026, 12, 1)
    )
    with pytest.raises(ServerFailed, match="due before it starts"):
        maria.team_manager.send_list(backwards)


def test_a_handover_is_listed_and_undone(team: tuple[Book, Book, Book]) -> None:
    """A handover's answer counts what moved; the recent handovers list each with its area, who
    did it and its own counts; one that would move nothing is refused; the undo names both reps
    and marks it undone; a second undo is refused."""
    anna, _bernd, maria = team
    south = account(anna, "Süd AG", "80331")
    add_contact(anna, "Eva", "Süd", account_id=south)
    account(anna, "Nord AG", "20095")
    anna.team.sync()
    manager = maria.team_manager
    done = manager.handover("anna", "bernd", postcode="80")
    assert (done.from_rep, done.to_rep, done.undone) == ("anna", "bernd", False)
    assert (done.count("accounts"), done.count("contacts")) == (1, 1)
    assert done.rows >= 2
    (listed,) = manager.handovers()
    assert (listed.number, listed.from_rep, listed.to_rep, listed.by) == (
        done.handover,
        "anna",
        "bernd",
        "maria",
    )
    assert (listed.postcode, listed.accounts, listed.contacts, listed.undone_at) == (
        "80",
        1,
        1,
        None,
    )
    with pytest.raises(ServerFailed, match="anna has no accounts or contacts with a postcode"):
        manager.handover("anna", "bernd", postcode="99")
    second = manager.handover("anna", "bernd", postcode="20")
    assert [(h.number, h.accounts, h.contacts) for h in manager.handovers()] == [
        (second.handover, 1, 0),
        (done.handover, 1, 1),
    ]
    manager.undo_handover(second.handover)
    undone = manager.undo_handover(done.handover)
    assert (undone.undone, undone.from_rep, undone.to_rep, undone.count("accounts")) == (
        True,
        "anna",
        "bernd",
        1,
    )
    assert all(h.undone_at is not None for h in manager.handovers())
    with pytest.raises(ServerFailed, match="undone already"):
        manager.undo_handover(done.handover)


def test_progress_counts_each_lists_own_work(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """A contact on two lists of Anna's, called after the first came but before the second: the
    first counts it worked, the second not; Bernd's call on his own contact counts for no list of
    Anna's, and a list's own count never mixes with another's."""
    import sqlite3

    from sqlalchemy import update

    from tracker.domain.enums import ActivityKind
    from tracker.server.schema import MIRRORS
    from tracker.services.day.planning import PlanDraft

    anna, bernd, maria = team
    lisa = add_contact(anna, "Lisa", "Liste")
    max_ = add_contact(anna, "Max", "Liste")
    anna.team.sync()
    manager = maria.team_manager
    manager.send_list(CallListDraft("Erste", ("anna",), (lisa, max_)))
    manager.send_list(CallListDraft("Zweite", ("anna",), (lisa,)))
    lists = MIRRORS["call_lists"]
    with team_server.engine.begin() as connection:  # the second came an hour later
        connection.execute(
            update(lists)
            .where(lists.c.name == "Zweite")
            .values(sent_at=lists.c.sent_at + timedelta(hours=1))
        )
    for book, contact in ((anna, lisa), (bernd, add_contact(bernd, "Bernds", "Kunde"))):
        day = book.queue.current_day()
        call = book.planning.add(PlanDraft(contact_id=contact, kind=ActivityKind.CALL, day=day))
        connection = sqlite3.connect(book.location.database)
        connection.execute(
            "UPDATE activities SET status = 'done', outcome = 'connected', done_on = ?, "
            "completed_at = datetime('now', '+1 minute') WHERE id = ?",
            (str(day), call.value),
        )
        connection.commit()
        connection.close()
        book.team.sync()
    progress = {(p.name, p.rep): (p.worked, p.contacts) for p in manager.list_progress()}
    assert progress == {("Erste", "anna"): (1, 2), ("Zweite", "anna"): (0, 1)}


def test_after_an_undo_a_new_laptop_of_the_giver_gets_all_back(
    team: tuple[Book, Book, Book], laptops: Laptops, team_server: TeamServer
) -> None:
    """The undo clears the revocations the handover wrote for Anna: a laptop she signs in with
    afterwards downloads her whole book, and no revocation of hers is left on the server."""
    from sqlalchemy import func, select

    from tests.team import team_rows_equal
    from tracker.server.schema import revocations

    anna, _bernd, maria = team
    anna.demo.load(seed=5, contacts=10)
    anna.team.sync()
    before = book_rows(anna)
    done = maria.team_manager.handover("anna", "bernd")
    anna.team.sync()
    assert book_rows(anna)["contacts"] == {}
    maria.team_manager.undo_handover(done.handover)
    with team_server.engine.connect() as connection:
        left = connection.execute(
            select(func.count())
            .select_from(revocations)
            .where(revocations.c.user_id == team_server.user_id("anna"))
        ).scalar_one()
    assert left == 0
    fresh = laptops.new("anna-2", "anna")
    fresh.team.sync()
    assert book_rows(fresh)["contacts"] == before["contacts"]
    assert book_rows(fresh)["activities"] == before["activities"]
    team_rows_equal(fresh, team_server, "anna")
