"""Preferences as typed on the command line: weekdays, whole numbers, tier windows, and the keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.enums import ActivityKind, Tier
from tracker.domain.preference_text import (
    WEEKDAY_CODES,
    as_json,
    check_key,
    keys,
    weekdays,
    with_preference,
    with_tier_setting,
)
from tracker.domain.preferences import DEFAULT_TIER_POLICIES, PreferenceError, Preferences


@given(st.frozensets(st.integers(min_value=0, max_value=6)))
def test_weekdays_read_back_what_they_show(days: frozenset[int]) -> None:
    """The codes `prefs get` shows for any set of weekdays parse back to that set."""
    shown = ",".join(WEEKDAY_CODES[d] for d in sorted(days)) or "none"
    assert weekdays("working_days", shown) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("Mon, Wed-Fri", {0, 2, 3, 4}),
        ("saturday,sunday", {5, 6}),
        ("0,6", {0, 6}),
        ("", set()),
    ],
)
def test_weekdays_as_reps_type_them(text: str, days: set[int]) -> None:
    """Ranges, lists, full names, numbers (Monday = 0) and nothing at all."""
    assert weekdays("working_days", text) == days


@pytest.mark.parametrize("text", ["fri-mon", "funday", "7", "mo"])
def test_what_is_no_weekday_is_named(text: str) -> None:
    """Backward ranges, unknown names, numbers past Sunday, half abbreviations: refused by key."""
    with pytest.raises(PreferenceError, match="working_days: "):
        weekdays("working_days", text)


def test_values_are_set_by_key_in_their_own_form() -> None:
    """Numbers, upper-cased codes, the system language; the rest is Preferences.validated()'s."""
    prefs = Preferences()
    assert with_preference(prefs, "daily_capacity", " 25 ").daily_capacity == 25
    assert with_preference(prefs, "easy_day_share", "40%").easy_day_share == 40
    assert with_preference(prefs, "currency", "chf").currency == "CHF"
    assert with_preference(prefs, "language", "system").language == ""
    with pytest.raises(PreferenceError, match="new_budget: 'eight' is not a whole number"):
        with_preference(prefs, "new_budget", "eight")


def test_tier_settings_change_one_tier() -> None:
    """`tier_b.touch_kind follow-up` changes tier B's kind and leaves A and C alone."""
    policies = with_tier_setting(DEFAULT_TIER_POLICIES, "tier_b.touch_kind", "follow-up")
    changed = {p.tier: p.touch_kind for p in policies}
    assert changed[Tier.B] is ActivityKind.FOLLOW_UP and changed[Tier.A] is ActivityKind.VISIT


def test_every_key_has_a_value_and_unknown_keys_are_refused() -> None:
    """The listed keys are exactly the JSON's; a typo lists the keys there are."""
    assert list(as_json(Preferences(), DEFAULT_TIER_POLICIES)) == keys()
    assert check_key("tier_c.max_days") == "tier_c.max_days"
    with pytest.raises(PreferenceError, match=r"'tier_d\.max_days' is not a preference"):
        check_key("tier_d.max_days")
