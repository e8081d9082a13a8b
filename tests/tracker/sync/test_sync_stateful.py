"""A hypothesis state machine over three laptops (two of Anna's, one of Bernd's) and a real team
server: random edits of the same and of different records, syncs in random order, requests and
answers lost on the way, a laptop failing in the middle of applying a page, the server failing in
the middle of a push. After everyone syncs, every book equals the server's view for its user,
every field holds the last value written to it, no acknowledged change is lost and none is
applied twice."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from tests.team import (
    PASSWORD,
    Postgres,
    TeamServer,
    book_rows,
    engine_for,
    flaky_for,
    team_rows_equal,
)
from tracker.domain.clock import clock_for_day
from tracker.server import apply as server_apply
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.sync import local
from tracker.sync.errors import ServerFailed, Unreachable
from tracker.sync.protocol import PULL, PUSH

from ...conftest import DEMO_DAY, ZONE
from ..services.book_helpers import add_contact

USERS = {"a1": "anna", "a2": "anna", "b1": "bernd"}
FIELDS = ("city", "job_title", "notes")
WORDS = st.sampled_from(["Köln", "Bonn", "Einkauf", "Vertrieb", "ruft zurück", "VIP", ""])


class TeamMachine(RuleBasedStateMachine):
    """The model: which laptop knows which contact, the last value written to each field, and
    every note made (each must end up exactly once on the server)."""

    server: TeamServer
    postgres: Postgres
    template: Path

    contacts = Bundle("contacts")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="gg-sm-"))
        TeamMachine.postgres.fresh_database()
        self.server.add_user("anna")
        self.server.add_user("bernd")
        self.books: dict[str, Book] = {}
        self.owner: dict[str, str] = {}  # contact -> user
        self.last: dict[tuple[str, str], str | None] = {}
        self.notes: dict[str, set[str]] = {"anna": set(), "bernd": set()}

    @initialize()
    def open_laptops(self) -> None:
        clock = clock_for_day(DEMO_DAY, zone_name=ZONE, hour=9)
        for name, user in USERS.items():
            folder = self.root / name
            folder.mkdir()
            shutil.copy(self.template, folder / "groundgame.sqlite3")
            book = Book.open(DataLocation(folder), clock=clock)
            book.team.sign_in(self.server.url, user, PASSWORD)
            self.books[name] = book

    def teardown(self) -> None:
        for book in self.books.values():
            book.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def knows(self, laptop: str, contact: str) -> bool:
        connection = sqlite3.connect(self.books[laptop].location.database)
        try:
            return (
                connection.execute("SELECT 1 FROM contacts WHERE id = ?", (contact,)).fetchone()
                is not None
            )
        finally:
            connection.close()

    # -- local work -------------------------------------------------------------------------------
    @rule(target=contacts, laptop=st.sampled_from(sorted(USERS)), n=st.integers(0, 999))
    def add(self, laptop: str, n: int) -> str:
        contact = add_contact(self.books[laptop], f"P{n}", "Model")
        self.owner[contact] = USERS[laptop]
        return contact

    @rule(
        laptop=st.sampled_from(sorted(USERS)),
        contact=contacts,
        column=st.sampled_from(FIELDS),
        value=WORDS,
    )
    def edit(self, laptop: str, contact: str, column: str, value: str) -> None:
        if USERS[laptop] != self.owner[contact] or not self.knows(laptop, contact):
            return
        connection = sqlite3.connect(self.books[laptop].location.database)
        (shown,) = connection.execute(
            f"SELECT {column} FROM contacts WHERE id = ?", (contact,)
        ).fetchone()
        connection.execute(
            f"UPDATE contacts SET {column} = ? WHERE id = ?", (value or None, contact)
        )
        connection.commit()
        connection.close()
        # Writing the value the laptop already shows changes nothing there, so there is nothing
        # to sync: it is not the field's last write (another laptop's may be later than it).
        if shown != (value or None):
            self.last[(contact, column)] = value or None
        time.sleep(0.002)  # the next write is later by the clock too, not only by the step order

    @rule(laptop=st.sampled_from(sorted(USERS)), contact=contacts, n=st.integers(0, 99))
    def note(self, laptop: str, contact: str, n: int) -> None:
        if USERS[laptop] != self.owner[contact] or not self.knows(laptop, contact):
            return
        note = self.books[laptop].contacts.add_note(contact, f"note {n}").value
        self.notes[USERS[laptop]].add(note)

    # -- syncing, with the network and the processes failing ------------------------------------
    @rule(laptop=st.sampled_from(sorted(USERS)))
    def sync(self, laptop: str) -> None:
        self.books[laptop].team.sync()

    @rule(laptop=st.sampled_from(sorted(USERS)), path=st.sampled_from([PUSH, PULL]))
    def lose_answer(self, laptop: str, path: str) -> None:
        flaky = flaky_for(self.books[laptop])
        flaky.lose_answer[path] = 1
        with contextlib.suppress(Unreachable):
            engine_for(self.books[laptop], flaky, batch_size=3, page_rows=4).sync()

    @rule(laptop=st.sampled_from(sorted(USERS)))
    def lose_request(self, laptop: str) -> None:
        flaky = flaky_for(self.books[laptop])
        flaky.lose_request[PUSH] = 1
        with contextlib.suppress(Unreachable):
            engine_for(self.books[laptop], flaky).sync()

    @rule(laptop=st.sampled_from(sorted(USERS)))
    def laptop_fails_mid_apply(self, laptop: str) -> None:
        """The page's transaction dies after its rows were written (as a killed process's would)."""
        original = local.apply_page

        def dying(*args: Any, **kwargs: Any) -> Any:
            original(*args, **kwargs)
            raise KeyboardInterrupt("killed while applying a page")

        local.apply_page = dying  # type: ignore[assignment]
        try:
            engine_for(self.books[laptop], page_rows=2).sync()
        except KeyboardInterrupt:
            pass
        finally:
            local.apply_page = original  # type: ignore[assignment]

    @rule(laptop=st.sampled_from(sorted(USERS)))
    def server_fails_mid_push(self, laptop: str) -> None:
        """The server's push transaction dies after writing rows (rolled back, like a kill)."""
        original = server_apply.write_conflicts

        def dying(*args: Any, **kwargs: Any) -> Any:
            original(*args, **kwargs)
            raise RuntimeError("the server died in the middle of a push")

        server_apply.write_conflicts = dying  # type: ignore[assignment]
        try:
            self.books[laptop].team.sync()
        except ServerFailed:
            pass
        finally:
            server_apply.write_conflicts = original  # type: ignore[assignment]

    @invariant()
    def nobody_sees_another_reps_contacts(self) -> None:
        for laptop, book in self.books.items():
            for contact in book_rows(book)["contacts"]:
                assert self.owner.get(contact, USERS[laptop]) == USERS[laptop]

    # -- the end: everyone syncs ----------------------------------------------------------------
    def converge(self) -> None:
        for _round in range(2):
            for book in self.books.values():
                book.team.sync()
        for laptop, book in self.books.items():
            team_rows_equal(book, self.server, USERS[laptop])
        for user in ("anna", "bernd"):
            held = self.server.rows(user)
            assert set(held["notes"]) == self.notes[user]
            for (contact, column), value in self.last.items():
                if self.owner[contact] == user:
                    assert held["contacts"][contact][column] == value, (contact, column)


def test_laptops_and_server_converge_whatever_happens(postgres: Postgres, tmp_path: Path) -> None:
    """Random work, syncs and failures on three laptops: afterwards every book equals the
    server's view, every field holds its last write, every note is there once."""
    server = TeamServer(postgres.fresh_database())
    template = tmp_path / "template"
    template.mkdir()
    Book.open(DataLocation(template)).close()
    TeamMachine.server = server
    TeamMachine.postgres = postgres
    TeamMachine.template = template / "groundgame.sqlite3"

    class Converging(TeamMachine):
        def teardown(self) -> None:
            try:
                if self.books:
                    self.converge()
            finally:
                super().teardown()

    try:
        run_state_machine_as_test(
            Converging,
            settings=settings(
                max_examples=12,
                stateful_step_count=18,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
    finally:
        server.stop()
