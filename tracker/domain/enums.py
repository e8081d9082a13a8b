"""Stable codes of the domain. Their string values are stored, exported and typed in the CLI."""

from __future__ import annotations

from enum import StrEnum


class ActivityKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    FOLLOW_UP = "follow_up"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELED = "canceled"


class ActivityOrigin(StrEnum):
    """Why a planned activity exists; shown in the queue's reasons."""

    MANUAL = "manual"
    CADENCE = "cadence"
    OUTCOME = "outcome"
    TIER = "tier"
    RECURRENCE = "recurrence"
    REFERRAL_THANKS = "referral_thanks"
    RESUME = "resume"
    IMPORT = "import"
    CALL_LIST = "call_list"  # a contact on a call list a sales manager sent


class Outcome(StrEnum):
    # Not connected
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    BUSY = "busy"
    GATEKEEPER = "gatekeeper"
    WRONG_NUMBER = "wrong_number"
    # Connected
    CONNECTED = "connected"
    APPOINTMENT_SET = "appointment_set"
    CALLBACK_REQUESTED = "callback_requested"
    INTERESTED = "interested"
    NOT_NOW = "not_now"
    NOT_INTERESTED = "not_interested"
    NOT_A_FIT = "not_a_fit"
    ORDER_TAKEN = "order_taken"
    REFERRAL_GIVEN = "referral_given"
    DO_NOT_CONTACT = "do_not_contact"
    # Visit
    MET_DECISION_MAKER = "met_decision_maker"
    MET_OTHER = "met_other"
    NOT_AVAILABLE = "not_available"
    LEFT_MATERIAL = "left_material"

    @property
    def connected(self) -> bool:
        """True when the rep actually spoke with (or met) the customer."""
        return self not in NOT_CONNECTED and self is not Outcome.NOT_AVAILABLE


NOT_CONNECTED: frozenset[Outcome] = frozenset(
    {
        Outcome.NO_ANSWER,
        Outcome.VOICEMAIL,
        Outcome.BUSY,
        Outcome.GATEKEEPER,
        Outcome.WRONG_NUMBER,
    }
)

CALL_OUTCOMES: tuple[Outcome, ...] = (
    Outcome.NO_ANSWER,
    Outcome.VOICEMAIL,
    Outcome.BUSY,
    Outcome.GATEKEEPER,
    Outcome.WRONG_NUMBER,
    Outcome.CONNECTED,
    Outcome.APPOINTMENT_SET,
    Outcome.CALLBACK_REQUESTED,
    Outcome.INTERESTED,
    Outcome.NOT_NOW,
    Outcome.NOT_INTERESTED,
    Outcome.NOT_A_FIT,
    Outcome.ORDER_TAKEN,
    Outcome.REFERRAL_GIVEN,
    Outcome.DO_NOT_CONTACT,
)

VISIT_OUTCOMES: tuple[Outcome, ...] = (
    Outcome.MET_DECISION_MAKER,
    Outcome.MET_OTHER,
    Outcome.NOT_AVAILABLE,
    Outcome.LEFT_MATERIAL,
    Outcome.APPOINTMENT_SET,
    Outcome.ORDER_TAKEN,
    Outcome.REFERRAL_GIVEN,
    Outcome.NOT_INTERESTED,
)


def outcomes_for(kind: ActivityKind) -> tuple[Outcome, ...]:
    """The outcomes a rep can log for an activity of this kind (follow-ups are calls)."""
    return VISIT_OUTCOMES if kind is ActivityKind.VISIT else CALL_OUTCOMES


class Stage(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    MEETING_SET = "meeting_set"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        return self not in (Stage.WON, Stage.LOST)


OPEN_STAGES: tuple[Stage, ...] = (
    Stage.NEW,
    Stage.CONTACTED,
    Stage.MEETING_SET,
    Stage.PROPOSAL,
    Stage.NEGOTIATION,
)


class Lifecycle(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"


class ContactState(StrEnum):
    ACTIVE = "active"
    PARKED = "parked"
    NOT_A_FIT = "not_a_fit"
    DO_NOT_CONTACT = "do_not_contact"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class ReferralStatus(StrEnum):
    SUBMITTED = "submitted"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    WON = "won"
    LOST = "lost"


class Section(StrEnum):
    """Where an item sits in the day's queue, in display order."""

    FIXED = "fixed"
    DUE = "due"
    LIST = "list"  # contacts on a call list from the sales manager
    BASE = "base"
    NEW = "new"
    BACKLOG = "backlog"


class GoalMetric(StrEnum):
    CALLS = "calls"
    CONNECTS = "connects"
    APPOINTMENTS = "appointments"
    VISITS = "visits"


class GoalPeriod(StrEnum):
    DAY = "day"
    WEEK = "week"


class Segment(StrEnum):
    """Loyalty segments of the Base, best first."""

    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL = "potential"
    NEW = "new"
    AT_RISK = "at_risk"
    HIBERNATING = "hibernating"
