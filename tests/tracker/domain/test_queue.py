"""The queue engine: every candidate placed once, a total and stable order, capacity, budget,
fixed times pinned, siblings apart, reasons for everything in the backlog."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.enums import ActivityKind, ActivityOrigin, Outcome, Section, Stage, Tier
from tracker.domain.queue import (
    Candidate,
    DayRules,
    Source,
    Urgency,
    build_queue,
    item_id,
    parse_item_id,
)

DAY = date(2026, 12, 1)
ZONE = "Europe/Berlin"
ORDER = [Section.FIXED, Section.DUE, Section.LIST, Section.BASE, Section.NEW, Section.BACKLOG]
PROPERTY = settings(max_examples=40, deadline=None)


SOURCES = list(Source)
KINDS = list(ActivityKind)
ORIGINS = list(ActivityOrigin)
TIERS = [None, *Tier]
STAGES = [None, *Stage]
INTENTS = [None, *Outcome]
ACCOUNTS = [None, "a1", "a2", "a3", "a4"]

# One candidate as a tuple of small integers (cheap to generate and to shrink).
ROW = st.tuples(
    st.integers(0, len(SOURCES) - 1),  # source
    st.integers(0, 25),  # contact
    st.integers(0, len(ACCOUNTS) - 1),  # account
    st.integers(0, len(KINDS) - 1),  # kind
    st.integers(0, 30),  # days late
    st.integers(0, 9),  # fixed time: 0-2 today, 3 on an earlier day, else none
    st.integers(7 * 60, 18 * 60),  # minute of the fixed time
    st.integers(0, len(TIERS) - 1),
    st.integers(0, len(STAGES) - 1),
    st.integers(0, 5),  # fit (0 = unknown)
    st.integers(0, len(INTENTS) - 1),
    st.integers(1, 8),  # attempt
    st.integers(0, 9),  # 0 = buried
    st.integers(1, 90),  # interval
    st.integers(0, 30),  # days late before "overdue"
    st.integers(0, 10_000_000),  # deal value
)


def candidate(index: int, row: tuple[int, ...]) -> Candidate:
    (source_i, contact_i, account_i, kind_i, late, fixed_i, minute, tier_i, stage_i, fit,
     intent_i, attempt, buried, interval, window, value) = row  # fmt: skip
    source = SOURCES[source_i]
    contact = f"c{contact_i:02d}"
    account = ACCOUNTS[account_i]
    due = DAY - timedelta(days=late)
    starts_at = local_start = None
    if source is Source.PLANNED and fixed_i <= 3:
        when = DAY if fixed_i < 3 else DAY - timedelta(days=2)
        local_start = datetime.combine(when, time(minute // 60, minute % 60))
        starts_at = local_start.replace(tzinfo=UTC) - timedelta(hours=1)  # Berlin in winter
        due = when
    return Candidate(
        id=item_id(source, f"x{index:03d}")
        if source is Source.PLANNED
        else item_id(source, contact),
        source=source,
        kind=KINDS[kind_i],
        contact_id=contact,
        contact_name=f"Contact {contact}",
        due_on=DAY if source is Source.NEW else due,
        origin=ORIGINS[index % len(ORIGINS)],
        account_id=account,
        account_name=account,
        tier=TIERS[tier_i],
        starts_at=starts_at,
        local_start=local_start,
        time_zone=ZONE if starts_at else None,
        interval_days=interval,
        late_after_days=window,
        stage=STAGES[stage_i],
        deal_value_cents=value,
        fit=fit or None,
        intent=INTENTS[intent_i],
        attempt=attempt,
        buried=buried == 0,
    )


@st.composite
def books(draw: st.DrawFn) -> tuple[list[Candidate], DayRules]:
    rows = draw(st.lists(ROW, max_size=30))
    found = [candidate(index, row) for index, row in enumerate(rows)]
    rules = DayRules(
        day=DAY,
        capacity=draw(st.integers(1, 40)),
        new_budget=draw(st.integers(0, 10)),
        zone_name=ZONE,
        day_start_hour=4,
    )
    return found, rules


def fixed_today(candidate: Candidate) -> bool:
    return candidate.starts_at is not None and candidate.due_on == DAY


@PROPERTY
@given(books())
def test_nothing_is_lost(book: tuple[list[Candidate], DayRules]) -> None:
    """Every distinct candidate lands in exactly one section or the backlog."""
    found, rules = book
    queue = build_queue(found, rules)
    placed = [item.id for item in queue.items]
    assert sorted(placed) == sorted({c.id for c in found})


@PROPERTY
@given(books(), st.randoms(use_true_random=False))
def test_the_order_is_total_and_stable(
    book: tuple[list[Candidate], DayRules], shuffle: random.Random
) -> None:
    """The same candidates in any input order give the same queue, item for item."""
    found, rules = book
    unique = list({c.id: c for c in found}.values())
    shuffled = unique[:]
    shuffle.shuffle(shuffled)
    assert build_queue(unique, rules).items == build_queue(shuffled, rules).items


@PROPERTY
@given(books())
def test_sections_come_in_order_and_fixed_items_by_time(
    book: tuple[list[Candidate], DayRules],
) -> None:
    """Fixed, due, base, new, backlog — fixed times ascending, the others by falling priority."""
    found, rules = book
    queue = build_queue(found, rules)
    ranks = [ORDER.index(item.section) for item in queue.items]
    assert ranks == sorted(ranks)
    fixed = queue.section(Section.FIXED)
    times = [item.candidate.starts_at for item in fixed]
    assert times == sorted(times)  # type: ignore[type-var]
    assert {item.id for item in fixed} == {c.id for c in found if fixed_today(c) and not c.buried}
    for section in (Section.DUE, Section.BASE, Section.NEW):
        scores = [item.score for item in queue.section(section)]
        assert scores == sorted(scores, reverse=True)


@PROPERTY
@given(books())
def test_capacity_and_new_budget_are_respected(book: tuple[list[Candidate], DayRules]) -> None:
    """The day holds its capacity (fixed times always stay); new prospects keep to the budget."""
    found, rules = book
    queue = build_queue(found, rules)
    fixed = len(queue.section(Section.FIXED))
    assert len(queue.planned) <= max(rules.capacity, fixed)
    assert len(queue.section(Section.NEW)) <= rules.new_budget


@PROPERTY
@given(books())
def test_siblings_are_not_queued_together(book: tuple[list[Candidate], DayRules]) -> None:
    """Two contacts of one account share a day only when a visit to it is planned."""
    found, rules = book
    queue = build_queue(found, rules)
    visited = {
        c.account_id
        for c in found
        if c.kind is ActivityKind.VISIT and c.source is Source.PLANNED and not c.buried
    }
    flexible = [i for i in queue.planned if i.section is not Section.FIXED]
    # The account's first fixed appointment (by time, then id) decides whose day it is; two
    # contacts with appointments at the same minute are both kept, being fixed.
    fixed_owner: dict[str | None, str] = {}
    for fixed in sorted(queue.section(Section.FIXED), key=lambda i: (i.candidate.starts_at, i.id)):
        fixed_owner.setdefault(fixed.candidate.account_id, fixed.candidate.contact_id)
    owners: dict[str, set[str]] = {}
    for item in flexible:
        account = item.candidate.account_id
        if account is None or account in visited:
            continue
        owners.setdefault(account, set()).add(item.candidate.contact_id)
        if account in fixed_owner:
            owners[account].add(fixed_owner[account])
    assert all(len(contacts) == 1 for contacts in owners.values())


@PROPERTY
@given(books())
def test_everything_in_the_backlog_says_why(book: tuple[list[Candidate], DayRules]) -> None:
    """A backlog item's first reason is buried, sibling, over capacity or over budget."""
    found, rules = book
    for item in build_queue(found, rules).section(Section.BACKLOG):
        assert item.reasons[0].code in {
            "buried",
            "sibling",
            "over_capacity",
            "over_budget",
            "day_off",
        }


