"""The explainable priority of a queue item: value/tier weight × overdueness × stage × intent.

Every factor is kept with its value, so the screen (and a contact's page) can say why an item sits
where it does. Reasons are short codes with arguments; `text` gives the English sentence and the UI
translates by code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tracker.domain.enums import ActivityOrigin, Outcome, Stage, Tier

TIER_WEIGHT: dict[Tier | None, float] = {Tier.A: 3.0, Tier.B: 2.0, Tier.C: 1.5, None: 1.0}
VALUE_CAP_CENTS = 5_000_000  # €50,000 doubles the weight; more counts the same
FIT_WEIGHT = {1: 0.6, 2: 0.8, 3: 1.0, 4: 1.2, 5: 1.4}
STAGE_PROMISE: dict[Stage | None, float] = {
    None: 1.0,
    Stage.NEW: 1.0,
    Stage.CONTACTED: 1.1,
    Stage.MEETING_SET: 1.3,
    Stage.PROPOSAL: 1.5,
    Stage.NEGOTIATION: 1.7,
}
READINESS = {1: 0.9, 2: 0.95, 3: 1.0, 4: 1.05, 5: 1.1}
INTENT: dict[Outcome, float] = {
    Outcome.CALLBACK_REQUESTED: 1.5,
    Outcome.APPOINTMENT_SET: 1.4,
    Outcome.INTERESTED: 1.3,
    Outcome.REFERRAL_GIVEN: 1.3,
    Outcome.MET_DECISION_MAKER: 1.2,
    Outcome.CONNECTED: 1.1,
    Outcome.LEFT_MATERIAL: 1.1,
    Outcome.MET_OTHER: 1.05,
}
ORIGIN_INTENT: dict[ActivityOrigin, float] = {
    ActivityOrigin.REFERRAL_THANKS: 1.4,
    ActivityOrigin.CALL_LIST: 1.3,  # the sales manager asked for it
}
MAX_OVERDUENESS = 4.0


@dataclass(frozen=True, slots=True)
class Reason:
    """One short "why" for an item: a stable code and its arguments (numbers, names, ISO dates)."""

    code: str
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The English sentence (the CLI and exports); the UI translates by `code`."""
        template = REASON_TEXTS.get(self.code, self.code)
        for number, value in enumerate(self.args, start=1):
            shown = f"{int(value):,}" if value.isdigit() and len(value) > 3 else value
            if shown.islower() and "_" in shown:  # a stage or outcome code: in words
                shown = shown.replace("_", " ")
            template = template.replace(f"%{number}", shown)
        return template.replace(" 1 days", " 1 day")


REASON_TEXTS: dict[str, str] = {
    "fixed_time": "fixed time %1",
    "overdue": "overdue %1 days",
    "due_today": "due today",
    "tier_due": "tier %1: last touch %2 days ago",
    "tier_never": "tier %1: never touched",
    "tier_late": "tier %1: past its %2-day window",
    "deal": "deal in %1, worth %2",
    "intent": "last time: %1",
    "new_lead": "new lead, fit %1/5",
    "new_lead_unrated": "new lead",
    "referral_thanks": "thank the referrer",
    "call_list": "on the call list %1",
    "resume": "back from parking",
    "attempt": "attempt %1 of %2",
    "try_at": "try around %1:00",
    "cadence": "%1 cadence, step %2",
    "buried": "buried until tomorrow",
    "sibling": "a colleague at %1 is already queued today",
    "over_capacity": "over today's capacity",
    "over_budget": "over today's new-prospect budget",
    "day_off": "a day off",
    "visit_place": "at %1",
}


@dataclass(frozen=True, slots=True)
class Factor:
    """One multiplicand of the score: a stable code, its value and what it was derived from."""

    code: str  # weight | overdueness | stage | intent
    value: float
    basis: str


@dataclass(frozen=True, slots=True)
class PriorityBreakdown:
    """The score of an item and the factors it is the product of."""

    score: float
    factors: tuple[Factor, ...]

    def factor(self, code: str) -> float:
        return next((f.value for f in self.factors if f.code == code), 1.0)


class PriorityInput(NamedTuple):
    """What the score is computed from (a queue candidate provides these); a tuple, so that
    equal inputs find their score again (see `breakdown`)."""

    tier: Tier | None
    deal_value_cents: int
    stage: Stage | None
    readiness: int | None
    fit: int | None
    is_new_lead: bool
    due_on: date
    interval_days: int
    intent: Outcome | None
    origin: ActivityOrigin
    attempt: int
    fixed: bool


def weight_factor(item: PriorityInput) -> Factor:
    """Value/tier weight; for a never-touched lead, fit stands in for value."""
    if item.is_new_lead:
        value = FIT_WEIGHT.get(item.fit or 3, 1.0)
        return Factor("weight", value, f"fit {item.fit}" if item.fit else "fit unknown")
    tier = TIER_WEIGHT.get(item.tier, 1.0)
    cents = min(max(item.deal_value_cents, 0), VALUE_CAP_CENTS)
    value = tier * (1.0 + cents / VALUE_CAP_CENTS)
    basis = f"tier {item.tier}" if item.tier else "no tier"
    if cents:
        basis += f", deal {cents // 100}"
    return Factor("weight", round(value, 4), basis)


def overdueness_factor(item: PriorityInput, day: date) -> Factor:
    """1 when due today, growing with days late relative to the item's interval (as Anki does)."""
    late = max(0, (day - item.due_on).days)
    if item.fixed or late == 0:
        return Factor("overdueness", 1.0, "on time")
    value = min(MAX_OVERDUENESS, 1.0 + late / max(1, item.interval_days))
    return Factor("overdueness", round(value, 4), f"{late} days late of {item.interval_days}")


def stage_factor(item: PriorityInput) -> Factor:
    """How far the deal is in the cycle, nudged by the contact's readiness."""
    value = STAGE_PROMISE.get(item.stage, 1.0) * READINESS.get(item.readiness or 3, 1.0)
    basis = str(item.stage) if item.stage else "no open deal"
    return Factor("stage", round(value, 4), basis)


def intent_factor(item: PriorityInput) -> Factor:
    """What the customer said last time; unanswered attempts cool an item down a little."""
    if item.origin in ORIGIN_INTENT:
        return Factor("intent", ORIGIN_INTENT[item.origin], str(item.origin))
    if item.intent is not None and item.intent in INTENT:
        return Factor("intent", INTENT[item.intent], str(item.intent))
    cooling = max(0.7, 1.0 - 0.05 * max(0, item.attempt - 1))
    return Factor("intent", round(cooling, 4), f"attempt {item.attempt}")


# The queue is rebuilt after every log, nearly always from the same items: a score is worked
# out once per input and day (the breakdowns are immutable, so they are shared).
@lru_cache(maxsize=2048)
def breakdown(item: PriorityInput, day: date) -> PriorityBreakdown:
    """The score (100 × the product of the four factors, one decimal) and its factors."""
    factors = (
        weight_factor(item),
        overdueness_factor(item, day),
        stage_factor(item),
        intent_factor(item),
    )
    product = 100.0
    for factor in factors:
        product *= factor.value
    return PriorityBreakdown(round(product, 1), factors)
