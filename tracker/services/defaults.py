"""What a new book starts with: preferences, tier policies, cadences and goals."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.clock import system_zone_name
from tracker.domain.enums import ActivityKind
from tracker.domain.goals import DEFAULT_GOALS
from tracker.domain.preferences import DEFAULT_TIER_POLICIES, Preferences
from tracker.storage.records import (
    CadenceRecord,
    CadenceStepRecord,
    GoalRecord,
    PreferenceRecord,
    TierPolicyRecord,
)

# code → (name, [(offset in working days, kind, preferred local hour)])
DEFAULT_CADENCES: dict[str, tuple[str, list[tuple[int, ActivityKind, int]]]] = {
    "new_lead": (
        "New lead",
        [
            (0, ActivityKind.CALL, 9),
            (1, ActivityKind.CALL, 16),
            (2, ActivityKind.CALL, 11),
            (4, ActivityKind.CALL, 14),
            (7, ActivityKind.CALL, 10),
            (10, ActivityKind.CALL, 15),
        ],
    ),
    "nurture": (
        "Nurture an interested prospect",
        [
            (3, ActivityKind.FOLLOW_UP, 10),
            (7, ActivityKind.FOLLOW_UP, 14),
            (14, ActivityKind.FOLLOW_UP, 10),
        ],
    ),
}


def seed_defaults(session: Session) -> None:
    """Add whatever default is missing; never overwrite what the rep has set."""
    stored = set(session.scalars(select(PreferenceRecord.key)))
    defaults = Preferences(time_zone=system_zone_name()).to_storage()
    for key, value in defaults.items():
        if key not in stored:
            session.add(PreferenceRecord(key=key, value=json.dumps(value)))

    tiers = set(session.scalars(select(TierPolicyRecord.tier)))
    for policy in DEFAULT_TIER_POLICIES:
        if policy.tier not in tiers:
            session.add(
                TierPolicyRecord(
                    tier=policy.tier,
                    ideal_days=policy.ideal_days,
                    max_days=policy.max_days,
                    touch_kind=policy.touch_kind,
                )
            )

    cadences = set(session.scalars(select(CadenceRecord.code)))
    for code, (name, steps) in DEFAULT_CADENCES.items():
        if code in cadences:
            continue
        cadence = CadenceRecord(code=code, name=name)
        session.add(cadence)
        session.flush()
        for position, (offset, kind, hour) in enumerate(steps):
            session.add(
                CadenceStepRecord(
                    cadence_id=cadence.id,
                    position=position,
                    offset_days=offset,
                    kind=kind,
                    hour=hour,
                )
            )

    goals = {
        (metric, period)
        for metric, period in session.execute(select(GoalRecord.metric, GoalRecord.period))
    }
    for (metric, period), target in DEFAULT_GOALS.items():
        if (metric, period) not in goals:
            session.add(GoalRecord(metric=metric, period=period, target=target))
