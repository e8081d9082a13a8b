"""The work itself: activities (planned and done), recurring series, cadences, tier policies, goals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from tracker.domain.enums import (
    ActivityKind,
    ActivityOrigin,
    ActivityStatus,
    GoalMetric,
    GoalPeriod,
    Outcome,
    Tier,
)
from tracker.storage.records.base import Base, Tracked, str_enum
from tracker.storage.types import TZDateTime

PLANNED_LIVE = "status = 'planned' AND deleted_at IS NULL"
DONE_LIVE = "status = 'done' AND deleted_at IS NULL"
PLANNED_FIXED = PLANNED_LIVE + " AND starts_at IS NOT NULL"
ON_SITE = PLANNED_LIVE + " AND checked_in_at IS NOT NULL"


class ActivityRecord(Tracked, Base):
    """A call, visit or follow-up: planned (due) or done (with an outcome). The source of truth."""

    __tablename__ = "activities"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None
    )
    deal_id: Mapped[str | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), default=None
    )
    series_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity_series.id", ondelete="SET NULL"), default=None
    )
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind))
    status: Mapped[ActivityStatus] = mapped_column(
        str_enum(ActivityStatus), default=ActivityStatus.PLANNED
    )
    origin: Mapped[ActivityOrigin] = mapped_column(
        str_enum(ActivityOrigin), default=ActivityOrigin.MANUAL
    )
    # Planning: the working day it is due; fixed-time items also carry their instant and wall time.
    due_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    local_start: Mapped[datetime | None] = mapped_column(DateTime(), default=None)
    time_zone: Mapped[str | None] = mapped_column(String(64), default=None)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    location: Mapped[str | None] = mapped_column(String(300), default=None)
    buried_on: Mapped[date | None] = mapped_column(Date, default=None)  # "not today" for that day
    cadence_code: Mapped[str | None] = mapped_column(String(40), default=None)
    cadence_step: Mapped[int | None] = mapped_column(Integer, default=None)
    previous_id: Mapped[str | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), default=None
    )
    # Doing: when, how it went, on which working day it counts.
    completed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    import_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), default=None
    )
    # Field visits (migration 0012): on site from check-in to check-out, the visit report, and
    # the place in the day's route the rep applied. A visit checked in is still planned; the
    # check-out logs it (status done) with its report.
    checked_in_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    checked_out_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    met_with: Mapped[str | None] = mapped_column(String(200), default=None)
    topics: Mapped[str | None] = mapped_column(String(500), default=None)
    order_value_cents: Mapped[int | None] = mapped_column(BigInteger, default=None)
    route_position: Mapped[int | None] = mapped_column(Integer, default=None)

    __table_args__ = (
        # The open work of any day, without scanning history.
        Index(
            "ix_activities_planned_due_on",
            "due_on",
            sqlite_where=text(PLANNED_LIVE),
            postgresql_where=text(PLANNED_LIVE),
        ),
        # The day's appointments without reading everything due that day (migration 0003).
        Index(
            "ix_activities_planned_starts_at",
            "starts_at",
            sqlite_where=text(PLANNED_FIXED),
            postgresql_where=text(PLANNED_FIXED),
        ),
        Index("ix_activities_contact_id_completed_at", "contact_id", "completed_at"),
        Index("ix_activities_done_on", "done_on"),
        # Reports count done work per day, kind and outcome from this index alone (issue 5).
        Index(
            "ix_activities_done_on_kind_outcome",
            "done_on",
            "kind",
            "outcome",
            sqlite_where=text(DONE_LIVE),
            postgresql_where=text(DONE_LIVE),
        ),
        Index("ix_activities_account_id", "account_id"),
        Index("ix_activities_deal_id", "deal_id"),
        # Migration 0004: each contact's next planned item (Base "next due", contact lists).
        Index(
            "ix_activities_planned_contact",
            "contact_id",
            "due_on",
            "status",
            "deleted_at",
            sqlite_where=text(PLANNED_LIVE),
            postgresql_where=text(PLANNED_LIVE),
        ),
        # Migration 0012: visits checked in and not yet out (the "still on site?" question).
        Index(
            "ix_activities_on_site",
            "checked_in_at",
            sqlite_where=text(ON_SITE),
            postgresql_where=text(ON_SITE),
        ),
    )


class VisitTimeEditRecord(Tracked, Base):
    """A visit's times changed afterwards: before, after and why — kept, never overwritten."""

    __tablename__ = "visit_time_edits"

    activity_id: Mapped[str] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    # The visit's contact (as on the activity): whose the line is, for team mode's ownership.
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    checked_in_before: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    checked_out_before: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    checked_in_after: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    checked_out_after: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    reason: Mapped[str] = mapped_column(String(300))


class ActivitySeriesRecord(Tracked, Base):
    """A recurring appointment (RRULE in the wall time of an IANA zone); occurrences are activities."""

    __tablename__ = "activity_series"

    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind))
    rrule: Mapped[str] = mapped_column(String(500))
    local_start: Mapped[datetime] = mapped_column(DateTime())
    time_zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    location: Mapped[str | None] = mapped_column(String(300), default=None)
    materialized_until: Mapped[date | None] = mapped_column(Date, default=None)


class CadenceRecord(Tracked, Base):
    """A named ladder of steps, e.g. "New lead": call on working days 0, 1, 2, 4, 7, 10."""

    __tablename__ = "cadences"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class CadenceStepRecord(Tracked, Base):
    """One rung of a cadence: how many working days after the start, what kind, when in the day."""

    __tablename__ = "cadence_steps"

    cadence_id: Mapped[str] = mapped_column(ForeignKey("cadences.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    offset_days: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind))
    hour: Mapped[int | None] = mapped_column(Integer, default=None)  # preferred local hour

    __table_args__ = (UniqueConstraint("cadence_id", "position"),)


class TierPolicyRecord(Tracked, Base):
    """How often accounts of a tier should be touched (ideal and maximum days)."""

    __tablename__ = "tier_policies"

    tier: Mapped[Tier] = mapped_column(str_enum(Tier, 1), unique=True)
    ideal_days: Mapped[int] = mapped_column(Integer)
    max_days: Mapped[int] = mapped_column(Integer)
    touch_kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind))


class GoalRecord(Tracked, Base):
    """A target for a metric per day or week."""

    __tablename__ = "goals"

    metric: Mapped[GoalMetric] = mapped_column(str_enum(GoalMetric))
    period: Mapped[GoalPeriod] = mapped_column(str_enum(GoalPeriod))
    target: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("metric", "period"),)
