"""Logging outcomes: the preview is what gets scheduled, denormalised fields follow, the give-up
rule, orders and referrals, bury / park / reschedule — and undo restores everything."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.tracker.services.queue_factory import (
    add_account,
    add_contact,
    add_deal,
    add_planned,
    row,
    rows,
    snapshot,
)
from tracker.domain.clock import FixedClock
from tracker.domain.enums import (
    ActivityKind,
    ContactState,
    Lifecycle,
    Outcome,
    Section,
    Stage,
    Tier,
    outcomes_for,
)
from tracker.domain.next_step import NextOverride
from tracker.domain.outcomes import Step
from tracker.services.book import Book
from tracker.services.day.outcome_effects import MissingDetails, ReferralDraft
from tracker.services.day.work import OutcomeDetails, OutcomeNotAllowed

TODAY = date(2026, 12, 1)
DETAILS = OutcomeDetails(referral=ReferralDraft.from_name("Karla Kolumna", phone="0171 2345678"))


def first_of_kind(book: Book, kind: ActivityKind) -> str:
    queue = book.queue.today()
    return next(
        item.id for item in queue.items if item.kind is kind and item.section is not Section.BACKLOG
    )


@pytest.mark.parametrize("kind", [ActivityKind.CALL, ActivityKind.VISIT])
def test_each_outcome_schedules_what_its_button_promised(
    demo_book: Book, kind: ActivityKind
) -> None:
    """For every outcome of a call and of a visit: log, compare with the preview, undo — and
    after all the undos the book is exactly as before."""
    before = snapshot(demo_book)
    item_id = first_of_kind(demo_book, kind)
    for outcome in outcomes_for(kind):
        promised = demo_book.work.preview(item_id).option(outcome).plan
        result = demo_book.work.log(item_id, outcome, details=DETAILS).value
        assert result.plan == promised, outcome
        nxt = result.next
        if promised.step is Step.EXIT:
            assert nxt is None
        elif promised.step is Step.PARK:
            prefs = demo_book.preferences.get()
            assert nxt is not None and nxt.candidate.due_on == prefs.next_working_day(promised.day)  # type: ignore[arg-type]
        elif promised.step is Step.TIER:
            assert nxt is not None and nxt.id.startswith("base:")
            assert nxt.candidate.due_on == promised.day
        else:
            assert nxt is not None and nxt.candidate.due_on == promised.day
            assert nxt.kind is promised.kind
            if promised.local_start is not None:
                assert nxt.candidate.local_start == promised.local_start
        demo_book.undo.undo()
    assert snapshot(demo_book) == before


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    outcome=st.sampled_from(sorted(outcomes_for(ActivityKind.CALL))),
    tier=st.sampled_from(list(Tier)),
    later=st.integers(0, 40),
)
def test_any_touch_resets_the_tier_cadence(
    book: Book, clock: FixedClock, outcome: Outcome, tier: Tier, later: int
) -> None:
    """Whatever the outcome, tier and day, the account's next touch becomes that day + the
    tier's ideal days, and the deal's last activity is now (each example undone afterwards)."""
    account = add_account(book, f"Haus {tier}", tier, next_touch_on=TODAY)
    contact = add_contact(book, "Lena", "Gruber", account_id=account)
    deal = add_deal(book, contact, Stage.PROPOSAL, 120_000)
    item = add_planned(book, contact, TODAY, account_id=account)
    start = clock.instant
    clock.advance(timedelta(days=later))
    try:
        done = book.work.log(item, outcome, details=DETAILS).value.logged
        ideal = {Tier.A: 7, Tier.B: 30, Tier.C: 90}[tier]
        touched = row(book, "SELECT next_touch_on FROM accounts WHERE id = :a", a=account)
        assert touched.next_touch_on == (done.done_on + timedelta(days=ideal)).isoformat()
        stamp = row(book, "SELECT last_activity_at FROM deals WHERE id = :d", d=deal)[0]
        assert stamp.startswith(done.completed_at.strftime("%Y-%m-%d %H:%M"))
        book.undo.undo()
    finally:
        clock.instant = start


def test_six_unanswered_attempts_park_the_lead_for_ninety_days(
    book: Book, clock: FixedClock
) -> None:
    """The sixth no-answer parks the lead as unreachable; a call waits on the day it returns."""
    contact = add_contact(book, "Rita", "Ruhig", lifecycle=Lifecycle.LEAD, unanswered=5)
    item = add_planned(book, contact, TODAY, attempt=6)
    result = book.work.log(item, Outcome.NO_ANSWER).value
    assert result.plan.gave_up and result.plan.reason == "unreachable"
    state = row(
        book,
        "SELECT state, parked_until, state_reason, unanswered_attempts FROM contacts WHERE id = :c",
        c=contact,
    )
    assert (state.state, state.state_reason, state.unanswered_attempts) == (
        "parked",
        "unreachable",
        6,
    )
    back = date.fromisoformat(state.parked_until)
    assert 76 <= (back - TODAY).days <= 104
    assert book.queue.today().find(result.next.id) is None  # type: ignore[union-attr]
    returned = book.queue.today(result.next.candidate.due_on)  # type: ignore[union-attr]
    item_back = returned.find(result.next.id)  # type: ignore[union-attr]
    assert item_back is not None and item_back.reasons[0].text == "back from parking"


def test_five_unanswered_attempts_keep_trying(book: Book) -> None:
    """Before the sixth, a no-answer is simply the next attempt."""
    contact = add_contact(book, "Rolf", "Ruhig", lifecycle=Lifecycle.LEAD, unanswered=4)
    item = add_planned(book, contact, TODAY, attempt=5)
    result = book.work.log(item, Outcome.NO_ANSWER).value
    assert result.plan.step is Step.RETRY and result.next is not None
    assert result.next.candidate.attempt == 6


def test_an_order_records_the_purchase_and_wins_the_deal(book: Book) -> None:
    """order_taken: a purchase of the deal's value, the deal won with its history, a customer."""
    contact = add_contact(book, "Otto", "Order", lifecycle=Lifecycle.PROSPECT)
    deal = add_deal(book, contact, Stage.NEGOTIATION, 480_000)
    item = add_planned(book, contact, TODAY)
    book.work.log(item, Outcome.ORDER_TAKEN, note="two units")
    purchase = row(book, "SELECT amount_cents, deal_id, description FROM purchases")
    assert tuple(purchase) == (480_000, deal, "two units")
    assert row(book, "SELECT stage FROM deals")[0] == "won"
    assert row(book, "SELECT to_stage FROM deal_stage_changes")[0] == "won"
    assert row(book, "SELECT lifecycle FROM contacts WHERE id = :c", c=contact)[0] == "customer"


