"""Field visits: check in on arrival, check out with the visit report (which logs the visit and
schedules its next step like any outcome), the visits still open, and times and reports changed
afterwards.

Check-in and check-out live on the visit's activity (`checked_in_at`, `checked_out_at`, the
report's columns): a visit checked in is still planned — the queue keeps it, with "on site since"
— and the check-out is its log. So a check-in that was never followed by a check-out is simply a
planned visit with a check-in from an earlier day, found by one indexed query the next morning.
A time changed afterwards writes a `visit_time_edits` line (before, after, why) next to the
change. Every action is one undoable transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, ActivityStatus, Outcome
from tracker.domain.next_step import NextOverride
from tracker.domain.queue import Source, parse_item_id
from tracker.domain.visits import (
    OpenVisit,
    VisitError,
    VisitFacts,
    VisitReport,
    VisitTimeEdit,
    check_times,
    clean_reason,
    on_the_minute,
)
from tracker.domain.worklog import LogResult
from tracker.services.context import ServiceContext
from tracker.services.day.queue import ItemNotFound, QueueService
from tracker.services.day.targets import Target, contact_name, load_target
from tracker.services.day.work import OutcomeDetails, WorkService
from tracker.services.lookup import resolve_id
from tracker.storage import queue_reads as reads
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactRecord,
    PurchaseRecord,
    VisitTimeEditRecord,
)
from tracker.storage.sql_values import instant

__all__ = ["VisitDetail", "VisitError", "VisitService"]

_OPEN = """
SELECT a.id, a.contact_id, a.checked_in_at, c.first_name, c.last_name, acc.name
FROM activities AS a
JOIN contacts AS c ON c.id = a.contact_id
LEFT JOIN accounts AS acc ON acc.id = coalesce(a.account_id, c.account_id)
WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.checked_in_at IS NOT NULL
ORDER BY a.checked_in_at
"""


class VisitDetail:
    """A visit with its facts and the changes made to its times (for `visit show`)."""

    def __init__(
        self,
        activity_id: str,
        contact: str,
        account: str | None,
        status: ActivityStatus,
        outcome: Outcome | None,
        note: str | None,
        facts: VisitFacts,
        edits: tuple[VisitTimeEdit, ...],
    ) -> None:
        self.activity_id = activity_id
        self.contact = contact
        self.account = account
        self.status = status
        self.outcome = outcome
        self.note = note
        self.facts = facts
        self.edits = edits


class VisitService:
    """Check-in, check-out with the report, open visits, and visit times changed afterwards."""

    def __init__(self, ctx: ServiceContext, queue: QueueService, work: WorkService) -> None:
        self._ctx = ctx
        self._queue = queue
        self._work = work

    # -- reading -------------------------------------------------------------------------------
    def open_visits(self) -> tuple[OpenVisit, ...]:
        """Visits checked in and not yet out, oldest first; `stale` ones began on an earlier
        working day (a check-out forgotten: "still on site at Müller GmbH since 14:05?")."""
        with self._ctx.db.read() as session:
            return self._open(session)

    def _open(self, session: Session) -> tuple[OpenVisit, ...]:
        prefs = self._ctx.preferences(session)
        today = self._ctx.today(session)
        visits = []
        for id_, contact_id, since, first, last, account in session.execute(text(_OPEN)):
            checked_in = instant(since)
            assert checked_in is not None
            day = self._work.day_of(checked_in, prefs)
            visits.append(
                OpenVisit(
                    id_, contact_id, display_name(first, last), account, checked_in, day,
                    stale=day < today,
                )
            )  # fmt: skip
        return tuple(visits)

    def resolve(self, typed: str) -> str:
        """The visit (open or done) an id or a unique prefix of one names; raises UnknownId or
        AmbiguousId."""
        with self._ctx.db.read() as session:
            return resolve_id(session, "activities", "visit", typed)

    def detail(self, activity_id: str) -> VisitDetail:
        """A visit's facts, report and time changes; raises ItemNotFound."""
        with self._ctx.db.read() as session:
            activity = self._visit(session, activity_id)
            contact = session.get(ContactRecord, activity.contact_id)
            assert contact is not None
            account_id = activity.account_id or contact.account_id
            account = session.get(AccountRecord, account_id) if account_id else None
            edits = session.scalars(
                select(VisitTimeEditRecord)
                .where(
                    VisitTimeEditRecord.activity_id == activity.id,
                    VisitTimeEditRecord.deleted_at.is_(None),
                )
                .order_by(VisitTimeEditRecord.created_at)
            ).all()
            return VisitDetail(
                activity.id,
                display_name(contact.first_name, contact.last_name),
                account.name if account is not None else None,
                activity.status,
                activity.outcome,
                activity.note,
                facts_of(activity),
                tuple(_edit(row) for row in edits),
            )

    # -- check-in and check-out ----------------------------------------------------------------
    def check_in(self, item_id: str, *, at: datetime | None = None) -> Written[OpenVisit]:
        """Arrived at a visit: the time on site starts (now, or `at` if the rep forgot)."""
        with self._ctx.db.read() as session:
            subject = contact_name(session, item_id)
        with self._ctx.undoable("check_in", subject) as session:
            prefs = self._ctx.preferences(session)
            now = self._ctx.now()
            target = load_target(session, item_id, reads.tier_policies(session))
            _require_visit(target)
            if target.activity is not None and target.activity.checked_in_at is not None:
                since = self._wall(target.activity.checked_in_at, prefs.time_zone)
                raise VisitError(f"checked in there already, since {since}")
            for other in self._open(session):
                if other.contact_id == target.contact.id:
                    since = self._wall(other.checked_in_at, prefs.time_zone, other.stale)
                    raise VisitError(f"checked in there already, since {since}")
                raise VisitError(
                    f"still checked in at {other.place} since "
                    f"{self._wall(other.checked_in_at, prefs.time_zone, other.stale)}: "
                    "check out there first (or discard that check-in)"
                )
            arrived = on_the_minute(at or now)
            check_times(arrived, None, now=now)
            activity = self._work.ensure_planned(session, target, self._ctx.today(session))
            activity.checked_in_at = arrived
            activity.buried_on = None
            session.flush()
            day = self._work.day_of(arrived, prefs)
            visit = OpenVisit(
                activity.id, target.contact.id, target.name,
                target.account.name if target.account else None, arrived, day,
                stale=day < self._ctx.today(session),
            )  # fmt: skip
        return Written(visit, Changes(activities=True))

    def check_out(
        self,
        item_id: str,
        outcome: Outcome,
        *,
        report: VisitReport | None = None,
        override: NextOverride | None = None,
        at: datetime | None = None,
        details: OutcomeDetails | None = None,
    ) -> Written[LogResult]:
        """Leaving a visit: the time on site ends (now, or `at` for a check-out forgotten), the
        report is kept with it, and the outcome is logged with its next step. A visit that was
        never checked in can be checked out too (the report without a time on site)."""
        report = (report or VisitReport()).cleaned(outcome)
        with self._ctx.db.read() as session:
            item_id = self._checked_in_item(session, item_id)
            subject = contact_name(session, item_id)
        with self._ctx.undoable("check_out", subject) as session:
            now = self._ctx.now()
            left = at or now

            def check(target: Target) -> None:
                _require_visit(target)
                check_times(target.activity.checked_in_at if target.activity else None, left,
                            now=now)  # fmt: skip

            amount = report.order_value_cents
            extra = details or OutcomeDetails()
            if amount is not None:
                extra = OutcomeDetails(amount_cents=amount, referral=extra.referral)
            logged = self._work.log_within(
                session, item_id, outcome, note=report.note, override=override, details=extra,
                done_at=left, prepare=check,
            )  # fmt: skip
            done = logged.done
            done.checked_out_at = on_the_minute(left) if done.checked_in_at is not None else None
            done.met_with = report.met_with
            done.topics = report.topics
            done.order_value_cents = amount
            done.route_position = None
            session.flush()
            facts = facts_of(done)
            result = replace(logged.result, logged=replace(logged.result.logged, visit=facts))
        return Written(result, logged.changes)

    def discard_check_in(self, item_id: str) -> Written[str]:
        """A check-in made by mistake (or a visit that did not happen): the visit is planned
        again, without a time on site."""
        with self._ctx.db.read() as session:
            item_id = self._checked_in_item(session, item_id)
            subject = contact_name(session, item_id)
        with self._ctx.undoable("discard_check_in", subject) as session:
            target = load_target(session, item_id, reads.tier_policies(session))
            activity = target.activity
            if activity is None or activity.checked_in_at is None:
                raise VisitError(f"{target.name}: the visit is not checked in")
            activity.checked_in_at = None
            session.flush()
            result = activity.id
        return Written(result, Changes(activities=True))

    # -- changing times afterwards ---------------------------------------------------------------
    def edit_times(
        self,
        activity_id: str,
        *,
        checked_in_at: datetime | None,
        checked_out_at: datetime | None,
        reason: str,
    ) -> Written[VisitTimeEdit]:
        """Correct a visit's check-in and check-out (None keeps a time as it is); the old and
        new times and the reason are kept as a line of their own."""
        why = clean_reason(reason)
        with self._ctx.db.read() as session:
            name = self._subject(session, activity_id)
        with self._ctx.undoable("edit_visit_times", name) as session:
            activity = self._visit(session, activity_id)
            before_in, before_out = activity.checked_in_at, activity.checked_out_at
            after_in = on_the_minute(checked_in_at) if checked_in_at else before_in
            after_out = on_the_minute(checked_out_at) if checked_out_at else before_out
            if activity.status is ActivityStatus.PLANNED and checked_out_at is not None:
                raise VisitError("check-out: the visit is still open — check out instead")
            if (after_in, after_out) == (before_in, before_out):
                raise VisitError("the times are as they were: nothing to change")
            if after_in is None:
                raise VisitError("check-in: give the time of arrival")
            if activity.status is not ActivityStatus.PLANNED and after_out is None:
                raise VisitError("check-out: give the time the visit ended too")
            check_times(after_in, after_out, now=self._ctx.now())
            activity.checked_in_at = after_in
            activity.checked_out_at = after_out
            line = VisitTimeEditRecord(
                activity_id=activity.id,
                contact_id=activity.contact_id,
                checked_in_before=before_in,
                checked_out_before=before_out,
                checked_in_after=after_in,
                checked_out_after=after_out,
                reason=why,
            )
            session.add(line)
            session.flush()
            result = _edit(line)
        return Written(result, Changes(activities=True))

    # -- changing the report afterwards --------------------------------------------------------
    def edit_report(self, activity_id: str, report: VisitReport) -> Written[VisitFacts]:
        """Correct a done visit's report: whom the rep met, the topics, the note and, for an
        order, its value (None keeps it) — the order's purchase takes the new value too. The
        outcome stays: a different outcome is an undo and a new check-out."""
        with self._ctx.db.read() as session:
            name = self._subject(session, activity_id)
        with self._ctx.undoable("edit_visit_report", name) as session:
            activity = self._visit(session, activity_id)
            if activity.status is not ActivityStatus.DONE or activity.outcome is None:
                raise VisitError(
                    "the visit is not checked out yet: its report is written at check-out"
                )
            cleaned = report.cleaned(activity.outcome)
            value = cleaned.order_value_cents
            if activity.outcome is Outcome.ORDER_TAKEN and value is None:
                value = activity.order_value_cents
            before = (activity.met_with, activity.topics, activity.order_value_cents, activity.note)
            after = (cleaned.met_with, cleaned.topics, value, cleaned.note)
            if after == before:
                raise VisitError("the report is as it was: nothing to change")
            activity.met_with, activity.topics, activity.order_value_cents, activity.note = after
            purchases = False
            if value is not None and value != before[2]:
                for purchase in session.scalars(
                    select(PurchaseRecord).where(
                        PurchaseRecord.activity_id == activity.id,
                        PurchaseRecord.deleted_at.is_(None),
                    )
                ):
                    purchase.amount_cents = value
                    purchases = True
            session.flush()
            facts = facts_of(activity)
        return Written(facts, Changes(activities=True, purchases=purchases))

    # -- helpers -------------------------------------------------------------------------------
    def _checked_in_item(self, session: Session, item_id: str) -> str:
        """The visit's own id for an item the day only suggested (`base:…`) that the rep
        checked in to: the check-in made it a planned visit."""
        try:
            source, ref = parse_item_id(item_id)
        except ValueError:
            return item_id
        if source is Source.PLANNED:
            return item_id
        for visit in self._open(session):
            if visit.contact_id == ref:
                return visit.activity_id
        return item_id

    def _visit(self, session: Session, activity_id: str) -> ActivityRecord:
        activity = session.get(ActivityRecord, activity_id)
        if activity is None or activity.deleted_at is not None:
            raise ItemNotFound(f"there is no visit with the id {activity_id!r}")
        if activity.kind is not ActivityKind.VISIT:
            raise VisitError(f"{activity_id}: this is a {activity.kind.value}, not a visit")
        return activity

    def _subject(self, session: Session, activity_id: str) -> str:
        activity = self._visit(session, activity_id)
        contact = session.get(ContactRecord, activity.contact_id)
        return display_name(contact.first_name, contact.last_name) if contact else ""

    @staticmethod
    def _wall(moment: datetime, zone_name: str, with_day: bool = False) -> str:
        from tracker.domain.clock import instant_to_wall

        wall = instant_to_wall(moment, zone_name)
        return wall.strftime("%a %Y-%m-%d %H:%M" if with_day else "%H:%M")


def _require_visit(target: Target) -> None:
    if target.kind is not ActivityKind.VISIT:
        raise VisitError(
            f"{target.name}: this is a {target.kind.value.replace('_', '-')}, not a visit — "
            "only visits are checked in and out"
        )


def facts_of(activity: ActivityRecord) -> VisitFacts:
    return VisitFacts(
        activity.checked_in_at,
        activity.checked_out_at,
        activity.met_with,
        activity.topics,
        activity.order_value_cents,
    )


def _edit(row: VisitTimeEditRecord) -> VisitTimeEdit:
    return VisitTimeEdit(
        row.id,
        row.activity_id,
        row.created_at,
        row.checked_in_before,
        row.checked_out_before,
        row.checked_in_after,
        row.checked_out_after,
        row.reason,
    )
