"""A contact's (or account's) history as one timeline: activities, deals, purchases, referrals, notes.

Read with a handful of indexed queries and no ORM objects, so a contact with hundreds of
activities opens in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import display_name
from tracker.domain.contacts import DealSummary, TimelineEntry, TimelineKind
from tracker.domain.enums import (
    ActivityKind,
    ActivityOrigin,
    ActivityStatus,
    Outcome,
    ReferralStatus,
    Stage,
)
from tracker.domain.loyalty import ReferralGraph, ReferralLink
from tracker.domain.visits import VisitFacts
from tracker.storage.sql_values import day, enum_or_none, instant

_ACTIVITIES = """
SELECT id, kind, status, due_on, starts_at, completed_at, done_on, outcome, note,
       duration_minutes, updated_at, origin, checked_in_at, checked_out_at, met_with, topics,
       order_value_cents
FROM activities WHERE {owner} = :owner AND deleted_at IS NULL
"""
_STAGES = """
SELECT sc.id, sc.from_stage, sc.to_stage, sc.changed_at, d.title, d.lost_reason, d.value_cents,
       d.currency
FROM deals AS d JOIN deal_stage_changes AS sc ON sc.deal_id = d.id
WHERE d.{owner} = :owner AND d.deleted_at IS NULL AND sc.deleted_at IS NULL
"""
_PURCHASES = """
SELECT id, purchased_on, amount_cents, currency, description FROM purchases
WHERE {owner} = :owner AND deleted_at IS NULL
"""
_NOTES = "SELECT id, body, created_at FROM notes WHERE {owner} = :owner AND deleted_at IS NULL"
_DEALS = """
SELECT id, title, stage, value_cents, currency, stage_entered_at, readiness, lost_reason
FROM deals WHERE {owner} = :owner AND deleted_at IS NULL
ORDER BY CASE WHEN stage IN ('won', 'lost') THEN 1 ELSE 0 END, stage_entered_at DESC
"""
_REFERRALS = """
SELECT r.id, r.referrer_id, r.referred_id, r.referred_on, r.status, r.thanked_at,
       o.id, o.first_name, o.last_name, a.name,
       (SELECT coalesce(sum(p.amount_cents), 0) FROM purchases AS p
        WHERE p.contact_id = r.referred_id AND p.deleted_at IS NULL
          AND p.purchased_on >= r.referred_on)
FROM referrals AS r
JOIN contacts AS o ON o.id = CASE WHEN r.referrer_id = :owner THEN r.referred_id
                                  ELSE r.referrer_id END
LEFT JOIN accounts AS a ON a.id = o.account_id
WHERE (r.referrer_id = :owner OR r.referred_id = :owner) AND r.deleted_at IS NULL
ORDER BY r.referred_on DESC
"""


def visit_facts(values: Sequence[Any]) -> VisitFacts | None:
    """(checked_in_at, checked_out_at, met_with, topics, order_value_cents) as stored, as the
    visit's facts; None when nothing was recorded."""
    checked_in, checked_out, met_with, topics, order_value = values
    facts = VisitFacts(instant(checked_in), instant(checked_out), met_with, topics, order_value)
    return facts if facts.recorded else None


def _noon(value: date) -> datetime:
    return datetime.combine(value, time(12), tzinfo=UTC)


