"""The demo book: deterministic, believable, complete enough to show every screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import DEMO_DAY
from tracker.domain.enums import ContactState, Lifecycle, Stage
from tracker.services.book import Book
from tracker.services.demo.service import BookNotEmpty
from tracker.services.location import DataLocation


def scalar(book: Book, sql: str) -> object:
    with book._ctx.db.read() as session:
        return session.execute(text(sql)).scalar()


def column(book: Book, sql: str) -> set[object]:
    with book._ctx.db.read() as session:
        return set(session.execute(text(sql)).scalars())


def test_same_seed_same_book(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    """Two books made from one seed hold the same rows, ids included."""
    dumps = []
    for name in ("a", "b"):
        with Book.open(DataLocation(tmp_path / name), clock=clock) as book:
            book.demo.load(seed=5, contacts=60, activities=500, today=DEMO_DAY)
            with book._ctx.db.read() as session:
                dumps.append(
                    session.execute(
                        text(
                            "SELECT id, contact_id, kind, outcome, due_on FROM activities ORDER BY id"
                        )
                    ).all()
                )
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) >= 500


def test_demo_covers_every_stage_state_and_lifecycle(demo_book: Book) -> None:
    """Contacts in every lifecycle and state, deals in every stage, tiers A/B/C."""
    assert column(demo_book, "SELECT lifecycle FROM contacts") == {
        stage.value for stage in Lifecycle
    }
    assert column(demo_book, "SELECT state FROM contacts") == {s.value for s in ContactState}
    assert column(demo_book, "SELECT stage FROM deals") == {s.value for s in Stage}
    assert {"A", "B", "C"} <= column(demo_book, "SELECT tier FROM accounts")


def test_demo_has_history_and_upcoming_work(demo_book: Book) -> None:
    """Months of done activities with many outcomes, and planned work incl. fixed times."""
    assert scalar(demo_book, "SELECT count(*) FROM activities WHERE status = 'done'") == 3600
    assert len(column(demo_book, "SELECT outcome FROM activities WHERE outcome IS NOT NULL")) >= 15
    first = scalar(demo_book, "SELECT min(done_on) FROM activities")
    assert str(first) < "2026-03-01"
    planned_today = scalar(
        demo_book,
        f"SELECT count(*) FROM activities WHERE status = 'planned' AND due_on = '{DEMO_DAY}'",
    )
    fixed_later = scalar(
        demo_book,
        f"SELECT count(*) FROM activities WHERE status = 'planned' AND starts_at IS NOT NULL AND due_on > '{DEMO_DAY}'",
    )
    overdue = scalar(
        demo_book,
        f"SELECT count(*) FROM activities WHERE status = 'planned' AND due_on < '{DEMO_DAY}'",
    )
    assert planned_today and fixed_later and overdue


def test_denormalised_fields_agree_with_history(demo_book: Book) -> None:
    """Each contact's last touch is its latest done activity; accounts carry the max of theirs."""
    mismatches = scalar(
        demo_book,
        "SELECT count(*) FROM contacts c WHERE c.last_touch_at IS NOT"
        " (SELECT max(completed_at) FROM activities a WHERE a.contact_id = c.id AND a.status = 'done')",
    )
    assert mismatches == 0
    untouched_tiered = scalar(
        demo_book, "SELECT count(*) FROM accounts WHERE tier IS NOT NULL AND next_touch_on IS NULL"
    )
    assert untouched_tiered == 0


def test_referral_chains_and_money(demo_book: Book) -> None:
    """Referrals point at earlier customers; customers have purchases; won deals were bought."""
    assert scalar(demo_book, "SELECT count(*) FROM referrals") > 10
    assert scalar(demo_book, "SELECT count(*) FROM contacts WHERE referred_by_id IS NOT NULL") > 10
    won_without_purchase = scalar(
        demo_book,
        "SELECT count(*) FROM deals d WHERE stage = 'won'"
        " AND NOT EXISTS (SELECT 1 FROM purchases p WHERE p.deal_id = d.id)",
    )
    assert won_without_purchase == 0


def test_demo_leaves_a_healthy_database(demo_book: Book) -> None:
    """Integrity and foreign keys check out after the bulk load."""
    report = demo_book.maintenance.check(full=True)
    assert report.ok, report
    assert report.contacts == 300


def test_demo_refuses_a_book_with_contacts(demo_book: Book) -> None:
    """Demo data never mixes with a rep's real customers."""
    with pytest.raises(BookNotEmpty, match="already holds 300 contacts"):
        demo_book.demo.load(seed=2)


def test_demo_phone_numbers_are_real_numbers(demo_book: Book) -> None:
    """Every demo phone number is a valid number for its country, so it formats like a real one."""
    import phonenumbers

    numbers = column(demo_book, "SELECT number FROM contact_phones")
    invalid = [n for n in numbers if not phonenumbers.is_valid_number(phonenumbers.parse(n))]
    assert numbers and invalid == []


def test_demo_companies_are_not_duplicates_of_each_other(demo_book: Book) -> None:
    """Each company has a website of its own, so Find duplicates finds no demo accounts."""
    from tracker.domain.duplicates import RecordKind

    sites = scalar(demo_book, "SELECT count(website) - count(DISTINCT website) FROM accounts")
    assert sites == 0
    clusters = demo_book.duplicates.clusters()
    assert [c for c in clusters if c.kind is RecordKind.ACCOUNT] == []
