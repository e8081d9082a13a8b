"""Denormalised "last touch" and "next touch due" on accounts, recomputed in bulk with SQL."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tracker.domain.clock import rep_day
from tracker.domain.preferences import Preferences
from tracker.storage.records import AccountRecord, TierPolicyRecord


def refresh_account_touches(session: Session, prefs: Preferences, *, today: date) -> int:
    """Set every account's last touch from its contacts and its next touch from its tier policy.

    An account with a tier but no touch yet is due today. Returns the number of accounts updated.
    """
    session.execute(
        text(
            "UPDATE accounts SET last_touch_at = ("
            " SELECT max(c.last_touch_at) FROM contacts AS c"
            " WHERE c.account_id = accounts.id AND c.deleted_at IS NULL)"
        )
    )
    ideal = {
        tier: days
        for tier, days in session.execute(
            select(TierPolicyRecord.tier, TierPolicyRecord.ideal_days)
        )
    }
    rows = session.execute(
        select(AccountRecord.id, AccountRecord.tier, AccountRecord.last_touch_at).where(
            AccountRecord.tier.is_not(None), AccountRecord.deleted_at.is_(None)
        )
    ).all()
    updates = []
    for account_id, tier, last_touch in rows:
        if last_touch is None:
            due = today
        else:
            touched = rep_day(
                last_touch, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
            )
            due = touched + timedelta(days=ideal.get(tier, 30) if tier else 30)
        updates.append({"due": due.isoformat(), "id": account_id})
    if updates:
        session.execute(text("UPDATE accounts SET next_touch_on = :due WHERE id = :id"), updates)
    return len(updates)
