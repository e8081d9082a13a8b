"""Tier cadence windows: on time, due, overdue and never touched, reset by any touch."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.enums import ActivityKind, Tier
from tracker.domain.preferences import DEFAULT_TIER_POLICIES, PreferenceError, TierPolicy
from tracker.domain.tiers import TouchStatus, policies_by_tier, touch_window, validate_policies

A = TierPolicy(Tier.A, 7, 14, ActivityKind.VISIT)
TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("days_ago", "status"),
    [
        (0, TouchStatus.ON_TIME),
        (6, TouchStatus.ON_TIME),
        (7, TouchStatus.DUE),
        (14, TouchStatus.DUE),
        (15, TouchStatus.OVERDUE),
        (90, TouchStatus.OVERDUE),
    ],
)
def test_tier_a_windows(days_ago: int, status: TouchStatus) -> None:
    """Tier A (7/14): on time for 6 days, due from day 7 to day 14, overdue after."""
    window = touch_window(
        last_touch_day=TODAY - timedelta(days=days_ago), next_touch_on=None, policy=A, today=TODAY
    )
    assert window.status is status
    assert window.due_on == TODAY - timedelta(days=days_ago) + timedelta(days=7)


def test_never_touched_is_due_today() -> None:
    """An account with a tier but no touch yet shows as never touched and is due now."""
    window = touch_window(last_touch_day=None, next_touch_on=None, policy=A, today=TODAY)
    assert window.status is TouchStatus.NEVER
    assert window.due_on == TODAY


def test_a_planned_next_touch_after_the_last_one_wins() -> None:
    """A next touch the queue moved to a lighter day is when the account becomes due."""
    last = TODAY - timedelta(days=8)
    window = touch_window(
        last_touch_day=last, next_touch_on=TODAY + timedelta(days=1), policy=A, today=TODAY
    )
    assert window.status is TouchStatus.ON_TIME
    stale = touch_window(last_touch_day=last, next_touch_on=last, policy=A, today=TODAY)
    assert stale.status is TouchStatus.DUE  # a stale date (before the touch) never counts


@given(
    ideal=st.integers(1, 200),
    extra=st.integers(0, 200),
    touched=st.integers(0, 500),
    later=st.integers(0, 500),
)
def test_status_only_worsens_with_time_and_any_touch_resets_it(
    ideal: int, extra: int, touched: int, later: int
) -> None:
    """Waiting never improves the status; a touch today always makes the account on time."""
    policy = TierPolicy(Tier.B, ideal, ideal + extra, ActivityKind.CALL)
    last = TODAY - timedelta(days=touched)
    order = [TouchStatus.ON_TIME, TouchStatus.DUE, TouchStatus.OVERDUE]
    now = touch_window(last_touch_day=last, next_touch_on=None, policy=policy, today=TODAY)
    then = touch_window(
        last_touch_day=last, next_touch_on=None, policy=policy, today=TODAY + timedelta(later)
    )
    assert order.index(then.status) >= order.index(now.status)
    reset = touch_window(last_touch_day=TODAY, next_touch_on=None, policy=policy, today=TODAY)
    assert reset.status is TouchStatus.ON_TIME


def test_policies_are_validated_and_completed() -> None:
    """The maximum may not be below the ideal; a missing tier takes its default."""
    with pytest.raises(PreferenceError, match="tier B"):
        validate_policies([TierPolicy(Tier.B, 30, 10, ActivityKind.CALL)])
    assert validate_policies(list(reversed(DEFAULT_TIER_POLICIES)))[0].tier is Tier.A
    completed = policies_by_tier([TierPolicy(Tier.C, 60, 120, ActivityKind.CALL)])
    assert completed[Tier.A] == DEFAULT_TIER_POLICIES[0]
    assert completed[Tier.C].ideal_days == 60
