"""Tier cadences: how often an account of tier A/B/C should be touched, and where it stands now.

Any logged touch (call, visit, follow-up) resets the clock: the account is *on time* until its next
touch is due (last touch + the tier's ideal days, or the planned date the queue set), *due* from
then until the maximum window has passed, and *overdue* after that. An account with a tier that
was never touched is *never touched*; an account without a tier has no cadence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tracker.domain.enums import Tier
from tracker.domain.preferences import DEFAULT_TIER_POLICIES, PreferenceError, TierPolicy

MAX_WINDOW_DAYS = 730


class TouchStatus(StrEnum):
    """Where an account stands against its tier cadence."""

    ON_TIME = "on_time"
    DUE = "due"
    OVERDUE = "overdue"
    NEVER = "never"


@dataclass(frozen=True)
class TouchWindow:
    """An account's cadence today: status, when the next touch is due and when it is overdue."""

    status: TouchStatus
    due_on: date | None
    overdue_after: date | None

    def days_until_due(self, today: date) -> int | None:
        """Days until the next touch is due (negative when it is past due)."""
        return None if self.due_on is None else (self.due_on - today).days


def touch_window(
    *,
    last_touch_day: date | None,
    next_touch_on: date | None,
    policy: TierPolicy,
    today: date,
) -> TouchWindow:
    """The cadence state of one account with a tier; see the module docstring for the rule.

    `next_touch_on` (kept by the services that log work) wins over last touch + ideal days when it
    lies after the last touch, so a touch the queue planned for a lighter day shows as due then.
    """
    if last_touch_day is None:
        return TouchWindow(TouchStatus.NEVER, next_touch_on or today, None)
    due = last_touch_day + timedelta(days=policy.ideal_days)
    if next_touch_on is not None and next_touch_on > last_touch_day:
        due = next_touch_on  # a date planned after the last touch (a stale one never counts)
    overdue_after = last_touch_day + timedelta(days=max(policy.max_days, policy.ideal_days))
    if today > overdue_after:
        status = TouchStatus.OVERDUE
    elif today >= due:
        status = TouchStatus.DUE
    else:
        status = TouchStatus.ON_TIME
    return TouchWindow(status, due, overdue_after)


def policies_by_tier(policies: Iterable[TierPolicy]) -> dict[Tier, TierPolicy]:
    """The given policies keyed by tier, with the defaults for any tier missing."""
    found = {policy.tier: policy for policy in DEFAULT_TIER_POLICIES}
    found.update({policy.tier: policy for policy in policies})
    return found


def validate_policies(policies: Iterable[TierPolicy]) -> tuple[TierPolicy, ...]:
    """The policies, one per tier, A first; raises PreferenceError naming the first bad window."""
    checked: dict[Tier, TierPolicy] = {}
    for policy in policies:
        if policy.tier in checked:
            raise PreferenceError(f"tier {policy.tier.value}: given twice")
        if not 1 <= policy.ideal_days <= MAX_WINDOW_DAYS:
            raise PreferenceError(
                f"tier {policy.tier.value}: ideal days must be between 1 and {MAX_WINDOW_DAYS}"
            )
        if not policy.ideal_days <= policy.max_days <= MAX_WINDOW_DAYS:
            raise PreferenceError(
                f"tier {policy.tier.value}: the maximum ({policy.max_days} days) must be at least "
                f"the ideal ({policy.ideal_days} days)"
            )
        checked[policy.tier] = policy
    return tuple(checked[tier] for tier in Tier if tier in checked)
