"""Plan, log, undo, bury and park over several days, checked against an in-memory model:
the open work, each contact's state and unanswered attempts, and nothing lost from the queue."""

from __future__ import annotations

import copy
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.tracker.services.queue_factory import add_account, add_contact, add_planned, rows
from tracker.domain.clock import clock_for_day, rep_day
from tracker.domain.enums import (
    NOT_CONNECTED,
    ActivityKind,
    ContactState,
    Lifecycle,
    Outcome,
    Tier,
    outcomes_for,
)
from tracker.domain.outcomes import Step
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft
from tracker.services.location import DataLocation

START = date(2026, 12, 1)
ZONE = "Europe/Berlin"


@dataclass
class Model:
    """What the book should hold: open items (id → contact, due, buried) and contacts."""

    open: dict[str, tuple[str, date, date | None]] = field(default_factory=dict)
    state: dict[str, ContactState] = field(default_factory=dict)
    unanswered: dict[str, int] = field(default_factory=dict)


@cache
def template() -> Path:
    """A small book made once: two accounts, five contacts, some open work."""
    folder = Path(tempfile.mkdtemp(prefix="queue-model-"))
    book = Book.open(DataLocation(folder), clock=clock_for_day(START, zone_name=ZONE))
    book.preferences.save(replace(book.preferences.get(), time_zone=ZONE))
    tiered = add_account(book, "Hof A", Tier.A, next_touch_on=START + timedelta(days=30))
    plain = add_account(book, "Laden B", None)
    people = [
        add_contact(book, "Ada", "A", account_id=tiered),
        add_contact(book, "Ben", "B", account_id=tiered),
        add_contact(book, "Cem", "C", account_id=plain, lifecycle=Lifecycle.PROSPECT),
        add_contact(book, "Dana", "D", lifecycle=Lifecycle.LEAD, unanswered=3),
        add_contact(book, "Eli", "E", lifecycle=Lifecycle.PROSPECT),
    ]
    for index, contact in enumerate(people):
        add_planned(book, contact, START - timedelta(days=index), attempt=4 if index == 3 else 1)
    book.close()
    return folder / "groundgame.sqlite3"


