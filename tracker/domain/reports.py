"""What an activity summary says: the period it covers and every figure in it, as frozen values.

One `SummaryReport` feeds the Reports view and every export (PDF, XLSX, CSV), so the numbers are
the same everywhere. The arithmetic lives in `tracker.domain.report_math`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Stage, Tier


class PeriodKind(StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    CUSTOM = "custom"


class ReportError(ValueError):
    """A period or report request that makes no sense; the message says why."""


@dataclass(frozen=True)
class Period:
    """Working days from `start` to `end`, both included."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ReportError(f"the period ends ({self.end}) before it starts ({self.start})")
        if (self.end - self.start).days > 3660:
            raise ReportError("a report covers at most ten years")

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    @classmethod
    def of(cls, kind: PeriodKind, today: date) -> Period:
        """The period a named range means on `today` (weeks start on Monday)."""
        monday = today - timedelta(days=today.weekday())
        if kind is PeriodKind.TODAY:
            return cls(today, today, kind)
        if kind is PeriodKind.THIS_WEEK:
            return cls(monday, monday + timedelta(days=6), kind)
        if kind is PeriodKind.LAST_WEEK:
            return cls(monday - timedelta(days=7), monday - timedelta(days=1), kind)
        if kind is PeriodKind.THIS_MONTH:
            first = today.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return cls(first, following - timedelta(days=1), kind)
        return cls(today, today, PeriodKind.CUSTOM)


@dataclass(frozen=True)
class ActivityCount:
    """How many done activities of one kind and outcome counted for one working day."""

    day: date
    kind: ActivityKind
    outcome: Outcome | None
    count: int


@dataclass(frozen=True)
class ActivityTotals:
    """The period's work. Calls include follow-ups (they are phone calls too)."""

    activities: int = 0
    calls: int = 0
    connects: int = 0
    visits: int = 0
    follow_ups: int = 0
    appointments: int = 0
    orders: int = 0
    referrals: int = 0
    minutes_on_site: int = 0  # checked in to checked out, over the visits that have both

    @property
    def connect_rate(self) -> float | None:
        """Connected calls ÷ calls, or None without calls."""
        return self.connects / self.calls if self.calls else None


@dataclass(frozen=True)
class DayFigures:
    """One working day of the period (days off appear only when work was logged on them)."""

    day: date
    activities: int
    calls: int
    connects: int
    visits: int
    appointments: int
    call_goal_met: bool
    minutes_on_site: int = 0


@dataclass(frozen=True)
class KindOutcomeCount:
    kind: ActivityKind
    outcome: Outcome | None
    count: int


@dataclass(frozen=True)
class GoalProgress:
    """A goal over the period (daily goals per working day, weekly goals per whole week)."""

    metric: GoalMetric
    target: int
    actual: int

    @property
    def share(self) -> float | None:
        return self.actual / self.target if self.target else None


@dataclass(frozen=True)
class StageMove:
    """One recorded move of a deal between stages (from_stage None when the deal was created)."""

    deal_id: str
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    value_cents: int


@dataclass(frozen=True)
class DealFigures:
    """Deals that moved forward, were won (with their value) or were lost in the period."""

    advanced: int = 0
    won: int = 0
    won_value_cents: int = 0
    lost: int = 0


@dataclass(frozen=True)
class FunnelStep:
    """One stage's cohort: the deals that entered the stage in the period, and where they are now.

    Of the `entered` deals, by the time the report is made: `moved_on` reached a later stage after
    entering this one (won included — a deal won now has moved on, whatever its history says),
    `lost` are lost without having moved on, and `still_there` are open without having moved on
    (at this stage, or moved back). Those three add up to `entered`. `won` counts the entered
    deals that are won now. For the final stage (won) nothing comes later: `moved_on` is 0, and
    `won`, `lost` and `still_there` (reopened) add up to `entered`.
    """

    stage: Stage
    entered: int
    moved_on: int = 0
    won: int = 0
    lost: int = 0
    still_there: int = 0

    @property
    def conversion(self) -> float | None:
        """moved_on ÷ entered; None without entries and for the final stage (won)."""
        if not self.entered or self.stage is Stage.WON:
            return None
        return self.moved_on / self.entered


@dataclass(frozen=True)
class TierCoverage:
    """How well a tier's accounts were kept in touch, as of the report's last day."""

    tier: Tier
    accounts: int
    within_ideal: int
    within_max: int
    overdue: int
    never: int

    @property
    def share_within_ideal(self) -> float | None:
        return self.within_ideal / self.accounts if self.accounts else None


@dataclass(frozen=True)
class PipelineStage:
    """Open deals in a stage now (a snapshot, not part of the period)."""

    stage: Stage
    deals: int
    value_cents: int


@dataclass(frozen=True)
class NotableOutcome:
    """A result worth a manager's eye: an order, an appointment, a referral."""

    day: date
    contact: str
    account: str | None
    kind: ActivityKind
    outcome: Outcome
    note: str | None
    rep: str | None = None  # whose it was, in a team's list (a rep's own list leaves it out)


@dataclass(frozen=True)
class SummaryReport:
    """Everything an activity summary shows, for one period."""

    rep_name: str
    period: Period
    generated_at: datetime
    today: date
    time_zone: str
    currency: str
    totals: ActivityTotals
    by_kind_outcome: tuple[KindOutcomeCount, ...]
    per_day: tuple[DayFigures, ...]
    goals: tuple[GoalProgress, ...]
    daily_call_goal: int
    streak: int
    deals: DealFigures
    funnel: tuple[FunnelStep, ...]
    coverage: tuple[TierCoverage, ...]
    pipeline: tuple[PipelineStage, ...]
    notable: tuple[NotableOutcome, ...]
    notable_total: int
