"""What a logged outcome writes besides the done activity: the next step, the deal, the money,
the referral — all through the ORM inside the caller's undoable transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.clock import rep_day
from tracker.domain.contact_fields import Phone
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import (
    ActivityKind,
    ActivityOrigin,
    ActivityStatus,
    ContactState,
    Lifecycle,
    Outcome,
    ReferralStatus,
)
from tracker.domain.next_step import RETRY_CADENCE, NextPlan
from tracker.domain.outcomes import RULES, Step, deal_stage_after, lifecycle_after
from tracker.domain.preferences import Preferences
from tracker.domain.recurrence import localize
from tracker.domain.scheduling import working_days_after
from tracker.services.day.targets import Target
from tracker.storage.contacts import insert_contact
from tracker.storage.deals import move_deal_stage
from tracker.storage.records import ActivityRecord, PurchaseRecord, ReferralRecord
from tracker.storage.worklog import cancel_open_work


class MissingDetails(ValueError):
    """An outcome that needs something the rep did not give (a referral needs a name)."""


@dataclass(frozen=True)
class ReferralDraft:
    """The person a customer referred, as the rep noted them."""

    first_name: str = ""
    last_name: str = ""
    phone: str | None = None
    email: str | None = None
    note: str | None = None

    @classmethod
    def from_name(
        cls, text: str, *, phone: str | None = None, email: str | None = None
    ) -> ReferralDraft:
        """'Anna Maria Schulz' → first 'Anna Maria', last 'Schulz'."""
        parts = text.strip().rsplit(" ", 1)
        first, last = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
        return cls(first_name=first, last_name=last, phone=phone, email=email)


def apply_plan(
    session: Session, target: Target, plan: NextPlan, done: ActivityRecord, prefs: Preferences
) -> str | None:
    """Write the next step; returns the id of the activity it planned, if any."""
    contact = target.contact
    if plan.step is Step.EXIT:
        if plan.reason:  # out of the queue, with the reason kept on the contact
            if plan.exit_state is not None:
                contact.state = plan.exit_state
            contact.state_reason = plan.reason
            cancel_open_work(session, contact.id)
        return None
    if plan.step is Step.TIER or plan.day is None or plan.kind is None:
        return None  # the tier cadence, reset by this touch, brings the account back
    if plan.step is Step.PARK:
        contact.state = ContactState.PARKED
        contact.parked_until = plan.day
        contact.state_reason = plan.reason or "parked"
        cancel_open_work(session, contact.id)
        resume = ActivityRecord(
            contact_id=contact.id,
            account_id=contact.account_id,
            kind=ActivityKind.CALL,
            status=ActivityStatus.PLANNED,
            origin=ActivityOrigin.RESUME,
            due_on=prefs.next_working_day(plan.day),
            previous_id=done.id,
            attempt=1,
        )
        session.add(resume)
        session.flush()
        return resume.id
    due, starts_at, local_start = plan.day, None, None
    if plan.local_start is not None:
        occurrence = localize(plan.local_start, plan.time_zone or prefs.time_zone)
        starts_at, local_start = occurrence.starts_at, occurrence.local_start
        due = rep_day(starts_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
    deal = target.deal
    following = ActivityRecord(
        contact_id=contact.id,
        account_id=target.account.id if target.account else contact.account_id,
        deal_id=deal.id if deal is not None else None,
        kind=plan.kind,
        status=ActivityStatus.PLANNED,
        origin=ActivityOrigin.CADENCE if plan.cadence_code else ActivityOrigin.OUTCOME,
        due_on=due,
        starts_at=starts_at,
        local_start=local_start,
        time_zone=plan.time_zone if starts_at is not None else None,
        duration_minutes=plan.duration_minutes,
        location=plan.location,
        cadence_code=plan.cadence_code,
        cadence_step=plan.cadence_step,
        previous_id=done.id,
        attempt=plan.attempt,
    )
    session.add(following)
    session.flush()
    return following.id


def apply_effects(
    session: Session,
    target: Target,
    outcome: Outcome,
    done: ActivityRecord,
    prefs: Preferences,
    *,
    now: datetime,
    today: date,
    amount_cents: int | None,
    referral: ReferralDraft | None,
) -> str | None:
    """Deal stage, lifecycle, purchase, thanks and referral; returns a referred contact's id."""
    contact = target.contact
    contact.lifecycle = lifecycle_after(outcome, contact.lifecycle)
    deal = target.deal
    if deal is not None:
        stage = deal_stage_after(outcome, deal.stage)
        if stage is not None:
            move_deal_stage(
                session, deal, stage, at=now, activity_id=done.id, lost_reason=RULES[outcome].reason
            )
    if outcome is Outcome.ORDER_TAKEN:
        if amount_cents is not None and amount_cents < 0:
            raise MissingDetails(f"amount: {amount_cents / 100:.2f} is negative")
        amount = amount_cents if amount_cents is not None else (deal.value_cents if deal else 0)
        session.add(
            PurchaseRecord(
                contact_id=contact.id,
                account_id=contact.account_id,
                deal_id=deal.id if deal is not None else None,
                activity_id=done.id,
                purchased_on=today,
                amount_cents=amount,
                currency=deal.currency if deal is not None else prefs.currency,
                description=done.note or "order",
            )
        )
    if target.origin is ActivityOrigin.REFERRAL_THANKS and (
        outcome.connected or outcome is Outcome.VOICEMAIL
    ):
        unthanked = session.scalars(
            select(ReferralRecord).where(
                ReferralRecord.referrer_id == contact.id,
                ReferralRecord.thanked_at.is_(None),
                ReferralRecord.deleted_at.is_(None),
            )
        ).all()
        for row in unthanked:
            row.thanked_at = now
            session.flush()  # one row per flush: see storage.worklog.cancel_open_work
    if outcome is not Outcome.REFERRAL_GIVEN:
        return None
    if referral is None or not (referral.first_name.strip() or referral.last_name.strip()):
        raise MissingDetails("referral_given needs the name of the person referred")
    return _add_referral(session, target, referral, done, prefs, today)


