"""Turning the queue's indexed reads into domain candidates (one bounded query per source)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from tracker.domain.clock import day_start, zone
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, ActivityOrigin, Section, Stage, Tier
from tracker.domain.next_step import RETRY_CADENCE, CadenceStep
from tracker.domain.preferences import Preferences, TierPolicy
from tracker.domain.queue import Candidate, Source, item_id
from tracker.storage import queue_reads as reads
from tracker.storage.queue_rows import AccountRow, ContactRow, DealRow, PlannedRow

COUNT_CAP = 250  # counting due accounts reads rows; more than this shows as "250+"
NEW_LEAD_INTERVAL = 7
RESUME_INTERVAL = 7


@dataclass(frozen=True)
class Gathered:
    """The day's candidates and how many more of each kind the bounded reads left unread."""

    candidates: list[Candidate]
    unlisted: dict[Section, int]
    capped: bool = False  # a count stopped at COUNT_CAP: there are at least that many


@dataclass(frozen=True)
class Limits:
    """How much of each source the queue reads (Anki-style gathering limits)."""

    planned: int
    per_tier: int
    new: int
    resumed: int
    listed: int

    @classmethod
    def for_day(cls, capacity: int, new_budget: int) -> Limits:
        return cls(
            planned=max(40, 2 * capacity),
            per_tier=max(10, 2 * capacity // 3),
            new=max(8, 2 * new_budget),
            resumed=max(10, capacity // 2),
            listed=max(10, capacity),
        )


@dataclass(frozen=True)
class Extras:
    """A contact's best open deal and first phone, read for all candidates at once."""

    deals: dict[str, DealRow]
    phones: dict[str, str]

    @classmethod
    def read(cls, session: Session, contact_ids: list[str]) -> Extras:
        return cls(
            reads.best_open_deals(session, contact_ids), reads.first_phones(session, contact_ids)
        )

    def deal_of(self, contact_id: str) -> tuple[str | None, Stage | None, int]:
        """The contact's best open deal as (id, stage, value in cents); (None, None, 0) if none."""
        deal = self.deals.get(contact_id)
        if deal is None:
            return None, None, 0
        return deal.id, deal.stage, int(deal.value_cents or 0)


class Context:
    """Preferences, tier policies and cadences for turning rows into candidates."""

    def __init__(
        self,
        prefs: Preferences,
        policies: dict[Tier, TierPolicy],
        ladders: dict[str, tuple[CadenceStep, ...]],
    ) -> None:
        self.prefs = prefs
        self.policies = policies
        self.ladders = ladders
        self._zone = zone(prefs.time_zone)
        self._day_start = timedelta(hours=prefs.day_start_hour)

    def rep_day(self, instant: datetime) -> date:
        """The rep's working day of an instant (as `tracker.domain.clock.rep_day`)."""
        return (instant.astimezone(self._zone) - self._day_start).date()

    def hour_of(self, code: str | None, step: int | None) -> int | None:
        steps = self.ladders.get(code or "", ())
        if step is None or not 0 <= step < len(steps):
            return None
        return steps[step].hour


def from_planned(row: PlannedRow, day: date, context: Context, extras: Extras) -> Candidate:
    """A candidate for an open activity (a row of queue_reads.planned_*)."""
    deal_id, stage, deal_value = extras.deal_of(row.contact_id)
    created = context.rep_day(row.created_at) if row.created_at else row.due_on
    return Candidate(
        id=item_id(Source.PLANNED, row.id),
        source=Source.PLANNED,
        kind=row.kind,
        contact_id=row.contact_id,
        contact_name=display_name(row.first_name or "", row.last_name or ""),
        due_on=row.due_on,
        origin=row.origin,
        account_id=row.account_id,
        account_name=row.account_name,
        tier=row.tier,
        phone=extras.phones.get(row.contact_id),
        starts_at=row.starts_at,
        local_start=row.local_start,
        time_zone=row.time_zone,
        duration_minutes=row.duration_minutes,
        location=row.location,
        interval_days=max(1, (row.due_on - created).days),
        deal_id=row.deal_id or deal_id,
        stage=stage,
        deal_value_cents=deal_value,
        fit=row.fit,
        readiness=row.readiness,
        intent=row.intent,
        attempt=row.attempt or 1,
        cadence_code=row.cadence_code,
        cadence_step=row.cadence_step,
        preferred_hour=context.hour_of(row.cadence_code, row.cadence_step),
        buried=row.buried_on == day,
        route_position=row.route_position,
        checked_in_at=row.checked_in_at,
    )


def from_contact(
    row: ContactRow, source: Source, day: date, context: Context, extras: Extras
) -> Candidate:
    """A synthesised candidate for a contact: a new lead, or one back from parking."""
    new = source is Source.NEW
    last = context.rep_day(row.last_touch_at) if row.last_touch_at else None
    deal_id, stage, deal_value = extras.deal_of(row.id)
    return Candidate(
        id=item_id(source, row.id),
        source=source,
        kind=ActivityKind.CALL,
        contact_id=row.id,
        contact_name=display_name(row.first_name or "", row.last_name or ""),
        due_on=day if new else (row.parked_until or day),
        origin=ActivityOrigin.CADENCE if new else ActivityOrigin.RESUME,
        account_id=row.account_id,
        account_name=row.account_name,
        tier=row.tier,
        phone=extras.phones.get(row.id),
        interval_days=NEW_LEAD_INTERVAL if new else RESUME_INTERVAL,
        last_touch_on=last,
        deal_id=deal_id,
        stage=stage,
        deal_value_cents=deal_value,
        fit=row.fit,
        readiness=row.readiness,
        attempt=(row.unanswered_attempts or 0) + 1,
        cadence_code=RETRY_CADENCE if new else None,
        cadence_step=0 if new else None,
        preferred_hour=context.hour_of(RETRY_CADENCE, 0) if new else None,
    )


def from_list(
    row: ContactRow, list_name: str, due: date | None, day: date, context: Context, extras: Extras
) -> Candidate:
    """A call the sales manager asked for: a contact on a call list, due by the list's date."""
    call = from_contact(row, Source.RESUME, day, context, extras)
    return replace(
        call,
        id=item_id(Source.LIST, row.id),
        source=Source.LIST,
        due_on=due if due is not None and due < day else day,
        origin=ActivityOrigin.CALL_LIST,
        call_list=list_name,
    )


def from_account(
    account: AccountRow, contact: ContactRow, policy: TierPolicy, context: Context, extras: Extras
) -> Candidate:
    """A base item: a tier account due a touch, reached through the contact who speaks for it."""
    last = context.rep_day(account.last_touch_at) if account.last_touch_at else None
    place = ", ".join(part for part in (account.street, account.city) if part) or None
    deal_id, stage, deal_value = extras.deal_of(contact.id)
    assert account.next_touch_on is not None  # due a touch: the reads say when
    return Candidate(
        id=item_id(Source.BASE, contact.id),
        source=Source.BASE,
        kind=policy.touch_kind,
        contact_id=contact.id,
        contact_name=display_name(contact.first_name or "", contact.last_name or ""),
        due_on=account.next_touch_on,
        origin=ActivityOrigin.TIER,
        account_id=account.id,
        account_name=account.name,
        tier=policy.tier,
        phone=extras.phones.get(contact.id),
        location=place if policy.touch_kind is ActivityKind.VISIT else None,
        interval_days=policy.ideal_days,
        late_after_days=max(0, policy.max_days - policy.ideal_days),
        last_touch_on=last,
        deal_id=deal_id,
        stage=stage,
        deal_value_cents=deal_value,
        fit=contact.fit,
        readiness=contact.readiness,
        attempt=(contact.unanswered_attempts or 0) + 1,
    )


def gather(session: Session, day: date, context: Context, limits: Limits) -> Gathered:
    """Every source of the day's queue, read within the limits."""
    prefs = context.prefs
    start = day_start(day, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
    end = day_start(
        day + timedelta(days=1), zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
    )
    due_rows = reads.planned_due(session, day, limit=limits.planned)
    planned = [*reads.planned_fixed(session, start, end), *due_rows]
    unlisted: dict[Section, int] = {}
    capped = False
    if len(due_rows) >= limits.planned:
        cap = len(due_rows) + COUNT_CAP
        due = reads.count_planned_due(session, day, cap=cap)
        capped = due >= cap
        unlisted[Section.DUE] = max(0, due - len(due_rows))

    accounts: list[tuple[AccountRow, ContactRow, TierPolicy]] = []
    hidden_base = 0
    for tier, policy in sorted(context.policies.items()):
        rows = reads.tier_accounts_due(session, tier, day, limit=limits.per_tier)
        accounts.extend((account, speaker, policy) for account, speaker in rows)
        if len(rows) >= limits.per_tier:
            due = reads.count_tier_due(session, tier, day, cap=COUNT_CAP)
            capped = capped or due >= COUNT_CAP
            hidden_base += max(0, due - len(rows))
    if hidden_base:
        unlisted[Section.BASE] = hidden_base
    resumed = reads.back_from_parking(session, day, limit=limits.resumed)
    leads = reads.untouched_leads(session, limit=limits.new)
    # A contact on a manager's list is asked for as that, unless planned work brings them anyway.
    planned_contacts = {row.contact_id for row in planned}
    listed = [
        entry
        for entry in reads.on_call_lists(session, day, limit=limits.listed)
        if entry[0].id not in planned_contacts
    ]
    on_list = {row.id for row, _name, _due in listed}
    accounts = [entry for entry in accounts if entry[1].id not in on_list]
    resumed = [row for row in resumed if row.id not in on_list]
    leads = [row for row in leads if row.id not in on_list]
    contact_ids = [
        *(row.contact_id for row in planned),
        *(speaker.id for _, speaker, _ in accounts),
        *(row.id for row in resumed),
        *(row.id for row in leads),
        *(row.id for row, _name, _due in listed),
    ]
    extras = Extras.read(session, contact_ids)
    candidates = [from_planned(row, day, context, extras) for row in planned]
    candidates.extend(
        from_account(account, speaker, policy, context, extras)
        for account, speaker, policy in accounts
    )
    candidates.extend(from_contact(row, Source.RESUME, day, context, extras) for row in resumed)
    candidates.extend(from_contact(row, Source.NEW, day, context, extras) for row in leads)
    candidates.extend(from_list(row, name, due, day, context, extras) for row, name, due in listed)
    return Gathered(candidates, unlisted, capped)
