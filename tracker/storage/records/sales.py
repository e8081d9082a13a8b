"""The sales cycle: deals and their stage history, purchases, referrals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.domain.enums import ReferralStatus, Stage
from tracker.storage.records.base import Base, Tracked, str_enum
from tracker.storage.types import TZDateTime

LIVE = "deleted_at IS NULL"


class DealRecord(Tracked, Base):
    """An opportunity moving through the stages new → … → won / lost."""

    __tablename__ = "deals"

    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    stage: Mapped[Stage] = mapped_column(str_enum(Stage), default=Stage.NEW)
    value_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column(Date, default=None)
    readiness: Mapped[int | None] = mapped_column(Integer, default=None)  # 1 … 5
    lost_reason: Mapped[str | None] = mapped_column(String(200), default=None)
    stage_entered_at: Mapped[datetime] = mapped_column(TZDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    # Denormalised: last logged activity on this deal, for the "stalled" mark.
    last_activity_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    import_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        Index("ix_deals_stage", "stage"),
        # Migration 0004: the pipeline board (per stage: count, value, longest in stage first).
        Index(
            "ix_deals_live_stage",
            "stage",
            "stage_entered_at",
            "value_cents",
            "last_activity_at",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
    )


class DealStageChangeRecord(Tracked, Base):
    """One move of a deal between stages (from_stage is None when the deal was created)."""

    __tablename__ = "deal_stage_changes"

    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(str_enum(Stage), default=None)
    to_stage: Mapped[Stage] = mapped_column(str_enum(Stage))
    changed_at: Mapped[datetime] = mapped_column(TZDateTime(), index=True)
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        # Migration 0004: stage-to-stage conversion (the furthest stage each deal reached).
        Index(
            "ix_deal_stage_changes_reached",
            "deal_id",
            "to_stage",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
        # Migration 0006: the cohort funnel of long periods reads every live move in deal order
        # from this index alone (tracker/storage/report_deals.py).
        Index(
            "ix_deal_stage_changes_history",
            "deal_id",
            "changed_at",
            "to_stage",
            "from_stage",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
    )


class PurchaseRecord(Tracked, Base):
    """Money the customer spent; feeds loyalty (RFM). Won deals create one."""

    __tablename__ = "purchases"

    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True
    )
    deal_id: Mapped[str | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), default=None
    )
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), default=None
    )
    purchased_on: Mapped[date] = mapped_column(Date, index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    description: Mapped[str | None] = mapped_column(String(200), default=None)

    __table_args__ = (
        # Migration 0004: RFM facts per customer without touching the table.
        Index(
            "ix_purchases_live_contact",
            "contact_id",
            "purchased_on",
            "amount_cents",
            "deleted_at",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
    )


class ReferralRecord(Tracked, Base):
    """A contact who introduced another: the raw material of the referral graph."""

    __tablename__ = "referrals"

    referrer_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    referred_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    referred_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(
        str_enum(ReferralStatus), default=ReferralStatus.SUBMITTED
    )
    thanked_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str | None] = mapped_column(Text, default=None)
