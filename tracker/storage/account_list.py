"""The accounts list: ordered ids from one query, rows per page, and small look-ups for forms."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tracker.domain.accounts import AccountQuery, AccountRow, AccountSort
from tracker.domain.clock import day_start, rep_day
from tracker.domain.enums import Tier
from tracker.domain.preferences import Preferences, TierPolicy
from tracker.domain.search import fts_query
from tracker.domain.tiers import TouchStatus, TouchWindow, policies_by_tier, touch_window
from tracker.storage.records import TierPolicyRecord
from tracker.storage.sql_values import day, enum_or_none, first_column, instant, placeholders

_NAME = ["a.name", "a.id"]
SORT_KEYS: dict[AccountSort, list[str]] = {
    AccountSort.NAME: _NAME,
    AccountSort.TIER: ["a.tier IS NULL", "a.tier", *_NAME],
    AccountSort.CITY: ["a.city", *_NAME],
    AccountSort.CONTACTS: [
        "(SELECT count(*) FROM contacts AS c WHERE c.account_id = a.id AND c.deleted_at IS NULL)",
        *_NAME,
    ],
    AccountSort.LAST_TOUCH: ["a.last_touch_at", *_NAME],
    AccountSort.NEXT_TOUCH: ["a.next_touch_on IS NULL", "a.next_touch_on", *_NAME],
}


def tier_policies(session: Session) -> dict[Tier, TierPolicy]:
    """The stored tier policies (defaults for a tier without one)."""
    rows = session.scalars(select(TierPolicyRecord)).all()
    return policies_by_tier(
        TierPolicy(row.tier, row.ideal_days, row.max_days, row.touch_kind) for row in rows
    )


def _touch_condition(
    status: TouchStatus, policies: dict[Tier, TierPolicy], prefs: Preferences, today: date
) -> tuple[str, dict[str, Any]]:
    """SQL for accounts in a cadence state (the same rule as tracker.domain.tiers, in SQL)."""
    if status is TouchStatus.NEVER:
        return "a.tier IS NOT NULL AND a.last_touch_at IS NULL", {}
    parts, params = [], {}
    for tier, policy in policies.items():
        # Overdue ⟺ today > last touch day + max days ⟺ touched before (today - max days) began.
        cutoff = day_start(
            today - timedelta(days=max(policy.max_days, policy.ideal_days)),
            zone_name=prefs.time_zone,
            day_start_hour=prefs.day_start_hour,
        )
        params[f"cut_{tier.value}"] = cutoff.replace(tzinfo=None).isoformat(" ")
        overdue = f"a.last_touch_at < :cut_{tier.value}"
        if status is TouchStatus.OVERDUE:
            parts.append(f"(a.tier = '{tier.value}' AND {overdue})")
        else:
            due = "a.next_touch_on <= :today"
            test = due if status is TouchStatus.DUE else "a.next_touch_on > :today"
            parts.append(
                f"(a.tier = '{tier.value}' AND a.last_touch_at IS NOT NULL AND NOT ({overdue})"
                f" AND {test})"
            )
    params["today"] = today.isoformat()
    return "(" + " OR ".join(parts) + ")", params


def account_ids(
    session: Session, query: AccountQuery, *, prefs: Preferences, today: date
) -> list[str]:
    """Ids of the live accounts matching `query`, in its order."""
    where = ["a.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if query.tier is not None:
        where.append("a.tier = :tier")
        params["tier"] = query.tier.value
    if query.touch is not None:
        condition, extra = _touch_condition(query.touch, tier_policies(session), prefs, today)
        where.append(condition)
        params.update(extra)
    if query.text.strip():
        match = fts_query(query.text)
        if match is None:
            return []
        where.append(
            "a.id IN (SELECT d.ref_id FROM search_fts CROSS JOIN search_documents AS d"
            " ON d.rowid = search_fts.rowid WHERE search_fts MATCH :fts AND d.kind = 'account')"
        )
        params["fts"] = match
    direction = " DESC" if query.descending else ""
    order = ", ".join(key + direction for key in SORT_KEYS[query.sort])
    sql = f"SELECT a.id FROM accounts AS a WHERE {' AND '.join(where)} ORDER BY {order}"
    return first_column(session, sql, params)


_ROWS = """
SELECT a.id, a.name, a.tier, a.city, a.phone,
    (SELECT count(*) FROM contacts AS c WHERE c.account_id = a.id AND c.deleted_at IS NULL),
    a.last_touch_at, a.next_touch_on
FROM accounts AS a WHERE a.id IN ({ids})
"""


def account_rows(
    session: Session, ids: list[str], *, prefs: Preferences, today: date
) -> list[AccountRow]:
    """The list rows of the given accounts, in the order of `ids`."""
    if not ids:
        return []
    policies = tier_policies(session)
    marks, params = placeholders("i", ids)
    found = {}
    for row in session.execute(text(_ROWS.format(ids=marks)), params):
        tier = enum_or_none(Tier, row[2])
        last_touch = instant(row[6])
        found[row[0]] = AccountRow(
            id=row[0],
            name=row[1],
            tier=tier,
            city=row[3],
            phone=row[4],
            contacts=row[5],
            last_touch_at=last_touch,
            touch=account_touch(tier, last_touch, day(row[7]), policies, prefs, today),
        )
    return [found[i] for i in ids if i in found]


def account_touch(
    tier: Tier | None,
    last_touch: datetime | None,
    next_touch_on: date | None,
    policies: dict[Tier, TierPolicy],
    prefs: Preferences,
    today: date,
) -> TouchWindow | None:
    """The cadence window of an account (None without a tier)."""
    if tier is None:
        return None
    last_day = (
        None
        if last_touch is None
        else rep_day(last_touch, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
    )
    return touch_window(
        last_touch_day=last_day, next_touch_on=next_touch_on, policy=policies[tier], today=today
    )


def account_suggestions(session: Session, typed: str, *, limit: int = 12) -> list[tuple[str, str]]:
    """(id, "Name — City") of accounts whose name matches the typed words, for completers."""
    match = fts_query(typed)
    if match is None:
        return []
    rows = session.execute(
        text(
            "SELECT a.id, a.name, a.city FROM search_fts CROSS JOIN search_documents AS d"
            " ON d.rowid = search_fts.rowid CROSS JOIN accounts AS a ON a.id = d.ref_id"
            " WHERE search_fts MATCH :fts AND d.kind = 'account' AND a.deleted_at IS NULL"
            " ORDER BY length(a.name) LIMIT :limit"
        ),
        {"fts": "{title} : (" + match + ")", "limit": limit},
    )
    return [(row[0], f"{row[1]} — {row[2]}" if row[2] else row[1]) for row in rows]
