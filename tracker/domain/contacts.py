"""What the Contacts screen and the CLI see of contacts: list rows, details, timeline, state changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from tracker.domain.contact_fields import FieldError, Phone, display_name
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import (
    ActivityKind,
    ActivityOrigin,
    ActivityStatus,
    ContactState,
    Lifecycle,
    Outcome,
    ReferralStatus,
    Stage,
    Tier,
)
from tracker.domain.loyalty import ReferralGraph
from tracker.domain.tiers import TouchWindow
from tracker.domain.visits import VisitFacts

MAX_REASON = 200


class ContactSort(StrEnum):
    """Orders the contacts list can take (each backed by an index or a cheap sort)."""

    NAME = "name"
    ACCOUNT = "account"
    LAST_TOUCH = "last_touch"
    LIFECYCLE = "lifecycle"
    STATE = "state"
    FIT = "fit"
    READINESS = "readiness"
    CITY = "city"


@dataclass(frozen=True)
class ContactQuery:
    """Which contacts to list and in which order; empty fields do not filter."""

    text: str = ""
    lifecycle: Lifecycle | None = None
    state: ContactState | None = None
    tier: Tier | None = None
    tag: str | None = None
    account_id: str | None = None
    sort: ContactSort = ContactSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: str
    first_name: str
    last_name: str
    account_id: str | None
    account: str | None
    tier: Tier | None
    job_title: str | None
    phone: str | None  # E.164
    email: str | None
    city: str | None
    lifecycle: Lifecycle
    state: ContactState
    parked_until: date | None
    last_touch_at: datetime | None
    fit: int | None
    readiness: int | None
    tags: tuple[str, ...]

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name)


class TimelineKind(StrEnum):
    """What a line of a contact's timeline is about."""

    ACTIVITY = "activity"  # done or canceled
    PLANNED = "planned"
    DEAL = "deal"  # a deal was opened
    STAGE = "stage"  # a deal changed stage
    PURCHASE = "purchase"
    REFERRAL = "referral"
    NOTE = "note"


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a contact's history; which fields are set depends on the kind."""

    kind: TimelineKind
    when: datetime  # aware UTC; date-only events at noon UTC of their day
    day: date
    ref_id: str
    activity_kind: ActivityKind | None = None
    status: ActivityStatus | None = None
    outcome: Outcome | None = None
    stage: Stage | None = None
    from_stage: Stage | None = None
    title: str | None = None  # deal title
    amount_cents: int | None = None
    currency: str | None = None
    text: str | None = None  # note, activity note, purchase description, lost reason
    other_id: str | None = None  # the other contact of a referral
    other_name: str | None = None
    referral_status: ReferralStatus | None = None
    outgoing: bool = False  # referral: this contact referred the other one
    duration_minutes: int | None = None
    origin: ActivityOrigin | None = None  # why a planned activity exists
    visit: VisitFacts | None = None  # a visit's time on site and report, when recorded


@dataclass(frozen=True)
class DealSummary:
    """A deal as the contact's detail lists it."""

    id: str
    title: str
    stage: Stage
    value_cents: int
    currency: str
    stage_entered_at: datetime
    readiness: int | None
    lost_reason: str | None


@dataclass(frozen=True)
class ContactDetail:
    """Everything the contact's detail pane shows."""

    id: str
    first_name: str
    last_name: str
    account_id: str | None
    account: str | None
    tier: Tier | None
    job_title: str | None
    phones: tuple[Phone, ...]
    emails: tuple[str, ...]
    tags: tuple[str, ...]
    street: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    source: str | None
    referred_by_id: str | None
    referred_by: str | None
    lifecycle: Lifecycle
    state: ContactState
    parked_until: date | None
    state_reason: str | None
    fit: int | None
    readiness: int | None
    notes: str | None
    latitude: float | None
    longitude: float | None
    last_touch_at: datetime | None
    unanswered_attempts: int
    created_at: datetime
    touch: TouchWindow | None
    deals: tuple[DealSummary, ...]
    timeline: tuple[TimelineEntry, ...]
    referrals: ReferralGraph

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name)

    def draft(self) -> ContactDraft:
        """The contact as an editable draft (what the edit dialog starts from)."""
        return ContactDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            account_id=self.account_id,
            job_title=self.job_title,
            phones=self.phones,
            emails=self.emails,
            tags=self.tags,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            country=self.country,
            source=self.source,
            referred_by_id=self.referred_by_id,
            lifecycle=self.lifecycle,
            fit=self.fit,
            readiness=self.readiness,
            notes=self.notes,
            latitude=self.latitude,
            longitude=self.longitude,
        )


@dataclass(frozen=True)
class StateChange:
    """Active again, parked until a day, not a fit, or do not contact — with the reason."""

    state: ContactState
    parked_until: date | None = None
    reason: str | None = None

    def validated(self, today: date) -> StateChange:
        """The change with a clean reason; raises FieldError when a date or reason is missing."""
        reason = (self.reason or "").strip() or None
        if reason is not None and len(reason) > MAX_REASON:
            raise FieldError("reason", f"is longer than {MAX_REASON} characters")
        if self.state is ContactState.ACTIVE:
            return StateChange(ContactState.ACTIVE)
        if self.state is ContactState.PARKED:
            if self.parked_until is None or self.parked_until <= today:
                raise FieldError("parked until", "choose a day after today")
            return StateChange(ContactState.PARKED, self.parked_until, reason)
        if reason is None:
            raise FieldError("reason", "say why, so the decision can be understood later")
        return StateChange(self.state, None, reason)


KEEP: Literal["keep"] = "keep"


@dataclass(frozen=True)
class ContactEdit:
    """Everything one edit of a contact may change at once (one transaction, one undo step)."""

    draft: ContactDraft | None = None  # the contact's fields as they should be; None keeps them
    state: StateChange | None = None
    note: str | None = None  # a dated note to add to the timeline
    account_tier: Tier | Literal["keep"] | None = KEEP  # the tier of the contact's account
