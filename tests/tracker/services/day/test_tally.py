"""Done vs planned: Today, the end-of-day review, the Week view and the reports count a day alike."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from tests.tracker.services.queue_factory import rows
from tracker.domain.enums import Outcome, Section
from tracker.domain.reports import Period
from tracker.domain.worklog import DayTally
from tracker.services.book import Book

TODAY = date(2026, 12, 1)  # a Tuesday
MONDAY = TODAY - timedelta(days=1)


def log_some(book: Book, count: int) -> None:
    queue = book.queue.today()
    for item in [i for i in queue.items if i.section is Section.DUE][:count]:
        book.work.log(item.id, Outcome.CONNECTED)


def test_today_review_week_and_report_agree_on_a_day(demo_book: Book) -> None:
    """After some logging, today's tally is the same from the review and from the week; its
    done equals what the review lists and the report's activities for the day, its planned
    what Today lists above the backlog, its backlog the queue's."""
    log_some(demo_book, 3)
    tally = demo_book.review.tally()
    assert demo_book.planning.week(MONDAY).days[1].tally == tally
    assert demo_book.review.end_of_day().tally == tally
    queue = demo_book.queue.today()
    assert tally.done == len(demo_book.review.logged()) == 3
    [day] = [d for d in demo_book.reports.summary(Period(TODAY, TODAY)).per_day]
    assert day.activities == tally.done
    assert tally.planned == len(queue.planned)
    assert tally.backlog == demo_book.queue.backlog_size(queue)
    assert tally == DayTally.of_today(queue, len(demo_book.review.logged()))


def test_past_days_count_done_work_and_later_days_their_due_work(demo_book: Book) -> None:
    """Monday (past): what was done, as the report counts it, nothing planned; Thursday: the
    open activities due that day, nothing done; the weekend a day off."""
    week = {load.day: load.tally for load in demo_book.planning.week(MONDAY).days}
    monday = week[MONDAY]
    report = demo_book.reports.summary(Period(MONDAY, MONDAY))
    assert monday.planned is None and monday.done == report.per_day[0].activities > 0
    assert demo_book.review.tally(MONDAY) == monday
    thursday = week[TODAY + timedelta(days=2)]
    [(due,)] = rows(
        demo_book,
        "SELECT count(*) FROM activities WHERE status = 'planned' AND deleted_at IS NULL"
        " AND due_on = '2026-12-03'",
    )
    assert thursday.done is None and thursday.planned == due > 0
    saturday = week[TODAY + timedelta(days=4)]
    assert saturday.capacity == 0 and saturday.backlog is None


def test_a_deleted_done_activity_counts_nowhere(demo_book: Book) -> None:
    """Done work whose row is deleted leaves the tally, the review's list and the week alike."""
    log_some(demo_book, 2)
    first = demo_book.review.logged()[0]
    with demo_book._ctx.db.write() as session:
        session.execute(
            text("UPDATE activities SET deleted_at = updated_at WHERE id = :a"), {"a": first.id}
        )
    tally = demo_book.review.tally()
    assert tally.done == len(demo_book.review.logged()) == 1
    assert demo_book.planning.week(MONDAY).days[1].tally.done == 1
