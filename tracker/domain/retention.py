"""Which backups to keep: every one of today and yesterday, then the newest of each recent day,
week and month.

The rules are applied independently and their union is kept (as restic's `forget` does): the
newest backup of each of the 12 most recent days before yesterday that have backups, of each of the
10 most recent ISO weeks with backups, and of each of the 9 most recent months with backups. Days,
weeks and months are the rep's local calendar. Applying the rules to what they kept keeps it all,
so pruning twice removes nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain.clock import zone


@dataclass(frozen=True)
class RetentionPolicy:
    """How many days, weeks and months keep their newest backup."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


DEFAULT_POLICY = RetentionPolicy()


def backups_to_keep(
    taken: Iterable[datetime],
    *,
    now: datetime,
    zone_name: str,
    policy: RetentionPolicy = DEFAULT_POLICY,
) -> set[datetime]:
    """The subset of backup times (aware instants) that the policy keeps at `now`."""
    tz = zone(zone_name)
    stamps = set(taken)
    local_day = {stamp: stamp.astimezone(tz).date() for stamp in stamps}
    yesterday = now.astimezone(tz).date() - timedelta(days=1)
    kept = {stamp for stamp, day in local_day.items() if day >= yesterday}
    older = {stamp: day for stamp, day in local_day.items() if day < yesterday}
    kept |= _newest_per_period(older, lambda day: day, policy.daily)
    kept |= _newest_per_period(local_day, _iso_week, policy.weekly)
    kept |= _newest_per_period(local_day, lambda day: (day.year, day.month), policy.monthly)
    return kept


def _iso_week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def _newest_per_period(
    days: dict[datetime, date], period: Callable[[date], Hashable], count: int
) -> set[datetime]:
    """The newest stamp of each of the `count` most recent periods that have stamps."""
    newest: dict[Hashable, datetime] = {}
    for stamp, day in days.items():
        key = period(day)
        if key not in newest or stamp > newest[key]:
            newest[key] = stamp
    latest_first = sorted(newest.values(), reverse=True)
    return set(latest_first[:count]) if count > 0 else set()