def timeline(
    session: Session, *, contact_id: str | None = None, account_id: str | None = None
) -> list[TimelineEntry]:
    """Everything that happened with a contact (or an account), newest first."""
    owner_column = "contact_id" if contact_id is not None else "account_id"
    owner = {"owner": contact_id if contact_id is not None else account_id}
    entries: list[TimelineEntry] = []
    for row in session.execute(text(_ACTIVITIES.format(owner=owner_column)), owner):
        status = ActivityStatus(row[2])
        due = day(row[3])
        assert due is not None
        planned = status is ActivityStatus.PLANNED
        when = (instant(row[4]) or _noon(due)) if planned else (instant(row[5]) or instant(row[10]))
        assert when is not None
        entries.append(
            TimelineEntry(
                kind=TimelineKind.PLANNED if planned else TimelineKind.ACTIVITY,
                when=when,
                day=due if planned else day(row[6]) or when.date(),
                ref_id=row[0],
                activity_kind=ActivityKind(row[1]),
                status=status,
                outcome=enum_or_none(Outcome, row[7]),
                text=row[8],
                duration_minutes=row[9],
                origin=enum_or_none(ActivityOrigin, row[11]),
                visit=visit_facts(row[12:17]),
            )
        )
    for row in session.execute(text(_STAGES.format(owner=owner_column)), owner):
        changed = instant(row[3])
        assert changed is not None
        to_stage = Stage(row[2])
        entries.append(
            TimelineEntry(
                kind=TimelineKind.DEAL if row[1] is None else TimelineKind.STAGE,
                when=changed,
                day=changed.date(),
                ref_id=row[0],
                stage=to_stage,
                from_stage=enum_or_none(Stage, row[1]),
                title=row[4],
                text=row[5] if to_stage is Stage.LOST else None,
                amount_cents=row[6],
                currency=row[7],
            )
        )
    for row in session.execute(text(_PURCHASES.format(owner=owner_column)), owner):
        bought = day(row[1])
        assert bought is not None
        entries.append(
            TimelineEntry(
                kind=TimelineKind.PURCHASE,
                when=_noon(bought),
                day=bought,
                ref_id=row[0],
                amount_cents=row[2],
                currency=row[3],
                text=row[4],
            )
        )
    for row in session.execute(text(_NOTES.format(owner=owner_column)), owner):
        written = instant(row[2])
        assert written is not None
        entries.append(
            TimelineEntry(
                kind=TimelineKind.NOTE, when=written, day=written.date(), ref_id=row[0], text=row[1]
            )
        )
    if contact_id is not None:
        graph = referral_graph(session, contact_id)
        links = [(graph.referred_by, False)] if graph.referred_by else []
        links += [(link, True) for link in graph.referred]
        for link, outgoing in links:
            entries.append(
                TimelineEntry(
                    kind=TimelineKind.REFERRAL,
                    when=_noon(link.referred_on),
                    day=link.referred_on,
                    ref_id=link.referral_id,
                    other_id=link.contact_id,
                    other_name=link.name,
                    referral_status=link.status,
                    outgoing=outgoing,
                )
            )
    entries.sort(key=lambda entry: (entry.when, entry.kind.value, entry.ref_id), reverse=True)
    return entries


def deal_summaries(
    session: Session, *, contact_id: str | None = None, account_id: str | None = None
) -> list[DealSummary]:
    """The deals of a contact (or an account): open ones first, newest stage change first."""
    owner_column = "contact_id" if contact_id is not None else "account_id"
    owner = {"owner": contact_id if contact_id is not None else account_id}
    deals = []
    for row in session.execute(text(_DEALS.format(owner=owner_column)), owner):
        entered = instant(row[5])
        assert entered is not None
        deals.append(
            DealSummary(row[0], row[1], Stage(row[2]), row[3], row[4], entered, row[6], row[7])
        )
    return deals


def referral_graph(session: Session, contact_id: str) -> ReferralGraph:
    """Who referred the contact and whom the contact referred, with what came of it."""
    referred_by: ReferralLink | None = None
    referred: list[ReferralLink] = []
    for row in session.execute(text(_REFERRALS), {"owner": contact_id}):
        referred_on = day(row[3])
        assert referred_on is not None
        link = ReferralLink(
            referral_id=row[0],
            contact_id=row[6],
            name=display_name(row[7], row[8]),
            account=row[9],
            referred_on=referred_on,
            status=ReferralStatus(row[4]),
            thanked_at=instant(row[5]),
            value_won_cents=int(row[10] or 0),
        )
        if row[1] == contact_id:
            referred.append(link)
        elif referred_by is None:
            referred_by = link
    return ReferralGraph(contact_id, referred_by, tuple(referred))
