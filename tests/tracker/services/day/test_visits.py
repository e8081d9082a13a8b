"""Field visits: check in, check out with the report (logged like any outcome), the visit still
open the next morning, times corrected with their reason kept — all undoable."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.tracker.services.queue_factory import (
    add_account,
    add_contact,
    add_planned,
    row,
    rows,
    snapshot,
)
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind, Outcome, Tier
from tracker.domain.visits import VisitError, VisitReport
from tracker.services.book import Book

TODAY = date(2026, 12, 1)


def a_visit(book: Book, name: str = "Müller GmbH") -> str:
    account = add_account(book, name, Tier.A)
    contact = add_contact(book, "Anna", "Müller", account_id=account)
    return add_planned(book, contact, TODAY, kind=ActivityKind.VISIT, account_id=account)


def test_check_in_starts_the_time_on_site_and_check_out_logs_the_report(
    book: Book, clock: FixedClock
) -> None:
    """In at 09:00, out at 10:25: 85 minutes on site, the report on the done visit, a purchase
    for the order and the next step planned as for any logged outcome."""
    visit = a_visit(book)
    opened = book.visits.check_in(visit).value
    assert opened.activity_id == visit and opened.place == "Müller GmbH" and not opened.stale
    assert [v.activity_id for v in book.visits.open_visits()] == [visit]
    clock.advance(timedelta(minutes=85))
    report = VisitReport("Anna Müller (buyer)", "winter range, prices", 125_000, "good mood")
    result = book.visits.check_out(visit, Outcome.ORDER_TAKEN, report=report).value
    assert result.logged.outcome is Outcome.ORDER_TAKEN and result.next is not None
    detail = book.visits.detail(visit)
    assert detail.facts.minutes_on_site == 85
    assert (detail.facts.met_with, detail.facts.topics) == (
        "Anna Müller (buyer)",
        "winter range, prices",
    )
    assert detail.facts.order_value_cents == 125_000 and detail.note == "good mood"
    assert row(book, "SELECT amount_cents FROM purchases WHERE activity_id = :id", id=visit) == (
        125_000,
    )
    assert book.visits.open_visits() == ()


def test_a_synthesised_tier_visit_becomes_a_planned_visit_when_checked_in(book: Book) -> None:
    """A tier A account due a visit (no activity yet) can be checked in straight from Today."""
    account = add_account(book, "Bäckerei Korn", Tier.A, next_touch_on=TODAY)
    add_contact(book, "Karl", "Korn", account_id=account)
    item = next(i for i in book.queue.today().items if i.id.startswith("base:"))
    opened = book.visits.check_in(item.id).value
    assert row(
        book, "SELECT kind, status FROM activities WHERE id = :id", id=opened.activity_id
    ) == (
        "visit",
        "planned",
    )


def test_only_visits_are_checked_in_and_one_at_a_time(book: Book) -> None:
    """A call cannot be checked in; a second check-in names the visit still open."""
    first, second = a_visit(book), a_visit(book, "Weber KG")
    contact = add_contact(book, "Carl", "Caller")
    call = add_planned(book, contact, TODAY)
    with pytest.raises(VisitError, match="this is a call, not a visit"):
        book.visits.check_in(call)
    book.visits.check_in(first)
    with pytest.raises(VisitError, match="still checked in at Müller GmbH since 09:00"):
        book.visits.check_in(second)
    with pytest.raises(VisitError, match="checked in there already"):
        book.visits.check_in(first)


def test_a_visit_never_checked_out_is_caught_the_next_morning(
    book: Book, clock: FixedClock
) -> None:
    """Checked in at 14:05 and forgotten: the next day the visit is open and stale; checking
    it out at the real time counts the visit for the day it happened."""
    visit = a_visit(book)
    clock.advance(timedelta(hours=5, minutes=5))
    book.visits.check_in(visit)
    clock.advance(timedelta(hours=20))  # 10:05 the next morning
    (still,) = book.visits.open_visits()
    assert still.stale and still.day == TODAY
    left = datetime(2026, 12, 1, 13, 50, tzinfo=UTC)  # 14:50 in Berlin
    book.visits.check_out(visit, Outcome.MET_DECISION_MAKER, at=left)
    assert row(book, "SELECT done_on, checked_out_at FROM activities WHERE id = :id", id=visit) == (
        "2026-12-01",
        "2026-12-01 13:50:00.000000",
    )
    assert book.visits.detail(visit).facts.minutes_on_site == 45


def test_check_out_refuses_times_that_make_no_visit(book: Book, clock: FixedClock) -> None:
    """Out before in, out in the future, an order value without an order: refused, nothing
    written."""
    visit = a_visit(book)
    book.visits.check_in(visit)
    before = snapshot(book)
    with pytest.raises(VisitError, match="must not come before the check-in"):
        book.visits.check_out(visit, Outcome.MET_OTHER, at=clock.now() - timedelta(hours=1))
    with pytest.raises(VisitError, match="lies in the future"):
        book.visits.check_out(visit, Outcome.MET_OTHER, at=clock.now() + timedelta(hours=1))
    with pytest.raises(VisitError, match="only an order has one"):
        book.visits.check_out(visit, Outcome.MET_OTHER, report=VisitReport(order_value_cents=5))
    assert snapshot(book) == before


def test_times_changed_afterwards_keep_the_reason_and_undo_restores_them(
    book: Book, clock: FixedClock
) -> None:
    """A corrected check-in writes an audit line with before, after and why; undo takes both
    back exactly."""
    visit = a_visit(book)
    book.visits.check_in(visit)
    clock.advance(timedelta(minutes=30))
    book.visits.check_out(visit, Outcome.MET_OTHER)
    before = snapshot(book)
    arrived = clock.now() - timedelta(minutes=75)
    edit = book.visits.edit_times(
        visit, checked_in_at=arrived, checked_out_at=None, reason="forgot to check in on arrival"
    ).value
    assert edit.reason == "forgot to check in on arrival"
    assert edit.checked_in_before == clock.now() - timedelta(minutes=30)
    detail = book.visits.detail(visit)
    assert detail.facts.minutes_on_site == 75 and detail.edits == (edit,)
    with pytest.raises(VisitError, match="say why"):
        book.visits.edit_times(visit, checked_in_at=arrived, checked_out_at=None, reason=" ")
    book.undo.undo()
    assert snapshot(book) == before


def test_a_report_corrected_afterwards_carries_the_order_to_its_purchase_and_undo_restores_it(
    book: Book, clock: FixedClock
) -> None:
    """After check-out the rep fixes a name, the topics, the note and the order's value: the
    visit and its purchase change together, in one undoable step."""
    visit = a_visit(book)
    book.visits.check_in(visit)
    clock.advance(timedelta(minutes=40))
    report = VisitReport("Ana Müler", "winter range", 125_000, "good mood")
    book.visits.check_out(visit, Outcome.ORDER_TAKEN, report=report)
    before = snapshot(book)
    fixed = VisitReport(" Anna Müller (buyer) ", "winter range, prices", 152_000, "good mood")
    facts = book.visits.edit_report(visit, fixed).value
    assert (facts.met_with, facts.topics, facts.order_value_cents) == (
        "Anna Müller (buyer)",
        "winter range, prices",
        152_000,
    )
    assert facts.minutes_on_site == 40  # the times stay
    assert row(book, "SELECT amount_cents FROM purchases WHERE activity_id = :id", id=visit) == (
        152_000,
    )
    # No value given for an order keeps the one it has.
    kept = book.visits.edit_report(visit, VisitReport("Anna Müller", None, None, None)).value
    assert kept.order_value_cents == 152_000 and kept.topics is None
    assert book.visits.detail(visit).note is None
    book.undo.undo()
    book.undo.undo()
    assert snapshot(book) == before


def test_a_report_can_be_corrected_only_once_written_and_only_with_a_change(book: Book) -> None:
    """An open visit has no report yet; the same report again, or a value for what was not an
    order, is refused with the reason."""
    visit = a_visit(book)
    book.visits.check_in(visit)
    with pytest.raises(VisitError, match="not checked out yet"):
        book.visits.edit_report(visit, VisitReport("Anna"))
    book.visits.check_out(visit, Outcome.MET_OTHER, report=VisitReport("Anna", "prices"))
    with pytest.raises(VisitError, match="as it was"):
        book.visits.edit_report(visit, VisitReport(" Anna ", "prices"))
    with pytest.raises(VisitError, match="only an order has one"):
        book.visits.edit_report(visit, VisitReport("Anna", "prices", 5_000))


def test_check_in_and_out_are_each_undone_by_one_undo(book: Book) -> None:
    """Undo after a check-out gives the open visit back; undo again the plain planned visit."""
    visit = a_visit(book)
    planned = snapshot(book)
    book.visits.check_in(visit)
    checked_in = snapshot(book)
    book.visits.check_out(visit, Outcome.LEFT_MATERIAL, report=VisitReport(topics="brochure"))
    book.undo.undo()
    assert snapshot(book) == checked_in
    book.undo.undo()
    assert snapshot(book) == planned


def test_discarding_a_check_in_plans_the_visit_again(book: Book) -> None:
    """A check-in by mistake is taken back; the visit stays in the day's list."""
    visit = a_visit(book)
    book.visits.check_in(visit)
    book.visits.discard_check_in(visit)
    assert book.visits.open_visits() == ()
    assert rows(book, "SELECT status, checked_in_at FROM activities WHERE id = :id", id=visit) == [
        ("planned", None)
    ]


