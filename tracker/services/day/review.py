"""Looking at the work: an item's contact card for the detail pane, and the end of the day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.clock import rep_day
from tracker.domain.contact_fields import display_name, format_phone
from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome
from tracker.domain.geo import Coordinates
from tracker.domain.queue import DayQueue, Source, parse_item_id
from tracker.domain.visits import VisitFacts
from tracker.domain.worklog import (
    ContactCard,
    DaySummary,
    DayTally,
    DealSummary,
    LoggedActivity,
    PhoneNumber,
    TimelineEntry,
)
from tracker.services.context import ServiceContext
from tracker.services.day.goals import GoalsService, done_counts
from tracker.services.day.queue import ItemNotFound, QueueService
from tracker.services.day.targets import best_deal
from tracker.storage import queue_reads as reads
from tracker.storage.day_counts import done_between, done_per_day
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    NoteRecord,
)

HISTORY = 12
NOTES = 5


def shown_phone(e164: str, region: str) -> str:
    """A number as a rep dials it: national at home, international abroad — and as stored
    when it does not format cleanly (a number the phone library cannot place)."""
    shown = format_phone(e164, region)
    return shown if shown.startswith(("0", "+", "(")) else e164


def _recorded(facts: VisitFacts) -> VisitFacts | None:
    return facts if facts.recorded else None


class ReviewService:
    """Reads for the detail pane and the end-of-day review."""

    def __init__(self, ctx: ServiceContext, queue: QueueService, goals: GoalsService) -> None:
        self._ctx = ctx
        self._queue = queue
        self._goals = goals

    def card(self, item_id: str) -> ContactCard:
        """The contact behind a queue item: phones, deal, notes and recent history."""
        with self._ctx.db.read() as session:
            source, ref = parse_item_id(item_id)
            contact_id = ref
            activity = None
            if source is Source.PLANNED:
                activity = session.get(ActivityRecord, ref)
                if activity is None:
                    raise ItemNotFound(f"no item {item_id!r}")
                contact_id = activity.contact_id
            card = self._card(session, contact_id)
            if (
                activity is not None
                and activity.kind is ActivityKind.VISIT
                and activity.status is ActivityStatus.DONE
            ):
                facts = VisitFacts(
                    activity.checked_in_at,
                    activity.checked_out_at,
                    activity.met_with,
                    activity.topics,
                    activity.order_value_cents,
                )
                card = replace(card, done_visit=facts, done_id=activity.id)  # fmt: skip
            return card

    def _card(self, session: Session, contact_id: str) -> ContactCard:
        prefs = self._ctx.preferences(session)
        contact = session.get(ContactRecord, contact_id)
        if contact is None:
            raise ItemNotFound(f"no contact {contact_id!r}")
        account = session.get(AccountRecord, contact.account_id) if contact.account_id else None
        phones = session.scalars(
            select(ContactPhoneRecord)
            .where(
                ContactPhoneRecord.contact_id == contact_id, ContactPhoneRecord.deleted_at.is_(None)
            )
            .order_by(ContactPhoneRecord.position)
        ).all()
        emails = session.scalars(
            select(ContactEmailRecord.address)
            .where(
                ContactEmailRecord.contact_id == contact_id, ContactEmailRecord.deleted_at.is_(None)
            )
            .order_by(ContactEmailRecord.position)
        ).all()
        referrer = (
            session.get(ContactRecord, contact.referred_by_id) if contact.referred_by_id else None
        )
        today = self._ctx.today(session)
        deal = best_deal(session, contact_id)
        summary = None
        if deal is not None:
            entered = rep_day(
                deal.stage_entered_at,
                zone_name=prefs.time_zone,
                day_start_hour=prefs.day_start_hour,
            )
            summary = DealSummary(
                deal.id, deal.title, deal.stage, deal.value_cents, deal.currency,
                max(0, (today - entered).days),
            )  # fmt: skip
        address = ", ".join(
            part for part in (contact.street, contact.postal_code, contact.city) if part
        ) or (
            ", ".join(p for p in (account.street, account.postal_code, account.city) if p)
            if account
            else ""
        )
        return ContactCard(
            contact_id=contact.id,
            name=display_name(contact.first_name, contact.last_name),
            job_title=contact.job_title,
            account=account.name if account else None,
            address=address or None,
            phones=tuple(
                PhoneNumber(p.number, shown_phone(p.number, prefs.default_region), p.label)
                for p in phones
            ),
            emails=tuple(emails),
            notes=contact.notes,
            deal=summary,
            referred_by=display_name(referrer.first_name, referrer.last_name) if referrer else None,
            unanswered_attempts=contact.unanswered_attempts or 0,
            timeline=self._timeline(session, contact_id, prefs.time_zone, prefs.day_start_hour),
            place=(Coordinates.of(account.latitude, account.longitude) if account else None)
            or Coordinates.of(contact.latitude, contact.longitude),
        )

    def _timeline(
        self, session: Session, contact_id: str, zone_name: str, start_hour: int
    ) -> tuple[TimelineEntry, ...]:
        """Open work soonest first, then done work and notes newest first."""
        planned = session.scalars(
            select(ActivityRecord)
            .where(
                ActivityRecord.contact_id == contact_id,
                ActivityRecord.completed_at.is_(None),
                ActivityRecord.status == ActivityStatus.PLANNED,
                ActivityRecord.deleted_at.is_(None),
            )
            .order_by(ActivityRecord.due_on)
            .limit(HISTORY)
        ).all()
        done = session.scalars(
            select(ActivityRecord)
            .where(
                ActivityRecord.contact_id == contact_id,
                ActivityRecord.completed_at.is_not(None),
                ActivityRecord.deleted_at.is_(None),
            )
            .order_by(ActivityRecord.completed_at.desc())
            .limit(HISTORY)
        ).all()
        notes = session.scalars(
            select(NoteRecord)
            .where(NoteRecord.contact_id == contact_id, NoteRecord.deleted_at.is_(None))
            .order_by(NoteRecord.created_at.desc())
            .limit(NOTES)
        ).all()
        upcoming = [
            TimelineEntry(a.starts_at, a.due_on, a.kind, a.status, None, a.note) for a in planned
        ]
        history = [
            TimelineEntry(
                a.completed_at,
                a.done_on or a.due_on,
                a.kind,
                a.status,
                a.outcome,
                a.note,
                _recorded(
                    VisitFacts(
                        a.checked_in_at, a.checked_out_at, a.met_with, a.topics, a.order_value_cents
                    )
                ),
            )
            for a in done
        ]
        history += [
            TimelineEntry(
                n.created_at,
                rep_day(n.created_at, zone_name=zone_name, day_start_hour=start_hour),
                None,
                None,
                None,
                n.body,
            )
            for n in notes
        ]
        history.sort(
            key=lambda entry: (entry.day, entry.when is not None, entry.when), reverse=True
        )
        return (*upcoming, *history[:HISTORY])

    def logged(self, day: date | None = None) -> tuple[LoggedActivity, ...]:
        """What was logged on a working day (default today), in the order it happened."""
        with self._ctx.db.read() as session:
            day = day or self._ctx.today(session)
            rows = session.execute(
                select(
                    ActivityRecord.id,
                    ActivityRecord.kind,
                    ActivityRecord.contact_id,
                    ActivityRecord.outcome,
                    ActivityRecord.completed_at,
                    ActivityRecord.note,
                    ActivityRecord.attempt,
                    ActivityRecord.checked_in_at,
                    ActivityRecord.checked_out_at,
                    ActivityRecord.met_with,
                    ActivityRecord.topics,
                    ActivityRecord.order_value_cents,
                    ContactRecord.first_name,
                    ContactRecord.last_name,
                    AccountRecord.name.label("account_name"),
                )
                .join(ContactRecord, ContactRecord.id == ActivityRecord.contact_id)
                .outerjoin(AccountRecord, AccountRecord.id == ContactRecord.account_id)
                .where(done_between(day, day))  # what DayTally.done counts
                .order_by(ActivityRecord.completed_at, ActivityRecord.id)
            ).all()
        return tuple(
            LoggedActivity(
                id=row.id,
                kind=ActivityKind(row.kind),
                contact_id=row.contact_id,
                contact=display_name(row.first_name, row.last_name),
                account=row.account_name,
                outcome=Outcome(row.outcome),
                done_on=day,
                completed_at=row.completed_at,
                note=row.note,
                attempt=row.attempt,
                visit=_recorded(
                    VisitFacts(
                        row.checked_in_at,
                        row.checked_out_at,
                        row.met_with,
                        row.topics,
                        row.order_value_cents,
                    )
                ),
            )
            for row in rows
        )

    def tally(self, day: date | None = None) -> DayTally:
        """Done vs planned on a day (default today), counted as every screen counts it."""
        with self._ctx.db.read() as session:
            day = day or self._ctx.today(session)
            return self._tally(session, day, None)

    def _tally(self, session: Session, day: date, queue: DayQueue | None) -> DayTally:
        today = self._ctx.today(session)
        done = done_per_day(session, day, day).get(day, 0)
        if day == today:
            return DayTally.of_today(queue or self._queue.today_in(session, day), done)
        prefs = self._ctx.preferences(session)
        due = reads.planned_loads(session, day, day).get(day, 0)
        return DayTally.of_other_day(
            day, today, capacity=prefs.capacity_on(day), done=done, due=due
        )

    def end_of_day(self, day: date | None = None) -> DaySummary:
        """Today's numbers against the goals, what was logged, and what rolls to tomorrow."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            day = day or self._ctx.today(session)
            counts = done_counts(session, day, day)
            queue = self._queue.today_in(session, day)
            tally = self._tally(session, day, queue)
        tomorrow = prefs.next_working_day(day + timedelta(days=1))
        return DaySummary(
            day=day,
            tomorrow=tomorrow,
            tally=tally,
            done=counts,
            goals=self._goals.snapshot(day, week=True),
            logged=self.logged(day),
            rolling=queue.planned,
            backlog=self._queue.backlog_size(queue),
        )
