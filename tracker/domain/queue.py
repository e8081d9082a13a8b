"""The day's queue as a pure function: sections, priority order, capacity, budget, siblings.

Candidates come from planned activities, tier accounts due a touch, contacts back from parking,
never-touched leads and a sales manager's call lists. `build_queue` puts every candidate into
exactly one section — fixed (pinned by time), due, list, base, new, or the backlog — and orders
each section; the call list takes its room from the day's capacity like due and base work. Nothing is dropped:
what the day cannot hold is in the backlog with the reason why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tracker.domain.clock import rep_day
from tracker.domain.enums import ActivityKind, ActivityOrigin, Outcome, Section, Stage, Tier
from tracker.domain.priority import PriorityBreakdown, PriorityInput, Reason, breakdown


class Source(StrEnum):
    """Where a candidate comes from; synthesised ones carry the contact id in their item id."""

    PLANNED = "planned"
    BASE = "base"
    NEW = "new"
    RESUME = "resume"
    LIST = "list"  # on a call list a sales manager sent (team mode)


SYNTHESISED = (Source.BASE, Source.NEW, Source.RESUME, Source.LIST)


class Urgency(StrEnum):
    """How the screen colours an item."""

    DUE = "due"
    OVERDUE = "overdue"


def item_id(source: Source, ref: str) -> str:
    """The stable id of a queue item: an activity id, or `<source>:<contact id>`."""
    return ref if source is Source.PLANNED else f"{source.value}:{ref}"


def parse_item_id(text: str) -> tuple[Source, str]:
    """(source, activity or contact id) of an item id."""
    prefix, sep, rest = text.partition(":")
    if sep:
        try:
            source = Source(prefix)
        except ValueError:
            raise ValueError(f"{text!r} is not a queue item id") from None
        if source in SYNTHESISED and rest:
            return source, rest
        raise ValueError(f"{text!r} is not a queue item id")
    return Source.PLANNED, text


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something the rep could do on the day, with what its priority and reasons need."""

    id: str
    source: Source
    kind: ActivityKind
    contact_id: str
    contact_name: str
    due_on: date
    origin: ActivityOrigin = ActivityOrigin.MANUAL
    account_id: str | None = None
    account_name: str | None = None
    tier: Tier | None = None
    phone: str | None = None
    starts_at: datetime | None = None  # fixed time (aware UTC)
    local_start: datetime | None = None  # its wall time in `time_zone`
    time_zone: str | None = None
    duration_minutes: int | None = None
    location: str | None = None
    interval_days: int = 7
    late_after_days: int = 0  # days past due_on before it counts as overdue (tier windows)
    last_touch_on: date | None = None
    deal_id: str | None = None
    stage: Stage | None = None
    deal_value_cents: int = 0
    fit: int | None = None
    readiness: int | None = None
    intent: Outcome | None = None
    attempt: int = 1
    cadence_code: str | None = None
    cadence_step: int | None = None
    preferred_hour: int | None = None
    buried: bool = False
    call_list: str | None = None  # the name of the manager's list it is on
    route_position: int | None = None  # the day's route the rep applied orders the visits
    checked_in_at: datetime | None = None  # a visit the rep is at: on site since (aware UTC)

    def priority_input(self, *, fixed: bool) -> PriorityInput:
        return PriorityInput(
            tier=self.tier,
            deal_value_cents=self.deal_value_cents,
            stage=self.stage,
            readiness=self.readiness,
            fit=self.fit,
            is_new_lead=self.source is Source.NEW,
            due_on=self.due_on,
            interval_days=self.interval_days,
            intent=self.intent,
            origin=self.origin,
            attempt=self.attempt,
            fixed=fixed,
        )


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A candidate placed in the day: its section, position, priority, reasons and age."""

    candidate: Candidate
    section: Section
    priority: PriorityBreakdown
    reasons: tuple[Reason, ...]
    overdue_days: int
    urgency: Urgency

    @property
    def id(self) -> str:
        return self.candidate.id

    @property
    def kind(self) -> ActivityKind:
        return self.candidate.kind

    @property
    def score(self) -> float:
        return self.priority.score


@dataclass(frozen=True, slots=True)
class DayQueue:
    """The day's items in display order, and what the day holds."""

    day: date
    items: tuple[QueueItem, ...]
    capacity: int
    new_budget: int
    unlisted: dict[Section, int] = field(default_factory=dict)  # gathered no further (see service)
    unlisted_capped: bool = False  # the unlisted counts stopped early: there are at least so many

    def section(self, section: Section) -> tuple[QueueItem, ...]:
        return tuple(item for item in self.items if item.section is section)

    @property
    def planned(self) -> tuple[QueueItem, ...]:
        """Everything the day holds (all but the backlog)."""
        return tuple(item for item in self.items if item.section is not Section.BACKLOG)

    def find(self, item_id: str) -> QueueItem | None:
        return next((item for item in self.items if item.id == item_id), None)


