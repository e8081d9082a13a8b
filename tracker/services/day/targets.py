"""The item a rep works on, read inside the acting transaction, and its next step's plan."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.clock import zone
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import (
    OPEN_STAGES,
    ActivityKind,
    ActivityOrigin,
    ActivityStatus,
    ContactState,
    Tier,
)
from tracker.domain.next_step import RETRY_CADENCE, LogContext
from tracker.domain.preferences import Preferences, TierPolicy
from tracker.domain.queue import Source, parse_item_id
from tracker.services.day.queue import ItemNotFound
from tracker.storage import queue_reads as reads
from tracker.storage.records import AccountRecord, ActivityRecord, ContactRecord, DealRecord

LOAD_HORIZON_DAYS = 140  # far enough for a 90-day park with its ±15 % window
STAGE_ORDER = {stage: rank for rank, stage in enumerate(OPEN_STAGES)}


@dataclass
class Target:
    """An item being logged, buried, parked or rescheduled, with its rows."""

    item_id: str
    source: Source
    contact: ContactRecord
    account: AccountRecord | None
    activity: ActivityRecord | None
    kind: ActivityKind
    origin: ActivityOrigin
    cadence_code: str | None
    cadence_step: int | None
    unanswered_before: int
    deal: DealRecord | None

    @property
    def name(self) -> str:
        return display_name(self.contact.first_name, self.contact.last_name)

    @property
    def place(self) -> str | None:
        if self.activity is not None and self.activity.location:
            return self.activity.location
        account = self.account
        if account is None:
            return None
        return ", ".join(part for part in (account.street, account.city) if part) or None


def best_deal(session: Session, contact_id: str) -> DealRecord | None:
    """The contact's open deal furthest along (then the most valuable)."""
    deals = session.scalars(
        select(DealRecord).where(
            DealRecord.contact_id == contact_id, DealRecord.deleted_at.is_(None)
        )
    )
    open_deals = [deal for deal in deals if deal.stage in STAGE_ORDER]
    if not open_deals:
        return None
    return max(open_deals, key=lambda d: (STAGE_ORDER[d.stage], d.value_cents or 0, d.id))


def contact_name(session: Session, item_id: str) -> str:
    """The name of the item's contact (for undo labels); raises ItemNotFound."""
    source, ref = _parse(item_id)
    name = reads.contact_name(session, ref, via_activity=source is Source.PLANNED)
    if name is None:
        raise ItemNotFound(f"no open item {item_id!r}")
    return display_name(*name)


def _parse(item_id: str) -> tuple[Source, str]:
    try:
        return parse_item_id(item_id)
    except ValueError as exc:
        raise ItemNotFound(str(exc)) from None


def load_target(session: Session, item_id: str, policies: dict[Tier, TierPolicy]) -> Target:
    """The item's rows; raises ItemNotFound when it is not open (any more)."""
    source, ref = _parse(item_id)
    activity: ActivityRecord | None = None
    if source is Source.PLANNED:
        activity = session.get(ActivityRecord, ref)
        if (
            activity is None
            or activity.deleted_at is not None
            or activity.status is not ActivityStatus.PLANNED
        ):
            raise ItemNotFound(f"{item_id!r} is not an open item (logged already?)")
        contact = session.get(ContactRecord, activity.contact_id)
    else:
        contact = session.get(ContactRecord, ref)
    if contact is None or contact.deleted_at is not None:
        raise ItemNotFound(f"no contact for item {item_id!r}")
    if source is not Source.PLANNED and contact.state not in (
        ContactState.ACTIVE,
        ContactState.PARKED,
    ):
        raise ItemNotFound(f"{item_id!r}: the contact is out of the queue ({contact.state})")
    account_id = (activity.account_id if activity else None) or contact.account_id
    account = session.get(AccountRecord, account_id) if account_id else None
    deal = best_deal(session, contact.id)
    if activity is not None and activity.deal_id:
        deal = session.get(DealRecord, activity.deal_id) or deal
    if activity is not None:
        kind, origin = activity.kind, activity.origin
        code, step = activity.cadence_code, activity.cadence_step
        unanswered = min(contact.unanswered_attempts or 0, max(0, (activity.attempt or 1) - 1))
    else:
        code, step = (RETRY_CADENCE, 0) if source is Source.NEW else (None, None)
        unanswered = contact.unanswered_attempts or 0
        if source is Source.BASE:
            if account is None or account.tier is None or account.tier not in policies:
                raise ItemNotFound(f"{item_id!r}: the contact's account has no tier")
            kind, origin = policies[account.tier].touch_kind, ActivityOrigin.TIER
        elif source is Source.NEW:
            kind, origin = ActivityKind.CALL, ActivityOrigin.CADENCE
        elif source is Source.LIST:
            kind, origin = ActivityKind.CALL, ActivityOrigin.CALL_LIST
        else:
            kind, origin = ActivityKind.CALL, ActivityOrigin.RESUME
    return Target(
        item_id, source, contact, account, activity, kind, origin, code, step, unanswered, deal
    )


def log_context(
    target: Target,
    *,
    today: date,
    now: datetime,
    prefs: Preferences,
    policies: dict[Tier, TierPolicy],
) -> LogContext:
    tier = target.account.tier if target.account is not None else None
    policy = policies.get(tier) if tier is not None else None
    return LogContext(
        today=today,
        now_local=now.astimezone(zone(prefs.time_zone)).replace(tzinfo=None),
        zone_name=prefs.time_zone,
        kind=target.kind,
        unanswered_before=target.unanswered_before,
        cadence_code=target.cadence_code,
        cadence_step=target.cadence_step,
        tier_ideal_days=policy.ideal_days if policy else None,
        tier_touch_kind=policy.touch_kind if policy else None,
        place=target.place,
    )


class LoadsAhead(Mapping[date, int]):
    """Open items per day for the days a next step can land on, read when first asked."""

    def __init__(self, session: Session, today: date) -> None:
        self._session = session
        self._today = today
        self._loads: dict[date, int] | None = None

    def _read(self) -> dict[date, int]:
        if self._loads is None:
            self._loads = reads.planned_loads(
                self._session,
                self._today + timedelta(days=1),
                self._today + timedelta(days=LOAD_HORIZON_DAYS),
            )
        return self._loads

    def __getitem__(self, day: date) -> int:
        return self._read()[day]

    def __iter__(self) -> Iterator[date]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def loads_ahead(session: Session, today: date) -> LoadsAhead:
    return LoadsAhead(session, today)
