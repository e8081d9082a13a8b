"""Tier cadences: reading and editing how often A, B and C accounts should be touched."""

from __future__ import annotations

from sqlalchemy import select

from tracker.domain.changes import Changes, Written
from tracker.domain.preferences import TierPolicy
from tracker.domain.tiers import validate_policies
from tracker.services.context import ServiceContext
from tracker.storage.account_list import tier_policies
from tracker.storage.records import TierPolicyRecord
from tracker.storage.touch import refresh_account_touches


class TiersService:
    """The A/B/C windows (ideal and maximum days between touches)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def policies(self) -> tuple[TierPolicy, ...]:
        """The policy of each tier, A first."""
        with self._ctx.db.read() as session:
            return tuple(tier_policies(session).values())

    def save(self, policies: list[TierPolicy]) -> Written[tuple[TierPolicy, ...]]:
        """Store new windows and move every account's next touch to match them.

        Raises PreferenceError naming the first impossible window; nothing is stored then.
        """
        checked = validate_policies(policies)
        with self._ctx.db.write() as session:
            stored = {row.tier: row for row in session.scalars(select(TierPolicyRecord))}
            changed = False
            for policy in checked:
                row = stored.get(policy.tier)
                if row is None:
                    session.add(
                        TierPolicyRecord(
                            tier=policy.tier,
                            ideal_days=policy.ideal_days,
                            max_days=policy.max_days,
                            touch_kind=policy.touch_kind,
                        )
                    )
                    changed = True
                    continue
                for name in ("ideal_days", "max_days", "touch_kind"):
                    if getattr(row, name) != getattr(policy, name):
                        setattr(row, name, getattr(policy, name))
                        changed = True
            if changed:
                session.flush()
                prefs = self._ctx.preferences(session)
                refresh_account_touches(session, prefs, today=self._ctx.today(session))
            result = tuple(tier_policies(session).values())
        return Written(result, Changes(cadences=True, accounts=True) if changed else Changes())