def plain(**changes: object) -> Candidate:
    values: dict[str, object] = {
        "id": "a1",
        "source": Source.PLANNED,
        "kind": ActivityKind.CALL,
        "contact_id": "c1",
        "contact_name": "Anna",
        "due_on": DAY,
    }
    values.update(changes)
    return Candidate(**values)  # type: ignore[arg-type]


RULES = DayRules(day=DAY, capacity=30, new_budget=8, zone_name=ZONE)


def test_overdue_items_say_their_age_and_rank_higher() -> None:
    """An item three days late shows "overdue 3 days", is coloured overdue and outranks one due."""
    late = plain(id="late", due_on=DAY - timedelta(days=3), interval_days=3)
    due = plain(id="due", contact_id="c2")
    queue = build_queue([due, late], RULES)
    assert [item.id for item in queue.items] == ["late", "due"]
    first = queue.items[0]
    assert first.overdue_days == 3 and first.urgency is Urgency.OVERDUE
    assert first.reasons[0].text == "overdue 3 days"
    assert queue.items[1].reasons[0].text == "due today"


def test_a_tier_account_is_overdue_only_past_its_window() -> None:
    """Base items turn overdue once past the tier's maximum, not at the ideal date."""
    inside = plain(id="b1", source=Source.BASE, tier=Tier.B, due_on=DAY - timedelta(days=10),
                   late_after_days=15, last_touch_on=DAY - timedelta(days=40))  # fmt: skip
    queue = build_queue([inside], RULES)
    assert queue.items[0].section is Section.BASE
    assert queue.items[0].urgency is Urgency.DUE
    assert queue.items[0].reasons[0].text == "tier B: last touch 40 days ago"


