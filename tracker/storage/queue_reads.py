"""The queries that feed the daily queue: bounded, indexed, and never a scan of the history.

Planned work comes from the partial index on open activities (oldest due first, up to a limit, as
Anki gathers its reviews) and from the index on fixed start times; tier accounts due a touch from
`ix_accounts_tier_next_touch_on`; never-touched leads from `ix_contacts_untouched_leads`; contacts
back from parking from `ix_contacts_parked_until`. Details for the gathered contacts (best open
deal, first phone) come in one IN query each.

The queue is rebuilt after every log, so these reads are plain SQL run with the driver's cursor
(`sql_values.driver_rows`) and turned into small typed rows here: through SQLAlchemy's statement
and result layers the same rows cost several times what SQLite takes to find them. Partial-index
conditions are written with the literals of the index: SQLite uses a partial index only then.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.enums import OPEN_STAGES, ActivityKind, Stage, Tier
from tracker.domain.next_step import CadenceStep
from tracker.domain.preferences import TierPolicy
from tracker.storage.bulk import sql_datetime
from tracker.storage.queue_rows import (
    AccountRow,
    ContactRow,
    DealRow,
    PlannedRow,
    account_row,
    contact_row,
    planned_row,
    stored_date,
)
from tracker.storage.sql_values import day as stored_day
from tracker.storage.sql_values import driver_rows, members, placeholders

# For ORM queries elsewhere that want the open activities (same literals as the partial index).
PLANNED = text("activities.status = 'planned' AND activities.deleted_at IS NULL")

STAGE_RANK = {stage: rank for rank, stage in enumerate(OPEN_STAGES)}
IN_CHUNK = 500
_STAGE = members(Stage)
_TIER = members(Tier)
_KIND = members(ActivityKind)


_PLANNED_SELECT = """
SELECT a.id, a.contact_id, a.account_id, a.deal_id, a.kind, a.origin, a.due_on, a.starts_at,
       a.local_start, a.time_zone, a.duration_minutes, a.location, a.buried_on, a.cadence_code,
       a.cadence_step, a.attempt, a.created_at, c.first_name, c.last_name, c.fit, c.readiness,
       acc.name, acc.tier, prev.outcome, a.route_position, a.checked_in_at
FROM activities AS a
JOIN contacts AS c ON c.id = a.contact_id
LEFT JOIN accounts AS acc ON acc.id = coalesce(a.account_id, c.account_id)
LEFT JOIN activities AS prev ON prev.id = a.previous_id
"""

# Active contacts, and parked ones whose date has come (they are back by themselves).
_PLANNED_DUE = (
    _PLANNED_SELECT
    + """WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.due_on <= :day
  AND c.deleted_at IS NULL
  AND (c.state = 'active' OR (c.state = 'parked' AND c.parked_until <= :day))
ORDER BY a.due_on LIMIT :limit"""
)

_PLANNED_FIXED = (
    _PLANNED_SELECT
    + """WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.starts_at IS NOT NULL
  AND a.starts_at >= :start AND a.starts_at < :end AND c.deleted_at IS NULL
ORDER BY a.starts_at"""
)

_PLANNED_BY_ID = (
    _PLANNED_SELECT + "WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.id = :id"
)


def planned_due(session: Session, day: date, *, limit: int) -> list[PlannedRow]:
    """Open activities due on or before the day, oldest first, at most `limit`."""
    rows = driver_rows(session, _PLANNED_DUE, {"day": day.isoformat(), "limit": limit})
    return [planned_row(row) for row in rows]


def planned_fixed(session: Session, start: datetime, end: datetime) -> list[PlannedRow]:
    """Open fixed-time activities starting in [start, end) — a day's appointments and callbacks."""
    rows = driver_rows(
        session, _PLANNED_FIXED, {"start": sql_datetime(start), "end": sql_datetime(end)}
    )
    return [planned_row(row) for row in rows]


def planned_by_id(session: Session, activity_id: str) -> PlannedRow | None:
    """One open activity as the queue reads it; None when it is not open."""
    rows = driver_rows(session, _PLANNED_BY_ID, {"id": activity_id})
    return planned_row(rows[0]) if rows else None


_PLANNED_VISITS = (
    _PLANNED_SELECT
    + """WHERE a.status = 'planned' AND a.deleted_at IS NULL AND a.kind = 'visit'
  AND (a.due_on = :day OR (:overdue AND a.due_on < :day)
       OR (a.starts_at >= :start AND a.starts_at < :end))
  AND (a.buried_on IS NULL OR a.buried_on <> :day)
  AND c.deleted_at IS NULL
  AND (c.state = 'active' OR (c.state = 'parked' AND c.parked_until <= :day))
ORDER BY a.due_on, a.id"""
)


