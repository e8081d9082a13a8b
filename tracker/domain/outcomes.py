"""What each outcome means: its next step, its keyboard key, and what it does to deal and lifecycle."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tracker.domain.enums import (
    NOT_CONNECTED,
    ActivityKind,
    ContactState,
    Lifecycle,
    Outcome,
    Stage,
    outcomes_for,
)


class Step(StrEnum):
    """How the next step's date is found."""

    RETRY = "retry"  # the next rung of the cadence, at another time of day
    WORKING = "working"  # n working days later, load-balanced
    CALENDAR = "calendar"  # n calendar days later, load-balanced
    FIXED = "fixed"  # at a time the customer chose (callback, appointment)
    PARK = "park"  # parked until a date; a "resume" call waits there
    TIER = "tier"  # nothing planned: the tier cadence brings the account back
    EXIT = "exit"  # out of the queue, with the reason kept


@dataclass(frozen=True)
class Rule:
    """The next step an outcome leads to."""

    step: Step
    offset: int = 0
    kind: ActivityKind | None = None  # None: the kind of the item just done (visits retry by call)
    tier_when_tiered: bool = False  # a tiered account needs no extra follow-up: its cadence has it
    exit_state: ContactState | None = None
    reason: str | None = None


RULES: dict[Outcome, Rule] = {
    Outcome.NO_ANSWER: Rule(Step.RETRY),
    Outcome.BUSY: Rule(Step.RETRY),
    Outcome.VOICEMAIL: Rule(Step.WORKING, 2),
    Outcome.GATEKEEPER: Rule(Step.WORKING, 2),
    Outcome.WRONG_NUMBER: Rule(Step.WORKING, 1, ActivityKind.FOLLOW_UP, reason="wrong number"),
    Outcome.CONNECTED: Rule(Step.WORKING, 5, ActivityKind.FOLLOW_UP, tier_when_tiered=True),
    Outcome.APPOINTMENT_SET: Rule(Step.FIXED, 2, ActivityKind.VISIT),
    Outcome.CALLBACK_REQUESTED: Rule(Step.FIXED, 1, ActivityKind.CALL),
    Outcome.INTERESTED: Rule(Step.WORKING, 3, ActivityKind.FOLLOW_UP),
    Outcome.NOT_NOW: Rule(Step.PARK, 90, reason="not now"),
    Outcome.NOT_INTERESTED: Rule(Step.EXIT, reason="not interested"),
    Outcome.NOT_A_FIT: Rule(Step.EXIT, exit_state=ContactState.NOT_A_FIT, reason="not a fit"),
    Outcome.ORDER_TAKEN: Rule(Step.WORKING, 10, ActivityKind.FOLLOW_UP),
    Outcome.REFERRAL_GIVEN: Rule(Step.WORKING, 5, ActivityKind.FOLLOW_UP, tier_when_tiered=True),
    Outcome.DO_NOT_CONTACT: Rule(
        Step.EXIT, exit_state=ContactState.DO_NOT_CONTACT, reason="do not contact"
    ),
    Outcome.MET_DECISION_MAKER: Rule(Step.WORKING, 3, ActivityKind.FOLLOW_UP),
    Outcome.MET_OTHER: Rule(Step.WORKING, 2, ActivityKind.CALL),
    Outcome.NOT_AVAILABLE: Rule(Step.WORKING, 1, ActivityKind.CALL),
    Outcome.LEFT_MATERIAL: Rule(Step.WORKING, 5, ActivityKind.FOLLOW_UP),
}

# Keys 1–9 take the first nine; the order puts the everyday outcomes under the fingers.
CALL_KEY_ORDER: tuple[Outcome, ...] = (
    Outcome.NO_ANSWER,
    Outcome.VOICEMAIL,
    Outcome.CONNECTED,
    Outcome.INTERESTED,
    Outcome.CALLBACK_REQUESTED,
    Outcome.APPOINTMENT_SET,
    Outcome.NOT_NOW,
    Outcome.NOT_INTERESTED,
    Outcome.ORDER_TAKEN,
    Outcome.BUSY,
    Outcome.GATEKEEPER,
    Outcome.WRONG_NUMBER,
    Outcome.REFERRAL_GIVEN,
    Outcome.NOT_A_FIT,
    Outcome.DO_NOT_CONTACT,
)
VISIT_KEY_ORDER: tuple[Outcome, ...] = (
    Outcome.MET_DECISION_MAKER,
    Outcome.MET_OTHER,
    Outcome.NOT_AVAILABLE,
    Outcome.LEFT_MATERIAL,
    Outcome.APPOINTMENT_SET,
    Outcome.ORDER_TAKEN,
    Outcome.REFERRAL_GIVEN,
    Outcome.NOT_INTERESTED,
)
KEYED = 9

# Outcomes the rep usually adds something to: a time, a place, a date, a name, an amount.
NEEDS_DETAILS: frozenset[Outcome] = frozenset(
    {
        Outcome.APPOINTMENT_SET,
        Outcome.CALLBACK_REQUESTED,
        Outcome.NOT_NOW,
        Outcome.REFERRAL_GIVEN,
        Outcome.ORDER_TAKEN,
    }
)
EXITS: frozenset[Outcome] = frozenset(o for o, r in RULES.items() if r.step is Step.EXIT)


def key_order(kind: ActivityKind) -> tuple[Outcome, ...]:
    """Every outcome allowed for the kind, in keyboard order (1–9 for the first nine)."""
    order = VISIT_KEY_ORDER if kind is ActivityKind.VISIT else CALL_KEY_ORDER
    allowed = set(outcomes_for(kind))
    return tuple(outcome for outcome in order if outcome in allowed)


def key_of(kind: ActivityKind, outcome: Outcome) -> int | None:
    """The number key (1–9) that logs this outcome, if it has one."""
    order = key_order(kind)
    position = order.index(outcome) + 1 if outcome in order else None
    return position if position is not None and position <= KEYED else None


def most_common(kind: ActivityKind) -> Outcome:
    """What Space logs: the outcome reps log most for the kind (no answer; for visits, a meeting)."""
    return key_order(kind)[0]


def is_allowed(kind: ActivityKind, outcome: Outcome) -> bool:
    return outcome in outcomes_for(kind)


def counts_unanswered(outcome: Outcome) -> bool:
    """Outcomes that add to the unanswered attempts (a connect resets them)."""
    return outcome in NOT_CONNECTED


def deal_stage_after(outcome: Outcome, stage: Stage) -> Stage | None:
    """Where an open deal moves after the outcome, or None when it stays."""
    if not stage.is_open:
        return None
    if outcome is Outcome.ORDER_TAKEN:
        return Stage.WON
    if outcome in (Outcome.NOT_INTERESTED, Outcome.NOT_A_FIT, Outcome.DO_NOT_CONTACT):
        return Stage.LOST
    if outcome is Outcome.APPOINTMENT_SET and stage in (Stage.NEW, Stage.CONTACTED):
        return Stage.MEETING_SET
    if outcome.connected and stage is Stage.NEW:
        return Stage.CONTACTED
    return None


def lifecycle_after(outcome: Outcome, lifecycle: Lifecycle) -> Lifecycle:
    """A lead who shows interest becomes a prospect; an order makes a customer."""
    if outcome is Outcome.ORDER_TAKEN:
        return Lifecycle.CUSTOMER
    promising = (Outcome.INTERESTED, Outcome.APPOINTMENT_SET, Outcome.MET_DECISION_MAKER)
    if outcome in promising and lifecycle is Lifecycle.LEAD:
        return Lifecycle.PROSPECT
    return lifecycle
