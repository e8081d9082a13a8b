"""Find duplicates and merge them: everything moves to the survivor; undo restores every row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tracker.domain.contacts import ContactQuery
from tracker.domain.duplicates import MatchReason
from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome, ReferralStatus
from tracker.domain.pipeline import DealDraft
from tracker.services.book import Book
from tracker.storage.records import ActivityRecord, PurchaseRecord, ReferralRecord

from ..book_helpers import add_account, add_contact, dump


def make_pair(book: Book) -> tuple[str, str, str]:
    """Two records of Jörg Meier (one with history), and a friend he referred twice."""
    shop = add_account(book, "Müller Bau GmbH")
    keep = add_contact(book, "Jörg", "Meier", account_id=shop, phones=("0151 1111 2222",),
                       emails=("jm@mueller-bau.de",), tags=("vip",))  # fmt: skip
    dupe = add_contact(book, "Joerg", "Meyer", account_id=shop, phones=("0151 1111 2222", "030 999888"),
                       emails=("JM@mueller-bau.de", "joerg@web.de"), tags=("vip", "decider"),
                       job_title="Einkauf")  # fmt: skip
    friend = add_contact(book, "Eva", "Lang")
    now = book.clock.now()
    with book._ctx.db.write() as session:
        for contact, outcome in ((keep, Outcome.CONNECTED), (dupe, Outcome.ORDER_TAKEN)):
            session.add(
                ActivityRecord(contact_id=contact, kind=ActivityKind.CALL, status=ActivityStatus.DONE,
                               due_on=date(2026, 11, 30), done_on=date(2026, 11, 30),
                               completed_at=now, outcome=outcome)
            )  # fmt: skip
        session.add(
            PurchaseRecord(contact_id=dupe, purchased_on=date(2026, 11, 30), amount_cents=50000)
        )
        session.add(
            ReferralRecord(referrer_id=dupe, referred_id=friend, referred_on=date(2026, 11, 1))
        )
        session.add(
            ReferralRecord(referrer_id=keep, referred_id=friend, referred_on=date(2026, 11, 2))
        )
        session.add(ReferralRecord(referrer_id=keep, referred_id=dupe, referred_on=date(2026, 11, 3),
                                   status=ReferralStatus.WON))  # fmt: skip
    book.pipeline.create(DealDraft(dupe, "Neues Dach", value_cents=1_200_000))
    return keep, dupe, friend


def test_the_tool_finds_the_cluster_and_suggests_who_to_keep(book: Book) -> None:
    """Jörg Meier and Joerg Meyer at the same company with one phone form one cluster."""
    keep, dupe, _friend = make_pair(book)
    clusters = book.duplicates.clusters()
    assert len(clusters) == 1
    cluster = clusters[0]
    assert {m.id for m in cluster.members} == {keep, dupe}
    assert set(cluster.reasons) == {MatchReason.PHONE, MatchReason.EMAIL, MatchReason.NAME}


def test_merge_moves_everything_to_the_survivor(book: Book) -> None:
    """History, deals, purchases, referrals and details of the duplicate end up on the survivor."""
    keep, dupe, friend = make_pair(book)
    result = book.duplicates.merge(keep, [dupe]).value
    assert result.merged == 1
    assert book.contacts.ids(ContactQuery(text="meier")) == (keep,)
    detail = book.contacts.detail(keep)
    assert [p.number for p in detail.phones] == ["+4915111112222", "+4930999888"]
    assert detail.emails == ("jm@mueller-bau.de", "joerg@web.de")
    assert detail.tags == ("decider", "vip")
    assert detail.job_title == "Einkauf"
    assert [d.title for d in detail.deals] == ["Neues Dach"]
    with book._ctx.db.read() as session:
        assert session.scalar(select(func.count()).where(ActivityRecord.contact_id == keep)) == 2
        assert session.scalar(select(func.count()).where(PurchaseRecord.contact_id == keep)) == 1
        live = session.execute(
            select(ReferralRecord.referrer_id, ReferralRecord.referred_id).where(
                ReferralRecord.deleted_at.is_(None)
            )
        ).all()
    assert live == [(keep, friend)]  # one referral of Eva kept, the self-referral gone
    referred_by = book.loyalty.referrals(friend).referred_by
    assert referred_by is not None and referred_by.contact_id == keep


def test_undo_of_a_merge_restores_every_row_exactly(book: Book) -> None:
    """Full table dumps (search index included) are identical before the merge and after undo."""
    keep, dupe, _friend = make_pair(book)
    before = dump(book)
    book.duplicates.merge(keep, [dupe])
    assert dump(book) != before
    assert book.undo.peek().action == "merge_contacts"
    book.undo.undo()
    assert dump(book) == before
    assert {h.id for h in book.search.search("joerg meyer")} == {dupe}


def test_merging_a_demo_customer_with_history_is_undone_exactly(demo_book: Book) -> None:
    """A demo customer's whole history moves into a new duplicate record, and undo reverses it."""
    customers = demo_book.loyalty.ranking().entries
    richest = next(e for e in customers if e.referrals > 0)
    old = demo_book.contacts.detail(richest.contact_id)
    fresh = add_contact(demo_book, old.first_name, old.last_name, phones=(old.phones[0].number,))
    clusters = demo_book.duplicates.clusters()
    assert any({m.id for m in c.members} == {old.id, fresh} for c in clusters)
    before = dump(demo_book)
    demo_book.duplicates.merge(fresh, [old.id])
    merged = demo_book.contacts.detail(fresh)
    assert len(merged.timeline) == len(old.timeline)
    assert merged.referrals.referred and merged.lifecycle is old.lifecycle
    demo_book.undo.undo()
    assert dump(demo_book) == before
