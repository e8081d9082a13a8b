"""Logging an outcome with its next step, and the rep's other moves: bury, park, reschedule.

Each is one undoable transaction (`ctx.undoable`): the journal records every row it touches, so
`book.undo.undo()` restores the old schedule exactly. `preview` works the next step out with the
same function `log` uses, on the same data, so a button shows the date the log will schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import rep_day
from tracker.domain.enums import ActivityKind, ActivityOrigin, ActivityStatus, ContactState, Outcome
from tracker.domain.next_step import NextOverride, NextPlan, NextStepError, plan_next
from tracker.domain.outcomes import (
    NEEDS_DETAILS,
    Step,
    is_allowed,
    key_of,
    key_order,
    most_common,
)
from tracker.domain.preferences import Preferences
from tracker.domain.queue import QueueItem
from tracker.domain.recurrence import localize
from tracker.domain.visits import VisitFacts
from tracker.domain.worklog import LoggedActivity, LogResult, OutcomeOption, OutcomePreview
from tracker.services.context import ServiceContext
from tracker.services.day import candidates as build
from tracker.services.day.outcome_effects import ReferralDraft, apply_effects, apply_plan
from tracker.services.day.queue import QueueService, place_alone
from tracker.services.day.targets import Target, contact_name, load_target, loads_ahead, log_context
from tracker.storage import queue_reads as reads
from tracker.storage import queue_rows as rows
from tracker.storage.records import ActivityRecord, ContactRecord
from tracker.storage.worklog import cancel_open_work, record_touch

__all__ = ["Logged", "OutcomeDetails", "OutcomeNotAllowed", "ReferralDraft", "WorkService"]


class OutcomeNotAllowed(ValueError):
    """An outcome that does not belong to the item's kind (a visit is not "voicemail")."""


@dataclass(frozen=True)
class Logged:
    """What `log_within` did: the result for the rep, what changed, and the done activity."""

    result: LogResult
    changes: Changes
    done: ActivityRecord


@dataclass(frozen=True)
class OutcomeDetails:
    """What some outcomes take besides a date: the order's amount, the referred person."""

    amount_cents: int | None = None
    referral: ReferralDraft | None = None


def _facts(activity: ActivityRecord) -> VisitFacts:
    return VisitFacts(
        activity.checked_in_at,
        activity.checked_out_at,
        activity.met_with,
        activity.topics,
        activity.order_value_cents,
    )