def test_buried_items_wait_in_the_backlog() -> None:
    """Bury means not today: the item stays visible in the backlog."""
    queue = build_queue([plain(buried=True)], RULES)
    assert queue.items[0].section is Section.BACKLOG
    assert queue.items[0].reasons[0].text == "buried until tomorrow"


def test_new_prospects_keep_their_budget_when_due_work_overflows() -> None:
    """Prospecting is not crowded out: the budget is reserved inside the capacity."""
    due = [plain(id=f"d{n}", contact_id=f"c{n}") for n in range(10)]
    new = [plain(id=f"new:n{n}", source=Source.NEW, contact_id=f"n{n}") for n in range(5)]
    queue = build_queue(due + new, DayRules(day=DAY, capacity=6, new_budget=2, zone_name=ZONE))
    assert len(queue.section(Section.NEW)) == 2
    assert len(queue.section(Section.DUE)) == 4
    assert len(queue.section(Section.BACKLOG)) == 9


def test_item_ids_round_trip() -> None:
    """Synthesised ids carry their source and contact; activity ids are themselves."""
    assert parse_item_id(item_id(Source.BASE, "c1")) == (Source.BASE, "c1")
    assert parse_item_id("0193-abc") == (Source.PLANNED, "0193-abc")
    assert parse_item_id("resume:c9") == (Source.RESUME, "c9")


def test_a_managers_call_list_is_its_own_section_within_capacity() -> None:
    """Contacts on a call list come after due work and before base customers, say which list
    they are on, and take room from the day's capacity like any other work."""
    due = plain(id="d1", contact_id="c1")
    listed = [
        plain(id=f"list:l{n}", source=Source.LIST, contact_id=f"l{n}",
              origin=ActivityOrigin.CALL_LIST, call_list="C-Kunden 80xxx")
        for n in range(3)
    ]  # fmt: skip
    base = plain(id="base:b1", source=Source.BASE, contact_id="b1", tier=Tier.C,
                 last_touch_on=DAY - timedelta(days=100))  # fmt: skip
    roomy = build_queue([base, *listed, due], DayRules(day=DAY, capacity=5, new_budget=0,
                                                       zone_name=ZONE))  # fmt: skip
    assert [item.section for item in roomy.items] == [
        Section.DUE, Section.LIST, Section.LIST, Section.LIST, Section.BASE,
    ]  # fmt: skip
    kept = roomy.section(Section.LIST)[0]
    assert "on the call list C-Kunden 80xxx" in [reason.text for reason in kept.reasons]
    tight = build_queue([base, *listed, due], DayRules(day=DAY, capacity=3, new_budget=0,
                                                       zone_name=ZONE))  # fmt: skip
    assert len(tight.planned) == 3  # the list takes room like any work; the rest waits
    assert len(tight.section(Section.BACKLOG)) == 2
    assert parse_item_id("list:l1") == (Source.LIST, "l1")