def test_a_referral_adds_the_person_and_a_thank_you_due_today(book: Book) -> None:
    """referral_given: a new lead referred by the contact, the referral, a thank-you task for
    today; logging the thank-you marks the referral thanked."""
    contact = add_contact(book, "Rosa", "Empfehler")
    item = add_planned(book, contact, TODAY)
    result = book.work.log(item, Outcome.REFERRAL_GIVEN, details=DETAILS).value
    new = row(book, "SELECT first_name, last_name, referred_by_id, source FROM contacts WHERE id = :c",
              c=result.referred_contact_id)  # fmt: skip
    assert tuple(new) == ("Karla", "Kolumna", contact, "referral")
    assert row(book, "SELECT referrer_id, status FROM referrals")[:2] == (contact, "submitted")
    thanks = book.queue.today().section(Section.DUE)
    [task] = [i for i in thanks if i.candidate.contact_id == contact]
    assert task.reasons[0].text == "thank the referrer"
    book.work.log(task.id, Outcome.CONNECTED)
    assert row(book, "SELECT thanked_at FROM referrals")[0] is not None


def test_a_referral_needs_a_name(book: Book) -> None:
    """Without the referred person's name nothing is logged and the rep is told why."""
    contact = add_contact(book, "Rosa", "Ohne")
    item = add_planned(book, contact, TODAY)
    with pytest.raises(MissingDetails, match="name"):
        book.work.log(item, Outcome.REFERRAL_GIVEN)
    assert row(book, "SELECT status FROM activities WHERE id = :a", a=item)[0] == "planned"


def test_outcomes_must_fit_the_kind(book: Book) -> None:
    """A visit cannot end in voicemail."""
    contact = add_contact(book, "Vera", "Visit")
    item = add_planned(book, contact, TODAY, kind=ActivityKind.VISIT)
    with pytest.raises(OutcomeNotAllowed, match="not an outcome of a visit"):
        book.work.log(item, Outcome.VOICEMAIL)


def test_exits_take_the_contact_out_with_the_reason(book: Book) -> None:
    """do_not_contact: state and reason kept, other open work cancelled, nothing next."""
    contact = add_contact(book, "Dora", "Nein")
    item = add_planned(book, contact, TODAY)
    other = add_planned(book, contact, date(2026, 12, 10))
    result = book.work.log(item, Outcome.DO_NOT_CONTACT).value
    assert result.next is None
    assert tuple(row(book, "SELECT state, state_reason FROM contacts WHERE id = :c", c=contact)) == (
        "do_not_contact", "do not contact"
    )  # fmt: skip
    assert row(book, "SELECT status FROM activities WHERE id = :a", a=other)[0] == "canceled"