def planned_visits(
    session: Session, day: date, start: datetime, end: datetime, *, overdue: bool
) -> list[PlannedRow]:
    """Every open visit of a day: due that day (or before it, when `overdue`) or with an
    appointment in [start, end) — whatever the day's capacity; not one buried that day."""
    params = {
        "day": day.isoformat(),
        "overdue": 1 if overdue else 0,
        "start": sql_datetime(start),
        "end": sql_datetime(end),
    }
    return [planned_row(row) for row in driver_rows(session, _PLANNED_VISITS, params)]


def count_planned_due(session: Session, day: date, *, cap: int | None = None) -> int:
    """How many open activities are due on or before the day (read from the index alone),
    counted no further than `cap` when one is given."""
    sql = (
        "SELECT count(*) FROM (SELECT due_on FROM activities WHERE status = 'planned'"
        " AND deleted_at IS NULL AND due_on <= :day LIMIT :cap)"
    )
    params = {"day": day.isoformat(), "cap": -1 if cap is None else cap}  # -1: no limit
    return int(driver_rows(session, sql, params)[0][0])


# The contact who speaks for an account: its most recently touched active contact.
_SPEAKER = """(SELECT c.id FROM contacts AS c
    WHERE c.account_id = acc.id AND c.deleted_at IS NULL AND c.state = 'active'
    ORDER BY c.last_touch_at IS NULL, c.last_touch_at DESC LIMIT 1)"""

# Accounts with open work for anyone there are left to that work (the sibling rule).
_TIER_ACCOUNTS_DUE = f"""
SELECT acc.id, acc.name, acc.tier, acc.next_touch_on, acc.last_touch_at, acc.street, acc.city,
       s.id, s.first_name, s.last_name, s.account_id, s.fit, s.readiness, s.parked_until,
       s.last_touch_at, s.unanswered_attempts
FROM accounts AS acc
LEFT JOIN contacts AS s ON s.id = {_SPEAKER}
WHERE acc.tier = :tier AND acc.next_touch_on <= :day AND acc.deleted_at IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM contacts AS colleague JOIN activities AS pending
        ON pending.contact_id = colleague.id
    WHERE colleague.account_id = acc.id AND colleague.deleted_at IS NULL
      AND pending.completed_at IS NULL AND pending.status = 'planned'
      AND pending.deleted_at IS NULL)
ORDER BY acc.next_touch_on LIMIT :limit
"""


def tier_accounts_due(
    session: Session, tier: Tier, day: date, *, limit: int
) -> list[tuple[AccountRow, ContactRow]]:
    """Accounts of a tier due a touch (longest waiting first) without open work for anyone there,
    each with the contact who speaks for it; accounts with nobody to speak for them are left out
    after the limit is applied."""
    rows = driver_rows(
        session, _TIER_ACCOUNTS_DUE, {"tier": tier.value, "day": day.isoformat(), "limit": limit}
    )
    # The speaker's account is this one: its name and tier complete the contact's row.
    return [
        (account_row(row[:7]), contact_row((*row[7:], row[1], row[2])))
        for row in rows
        if row[7] is not None
    ]


def count_tier_due(session: Session, tier: Tier, day: date, *, cap: int) -> int:
    """Accounts of a tier due a touch, counted up to `cap` (the count reads rows, so it stops)."""
    sql = (
        "SELECT count(*) FROM (SELECT id FROM accounts WHERE tier = :tier"
        " AND next_touch_on <= :day AND deleted_at IS NULL LIMIT :cap)"
    )
    params = {"tier": tier.value, "day": day.isoformat(), "cap": cap}
    return int(driver_rows(session, sql, params)[0][0])


def account_by_id(session: Session, account_id: str) -> AccountRow | None:
    sql = (
        "SELECT id, name, tier, next_touch_on, last_touch_at, street, city FROM accounts"
        " WHERE id = :id"
    )
    rows = driver_rows(session, sql, {"id": account_id})
    return account_row(rows[0]) if rows else None


_CONTACT_SELECT = """
SELECT c.id, c.first_name, c.last_name, c.account_id, c.fit, c.readiness, c.parked_until,
       c.last_touch_at, c.unanswered_attempts, acc.name, acc.tier
FROM contacts AS c {indexed}
LEFT JOIN accounts AS acc ON acc.id = c.account_id
"""

