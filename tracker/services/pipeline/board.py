"""The pipeline: the board by stage, moving deals (every move recorded), winning and losing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import day_start
from tracker.domain.contact_fields import FieldError
from tracker.domain.enums import Lifecycle, ReferralStatus, Stage
from tracker.domain.pipeline import (
    CLOSED_DAYS,
    Board,
    DealDetail,
    DealDraft,
    StageColumn,
    conversion_rates,
    win_rate,
)
from tracker.services.context import ServiceContext
from tracker.services.customers.contact_changes import NotFound, live_contact
from tracker.services.lookup import resolve_id
from tracker.storage.deals import move_deal_stage
from tracker.storage.pipeline import (
    deal_card,
    furthest_stages,
    idle_cutoff,
    stage_cards,
    stage_moves,
    stage_totals,
)
from tracker.storage.records import (
    DealRecord,
    DealStageChangeRecord,
    PurchaseRecord,
    ReferralRecord,
)

DEAL_CHANGES = Changes(deals=True)
MAX_REASON = 200
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def live_deal(session: Session, deal_id: str) -> DealRecord:
    deal = session.get(DealRecord, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFound("that deal no longer exists")
    return deal


class PipelineService:
    """What the Pipeline screen shows and does."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def board(self) -> Board:
        """Every stage with its count, value, stalled deals, the cards and conversion onwards.

        Open stages hold all their deals; won and lost those closed in the last CLOSED_DAYS days.
        """
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            closed_since = day_start(
                today - timedelta(days=CLOSED_DAYS),
                zone_name=prefs.time_zone,
                day_start_hour=prefs.day_start_hour,
            )
            idle_before = idle_cutoff(prefs, today)
            furthest = furthest_stages(session)
            rates = conversion_rates(furthest)
            columns = []
            for stage in Stage:
                since = EPOCH if stage.is_open else closed_since
                count, value, stalled = stage_totals(
                    session, stage, since=since, idle_before=idle_before
                )
                cards = stage_cards(session, stage, since=since, prefs=prefs, today=today)
                columns.append(
                    StageColumn(stage, count, value, tuple(cards), rates.get(stage), stalled)
                )
            return Board(tuple(columns), today, prefs.stalled_days, win_rate(furthest))

    def resolve(self, typed: str) -> str:
        """The id of the live deal whose id is `typed` or starts with it (at least 4
        characters); raises UnknownId or AmbiguousId with a message for the rep."""
        with self._ctx.db.read() as session:
            return resolve_id(session, "deals", "deal", typed)

    def deal(self, deal_id: str) -> DealDetail:
        """One deal: its card (stage, value, days in stage, stalled) and every move it made."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            card = deal_card(session, deal_id, prefs=prefs, today=self._ctx.today(session))
            if card is None:
                raise NotFound("that deal no longer exists")
            return DealDetail(card, tuple(stage_moves(session, deal_id)))

    def create(self, draft: DealDraft) -> Written[str]:
        """Open a deal for a contact (its first stage change is recorded too)."""
        clean = draft.validated()
        now = self._ctx.now()
        with self._ctx.undoable("add_deal", clean.title) as session:
            contact = live_contact(session, clean.contact_id)
            deal = DealRecord(
                contact_id=contact.id,
                account_id=contact.account_id,
                title=clean.title,
                stage=Stage.NEW,
                value_cents=clean.value_cents,
                currency=clean.currency,
                expected_close=clean.expected_close,
                readiness=clean.readiness,
                stage_entered_at=now,
            )
            session.add(deal)
            session.flush()
            session.add(
                DealStageChangeRecord(
                    deal_id=deal.id, from_stage=None, to_stage=Stage.NEW, changed_at=now
                )
            )
            if clean.stage is not Stage.NEW:
                move_deal_stage(session, deal, clean.stage, at=now)
            if contact.lifecycle is Lifecycle.LEAD:
                contact.lifecycle = Lifecycle.PROSPECT
            deal_id = deal.id
        return Written(deal_id, Changes(deals=True, contacts=True))

    def move(self, deal_id: str, stage: Stage, *, reason: str | None = None) -> Written[str]:
        """Put a deal into another stage; the move is recorded with its time.

        Winning records the sale as a purchase (once per deal), makes the contact a customer and
        marks a referral that brought them as won. Losing needs a reason. Moving a won deal back
        withdraws its purchase.
        """
        clean_reason = (reason or "").strip() or None
        if stage is Stage.LOST and clean_reason is None:
            raise FieldError("reason", "say why the deal was lost")
        if clean_reason is not None and len(clean_reason) > MAX_REASON:
            raise FieldError("reason", f"is longer than {MAX_REASON} characters")
        now = self._ctx.now()
        with self._ctx.db.read() as session:
            title = live_deal(session, deal_id).title
        action = {Stage.WON: "win_deal", Stage.LOST: "lose_deal"}.get(stage, "move_deal")
        changes = DEAL_CHANGES
        with self._ctx.undoable(action, title) as session:
            deal = live_deal(session, deal_id)
            if deal.stage is stage:
                return Written(deal_id, Changes())
            leaving_won = deal.stage is Stage.WON
            move_deal_stage(session, deal, stage, at=now, lost_reason=clean_reason)
            if stage is Stage.WON:
                self._record_win(session, deal)
                changes = Changes(deals=True, purchases=True, contacts=True, referrals=True)
            elif leaving_won:
                for purchase in session.scalars(
                    select(PurchaseRecord).where(
                        PurchaseRecord.deal_id == deal.id, PurchaseRecord.deleted_at.is_(None)
                    )
                ):
                    purchase.deleted_at = now
                changes = Changes(deals=True, purchases=True)
        return Written(deal_id, changes)

    def set_readiness(self, deal_id: str, readiness: int | None) -> Written[str]:
        """How ready the customer is to buy on this deal (1 cold … 5 ready); None clears."""
        if readiness is not None and not 1 <= readiness <= 5:
            raise FieldError("readiness", f"{readiness} is not between 1 and 5")
        with self._ctx.db.read() as session:
            title = live_deal(session, deal_id).title
        with self._ctx.undoable("edit_deal", title) as session:
            deal = live_deal(session, deal_id)
            if deal.readiness != readiness:
                deal.readiness = readiness
        return Written(deal_id, DEAL_CHANGES)

    def _record_win(self, session: Session, deal: DealRecord) -> None:
        today = self._ctx.today(session)
        already = session.scalars(
            select(PurchaseRecord.id).where(
                PurchaseRecord.deal_id == deal.id, PurchaseRecord.deleted_at.is_(None)
            )
        ).first()
        if already is None and deal.value_cents > 0:
            session.add(
                PurchaseRecord(
                    contact_id=deal.contact_id,
                    account_id=deal.account_id,
                    deal_id=deal.id,
                    purchased_on=today,
                    amount_cents=deal.value_cents,
                    currency=deal.currency,
                    description=deal.title,
                )
            )
        contact = live_contact(session, deal.contact_id)
        if contact.lifecycle is not Lifecycle.CUSTOMER:
            contact.lifecycle = Lifecycle.CUSTOMER
        for referral in session.scalars(
            select(ReferralRecord).where(
                ReferralRecord.referred_id == contact.id,
                ReferralRecord.deleted_at.is_(None),
                ReferralRecord.status.not_in((ReferralStatus.WON, ReferralStatus.LOST)),
            )
        ):
            referral.status = ReferralStatus.WON
