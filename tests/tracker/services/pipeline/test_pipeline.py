"""The pipeline board, stage moves recorded with history, winning and losing, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tracker.domain.contact_fields import FieldError
from tracker.domain.enums import Lifecycle, Stage
from tracker.domain.pipeline import DealDraft
from tracker.services.book import Book
from tracker.storage.records import DealStageChangeRecord

from ..book_helpers import add_contact, dump


def history(book: Book, deal_id: str) -> list[tuple[Stage | None, Stage]]:
    with book._ctx.db.read() as session:
        rows = session.execute(
            select(DealStageChangeRecord.from_stage, DealStageChangeRecord.to_stage)
            .where(DealStageChangeRecord.deal_id == deal_id)
            .order_by(DealStageChangeRecord.created_at, DealStageChangeRecord.id)
        ).all()
    return [(a, b) for a, b in rows]


def test_the_demo_board_shows_every_stage_with_conversion(demo_book: Book) -> None:
    """All seven stages, open ones with a conversion rate onwards and days in stage."""
    board = demo_book.pipeline.board()
    assert [column.stage for column in board.columns] == list(Stage)
    for column in board.columns:
        assert column.count >= len(column.cards) > 0
        if column.stage.is_open:
            assert column.conversion is not None and 0 < column.conversion <= 1
    cards = [card for column in board.columns for card in column.cards]
    assert any(card.stalled for card in cards)
    assert all(card.days_in_stage >= 0 for card in cards)
    assert board.win_rate is not None


def test_every_move_is_recorded(book: Book) -> None:
    """Opening a deal and moving it twice leaves three stage changes; undo takes one back."""
    contact = add_contact(book, "Eva", "Lang")
    deal = book.pipeline.create(DealDraft(contact, "Neue Heizung", value_cents=800_000)).value
    book.pipeline.move(deal, Stage.CONTACTED)
    book.pipeline.move(deal, Stage.PROPOSAL)
    assert history(book, deal) == [
        (None, Stage.NEW),
        (Stage.NEW, Stage.CONTACTED),
        (Stage.CONTACTED, Stage.PROPOSAL),
    ]
    book.undo.undo()
    assert history(book, deal)[-1] == (Stage.NEW, Stage.CONTACTED)
    card = book.pipeline.board().column(Stage.CONTACTED).cards[0]
    assert (card.id, card.title, card.contact, card.value_cents) == (
        deal,
        "Neue Heizung",
        "Eva Lang",
        800_000,
    )


def test_winning_records_the_sale_and_losing_needs_a_reason(book: Book) -> None:
    """A won deal becomes a purchase and makes a customer; a lost one keeps its reason."""
    contact = add_contact(book, "Eva", "Lang")
    won = book.pipeline.create(DealDraft(contact, "Dach", value_cents=1_000_000)).value
    before = dump(book)
    book.pipeline.move(won, Stage.WON)
    detail = book.contacts.detail(contact)
    assert detail.lifecycle is Lifecycle.CUSTOMER
    assert [e.amount_cents for e in detail.timeline if e.kind.value == "purchase"] == [1_000_000]
    assert book.loyalty.ranking().entries[0].contact_id == contact
    book.undo.undo()
    assert dump(book) == before
    lost = book.pipeline.create(DealDraft(contact, "Fenster", value_cents=5_000)).value
    with pytest.raises(FieldError, match="reason"):
        book.pipeline.move(lost, Stage.LOST)
    book.pipeline.move(lost, Stage.LOST, reason="price")
    card = book.pipeline.board().column(Stage.LOST).cards[0]
    assert card.lost_reason == "price"


def test_a_deal_needs_a_title_and_readiness_is_editable(book: Book) -> None:
    """Validation keeps bad deals out; a deal's readiness (1–5) shows on its card."""
    contact = add_contact(book, "Eva", "Lang")
    with pytest.raises(FieldError, match="title"):
        book.pipeline.create(DealDraft(contact, "  "))
    deal = book.pipeline.create(DealDraft(contact, "Dach", readiness=2)).value
    book.pipeline.set_readiness(deal, 4)
    assert book.pipeline.board().column(Stage.NEW).cards[0].readiness == 4
    with pytest.raises(FieldError, match="readiness"):
        book.pipeline.set_readiness(deal, 7)
