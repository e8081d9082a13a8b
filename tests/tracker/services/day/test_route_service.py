"""The day's route from the book: where each visit is, fixed times kept, Apply order makes Today
list the visits in the route's order — undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from tests.tracker.services.queue_factory import (
    add_account,
    add_contact,
    add_planned,
    snapshot,
    writing,
)
from tracker.domain.enums import ActivityKind, Section, Tier
from tracker.services.book import Book
from tracker.storage.records import ContactRecord

TODAY = date(2026, 12, 1)
# Along a line east of Cologne, given out of order.
EAST = {"Eins": 7.00, "Vier": 7.30, "Zwei": 7.10, "Drei": 7.20}


def a_day(book: Book) -> dict[str, str]:
    book.preferences.save(replace(book.preferences.get(), route_start="50.94, 6.96"))
    visits = {}
    for name, lon in EAST.items():
        account = add_account(book, f"{name} GmbH", Tier.B, latitude=50.94, longitude=lon)
        contact = add_contact(book, "Kai", name, account_id=account)
        visits[name] = add_planned(
            book, contact, TODAY, kind=ActivityKind.VISIT, account_id=account
        )
    return visits


def visit_order(book: Book) -> list[str]:
    return [
        item.id
        for item in book.queue.today().items
        if item.kind is ActivityKind.VISIT and item.section is not Section.BACKLOG
    ]


def test_the_route_straightens_the_day_and_apply_makes_today_follow_it(book: Book) -> None:
    """Out of order the day drives 0.6° of longitude twice over; the route goes east once,
    Apply order lists the visits that way on Today, and undo takes the order back."""
    visits = a_day(book)
    day = book.route.plan()
    expected = [visits[name] for name in ("Eins", "Zwei", "Drei", "Vier")]
    assert list(day.route.order) == expected
    assert day.route.km < day.route.input_km and not day.applied
    before = snapshot(book)
    applied = book.route.apply().value
    assert applied.applied
    assert visit_order(book) == expected
    book.undo.undo()
    assert snapshot(book) == before


def test_a_visit_without_a_place_is_listed_after_the_route_and_a_contact_place_counts(
    book: Book,
) -> None:
    """A visit with coordinates only on its contact is routed; one with none is kept, last."""
    visits = a_day(book)
    nowhere = add_contact(book, "Nina", "Nirgends")
    lost = add_planned(book, nowhere, TODAY, kind=ActivityKind.VISIT)
    home = add_contact(book, "Hanna", "Haus")
    with writing(book) as session:
        record = session.get(ContactRecord, home)
        assert record is not None
        record.latitude, record.longitude = 50.94, 7.05
    at_home = add_planned(book, home, TODAY, kind=ActivityKind.VISIT)
    route = book.route.plan().route
    assert route.order[-1] == lost and [s.id for s in route.unplaced] == [lost]
    assert route.order.index(at_home) == 1  # between Eins (7.00) and Zwei (7.10)
    assert set(route.order) == {*visits.values(), lost, at_home}


def test_an_appointment_keeps_its_time_and_a_late_leg_is_a_warning(book: Book) -> None:
    """A 08:10 appointment 100 km away cannot be reached leaving home at 08:00 at 50 km/h."""
    a_day(book)
    account = add_account(book, "Fern AG", Tier.B, latitude=51.80, longitude=6.96)
    contact = add_contact(book, "Fritz", "Fern", account_id=account)
    fixed = add_planned(
        book, contact, TODAY, kind=ActivityKind.VISIT, account_id=account,
        starts_at=datetime(2026, 12, 1, 7, 10, tzinfo=UTC),
        local_start=datetime(2026, 12, 1, 8, 10),
    )  # fmt: skip
    day = book.route.plan()
    (late,) = day.route.warnings
    assert late.stop.id == fixed and late.stop.fixed_at == datetime(2026, 12, 1, 8, 10)
    assert late.late_minutes > 60
