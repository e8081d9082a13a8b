"""What the queue's services hand to the screens and the CLI besides the queue itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome, Section, Stage
from tracker.domain.geo import Coordinates
from tracker.domain.goals import DoneCounts, GoalsSnapshot
from tracker.domain.next_step import NextPlan
from tracker.domain.queue import DayQueue, QueueItem
from tracker.domain.visits import VisitFacts


@dataclass(frozen=True)
class OutcomeOption:
    """One outcome button: its key (1–9, if any) and the next step it will schedule."""

    outcome: Outcome
    key: int | None
    plan: NextPlan
    needs_details: bool


@dataclass(frozen=True)
class OutcomePreview:
    """Every outcome of an item with its next step, worked out before anything is logged."""

    item_id: str
    kind: ActivityKind
    options: tuple[OutcomeOption, ...]
    default: Outcome  # what Space logs

    def option(self, outcome: Outcome) -> OutcomeOption:
        return next(option for option in self.options if option.outcome is outcome)

    def by_key(self, key: int) -> OutcomeOption | None:
        return next((option for option in self.options if option.key == key), None)


@dataclass(frozen=True)
class LoggedActivity:
    """A done activity as logged."""

    id: str
    kind: ActivityKind
    contact_id: str
    contact: str
    account: str | None
    outcome: Outcome
    done_on: date
    completed_at: datetime
    note: str | None
    attempt: int
    visit: VisitFacts | None = None  # a visit's time on site and report, when recorded


@dataclass(frozen=True)
class LogResult:
    """What logging did: the done activity, the next step's plan and the item it created."""

    logged: LoggedActivity
    plan: NextPlan
    next: QueueItem | None
    referred_contact_id: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a contact's history: a done or planned activity, or a note."""

    when: datetime | None
    day: date
    kind: ActivityKind | None  # None for a note
    status: ActivityStatus | None
    outcome: Outcome | None
    text: str | None
    visit: VisitFacts | None = None


@dataclass(frozen=True)
class DealSummary:
    """The contact's open deal furthest along."""

    id: str
    title: str
    stage: Stage
    value_cents: int
    currency: str
    days_in_stage: int


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number: stored form (E.164), display form and label."""

    e164: str
    display: str
    label: str


@dataclass(frozen=True)
class ContactCard:
    """What the detail pane shows about an item's contact."""

    contact_id: str
    name: str
    job_title: str | None
    account: str | None
    address: str | None
    phones: tuple[PhoneNumber, ...]
    emails: tuple[str, ...]
    notes: str | None
    deal: DealSummary | None
    referred_by: str | None
    unanswered_attempts: int
    timeline: tuple[TimelineEntry, ...]
    place: Coordinates | None = None  # the account's coordinates, else the contact's
    done_visit: VisitFacts | None = None  # the card of a visit logged: its time on site
    done_id: str | None = None  # … and its id


@dataclass(frozen=True)
class DayTally:
    """Done vs planned on one day: the one counting that Today, the end-of-day review, the Week
    view and the CLI all show, in the same words ("32 done · 30 planned").

    `done` counts the activities logged for the day (done, not deleted, by the working day they
    count for); None for a day still to come. `planned` counts the open work the day holds: on
    today, the items Today lists above the backlog — appointments, due work, base customers and
    new prospects — which leave the list as they are done; on a later day, the open activities
    due that day (base customers and new prospects join a day's list only when it comes); None
    for a past day, whose open work rolled on. `backlog` (today only) is the open work the day
    cannot hold — at least that many when `backlog_capped`.
    """

    day: date
    capacity: int
    done: int | None
    planned: int | None
    backlog: int | None = None
    backlog_capped: bool = False

    @classmethod
    def of_today(cls, queue: DayQueue, done: int) -> DayTally:
        """Today's tally from its queue and the count of what was logged for it."""
        backlog = len(queue.section(Section.BACKLOG)) + sum(queue.unlisted.values())
        return cls(queue.day, queue.capacity, done, len(queue.planned), backlog,
                   queue.unlisted_capped)  # fmt: skip

    @classmethod
    def of_other_day(
        cls, day: date, today: date, *, capacity: int, done: int, due: int
    ) -> DayTally:
        """A past day's done work, or a later day's open activities due (`day` is not today)."""
        if day < today:
            return cls(day, capacity, done, None)
        return cls(day, capacity, None, due)


@dataclass(frozen=True)
class DaySummary:
    """The end of a day: what was done, the goals, and what rolls on to the next working day."""

    day: date
    tomorrow: date
    tally: DayTally
    done: DoneCounts
    goals: GoalsSnapshot
    logged: tuple[LoggedActivity, ...]
    rolling: tuple[QueueItem, ...]  # still open today: they roll forward with their age
    backlog: int


@dataclass(frozen=True)
class ContactHit:
    """A contact found by the planning dialog's search."""

    id: str
    name: str
    account: str | None


@dataclass(frozen=True)
class Appointment:
    """A fixed-time item in the week view."""

    id: str
    kind: ActivityKind
    contact: str
    account: str | None
    starts_at: datetime
    local_start: datetime
    time_zone: str
    duration_minutes: int | None
    location: str | None
    recurring: bool


@dataclass(frozen=True)
class DayLoad:
    """One day of the week view: its done and planned work (see DayTally) and its appointments."""

    tally: DayTally
    appointments: tuple[Appointment, ...]

    @property
    def day(self) -> date:
        return self.tally.day

    @property
    def share(self) -> float:
        """Planned ÷ capacity (0 on a day off with nothing planned, and on past days)."""
        planned = self.tally.planned or 0
        if self.tally.capacity <= 0:
            return 1.0 if planned else 0.0
        return planned / self.tally.capacity


@dataclass(frozen=True)
class WeekPlan:
    """Seven days from a Monday."""

    start: date
    days: tuple[DayLoad, ...]