@dataclass(frozen=True, slots=True)
class DayRules:
    """The preferences the queue follows on a day."""

    day: date
    capacity: int
    new_budget: int
    give_up_attempts: int = 6
    zone_name: str = "UTC"
    day_start_hour: int = 4


def is_fixed_on(candidate: Candidate, rules: DayRules) -> bool:
    """True when the candidate has a fixed time on this very day."""
    if candidate.starts_at is None:
        return False
    when = rep_day(
        candidate.starts_at, zone_name=rules.zone_name, day_start_hour=rules.day_start_hour
    )
    return when == rules.day


def _urgency(candidate: Candidate, day: date) -> tuple[int, Urgency]:
    late = max(0, (day - candidate.due_on).days)
    overdue = late > candidate.late_after_days
    return late, Urgency.OVERDUE if overdue else Urgency.DUE


def reasons_for(candidate: Candidate, day: date, *, fixed: bool, give_up: int) -> list[Reason]:
    """The short "why" of an item, most telling first."""
    reasons: list[Reason] = []
    late = max(0, (day - candidate.due_on).days)
    if fixed and candidate.local_start is not None:
        reasons.append(Reason("fixed_time", (candidate.local_start.strftime("%H:%M"),)))
    if candidate.origin is ActivityOrigin.REFERRAL_THANKS:
        reasons.append(Reason("referral_thanks"))
    if candidate.call_list is not None:
        reasons.append(Reason("call_list", (candidate.call_list,)))
    if candidate.source is Source.RESUME or candidate.origin is ActivityOrigin.RESUME:
        reasons.append(Reason("resume"))
    if candidate.source is Source.BASE and candidate.tier is not None:
        tier = str(candidate.tier)
        if candidate.last_touch_on is None:
            reasons.append(Reason("tier_never", (tier,)))
        elif late > candidate.late_after_days:
            window = candidate.interval_days + candidate.late_after_days
            reasons.append(Reason("tier_late", (tier, str(window))))
        else:
            days = (day - candidate.last_touch_on).days
            reasons.append(Reason("tier_due", (tier, str(days))))
    elif candidate.source is Source.NEW:
        fit = candidate.fit
        reasons.append(Reason("new_lead", (str(fit),)) if fit else Reason("new_lead_unrated"))
    elif not fixed:
        reasons.append(Reason("overdue", (str(late),)) if late else Reason("due_today"))
    if candidate.stage is not None:
        reasons.append(
            Reason("deal", (str(candidate.stage), str(candidate.deal_value_cents // 100)))
        )
    if candidate.intent is not None and candidate.source is Source.PLANNED:
        reasons.append(Reason("intent", (str(candidate.intent),)))
    if candidate.attempt > 1 and candidate.kind is not ActivityKind.VISIT:
        reasons.append(Reason("attempt", (str(candidate.attempt), str(give_up))))
    if candidate.preferred_hour is not None and not fixed:
        reasons.append(Reason("try_at", (f"{candidate.preferred_hour:02d}",)))
    if candidate.location and candidate.kind is ActivityKind.VISIT:
        reasons.append(Reason("visit_place", (candidate.location,)))
    return reasons


def _place(
    candidate: Candidate,
    rules: DayRules,
    section: Section,
    priority: PriorityBreakdown,
    *,
    fixed: bool,
    note: str | None = None,
) -> QueueItem:
    """The candidate as an item of its section; a backlog note comes first among its reasons."""
    late, urgency = _urgency(candidate, rules.day)
    reasons = reasons_for(candidate, rules.day, fixed=fixed, give_up=rules.give_up_attempts)
    if note is not None:
        args = (candidate.account_name or "",) if note == "sibling" else ()
        reasons.insert(0, Reason(note, args))
    return QueueItem(candidate, section, priority, tuple(reasons), late, urgency)


# A candidate whose section is decided by priority and room: ranked first, placed once decided.
Ranked = tuple[PriorityBreakdown, Candidate]


def _rank(ranked: Ranked) -> tuple[float, date, str]:
    priority, candidate = ranked
    return (-priority.score, candidate.due_on, candidate.id)


def _by_priority(item: QueueItem) -> tuple[float, date, str]:
    return (-item.score, item.candidate.due_on, item.id)


def build_queue(candidates: list[Candidate], rules: DayRules) -> DayQueue:
    """Place every candidate: fixed by time; then due and base by priority up to the capacity
    (new prospects get their own budget inside it); the rest in the backlog, saying why.

    Two contacts of one account are not both queued on a day unless a visit to the account is
    planned; the lower-priority one waits in the backlog.
    """
    day = rules.day
    fixed: list[QueueItem] = []
    flexible: list[Ranked] = []
    fresh: list[Ranked] = []
    backlog: list[QueueItem] = []
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.id in seen:
            continue
        seen.add(candidate.id)
        pinned = not candidate.buried and is_fixed_on(candidate, rules)
        priority = breakdown(candidate.priority_input(fixed=pinned), day)
        if candidate.buried:
            backlog.append(
                _place(candidate, rules, Section.BACKLOG, priority, fixed=False, note="buried")
            )
        elif pinned:
            fixed.append(_place(candidate, rules, Section.FIXED, priority, fixed=True))
        elif candidate.source is Source.NEW:
            fresh.append((priority, candidate))
        else:
            flexible.append((priority, candidate))

    visits = {
        c.account_id
        for c in candidates
        if c.account_id and c.kind is ActivityKind.VISIT and c.source is Source.PLANNED
        and not c.buried
    }  # fmt: skip
    fixed.sort(key=lambda item: (item.candidate.starts_at, item.id))
    claimed: dict[str, str] = {}
    for item in fixed:
        if item.candidate.account_id:
            claimed.setdefault(item.candidate.account_id, item.candidate.contact_id)

    def sibling_blocked(candidate: Candidate) -> bool:
        account = candidate.account_id
        if account is None or account in visits:
            return False
        owner = claimed.get(account)
        return owner is not None and owner != candidate.contact_id

    slots = max(0, rules.capacity - len(fixed))
    new_slots = min(rules.new_budget, len(fresh), slots)
    flex_slots = slots - new_slots
    full = "over_capacity" if rules.capacity else "day_off"

    def fill(ranked: list[Ranked], room: int, overflow: str) -> list[QueueItem]:
        """The best `room` items by priority; the rest, and blocked siblings, to the backlog."""
        kept: list[QueueItem] = []
        for priority, candidate in sorted(ranked, key=_rank):
            if sibling_blocked(candidate):
                note: str | None = "sibling"
            elif len(kept) < room:
                note = None
                if candidate.account_id:
                    claimed.setdefault(candidate.account_id, candidate.contact_id)
            else:
                note = overflow
            if note is None:
                kept.append(_place(candidate, rules, _section(candidate), priority, fixed=False))
            else:
                backlog.append(
                    _place(candidate, rules, Section.BACKLOG, priority, fixed=False, note=note)
                )
        return kept

    taken = fill(flexible, flex_slots, full)
    chosen = fill(fresh, new_slots, "over_budget" if rules.capacity else full)

    due = _in_route_order([item for item in taken if item.section is Section.DUE])
    listed = [item for item in taken if item.section is Section.LIST]
    base = [item for item in taken if item.section is Section.BASE]
    backlog.sort(key=lambda item: (item.candidate.buried, *_by_priority(item)))
    items = (*fixed, *due, *listed, *base, *chosen, *backlog)
    return DayQueue(rules.day, items, rules.capacity, rules.new_budget)


def _in_route_order(items: list[QueueItem]) -> list[QueueItem]:
    """The items by priority, except that the visits of an applied route take the places the
    visits hold among them in the route's order (calls stay where priority puts them)."""
    slots = [index for index, item in enumerate(items) if item.candidate.route_position is not None]
    routed = sorted(
        (items[index] for index in slots),
        key=lambda item: (item.candidate.route_position, item.id),
    )
    ordered = list(items)
    for index, item in zip(slots, routed, strict=True):
        ordered[index] = item
    return ordered


def _section(candidate: Candidate) -> Section:
    """The section an unpinned candidate has when the day holds it."""
    if candidate.source is Source.NEW:
        return Section.NEW
    if candidate.source is Source.LIST:
        return Section.LIST
    return Section.BASE if candidate.source is Source.BASE else Section.DUE
