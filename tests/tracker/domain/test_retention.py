"""Backup retention: all of today and yesterday, the newest of 12 days, 10 weeks and 9 months."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.clock import zone
from tracker.domain.retention import RetentionPolicy, backups_to_keep

NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)  # a week after the autumn clock change
ZONES = st.sampled_from(["Europe/Berlin", "America/New_York", "UTC"])
STAMPS = st.lists(
    st.integers(min_value=0, max_value=800 * 24 * 60).map(
        lambda minutes: NOW - timedelta(minutes=minutes)
    ),
    max_size=120,
    unique=True,
)


def local_day(stamp: datetime, zone_name: str) -> date:
    return stamp.astimezone(zone(zone_name)).date()


def newest_per(stamps: list[datetime], key, count: int) -> set[datetime]:  # type: ignore[no-untyped-def]
    groups: dict[object, datetime] = {}
    for stamp in stamps:
        groups[key(stamp)] = max(stamp, groups.get(key(stamp), stamp))
    return set(sorted(groups.values(), reverse=True)[:count])


@settings(max_examples=150, deadline=None)
@given(STAMPS, ZONES)
def test_what_the_policy_promises_is_kept(stamps: list[datetime], zone_name: str) -> None:
    """Everything of today and yesterday, the newest backup of each of the 12 latest older days,
    10 latest weeks and 9 latest months with backups — and nothing beyond those."""
    kept = backups_to_keep(stamps, now=NOW, zone_name=zone_name)
    assert kept <= set(stamps)
    yesterday = local_day(NOW, zone_name) - timedelta(days=1)
    recent = {s for s in stamps if local_day(s, zone_name) >= yesterday}
    older = [s for s in stamps if s not in recent]
    daily = newest_per(older, lambda s: local_day(s, zone_name), 12)
    weekly = newest_per(stamps, lambda s: local_day(s, zone_name).isocalendar()[:2], 10)
    monthly = newest_per(
        stamps, lambda s: (local_day(s, zone_name).year, local_day(s, zone_name).month), 9
    )
    assert recent | daily | weekly | monthly == kept
    assert len(kept - recent) <= 12 + 10 + 9
    if stamps:
        assert max(stamps) in kept


@settings(max_examples=100, deadline=None)
@given(STAMPS, ZONES)
def test_pruning_twice_removes_nothing_more(stamps: list[datetime], zone_name: str) -> None:
    """What the policy kept, it keeps when applied again."""
    kept = backups_to_keep(stamps, now=NOW, zone_name=zone_name)
    assert backups_to_keep(kept, now=NOW, zone_name=zone_name) == kept


@settings(max_examples=100, deadline=None)
@given(STAMPS, ZONES, st.integers(min_value=1, max_value=400))
def test_time_passing_never_brings_a_pruned_backup_back(
    stamps: list[datetime], zone_name: str, days_later: int
) -> None:
    """Pruning now and again later keeps exactly what pruning once later would keep, among the
    survivors: a deleted backup is never one the policy would want later."""
    later = NOW + timedelta(days=days_later)
    kept_now = backups_to_keep(stamps, now=NOW, zone_name=zone_name)
    assert backups_to_keep(kept_now, now=later, zone_name=zone_name) == backups_to_keep(
        stamps, now=later, zone_name=zone_name
    )


def test_a_year_of_hourly_backups_shrinks_to_the_policy() -> None:
    """8,760 hourly backups: those of today and yesterday plus at most 31 older ones remain."""
    stamps = [NOW - timedelta(hours=h) for h in range(24 * 365)]
    kept = backups_to_keep(stamps, now=NOW, zone_name="Europe/Berlin")
    yesterday = local_day(NOW, "Europe/Berlin") - timedelta(days=1)
    recent = {s for s in stamps if local_day(s, "Europe/Berlin") >= yesterday}
    assert len(recent) == 12 + 24  # today 00:00–11:00 local, and all of yesterday
    assert recent <= kept
    assert len(kept) - len(recent) <= 31


def test_a_smaller_policy_keeps_less() -> None:
    """Counts of zero keep only today and yesterday."""
    stamps = [NOW - timedelta(days=d) for d in range(60)]
    kept = backups_to_keep(
        stamps, now=NOW, zone_name="UTC", policy=RetentionPolicy(daily=0, weekly=0, monthly=0)
    )
    assert kept == {NOW, NOW - timedelta(days=1)}