def test_a_date_override_is_taken_as_given(book: Book) -> None:
    """The rep's own date wins over the balanced one; a time makes a callback at that time."""
    contact = add_contact(book, "Olga", "Override")
    item = add_planned(book, contact, TODAY)
    chosen = NextOverride(day=date(2026, 12, 9), at=time(16, 15))
    preview = book.work.preview(item, override=chosen).option(Outcome.CALLBACK_REQUESTED).plan
    result = book.work.log(item, Outcome.CALLBACK_REQUESTED, override=chosen).value
    assert result.plan == preview
    assert result.next is not None and result.next.candidate.local_start == datetime(
        2026, 12, 9, 16, 15
    )
    assert result.next.candidate.starts_at == datetime(2026, 12, 9, 15, 15, tzinfo=UTC)


def test_late_work_counts_for_the_same_day(book: Book, clock: FixedClock) -> None:
    """Logged at 01:30 the next night, the call counts for the working day before."""
    contact = add_contact(book, "Nina", "Nacht")
    item = add_planned(book, contact, TODAY)
    clock.instant = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)  # 01:30 in Berlin
    done = book.work.log(item, Outcome.CONNECTED).value.logged
    assert done.done_on == TODAY


def test_bury_park_and_reschedule_are_undoable(book: Book) -> None:
    """Each move changes the day as the rep asked, and undo puts it back exactly."""
    contact = add_contact(book, "Bea", "Bewegt")
    item = add_planned(book, contact, TODAY)
    before = snapshot(book)

    book.work.bury(item)
    assert book.queue.today().find(item).section is Section.BACKLOG  # type: ignore[union-attr]
    assert book.queue.today(date(2026, 12, 2)).find(item).overdue_days == 1  # type: ignore[union-attr]
    book.undo.undo()
    assert snapshot(book) == before

    book.work.reschedule(item, date(2026, 12, 4), time(11, 0))
    moved = book.queue.today(date(2026, 12, 4)).find(item)
    assert moved is not None and moved.section is Section.FIXED
    book.undo.undo()
    assert snapshot(book) == before

    resume = book.work.park(item, date(2027, 1, 15), "budget next year").value
    assert tuple(row(book, "SELECT state, state_reason FROM contacts WHERE id = :c", c=contact)) == (
        "parked", "budget next year"
    )  # fmt: skip
    assert row(book, "SELECT due_on FROM activities WHERE id = :a", a=resume)[0] == "2027-01-15"
    assert book.queue.today().find(item) is None
    book.undo.undo()
    assert snapshot(book) == before


def test_base_and_new_items_become_activities_when_logged(book: Book) -> None:
    """Logging a synthesised item writes a done activity of the right kind and origin."""
    account = add_account(book, "Hof Meier", Tier.A, next_touch_on=TODAY)
    contact = add_contact(book, "Jan", "Meier", account_id=account)
    lead = add_contact(book, "Lia", "Neu", lifecycle=Lifecycle.LEAD)
    book.work.log(f"base:{contact}", Outcome.MET_DECISION_MAKER)
    book.work.log(f"new:{lead}", Outcome.NO_ANSWER)
    done = rows(
        book, "SELECT kind, origin, outcome FROM activities WHERE status = 'done' ORDER BY kind"
    )
    assert [tuple(r) for r in done] == [
        ("call", "cadence", "no_answer"),
        ("visit", "tier", "met_decision_maker"),
    ]
    assert (
        row(book, "SELECT next_touch_on FROM accounts")[0]
        == (TODAY + timedelta(days=7)).isoformat()
    )
    assert row(book, "SELECT unanswered_attempts FROM contacts WHERE id = :c", c=lead)[0] == 1


def test_a_contact_back_from_parking_is_active_again_once_logged(book: Book) -> None:
    """Logging the resume item of an expired park makes the contact active."""
    contact = add_contact(book, "Pia", "Zurück", state=ContactState.PARKED, parked_until=TODAY)
    book.work.log(f"resume:{contact}", Outcome.INTERESTED)
    assert row(book, "SELECT state, parked_until FROM contacts WHERE id = :c", c=contact)[:2] == (
        "active",
        None,
    )


def test_undo_names_the_contact_of_what_was_logged(book: Book) -> None:
    """The undo step of a log on a planned item, and of one on a new lead, says whose it was."""
    contact = add_contact(book, "Greta", "Gans")
    planned = add_planned(book, contact, TODAY)
    book.work.log(planned, Outcome.NO_ANSWER)
    step = book.undo.peek()
    assert step is not None and (step.action, step.subject) == ("log_outcome", "Greta Gans")
    lead = add_contact(book, "Lutz", "Lead", lifecycle=Lifecycle.LEAD)
    book.work.log(f"new:{lead}", Outcome.CONNECTED)
    step = book.undo.peek()
    assert step is not None and step.subject == "Lutz Lead"
