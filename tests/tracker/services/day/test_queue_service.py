"""The queue service on real books: the demo day, base accounts, new leads, parked contacts,
ids and prefixes, and the priority breakdown a contact page shows."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.tracker.services.queue_factory import add_account, add_contact, add_deal, add_planned
from tracker.domain.enums import ActivityKind, ContactState, Lifecycle, Section, Stage, Tier
from tracker.services.book import Book
from tracker.services.day.queue import AmbiguousItem, ItemNotFound

TODAY = date(2026, 12, 1)


def test_the_demo_day_has_all_five_sections_with_reasons(demo_book: Book) -> None:
    """On the demo book Today shows fixed, due, base, new and backlog, each item saying why (call
    lists come only from a team's sales manager)."""
    queue = demo_book.queue.today()
    assert queue.day == TODAY
    for section in Section:
        if section is not Section.LIST:
            assert queue.section(section), f"no {section.value} items"
    assert not queue.section(Section.LIST)
    assert all(item.reasons for item in queue.items)
    assert len(queue.planned) == queue.capacity
    fixed_times = [item.candidate.starts_at for item in queue.section(Section.FIXED)]
    assert fixed_times == sorted(fixed_times)  # type: ignore[type-var]


def test_a_tier_account_due_a_touch_is_a_base_item(book: Book) -> None:
    """A tier-A account last touched 10 days ago (ideal 7) is offered through its contact."""
    account = add_account(book, "Bäckerei Sommer", Tier.A, next_touch_on=TODAY - timedelta(days=3),
                          last_touch_at=datetime(2026, 11, 21, 10, tzinfo=UTC))  # fmt: skip
    contact = add_contact(book, "Eva", "Sommer", account_id=account,
                          last_touch_at=datetime(2026, 11, 21, 10, tzinfo=UTC))  # fmt: skip
    queue = book.queue.today()
    [item] = queue.section(Section.BASE)
    assert item.id == f"base:{contact}"
    assert item.kind is ActivityKind.VISIT  # tier A is visited
    assert item.reasons[0].text == "tier A: last touch 10 days ago"


def test_new_leads_fill_their_budget_and_no_more(book: Book) -> None:
    """Never-touched active leads are offered up to the daily budget, best fit first."""
    for n in range(12):
        add_contact(book, f"Lead{n}", "Neu", lifecycle=Lifecycle.LEAD, fit=1 + n % 5)
    add_contact(book, "Old", "Lead", lifecycle=Lifecycle.LEAD,
                last_touch_at=datetime(2026, 11, 2, tzinfo=UTC))  # fmt: skip
    queue = book.queue.today()
    new = queue.section(Section.NEW)
    assert len(new) == book.preferences.get().new_budget == 8
    assert [item.candidate.fit for item in new][:2] == [5, 5]
    assert all(item.candidate.contact_name != "Old Lead" for item in queue.items)


def test_a_parked_contact_comes_back_by_itself(book: Book) -> None:
    """Parked until Thursday with nothing planned: absent before, back on Thursday."""
    contact = add_contact(book, "Paul", "Park", state=ContactState.PARKED,
                          parked_until=date(2026, 12, 3))  # fmt: skip
    assert book.queue.today().find(f"resume:{contact}") is None
    thursday = book.queue.today(date(2026, 12, 3))
    item = thursday.find(f"resume:{contact}")
    assert item is not None and item.section is Section.DUE
    assert item.reasons[0].text == "back from parking"


def test_siblings_wait_unless_a_visit_is_planned(book: Book) -> None:
    """Two colleagues at one account: one is queued, the other waits in the backlog."""
    account = add_account(book, "Elektro Kurz", None)
    first = add_contact(book, "Ina", "Kurz", account_id=account)
    second = add_contact(book, "Ole", "Kurz", account_id=account)
    add_deal(book, first, Stage.PROPOSAL, 900_000)
    one = add_planned(book, first, TODAY, account_id=account)
    two = add_planned(book, second, TODAY, account_id=account)
    queue = book.queue.today()
    assert queue.find(one).section is Section.DUE  # type: ignore[union-attr]
    waiting = queue.find(two)
    assert waiting is not None and waiting.section is Section.BACKLOG
    assert waiting.reasons[0].code == "sibling"
    add_planned(book, first, TODAY, account_id=account, kind=ActivityKind.VISIT)
    assert book.queue.today().find(two).section is Section.DUE  # type: ignore[union-attr]


def test_fixed_items_are_pinned_by_their_time(book: Book) -> None:
    """A callback at 14:00 Berlin time sits in the fixed section with its time as a reason."""
    contact = add_contact(book, "Max", "Fix")
    activity = add_planned(
        book, contact, TODAY, starts_at=datetime(2026, 12, 1, 13, tzinfo=UTC),
        local_start=datetime(2026, 12, 1, 14, 0),
    )  # fmt: skip
    item = book.queue.today().find(activity)
    assert item is not None and item.section is Section.FIXED
    assert item.reasons[0].text == "fixed time 14:00"


def test_ids_and_unique_prefixes(book: Book) -> None:
    """A full id, or a unique prefix of one, names an item; ambiguous or unknown ones do not."""
    contact = add_contact(book, "Ida", "Präfix")
    first = add_planned(book, contact, TODAY)
    second = add_planned(book, contact, TODAY)
    assert book.queue.resolve(first) == first
    common = 0
    while first[common] == second[common]:
        common += 1
    assert book.queue.resolve(first[: common + 1]) == first
    with pytest.raises(AmbiguousItem, match="type more"):
        book.queue.resolve(first[:common])
    with pytest.raises(ItemNotFound, match="no open item"):
        book.queue.resolve("ffff-nothing")
    assert book.queue.resolve(f"new:{contact}") == f"new:{contact}"


def test_the_priority_breakdown_matches_the_queue(demo_book: Book) -> None:
    """priority_of gives a contact the score its item has in today's queue, with four factors."""
    item = demo_book.queue.today().section(Section.DUE)[0]
    breakdown = demo_book.queue.priority_of(item.candidate.contact_id)
    assert breakdown is not None
    assert breakdown.score == item.score
    assert [factor.code for factor in breakdown.factors] == [
        "weight", "overdueness", "stage", "intent"
    ]  # fmt: skip


def test_no_priority_for_someone_out_of_the_queue(book: Book) -> None:
    """A do-not-contact contact has no priority."""
    contact = add_contact(book, "No", "Call", state=ContactState.DO_NOT_CONTACT)
    assert book.queue.priority_of(contact) is None


def test_preferences_changed_elsewhere_reach_the_next_queue(book: Book) -> None:
    """A capacity saved by another process (a second connection) is the next queue's capacity,
    although the service remembers what it parsed last."""
    assert book.queue.today().capacity == book.preferences.get().daily_capacity == 30
    other = sqlite3.connect(book.location.database)
    try:
        with other:
            other.execute("UPDATE preferences SET value = '12' WHERE key = 'daily_capacity'")
    finally:
        other.close()
    assert book.queue.today().capacity == 12