_NO_OPEN_WORK = """NOT EXISTS (SELECT 1 FROM activities AS pending
    WHERE pending.contact_id = c.id AND pending.completed_at IS NULL
      AND pending.status = 'planned' AND pending.deleted_at IS NULL)"""

# The index is named: left to itself SQLite picks the equality index on last_touch_at and sorts
# every untouched lead by fit (20-30 ms at 100,000 contacts instead of under 1 ms).
_UNTOUCHED_LEADS = (
    _CONTACT_SELECT.format(indexed="INDEXED BY ix_contacts_untouched_leads")
    + f"""WHERE c.last_touch_at IS NULL AND c.deleted_at IS NULL AND c.lifecycle = 'lead'
  AND c.state = 'active' AND {_NO_OPEN_WORK}
ORDER BY c.fit DESC LIMIT :limit"""
)

_BACK_FROM_PARKING = (
    _CONTACT_SELECT.format(indexed="")
    + f"""WHERE c.state = 'parked' AND c.deleted_at IS NULL AND c.parked_until <= :day
  AND {_NO_OPEN_WORK}
ORDER BY c.parked_until LIMIT :limit"""
)

_CONTACTS_BY_ID = _CONTACT_SELECT.format(indexed="") + "WHERE c.id IN ({ids})"

# Contacts on a call list from the sales manager, not yet worked since the list came and with
# nothing due by the day (planned work shows as itself); the soonest due lists first. CROSS JOIN
# keeps SQLite walking the lists' entries first: left to choose, it scanned every contact of the
# book (45 ms at 100,000 contacts on a book with no list at all).
_ON_CALL_LISTS = """
SELECT c.id, c.first_name, c.last_name, c.account_id, c.fit, c.readiness, c.parked_until,
       c.last_touch_at, c.unanswered_attempts, acc.name, acc.tier, l.name, l.due_to
FROM call_list_entries AS e
CROSS JOIN call_lists AS l ON l.id = e.list_id
CROSS JOIN contacts AS c ON c.id = e.contact_id
LEFT JOIN accounts AS acc ON acc.id = c.account_id
WHERE e.deleted_at IS NULL AND l.deleted_at IS NULL AND c.deleted_at IS NULL
  AND c.state = 'active' AND (l.due_from IS NULL OR l.due_from <= :day)
  AND NOT EXISTS (SELECT 1 FROM activities AS done
    WHERE done.contact_id = c.id AND done.status = 'done' AND done.deleted_at IS NULL
      AND done.completed_at >= l.sent_at)
  AND NOT EXISTS (SELECT 1 FROM activities AS pending
    WHERE pending.contact_id = c.id AND pending.status = 'planned'
      AND pending.deleted_at IS NULL AND pending.due_on <= :day)
ORDER BY coalesce(l.due_to, '9999-12-31'), l.sent_at, e.position
LIMIT :limit"""


def contact_name(session: Session, ref: str, *, via_activity: bool) -> tuple[str, str] | None:
    """A contact's first and last name, by its id or by the id of one of its activities."""
    which = "(SELECT contact_id FROM activities WHERE id = :ref)" if via_activity else ":ref"
    rows = driver_rows(session, f"SELECT first_name, last_name FROM contacts WHERE id = {which}",
                       {"ref": ref})  # fmt: skip
    return (rows[0][0], rows[0][1]) if rows else None


def untouched_leads(session: Session, *, limit: int) -> list[ContactRow]:
    """Active leads never touched and without open work, best fit first."""
    return [contact_row(row) for row in driver_rows(session, _UNTOUCHED_LEADS, {"limit": limit})]


def on_call_lists(
    session: Session, day: date, *, limit: int
) -> list[tuple[ContactRow, str, date | None]]:
    """Contacts a sales manager's call lists ask for on the day: (contact, list name, due by);
    a contact on several lists once, for the list due soonest."""
    found: dict[str, tuple[ContactRow, str, date | None]] = {}
    for row in driver_rows(session, _ON_CALL_LISTS, {"day": day.isoformat(), "limit": limit}):
        contact = contact_row(row[:11])
        found.setdefault(contact.id, (contact, row[11], stored_day(row[12])))
    return list(found.values())


def on_call_list(session: Session, contact_id: str) -> tuple[str, date | None] | None:
    """The call list (name, due by) a contact is on, if any (the soonest due)."""
    rows = driver_rows(
        session,
        "SELECT l.name, l.due_to FROM call_list_entries AS e JOIN call_lists AS l"
        " ON l.id = e.list_id WHERE e.contact_id = :id AND e.deleted_at IS NULL"
        " AND l.deleted_at IS NULL ORDER BY coalesce(l.due_to, '9999-12-31'), l.sent_at LIMIT 1",
        {"id": contact_id},
    )
    return (rows[0][0], stored_day(rows[0][1])) if rows else None