class QueueMachine(RuleBasedStateMachine):
    """Random days of work on a small book; after every step the database equals the model."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="queue-run-"))
        shutil.copy(template(), self.folder / "groundgame.sqlite3")
        self.clock = clock_for_day(START, zone_name=ZONE)
        self.book = Book.open(DataLocation(self.folder), clock=self.clock)
        self.prefs = self.book.preferences.get()
        self.model = Model()
        for row in rows(self.book, "SELECT id, contact_id, due_on FROM activities"):
            self.model.open[row.id] = (row.contact_id, date.fromisoformat(row.due_on), None)
        for row in rows(self.book, "SELECT id, state, unanswered_attempts FROM contacts"):
            self.model.state[row.id] = ContactState(row.state)
            self.model.unanswered[row.id] = row.unanswered_attempts
        self.history: list[Model] = []

    def teardown(self) -> None:
        self.book.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def today(self) -> date:
        return rep_day(self.clock.now(), zone_name=ZONE, day_start_hour=4)

    def reachable(self, contact: str, due: date) -> bool:
        """Active, or parked with the park over (the item due is the call that resumes)."""
        state = self.model.state[contact]
        return state is ContactState.ACTIVE or (state is ContactState.PARKED and due <= self.today)

    def workable(self) -> list[str]:
        return sorted(
            item_id
            for item_id, (contact, due, _) in self.model.open.items()
            if due <= self.today and self.reachable(contact, due)
        )

    def remember(self) -> None:
        self.history.append(copy.deepcopy(self.model))

    def drop_open_work(self, contact: str) -> None:
        for item_id in [i for i, (c, _, _) in self.model.open.items() if c == contact]:
            del self.model.open[item_id]

    # -- rules -----------------------------------------------------------------------------------
    @precondition(lambda self: self.workable())
    @rule(data=st.data())
    def log(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from(self.workable()))
        contact = self.model.open[item_id][0]
        kind = self.book.queue.item(item_id).kind
        choices = [o for o in outcomes_for(kind) if o is not Outcome.REFERRAL_GIVEN]
        outcome = data.draw(st.sampled_from(choices))
        promised = self.book.work.preview(item_id).option(outcome).plan
        result = self.book.work.log(item_id, outcome).value
        assert result.plan == promised
        self.remember()
        del self.model.open[item_id]
        self.model.state[contact] = ContactState.ACTIVE  # spoken to (or tried): back if parked
        if outcome in NOT_CONNECTED:
            self.model.unanswered[contact] += 1
        elif outcome.connected:
            self.model.unanswered[contact] = 0
        plan = result.plan
        if plan.step is Step.EXIT and plan.reason:
            if plan.exit_state is not None:
                self.model.state[contact] = plan.exit_state
            self.drop_open_work(contact)
        elif plan.step is Step.PARK:
            self.model.state[contact] = ContactState.PARKED
            self.drop_open_work(contact)
        if result.next is not None and not result.next.id.startswith("base:"):
            self.model.open[result.next.id] = (contact, result.next.candidate.due_on, None)

    @precondition(lambda self: self.history)
    @rule()
    def undo(self) -> None:
        self.book.undo.undo()
        self.model = self.history.pop()

    @precondition(lambda self: self.workable())
    @rule(data=st.data())
    def bury(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from(self.workable()))
        self.book.work.bury(item_id)
        self.remember()
        contact, due, _ = self.model.open[item_id]
        self.model.open[item_id] = (contact, due, self.today)

    @precondition(lambda self: self.workable())
    @rule(data=st.data(), days=st.integers(1, 20))
    def park(self, data: st.DataObject, days: int) -> None:
        item_id = data.draw(st.sampled_from(self.workable()))
        contact = self.model.open[item_id][0]
        until = self.today + timedelta(days=days)
        resume = self.book.work.park(item_id, until, "later").value
        self.remember()
        self.model.state[contact] = ContactState.PARKED
        self.drop_open_work(contact)
        self.model.open[resume] = (contact, self.prefs.next_working_day(until), None)

    @rule(data=st.data(), offset=st.integers(0, 6))
    def plan(self, data: st.DataObject, offset: int) -> None:
        active = sorted(c for c, s in self.model.state.items() if s is ContactState.ACTIVE)
        if not active:
            return
        contact = data.draw(st.sampled_from(active))
        day = self.today + timedelta(days=offset)
        planned = self.book.planning.add(PlanDraft(contact, ActivityKind.CALL, day)).value
        self.remember()
        self.model.open[planned] = (contact, day, None)

    @rule(days=st.integers(1, 8))
    def days_pass(self, days: int) -> None:
        self.clock.advance(timedelta(days=days))

    # -- invariants --------------------------------------------------------------------------
    @invariant()
    def open_work_matches(self) -> None:
        stored = {
            row.id: (row.contact_id, date.fromisoformat(row.due_on),
                     date.fromisoformat(row.buried_on) if row.buried_on else None)
            for row in rows(self.book, "SELECT id, contact_id, due_on, buried_on FROM activities"
                            " WHERE status = 'planned' AND deleted_at IS NULL")
        }  # fmt: skip
        assert stored == self.model.open

    @invariant()
    def contacts_match(self) -> None:
        for row in rows(self.book, "SELECT id, state, unanswered_attempts FROM contacts"):
            assert ContactState(row.state) is self.model.state[row.id]
            assert row.unanswered_attempts == self.model.unanswered[row.id]

    @invariant()
    def nothing_is_lost(self) -> None:
        """Every open item due by today whose contact is reachable is in today's queue."""
        queue = self.book.queue.today()
        listed = {item.id for item in queue.items}
        for item_id, (contact, due, _) in self.model.open.items():
            if due <= self.today and self.reachable(contact, due):
                assert item_id in listed, item_id


QueueMachine.TestCase.settings = settings(max_examples=12, stateful_step_count=12, deadline=None)
TestQueueModel = QueueMachine.TestCase
