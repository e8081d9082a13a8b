"""Shared write helpers: contacts with their details, deal stage moves with history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from tracker.domain.contact_fields import FieldError, Phone
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import Stage
from tracker.services.book import Book
from tracker.storage.contacts import insert_contact, replace_details
from tracker.storage.deals import move_deal_stage
from tracker.storage.records import (
    ContactEmailRecord,
    ContactPhoneRecord,
    DealRecord,
    DealStageChangeRecord,
)


def test_a_draft_is_normalised_before_it_is_stored(book: Book) -> None:
    """Phones become E.164, e-mails are trimmed, tags lower-cased and de-duplicated."""
    draft = ContactDraft(
        first_name=" Jörg ",
        last_name="Köhler",
        phones=(Phone("030 1234567", "work"), Phone("+49 30 1234567", "work")),
        emails=(" J.Koehler@Example.de",),
        tags=("VIP", "vip ", ""),
    ).validated("DE")
    assert draft.first_name == "Jörg"
    assert draft.phones == (Phone("+49301234567", "work"),)
    assert draft.emails == ("J.Koehler@Example.de",)
    assert draft.tags == ("vip",)
    with book._ctx.db.write() as session:
        contact = insert_contact(session, draft)
        numbers = session.scalars(select(ContactPhoneRecord.number)).all()
        keys = session.scalars(select(ContactEmailRecord.normalized)).all()
        replace_details(session, contact, ContactDraft(first_name="Jörg"))
        assert session.scalars(select(ContactPhoneRecord)).all() == []
    assert numbers == ["+49301234567"]
    assert keys == ["j.koehler@example.de"]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ContactDraft(), "name"),
        (ContactDraft(first_name="A", phones=(Phone("xyz"),)), "phone"),
        (ContactDraft(first_name="A", emails=("nope",)), "email"),
        (ContactDraft(first_name="A", fit=9), "fit"),
    ],
)
def test_bad_drafts_name_the_field(draft: ContactDraft, field: str) -> None:
    """Validation says which field is wrong."""
    with pytest.raises(FieldError) as caught:
        draft.validated("DE")
    assert caught.value.field == field


def test_moving_a_deal_records_history(book: Book) -> None:
    """Each move adds a stage change; closing sets closed_at; same stage is a no-op."""
    at = datetime(2026, 12, 1, 10, tzinfo=UTC)
    with book._ctx.db.write() as session:
        contact = insert_contact(session, ContactDraft(first_name="Eva").validated("DE"))
        deal = DealRecord(contact_id=contact.id, title="Fit-out", stage_entered_at=at)
        session.add(deal)
        session.flush()
        assert move_deal_stage(session, deal, Stage.NEW, at=at) is None
        move_deal_stage(session, deal, Stage.PROPOSAL, at=at)
        move_deal_stage(session, deal, Stage.LOST, at=at, lost_reason="price")
        session.flush()
        history = session.execute(
            select(DealStageChangeRecord.from_stage, DealStageChangeRecord.to_stage).order_by(
                DealStageChangeRecord.id
            )
        ).all()
        assert deal.closed_at == at and deal.lost_reason == "price"
    assert [tuple(row) for row in history] == [
        (Stage.NEW, Stage.PROPOSAL),
        (Stage.PROPOSAL, Stage.LOST),
    ]