def back_from_parking(session: Session, day: date, *, limit: int) -> list[ContactRow]:
    """Parked contacts whose date has come and who have no open work to bring them back."""
    params = {"day": day.isoformat(), "limit": limit}
    return [contact_row(row) for row in driver_rows(session, _BACK_FROM_PARKING, params)]


def contacts_by_id(session: Session, ids: Iterable[str]) -> dict[str, ContactRow]:
    return {row[0]: contact_row(row) for row in _rows_for_ids(session, _CONTACTS_BY_ID, ids)}


def best_open_deals(session: Session, contact_ids: Iterable[str]) -> dict[str, DealRow]:
    """Per contact, the open deal furthest along (then the most valuable)."""
    # Stages are filtered here: a stage condition would lure SQLite onto ix_deals_stage.
    sql = (
        "SELECT contact_id, id, stage, value_cents FROM deals"
        " WHERE contact_id IN ({ids}) AND deleted_at IS NULL"
    )
    best: dict[str, tuple[tuple[int, int, str], DealRow]] = {}
    for contact_id, deal_id, stage_value, value_cents in _rows_for_ids(session, sql, contact_ids):
        stage = _STAGE[stage_value]
        rank = STAGE_RANK.get(stage)
        if rank is None:
            continue
        key = (rank, int(value_cents or 0), str(deal_id))
        current = best.get(contact_id)
        if current is None or key > current[0]:
            best[contact_id] = (key, DealRow(contact_id, deal_id, stage, value_cents))
    return {contact_id: deal for contact_id, (_, deal) in best.items()}


def first_phones(session: Session, contact_ids: Iterable[str]) -> dict[str, str]:
    """Per contact, the phone number listed first (E.164)."""
    sql = (
        "SELECT contact_id, position, number FROM contact_phones"
        " WHERE contact_id IN ({ids}) AND deleted_at IS NULL"
    )
    phones: dict[str, tuple[int, str]] = {}
    for contact_id, position, number in _rows_for_ids(session, sql, contact_ids):
        if contact_id not in phones or position < phones[contact_id][0]:
            phones[contact_id] = (position, number)
    return {contact_id: number for contact_id, (_, number) in phones.items()}


def planned_loads(session: Session, start: date, end: date) -> dict[date, int]:
    """Open activities per due day in [start, end] (read from the index alone)."""
    sql = (
        "SELECT due_on, count(*) FROM activities WHERE status = 'planned' AND deleted_at IS NULL"
        " AND due_on >= :start AND due_on <= :end GROUP BY due_on"
    )
    rows = driver_rows(session, sql, {"start": start.isoformat(), "end": end.isoformat()})
    return {stored_date(day): int(count) for day, count in rows}


def tier_policies(session: Session) -> dict[Tier, TierPolicy]:
    sql = (
        "SELECT tier, ideal_days, max_days, touch_kind FROM tier_policies WHERE deleted_at IS NULL"
    )
    return {
        _TIER[tier]: TierPolicy(_TIER[tier], ideal, most, _KIND[kind])
        for tier, ideal, most, kind in driver_rows(session, sql)
    }


def cadence_ladders(session: Session) -> dict[str, tuple[CadenceStep, ...]]:
    """Every cadence's steps in order, keyed by cadence code."""
    sql = (
        "SELECT c.code, s.position, s.offset_days, s.kind, s.hour FROM cadences AS c"
        " JOIN cadence_steps AS s ON s.cadence_id = c.id"
        " WHERE c.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY c.code, s.position"
    )
    ladders: dict[str, list[CadenceStep]] = {}
    for code, position, offset, kind, hour in driver_rows(session, sql):
        ladders.setdefault(code, []).append(CadenceStep(position, offset, _KIND[kind], hour))
    return {code: tuple(steps) for code, steps in ladders.items()}


def _rows_for_ids(session: Session, sql: str, ids: Iterable[str]) -> Iterator[Any]:
    """The rows of `sql` for every id, its `{ids}` filled with bound parameters (the ids once
    each, a few hundred per statement: old SQLite builds take at most 999)."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), IN_CHUNK):
        marks, params = placeholders("id", unique[start : start + IN_CHUNK])
        yield from driver_rows(session, sql.format(ids=marks), params)