def test_time_on_site_reaches_the_summary_and_its_exports(
    book: Book, clock: FixedClock, tmp_path: Path
) -> None:
    """Two visits of 40 and 25 minutes: the day's summary counts 65 minutes on site, the CSV
    lists each visit's minutes, the workbook's day table has them."""
    import csv

    import openpyxl

    from tracker.domain.reports import Period
    from tracker.services.exports.service import SummaryFormat

    for name, minutes in (("Müller GmbH", 40), ("Weber KG", 25)):
        visit = a_visit(book, name)
        book.visits.check_in(visit)
        clock.advance(timedelta(minutes=minutes))
        book.visits.check_out(visit, Outcome.MET_OTHER)
    period = Period(TODAY, TODAY)
    report = book.reports.summary(period)
    assert report.totals.minutes_on_site == 65 and report.per_day[0].minutes_on_site == 65
    book.exports.summary(period, SummaryFormat.CSV, tmp_path / "day.csv")
    with (tmp_path / "day.csv").open(encoding="utf-8-sig", newline="") as handle:
        listed = sorted(row["minutes_on_site"] for row in csv.DictReader(handle))
    assert listed == ["25", "40"]
    book.exports.summary(period, SummaryFormat.XLSX, tmp_path / "day.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "day.xlsx", read_only=True)["Per day"]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("On site (min)")
    assert rows[1][column] == 65


def test_the_report_shows_in_the_timelines_and_the_day_review(
    book: Book, clock: FixedClock
) -> None:
    """The contact's and the account's timeline and the day's logged list carry the time on
    site and whom the rep met."""
    visit = a_visit(book)
    book.visits.check_in(visit)
    clock.advance(timedelta(minutes=50))
    book.visits.check_out(visit, Outcome.MET_DECISION_MAKER, report=VisitReport("Anna Müller"))
    contact_id, account_id = row(
        book, "SELECT contact_id, account_id FROM activities WHERE id = :id", id=visit
    )
    for entries in (
        book.contacts.detail(contact_id).timeline,
        book.accounts.detail(account_id).timeline,
    ):
        (entry,) = [e for e in entries if e.ref_id == visit]
        assert entry.visit is not None and entry.visit.minutes_on_site == 50
        assert entry.visit.met_with == "Anna Müller"
    (logged,) = book.review.logged()
    assert logged.visit is not None and logged.visit.minutes_on_site == 50


def test_a_suggested_visit_checked_in_is_checked_out_by_the_same_item_id(book: Book) -> None:
    """Checking out `base:…` (the id Today showed before the check-in) finds the visit the
    check-in planned: one visit, with its time on site, not a second one."""
    account = add_account(book, "Bäckerei Korn", Tier.A, next_touch_on=TODAY)
    add_contact(book, "Karl", "Korn", account_id=account)
    item = next(i for i in book.queue.today().items if i.id.startswith("base:"))
    opened = book.visits.check_in(item.id).value
    book.visits.check_out(item.id, Outcome.MET_OTHER)
    assert rows(book, "SELECT id, status FROM activities WHERE kind = 'visit'") == [
        (opened.activity_id, "done")
    ]