def _add_referral(
    session: Session,
    target: Target,
    referral: ReferralDraft,
    done: ActivityRecord,
    prefs: Preferences,
    today: date,
) -> str:
    """The referred person as a new lead, the referral, a thank-you task due today and the
    new lead's first call on the next working day."""
    referrer = target.contact
    draft = ContactDraft(
        first_name=referral.first_name,
        last_name=referral.last_name,
        phones=(Phone(referral.phone),) if referral.phone else (),
        emails=(referral.email,) if referral.email else (),
        source="referral",
        referred_by_id=referrer.id,
        lifecycle=Lifecycle.LEAD,
        notes=referral.note,
    ).validated(prefs.default_region)
    referred = insert_contact(session, draft)
    session.add(
        ReferralRecord(
            referrer_id=referrer.id,
            referred_id=referred.id,
            referred_on=today,
            status=ReferralStatus.SUBMITTED,
            activity_id=done.id,
            note=referral.note,
        )
    )
    session.add(
        ActivityRecord(
            contact_id=referrer.id,
            account_id=referrer.account_id,
            kind=ActivityKind.FOLLOW_UP,
            status=ActivityStatus.PLANNED,
            origin=ActivityOrigin.REFERRAL_THANKS,
            due_on=today,
            previous_id=done.id,
        )
    )
    session.add(
        ActivityRecord(
            contact_id=referred.id,
            kind=ActivityKind.CALL,
            status=ActivityStatus.PLANNED,
            origin=ActivityOrigin.CADENCE,
            due_on=working_days_after(prefs, today, 1),
            cadence_code=RETRY_CADENCE,
            cadence_step=0,
            previous_id=done.id,
        )
    )
    session.flush()
    return referred.id
