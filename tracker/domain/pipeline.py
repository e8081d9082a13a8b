"""The sales pipeline: deal cards by stage, days in stage, the stalled mark and conversion.

A deal is **stalled** when nothing happened on it — no logged activity and no stage change — for
more than `stalled_days` days. **Conversion** from one stage to the next is the share of deals that
reached the stage and got further: a deal "reached" every stage up to the furthest it ever
entered, and a won deal reached them all (deals may skip stages, so counting entries alone would
give more than 100 %).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from tracker.domain.contact_fields import FieldError
from tracker.domain.enums import OPEN_STAGES, Stage

# Position of each stage on the way to a sale; won is past every open stage.
STAGE_ORDER: tuple[Stage, ...] = (*OPEN_STAGES, Stage.WON)
MAX_DEAL_VALUE_CENTS = 10**13
BOARD_LIMIT = 200  # cards shown per column; the header still counts them all
CLOSED_DAYS = 90  # won and lost columns show deals closed this recently


@dataclass(frozen=True)
class DealCard:
    """A deal as the board shows it."""

    id: str
    title: str
    contact_id: str
    contact: str
    account: str | None
    stage: Stage
    value_cents: int
    currency: str
    stage_entered_at: datetime
    last_activity_at: datetime | None
    expected_close: date | None
    readiness: int | None
    lost_reason: str | None
    days_in_stage: int
    idle_days: int
    stalled: bool


@dataclass(frozen=True)
class StageMove:
    """One recorded move of a deal (from_stage is None when the deal was opened)."""

    from_stage: Stage | None
    to_stage: Stage
    at: datetime


@dataclass(frozen=True)
class DealDetail:
    """A deal as its card shows it, with every stage it went through, oldest first."""

    card: DealCard
    moves: tuple[StageMove, ...]


@dataclass(frozen=True)
class StageColumn:
    """One stage: how many deals and how much money, the cards shown, conversion onwards."""

    stage: Stage
    count: int
    value_cents: int
    cards: tuple[DealCard, ...]
    conversion: float | None  # to the next stage (None for won/lost or without data)
    stalled: int


@dataclass(frozen=True)
class Board:
    """The whole pipeline as of a day."""

    columns: tuple[StageColumn, ...]
    today: date
    stalled_days: int
    win_rate: float | None  # reached won ÷ reached "new" (all deals that got anywhere)

    def column(self, stage: Stage) -> StageColumn:
        return next(column for column in self.columns if column.stage is stage)


@dataclass(frozen=True)
class DealDraft:
    """A new deal as typed."""

    contact_id: str
    title: str
    value_cents: int = 0
    currency: str = "EUR"
    expected_close: date | None = None
    readiness: int | None = None
    stage: Stage = Stage.NEW

    def validated(self) -> DealDraft:
        title = self.title.strip()
        if not title:
            raise FieldError("title", "a deal needs a title")
        if not 0 <= self.value_cents <= MAX_DEAL_VALUE_CENTS:
            raise FieldError("value", "must be zero or more")
        if self.readiness is not None and not 1 <= self.readiness <= 5:
            raise FieldError("readiness", f"{self.readiness} is not between 1 and 5")
        if not self.stage.is_open:
            raise FieldError("stage", "a new deal starts in an open stage")
        currency = self.currency.strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise FieldError("currency", f"{self.currency!r} is not a currency code")
        return replace(self, title=title, currency=currency)


def stage_rank(stage: Stage) -> int:
    """How far along the way to a sale a stage is (lost has no place on the way: -1)."""
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else -1


def conversion_rates(furthest: Mapping[int, int]) -> dict[Stage, float | None]:
    """Stage → share of deals reaching it that went on to the next stage.

    `furthest` counts deals by the rank of the furthest stage they entered (see stage_rank).
    """
    reached = {}
    for rank, _stage in enumerate(STAGE_ORDER):
        reached[rank] = sum(count for best, count in furthest.items() if best >= rank)
    rates: dict[Stage, float | None] = {}
    for rank, stage in enumerate(OPEN_STAGES):
        rates[stage] = reached[rank + 1] / reached[rank] if reached[rank] else None
    return rates


def win_rate(furthest: Mapping[int, int]) -> float | None:
    """Won deals as a share of every deal that entered the pipeline."""
    total = sum(count for best, count in furthest.items() if best >= 0)
    won = furthest.get(stage_rank(Stage.WON), 0)
    return won / total if total else None


def idle_days(*, stage_entered_on: date, last_activity_on: date | None, today: date) -> int:
    """Days since anything happened on a deal (an activity or its last stage change)."""
    latest = max(stage_entered_on, last_activity_on or stage_entered_on)
    return max(0, (today - latest).days)


def is_stalled(idle: int, stage: Stage, stalled_days: int) -> bool:
    """Open deals idle for longer than the preference are stalled; closed ones never are."""
    return stage.is_open and idle > stalled_days


def next_stage(stage: Stage) -> Stage | None:
    """The open stage after this one (None at negotiation: winning is a decision of its own)."""
    if stage not in OPEN_STAGES:
        return None
    index = OPEN_STAGES.index(stage)
    return OPEN_STAGES[index + 1] if index + 1 < len(OPEN_STAGES) else None


def previous_stage(stage: Stage) -> Stage | None:
    """The open stage before this one (None at new; won/lost go back to negotiation)."""
    if not stage.is_open:
        return Stage.NEGOTIATION
    index = OPEN_STAGES.index(stage)
    return OPEN_STAGES[index - 1] if index > 0 else None
