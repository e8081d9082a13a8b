"""The daily queue: today's sections, an item by (a prefix of) its id, and a contact's priority."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.enums import ActivityStatus, ContactState, Lifecycle, Section
from tracker.domain.priority import PriorityBreakdown
from tracker.domain.queue import (
    Candidate,
    DayQueue,
    DayRules,
    QueueItem,
    Source,
    build_queue,
    parse_item_id,
)
from tracker.services.context import ServiceContext
from tracker.services.day import candidates as build
from tracker.storage import queue_reads as reads
from tracker.storage.records import ActivityRecord, ContactRecord

MIN_PREFIX = 4


def _prefix_range(column: Any, prefix: str) -> tuple[Any, Any]:
    """Conditions for "starts with" that use the primary-key index."""
    return column >= prefix, column < prefix + "\uffff"


class ItemNotFound(ValueError):
    """No queue item has that id; the message says what was looked for."""


class AmbiguousItem(ValueError):
    """An id prefix that fits several items; the message says how many."""


def load_context(ctx: ServiceContext, session: Session) -> build.Context:
    return build.Context(
        ctx.preferences(session), reads.tier_policies(session), reads.cadence_ladders(session)
    )


def rules_for(context: build.Context, day: date) -> DayRules:
    prefs = context.prefs
    return DayRules(
        day=day,
        capacity=prefs.capacity_on(day),
        new_budget=prefs.new_budget if prefs.is_working_day(day) else 0,
        give_up_attempts=prefs.give_up_attempts,
        zone_name=prefs.time_zone,
        day_start_hour=prefs.day_start_hour,
    )


def place_alone(candidate: Candidate, context: build.Context, day: date) -> QueueItem:
    """The item a single candidate becomes on a day with room for it (a next step's preview)."""
    rules = replace(rules_for(context, day), capacity=10_000, new_budget=10_000)
    return build_queue([replace(candidate, buried=False)], rules).items[0]


class QueueService:
    """Builds the day's queue from indexed reads; finds items and explains priorities."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def today(self, day: date | None = None) -> DayQueue:
        """The queue of a working day (default: the rep's today)."""
        with self._ctx.db.read() as session:
            return self._build(session, day or self._ctx.today(session))

    def today_in(self, session: Session, day: date) -> DayQueue:
        """The queue of a working day, read in the caller's transaction (tallies use it)."""
        return self._build(session, day)

    def current_day(self) -> date:
        with self._ctx.db.read() as session:
            return self._ctx.today(session)

    def _build(self, session: Session, day: date) -> DayQueue:
        context = load_context(self._ctx, session)
        limits = build.Limits.for_day(context.prefs.daily_capacity, context.prefs.new_budget)
        gathered = build.gather(session, day, context, limits)
        queue = build_queue(gathered.candidates, rules_for(context, day))
        return replace(queue, unlisted=gathered.unlisted, unlisted_capped=gathered.capped)

    def resolve(self, text: str, day: date | None = None) -> str:
        """The full id of the item `text` names: an id, or a unique prefix of one — of an item in
        the day's queue or of any open item (as git takes commit prefixes). Raises ItemNotFound
        or AmbiguousItem with a message for the rep."""
        wanted = text.strip()
        if not wanted:
            raise ItemNotFound("give the id of a queue item (see `groundgame today`)")
        with self._ctx.db.read() as session:
            queue = self._build(session, day or self._ctx.today(session))
            ids = [item.id for item in queue.items]
            if wanted in ids or self._exists(session, wanted):
                return wanted
            matches = {item_id for item_id in ids if item_id.startswith(wanted)}
            if len(wanted) >= MIN_PREFIX:
                matches |= self._open_with_prefix(session, wanted)
            if len(matches) == 1:
                return matches.pop()
            if len(matches) > 1:
                raise AmbiguousItem(f"{wanted!r} fits several open items; type more of the id")
            if len(wanted) < MIN_PREFIX and any(item_id.startswith(wanted) for item_id in ids):
                raise AmbiguousItem(
                    f"{wanted!r} is too short; type at least {MIN_PREFIX} characters"
                )
            done = session.execute(
                select(ActivityRecord.outcome, ActivityRecord.done_on)
                .where(
                    *_prefix_range(ActivityRecord.id, wanted), ActivityRecord.status != "planned"
                )
                .limit(1)
            ).first()
        if done is not None and done.outcome is not None:
            raise ItemNotFound(
                f"{wanted!r} is logged already ({done.outcome.value} on {done.done_on})"
            )
        raise ItemNotFound(f"no open item {wanted!r} (see `groundgame today`)")

    def _open_with_prefix(self, session: Session, wanted: str) -> set[str]:
        """Open activities, or reachable contacts for base:/new:/resume: ids, by id prefix."""
        source, _, rest = wanted.partition(":")
        if rest and source in {s.value for s in Source}:
            rows = session.scalars(
                select(ContactRecord.id)
                .where(
                    *_prefix_range(ContactRecord.id, rest),
                    ContactRecord.deleted_at.is_(None),
                    ContactRecord.state.in_(["active", "parked"]),
                )
                .limit(3)
            )
            return {f"{source}:{contact_id}" for contact_id in rows}
        rows = session.scalars(
            select(ActivityRecord.id)
            .where(*_prefix_range(ActivityRecord.id, wanted), reads.PLANNED)
            .limit(3)
        )
        return set(rows)

    def _exists(self, session: Session, wanted: str) -> bool:
        """True for an open activity id, or a synthesised id of a contact who can be reached."""
        try:
            source, ref = parse_item_id(wanted)
        except ValueError:
            return False
        if source is Source.PLANNED:
            status = session.scalar(
                select(ActivityRecord.status).where(
                    ActivityRecord.id == ref, ActivityRecord.deleted_at.is_(None)
                )
            )
            return status is ActivityStatus.PLANNED
        state = session.scalar(
            select(ContactRecord.state).where(
                ContactRecord.id == ref, ContactRecord.deleted_at.is_(None)
            )
        )
        return state in (ContactState.ACTIVE, ContactState.PARKED)

    def item(self, item_id: str, day: date | None = None) -> QueueItem:
        """An item of the day's queue by its full id (also one that is not queued that day)."""
        with self._ctx.db.read() as session:
            day = day or self._ctx.today(session)
            queue = self._build(session, day)
            found = queue.find(item_id)
            if found is not None:
                return found
            candidate = self.candidate(session, item_id, day)
            if candidate is None:
                raise ItemNotFound(f"no open item {item_id!r}")
            return place_alone(candidate, load_context(self._ctx, session), day)

    def candidate(self, session: Session, item_id: str, day: date) -> Candidate | None:
        """The candidate for one item, read directly (for items outside the gathered set);
        `session` is the caller's, as for the other services sharing this one."""
        context = load_context(self._ctx, session)
        source, ref = parse_item_id(item_id)
        if source is Source.PLANNED:
            planned = reads.planned_by_id(session, ref)
            if planned is None:
                return None
            extras = build.Extras.read(session, [planned.contact_id])
            return build.from_planned(planned, day, context, extras)
        contact = reads.contacts_by_id(session, [ref]).get(ref)
        if contact is None:
            return None
        extras = build.Extras.read(session, [ref])
        if source is Source.LIST:
            on_list = reads.on_call_list(session, ref)
            if on_list is None:
                return None
            return build.from_list(contact, on_list[0], on_list[1], day, context, extras)
        if source is not Source.BASE:
            return build.from_contact(contact, source, day, context, extras)
        policy = context.policies.get(contact.tier) if contact.tier is not None else None
        account = (
            reads.account_by_id(session, contact.account_id)
            if policy is not None and contact.account_id is not None
            else None
        )
        if policy is None or account is None:
            return None
        if account.next_touch_on is None:  # never touched: due at once
            account = account._replace(next_touch_on=day)
        return build.from_account(account, contact, policy, context, extras)

    def priority_of(self, contact_id: str) -> PriorityBreakdown | None:
        """The priority the queue gives the contact today, with its factors; None when the
        contact is not someone the queue would offer (parked, out, or nothing due)."""
        placed = self.placement_of(contact_id)
        return None if placed is None else placed.priority

    def placement_of(self, contact_id: str) -> QueueItem | None:
        """The contact's next item as the queue would place it on its day: priority, factors and
        reasons (for the contact's page); None when the queue would not offer the contact."""
        with self._ctx.db.read() as session:
            day = self._ctx.today(session)
            contact = session.get(ContactRecord, contact_id)
            if contact is None or contact.deleted_at is not None:
                return None
            open_id = session.scalar(
                select(ActivityRecord.id)
                .where(
                    reads.PLANNED,
                    ActivityRecord.contact_id == contact_id,
                    ActivityRecord.completed_at.is_(None),
                )
                .order_by(ActivityRecord.due_on)
                .limit(1)
            )
            candidate: Candidate | None
            if open_id is not None:
                candidate = self.candidate(session, open_id, day)
            elif contact.state is not ContactState.ACTIVE:
                return None
            elif contact.last_touch_at is None and contact.lifecycle is Lifecycle.LEAD:
                candidate = self.candidate(session, f"{Source.NEW.value}:{contact_id}", day)
            elif contact.account_id is not None:
                candidate = self.candidate(session, f"{Source.BASE.value}:{contact_id}", day)
            else:
                return None
            if candidate is None:
                return None
            context = load_context(self._ctx, session)
            return place_alone(candidate, context, max(day, candidate.due_on))

    def backlog_size(self, queue: DayQueue) -> int:
        """Items in the backlog, counting those the bounded reads did not list (at least that
        many when `queue.unlisted_capped`)."""
        listed = len(queue.section(Section.BACKLOG))
        return listed + sum(queue.unlisted.values())
