"""The Base: loyal customers ranked by RFM and referrals, the referral graph, thanking referrers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import rep_day
from tracker.domain.enums import ActivityKind, ActivityOrigin, ActivityStatus
from tracker.domain.loyalty import (
    BaseEntry,
    BaseRanking,
    ReferralGraph,
    months_before,
    score_base,
)
from tracker.services.context import ServiceContext
from tracker.services.customers.contact_changes import NotFound, live_contact
from tracker.storage.loyalty import customer_facts, referrers_to_thank
from tracker.storage.records import ActivityRecord, ContactRecord, ReferralRecord
from tracker.storage.timeline import referral_graph

THANKS_WITHIN_DAYS = 1


class LoyaltyService:
    """Who the most loyal customers are, and keeping the referral chain warm."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def ranking(self) -> BaseRanking:
        """Every customer scored over the RFM window (preference), best first."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            today = self._ctx.today(session)
            window_start = months_before(today, prefs.rfm_window_months)
            facts, people = customer_facts(session, window_start=window_start)
            to_thank = referrers_to_thank(session)
        by_id = {fact.contact_id: fact for fact in facts}
        entries = []
        for rank, score in enumerate(score_base(facts, today=today), start=1):
            fact = by_id[score.contact_id]
            person = people[score.contact_id]
            last_touch = (
                rep_day(
                    person.last_touch_at,
                    zone_name=prefs.time_zone,
                    day_start_hour=prefs.day_start_hour,
                )
                if person.last_touch_at
                else None
            )
            due = [d for d in (person.next_planned, person.next_tier_touch) if d is not None]
            entries.append(
                BaseEntry(
                    rank=rank,
                    contact_id=score.contact_id,
                    contact=person.name,
                    account_id=person.account_id,
                    account=person.account,
                    segment=score.segment,
                    score=score.score,
                    recency_days=score.recency_days,
                    frequency=fact.frequency,
                    monetary_cents=fact.monetary_cents,
                    referrals=fact.referrals,
                    last_touch=last_touch,
                    next_due=min(due) if due else None,
                    ask_for_referral=score.ask_for_referral,
                    r=score.r,
                    f=score.f,
                    m=score.m,
                )
            )
        return BaseRanking(tuple(entries), window_start, today, tuple(to_thank))

    def referrals(self, contact_id: str) -> ReferralGraph:
        """Who referred the contact and whom they referred, with status and value won."""
        with self._ctx.db.read() as session:
            live_contact(session, contact_id)
            return referral_graph(session, contact_id)

    def plan_thanks(self, referral_id: str) -> Written[str]:
        """A "thank the referrer" call due within a day; returns the planned activity's id.

        One such call per referrer is enough: an open one is reused.
        """
        with self._ctx.db.read() as session:
            referral = _live_referral(session, referral_id)
            referrer = live_contact(session, referral.referrer_id)
            live_contact(session, referral.referred_id)
            subject = f"{referrer.first_name} {referrer.last_name}".strip()
            referrer_id, account_id = referrer.id, referrer.account_id
            today = self._ctx.today(session)
            prefs = self._ctx.preferences(session)
        due = prefs.next_working_day(today + timedelta(days=THANKS_WITHIN_DAYS))
        with self._ctx.undoable("plan_thanks", subject) as session:
            existing = session.scalars(
                select(ActivityRecord.id).where(
                    ActivityRecord.contact_id == referrer_id,
                    ActivityRecord.origin == ActivityOrigin.REFERRAL_THANKS,
                    ActivityRecord.status == ActivityStatus.PLANNED,
                    ActivityRecord.deleted_at.is_(None),
                )
            ).first()
            if existing is not None:
                return Written(existing, Changes())
            activity = ActivityRecord(
                contact_id=referrer_id,
                account_id=account_id,
                kind=ActivityKind.CALL,
                origin=ActivityOrigin.REFERRAL_THANKS,
                due_on=due,
            )
            session.add(activity)
            session.flush()
            activity_id = activity.id
        return Written(activity_id, Changes(activities=True))

    def mark_thanked(self, referral_id: str) -> Written[str]:
        """Record that the referrer has been thanked (now)."""
        with self._ctx.db.read() as session:
            referral = _live_referral(session, referral_id)
            referrer = session.get(ContactRecord, referral.referrer_id)
            subject = f"{referrer.first_name} {referrer.last_name}".strip() if referrer else ""
        with self._ctx.undoable("mark_thanked", subject) as session:
            row = _live_referral(session, referral_id)
            if row.thanked_at is None:
                row.thanked_at = self._ctx.now()
        return Written(referral_id, Changes(referrals=True))


def _live_referral(session: Session, referral_id: str) -> ReferralRecord:
    referral = session.get(ReferralRecord, referral_id)
    if referral is None or referral.deleted_at is not None:
        raise NotFound("that referral no longer exists")
    return referral