class WorkService:
    """What the rep does to a queue item: log, bury, park, reschedule."""

    def __init__(self, ctx: ServiceContext, queue: QueueService) -> None:
        self._ctx = ctx
        self._queue = queue

    # -- preview and log -----------------------------------------------------------------------
    def preview(self, item_id: str, *, override: NextOverride | None = None) -> OutcomePreview:
        """Every outcome of the item with the next step it would schedule now."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            policies = reads.tier_policies(session)
            target = load_target(session, item_id, policies)
            now = self._ctx.now()
            today = self._day(now, prefs)
            context = log_context(target, today=today, now=now, prefs=prefs, policies=policies)
            loads = loads_ahead(session, today)
            ladders = reads.cadence_ladders(session)
            options = []
            for outcome in key_order(target.kind):
                try:
                    plan = plan_next(
                        outcome, context, prefs=prefs, loads=loads, cadences=ladders,
                        override=override,
                    )  # fmt: skip
                except NextStepError:  # exits take no date: show their own step
                    plan = plan_next(outcome, context, prefs=prefs, loads=loads, cadences=ladders)
                options.append(
                    OutcomeOption(
                        outcome, key_of(target.kind, outcome), plan, outcome in NEEDS_DETAILS
                    )
                )
        return OutcomePreview(item_id, target.kind, tuple(options), most_common(target.kind))

    def log(
        self,
        item_id: str,
        outcome: Outcome,
        *,
        note: str | None = None,
        override: NextOverride | None = None,
        details: OutcomeDetails | None = None,
    ) -> Written[LogResult]:
        """Log what happened and schedule the next step (the one `preview` showed)."""
        with self._ctx.db.read() as session:
            subject = contact_name(session, item_id)
        with self._ctx.undoable("log_outcome", subject) as session:
            logged = self.log_within(
                session, item_id, outcome, note=note, override=override, details=details
            )
        return Written(logged.result, logged.changes)

    def log_within(
        self,
        session: Session,
        item_id: str,
        outcome: Outcome,
        *,
        note: str | None = None,
        override: NextOverride | None = None,
        details: OutcomeDetails | None = None,
        done_at: datetime | None = None,
        prepare: Callable[[Target], None] | None = None,
    ) -> Logged:
        """`log`'s work inside the caller's (undoable) transaction, for actions that log as a
        part of them (a visit's check-out). `done_at` logs work finished earlier (it counts
        for that instant's day); `prepare` sees the item before anything is written."""
        details = details or OutcomeDetails()
        note = (note or "").strip() or None
        prefs = self._ctx.preferences(session)
        policies = reads.tier_policies(session)
        target = load_target(session, item_id, policies)
        if not is_allowed(target.kind, outcome):
            allowed = ", ".join(o.value for o in key_order(target.kind))
            raise OutcomeNotAllowed(
                f"{outcome.value} is not an outcome of a {target.kind.value}; use one of: {allowed}"
            )
        if prepare is not None:
            prepare(target)
        now = self._ctx.now()
        today = self._day(now, prefs)
        finished = done_at or now
        context = log_context(target, today=today, now=now, prefs=prefs, policies=policies)
        ladders = reads.cadence_ladders(session)
        plan = plan_next(
            outcome, context, prefs=prefs, loads=loads_ahead(session, today),
            cadences=ladders, override=override,
        )  # fmt: skip
        done = self._complete(session, target, outcome, note, finished, self._day(finished, prefs))
        ideal = {tier: policy.ideal_days for tier, policy in policies.items()}
        record_touch(
            session, target.contact, at=finished, day=self._day(finished, prefs),
            outcome=outcome, ideal_days=ideal, deal=target.deal,
        )  # fmt: skip
        if target.contact.state is ContactState.PARKED:
            target.contact.state = ContactState.ACTIVE  # back from parking: spoken to
            target.contact.parked_until = None
            target.contact.state_reason = None
        next_id = apply_plan(session, target, plan, done, prefs)
        referred = apply_effects(
            session, target, outcome, done, prefs, now=now, today=today,
            amount_cents=details.amount_cents, referral=details.referral,
        )  # fmt: skip
        session.flush()
        logged = self._logged(target, done)
        queue_context = build.Context(prefs, policies, ladders)
        next_item = self._describe_next(session, plan, next_id, target, queue_context, outcome)
        changes = Changes(
            activities=True,
            contacts=True,
            accounts=target.account is not None,
            deals=target.deal is not None,
            purchases=outcome is Outcome.ORDER_TAKEN,
            referrals=referred is not None or target.origin is ActivityOrigin.REFERRAL_THANKS,
        )
        return Logged(LogResult(logged, plan, next_item, referred), changes, done)

    def _complete(
        self,
        session: Session,
        target: Target,
        outcome: Outcome,
        note: str | None,
        now: datetime,
        today: date,
    ) -> ActivityRecord:
        """The item as a done activity (a synthesised item becomes one now)."""
        activity = target.activity or self._planned_from(target, today)
        if target.activity is None:
            session.add(activity)
        activity.status = ActivityStatus.DONE
        activity.completed_at = now
        activity.done_on = today
        activity.outcome = outcome
        activity.note = note
        activity.attempt = target.unanswered_before + 1
        activity.buried_on = None
        if activity.deal_id is None and target.deal is not None:
            activity.deal_id = target.deal.id
        session.flush()
        return activity

    @staticmethod
    def _planned_from(target: Target, due_on: date) -> ActivityRecord:
        """A planned activity standing for a synthesised item (base, new, back from parking)."""
        return ActivityRecord(
            contact_id=target.contact.id,
            account_id=target.account.id if target.account else None,
            deal_id=target.deal.id if target.deal else None,
            kind=target.kind,
            status=ActivityStatus.PLANNED,
            origin=target.origin,
            due_on=due_on,
            location=target.place if target.kind is ActivityKind.VISIT else None,
            cadence_code=target.cadence_code,
            cadence_step=target.cadence_step,
            attempt=target.unanswered_before + 1,
        )

    def _logged(self, target: Target, done: ActivityRecord) -> LoggedActivity:
        assert done.outcome is not None and done.completed_at is not None
        assert done.done_on is not None
        return LoggedActivity(
            id=done.id,
            kind=done.kind,
            contact_id=target.contact.id,
            contact=target.name,
            account=target.account.name if target.account else None,
            outcome=done.outcome,
            done_on=done.done_on,
            completed_at=done.completed_at,
            note=done.note,
            attempt=done.attempt,
            visit=facts if (facts := _facts(done)).recorded else None,
        )

    @staticmethod
    def _describe_next(
        session: Session,
        plan: NextPlan,
        next_id: str | None,
        target: Target,
        context: build.Context,
        outcome: Outcome,
    ) -> QueueItem | None:
        """The next step as a queue item on its day (a tier touch shows as the base item),
        from the rows just written — no second read."""
        if plan.day is None:
            return None
        extras = build.Extras.read(session, [target.contact.id])
        if next_id is not None:
            following = session.get(ActivityRecord, next_id)
            assert following is not None
            row = rows.planned_row_of(following, target.contact, target.account, outcome)
            candidate = build.from_planned(row, following.due_on, context, extras)
            day = following.due_on
        elif plan.step is Step.TIER and target.account is not None:
            policy = context.policies.get(target.account.tier) if target.account.tier else None
            if policy is None:
                return None
            account = rows.account_row_of(target.account)
            contact = rows.contact_row_of(target.contact, target.account)
            candidate = build.from_account(account, contact, policy, context, extras)
            day = plan.day
        else:
            return None
        return place_alone(candidate, context, day)

    # -- bury, park, reschedule ------------------------------------------------------------------
    def bury(self, item_id: str) -> Written[str]:
        """Not today: the item leaves today's list and is back tomorrow, its age still counting."""
        with self._ctx.db.read() as session:
            subject = contact_name(session, item_id)
        with self._ctx.undoable("bury", subject) as session:
            prefs = self._ctx.preferences(session)
            target = load_target(session, item_id, reads.tier_policies(session))
            today = self._day(self._ctx.now(), prefs)
            activity = self.ensure_planned(session, target, today)
            activity.buried_on = today
            session.flush()
            result = activity.id
        return Written(result, Changes(activities=True))

    def park(self, item_id: str, until: date, reason: str) -> Written[str]:
        """Not until a date: the contact's open work is cancelled and a call waits on that day."""
        with self._ctx.db.read() as session:
            subject = contact_name(session, item_id)
        with self._ctx.undoable("park", subject) as session:
            prefs = self._ctx.preferences(session)
            today = self._day(self._ctx.now(), prefs)
            if until <= today:
                raise ValueError(f"park until: {until.isoformat()} is not after today")
            target = load_target(session, item_id, reads.tier_policies(session))
            contact: ContactRecord = target.contact
            contact.state = ContactState.PARKED
            contact.parked_until = until
            contact.state_reason = reason.strip() or "parked"
            cancel_open_work(session, contact.id)
            resume = ActivityRecord(
                contact_id=contact.id,
                account_id=contact.account_id,
                kind=ActivityKind.CALL,
                status=ActivityStatus.PLANNED,
                origin=ActivityOrigin.RESUME,
                due_on=prefs.next_working_day(until),
                previous_id=target.activity.id if target.activity else None,
                attempt=1,
            )
            session.add(resume)
            session.flush()
            result = resume.id
        return Written(result, Changes(activities=True, contacts=True))

    def reschedule(self, item_id: str, day: date, at: time | None = None) -> Written[str]:
        """Move the item to another day (and time); a fixed time keeps its hour unless given."""
        with self._ctx.db.read() as session:
            subject = contact_name(session, item_id)
        with self._ctx.undoable("reschedule", subject) as session:
            prefs = self._ctx.preferences(session)
            today = self._day(self._ctx.now(), prefs)
            if day < today:
                raise ValueError(f"reschedule: {day.isoformat()} lies in the past")
            target = load_target(session, item_id, reads.tier_policies(session))
            activity = self.ensure_planned(session, target, day)
            activity.due_on = day
            activity.buried_on = None
            wall = at or (activity.local_start.time() if activity.local_start else None)
            if wall is not None:
                occurrence = localize(
                    datetime.combine(day, wall), activity.time_zone or prefs.time_zone
                )
                activity.local_start = occurrence.local_start
                activity.starts_at = occurrence.starts_at
                activity.time_zone = activity.time_zone or prefs.time_zone
                activity.due_on = self._day(occurrence.starts_at, prefs)
            session.flush()
            result = activity.id
        return Written(result, Changes(activities=True))

    def ensure_planned(self, session: Session, target: Target, due_on: date) -> ActivityRecord:
        """The item's planned activity; a synthesised item (a base or new contact) becomes one
        due on `due_on`. Inside the caller's transaction."""
        if target.activity is not None:
            return target.activity
        activity = self._planned_from(target, due_on)
        session.add(activity)
        return activity

    @staticmethod
    def day_of(instant: datetime, prefs: Preferences) -> date:
        """The rep's working day an instant counts for."""
        return rep_day(instant, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)

    @staticmethod
    def _day(instant: datetime, prefs: Preferences) -> date:
        return rep_day(instant, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
