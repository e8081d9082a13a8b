"""Planning ahead: one-off and recurring appointments, the contact search, the week's load,
and the goals with their streak."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from tests.tracker.services.queue_factory import add_contact, add_planned, rows
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind, ContactState, GoalMetric, Outcome, Section
from tracker.domain.recurrence import RecurrenceError
from tracker.services.book import Book
from tracker.services.day.planning import HORIZON_DAYS, PlanDraft, PlanError

TODAY = date(2026, 12, 1)


def test_a_visit_with_time_place_and_zone(book: Book) -> None:
    """A visit at 15:00 New York time is stored with its wall time, zone and instant."""
    contact = add_contact(book, "Amy", "Abroad")
    draft = PlanDraft(
        contact, ActivityKind.VISIT, date(2026, 12, 3), time(15, 0),
        location="5th Avenue", time_zone="America/New_York",
    )  # fmt: skip
    activity = book.planning.add(draft).value
    stored = rows(book, "SELECT local_start, time_zone, starts_at, location, duration_minutes, due_on"
                  " FROM activities WHERE id = :a", a=activity)[0]  # fmt: skip
    assert stored.time_zone == "America/New_York" and stored.location == "5th Avenue"
    assert stored.starts_at.startswith("2026-12-03 20:00")
    assert stored.duration_minutes == 60 and stored.due_on == "2026-12-03"
    book.undo.undo()
    assert rows(book, "SELECT id FROM activities") == []


def test_a_recurring_visit_is_materialised_and_topped_up(book: Book, clock: FixedClock) -> None:
    """Every other Tuesday at 10:00: occurrences exist for the horizon, more as time moves."""
    contact = add_contact(book, "Rudi", "Regular")
    book.planning.add(
        PlanDraft(contact, ActivityKind.VISIT, date(2026, 12, 8), time(10, 0),
                  repeat="FREQ=WEEKLY;INTERVAL=2")
    )  # fmt: skip
    days = [r.due_on for r in rows(book, "SELECT due_on FROM activities ORDER BY due_on")]
    assert days == ["2026-12-08", "2026-12-22", "2027-01-05", "2027-01-19"]
    assert not book.planning.needs_extension()
    clock.advance(timedelta(days=28))
    assert book.planning.needs_extension()
    assert book.planning.extend_series().value == 2
    assert len(rows(book, "SELECT id FROM activities")) == 6
    assert HORIZON_DAYS == 56


def test_plans_that_cannot_be_made_say_why(book: Book) -> None:
    """Past dates, repeats without a time and do-not-contact contacts are refused."""
    contact = add_contact(book, "Pat", "Plan")
    with pytest.raises(PlanError, match="lies in the past"):
        book.planning.add(PlanDraft(contact, ActivityKind.CALL, date(2026, 11, 30)))
    with pytest.raises(RecurrenceError, match="needs a time"):
        book.planning.add(PlanDraft(contact, ActivityKind.VISIT, TODAY, repeat="FREQ=WEEKLY"))
    blocked = add_contact(book, "Don", "Not", state=ContactState.DO_NOT_CONTACT)
    with pytest.raises(PlanError, match="asked not to be contacted"):
        book.planning.add(PlanDraft(blocked, ActivityKind.CALL, TODAY))


def test_the_contact_search_takes_prefixes_without_umlauts(book: Book) -> None:
    """ "mül" and "mul" both find Jürgen Müller; do-not-contact people are not offered."""
    wanted = add_contact(book, "Jürgen", "Müller")
    add_contact(book, "Kai", "Müller", state=ContactState.DO_NOT_CONTACT)
    assert [hit.id for hit in book.planning.find_contacts("mül")] == [wanted]
    assert [hit.id for hit in book.planning.find_contacts("jurg mul")] == [wanted]
    assert book.planning.find_contacts("  ") == ()


def test_the_week_shows_load_against_capacity_and_appointments(book: Book) -> None:
    """Monday to Sunday: today's planned items as Today lists them (the overdue one rolled onto
    it), open items due on later days, capacity (none at the weekend), appointments."""
    contact = add_contact(book, "Wanda", "Woche")
    for _ in range(3):
        add_planned(book, contact, date(2026, 12, 3))
    add_planned(book, contact, date(2026, 11, 27))  # overdue: rolls onto today
    add_planned(book, contact, date(2026, 12, 2), kind=ActivityKind.VISIT,
                starts_at=datetime(2026, 12, 2, 9, tzinfo=UTC), local_start=datetime(2026, 12, 2, 10))  # fmt: skip
    week = book.planning.week(date(2026, 11, 30))
    loads = {d.day: d.tally.planned for d in week.days}
    assert loads[date(2026, 12, 1)] == 1 and loads[date(2026, 12, 3)] == 3
    assert loads[date(2026, 11, 30)] is None  # a past day's open work rolled on
    assert [d.tally.capacity for d in week.days] == [30, 30, 30, 30, 30, 0, 0]
    [appointment] = week.days[2].appointments
    assert (
        appointment.local_start == datetime(2026, 12, 2, 10)
        and appointment.kind is ActivityKind.VISIT
    )


def test_goals_count_todays_work_and_the_streak(book: Book) -> None:
    """Each logged call counts towards today's goals; meeting the call goal starts a streak."""
    contact = add_contact(book, "Gina", "Goal")
    for _ in range(25):
        book.work.log(add_planned(book, contact, TODAY), Outcome.CONNECTED)
    snapshot = book.goals.snapshot()
    calls = snapshot.daily_goal(GoalMetric.CALLS)
    assert calls is not None and (calls.done, calls.target, calls.met) == (25, 25, True)
    assert snapshot.daily_goal(GoalMetric.CONNECTS).done == 25  # type: ignore[union-attr]
    assert snapshot.streak == 1


def test_end_of_day_lists_the_work_and_what_rolls_on(book: Book) -> None:
    """The review has the day's logs, the counts, and the open items moving to tomorrow."""
    contact = add_contact(book, "Eddy", "Ende")
    done = add_planned(book, contact, TODAY)
    left = add_planned(book, contact, TODAY)
    book.work.log(done, Outcome.VOICEMAIL)
    summary = book.review.end_of_day()
    assert [entry.outcome for entry in summary.logged] == [Outcome.VOICEMAIL]
    assert summary.done.calls == 1 and summary.tomorrow == date(2026, 12, 2)
    assert left in {item.id for item in summary.rolling}
    assert all(item.section is not Section.BACKLOG for item in summary.rolling)
