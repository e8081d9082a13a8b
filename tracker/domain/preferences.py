"""The rep's business preferences: typed, validated, with the defaults PRODUCT.md names."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

from tracker.domain.enums import ActivityKind, Tier
from tracker.domain.geo import Coordinates, parse_coordinates

LANGUAGES = ("", "en", "de")  # "" follows the system locale
WEEKDAYS = tuple(range(7))  # Monday = 0 … Sunday = 6


class PreferenceError(ValueError):
    """A preference value that cannot be used; the message names the preference."""


@dataclass(frozen=True)
class TierPolicy:
    """How often a tier's accounts should be touched: ideal and maximum days since last touch."""

    tier: Tier
    ideal_days: int
    max_days: int
    touch_kind: ActivityKind


DEFAULT_TIER_POLICIES: tuple[TierPolicy, ...] = (
    TierPolicy(Tier.A, 7, 14, ActivityKind.VISIT),
    TierPolicy(Tier.B, 30, 45, ActivityKind.CALL),
    TierPolicy(Tier.C, 90, 180, ActivityKind.CALL),
)


@dataclass(frozen=True)
class Preferences:
    """Everything the rep can set that changes how the book behaves (stored in the database)."""

    rep_name: str = ""
    language: str = ""
    time_zone: str = "UTC"
    day_start_hour: int = 4
    working_days: frozenset[int] = field(default_factory=lambda: frozenset({0, 1, 2, 3, 4}))
    easy_days: frozenset[int] = field(default_factory=frozenset)
    easy_day_share: int = 50  # per cent of the normal capacity on an easy day
    daily_capacity: int = 30  # items a normal day holds
    new_budget: int = 8  # new prospects per day
    default_region: str = "DE"
    currency: str = "EUR"
    give_up_attempts: int = 6
    unreachable_park_days: int = 90
    reminder_minutes: int = 10
    stalled_days: int = 14
    rfm_window_months: int = 12
    # Field days: where the drive starts (coordinates or a geo: URI; "" — at the first visit),
    # when, how fast the rep drives on average, how much the roads wind (× the straight line),
    # and how long a visit takes when its appointment does not say.
    route_start: str = ""
    route_departure: str = "08:00"
    average_speed_kmh: int = 50
    road_factor: float = 1.3
    visit_minutes: int = 45

    def validated(self) -> Preferences:
        """Self when every value is usable; raises PreferenceError naming the first bad one."""
        ranges = {
            "day_start_hour": (0, 12),
            "easy_day_share": (10, 100),
            "daily_capacity": (1, 500),
            "new_budget": (0, 200),
            "give_up_attempts": (1, 50),
            "unreachable_park_days": (1, 730),
            "reminder_minutes": (0, 240),
            "stalled_days": (1, 365),
            "rfm_window_months": (1, 60),
            "average_speed_kmh": (5, 200),
            "road_factor": (1, 3),
            "visit_minutes": (5, 480),
        }
        for name, (low, high) in ranges.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise PreferenceError(f"{name}: {value!r} is not between {low} and {high}")
        checks: list[tuple[str, bool, str]] = [
            (
                "language",
                self.language in LANGUAGES,
                "use en, de, or nothing for the system's language",
            ),
            ("working_days", bool(self.working_days), "at least one working day is needed"),
            ("working_days", self.working_days <= set(WEEKDAYS), "weekdays are 0 (Monday) … 6"),
            ("easy_days", self.easy_days <= self.working_days, "easy days must be working days"),
            # Regions the phone library knows (the dialog offers exactly these).
            (
                "default_region",
                self.default_region in phonenumbers.SUPPORTED_REGIONS,
                f"{self.default_region!r} is not a country code phone numbers know (e.g. DE)",
            ),
            (
                "currency",
                len(self.currency) == 3 and self.currency.isalpha(),
                f"{self.currency!r} is not a three-letter currency code (e.g. EUR)",
            ),
        ]
        for name, ok, reason in checks:
            if not ok:
                raise PreferenceError(f"{name}: {reason}")
        try:
            self.route_origin()
        except ValueError as exc:
            raise PreferenceError(f"route_start: {exc}") from None
        if self.route_departure and self.departure_time() is None:
            raise PreferenceError(
                f"route_departure: {self.route_departure!r} is not a time of day (e.g. 08:00)"
            )
        try:
            ZoneInfo(self.time_zone)
        except (KeyError, ValueError) as exc:
            raise PreferenceError(
                f"time_zone: {self.time_zone!r} is not an IANA time zone"
            ) from exc
        return self

    def route_origin(self) -> Coordinates | None:
        """Where the day's drive starts, or None (it starts at the first visit)."""
        return parse_coordinates(self.route_start)

    def departure_time(self) -> time | None:
        """When the rep sets off, or None when unknown (or not a time)."""
        try:
            return (
                time.fromisoformat(self.route_departure.strip()) if self.route_departure else None
            )
        except ValueError:
            return None

    def capacity_on(self, day: date) -> int:
        """How many items the given day holds: none on days off, less on easy days."""
        weekday = day.weekday()
        if weekday not in self.working_days:
            return 0
        if weekday in self.easy_days:
            return max(1, self.daily_capacity * self.easy_day_share // 100)
        return self.daily_capacity

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_days

    def next_working_day(self, day: date) -> date:
        """The first working day on or after `day`."""
        for offset in range(7):
            candidate = day + timedelta(days=offset)
            if candidate.weekday() in self.working_days:
                return candidate
        return day  # unreachable: validation requires at least one working day

    def add_working_days(self, day: date, count: int) -> date:
        """`count` working days after `day` (0 gives the first working day on or after it)."""
        current = self.next_working_day(day)
        for _ in range(count):
            current = self.next_working_day(current + timedelta(days=1))
        return current

    def to_storage(self) -> dict[str, Any]:
        """Plain JSON-friendly values keyed by preference name."""
        raw = asdict(self)
        raw["working_days"] = sorted(self.working_days)
        raw["easy_days"] = sorted(self.easy_days)
        return raw

    @classmethod
    def from_storage(cls, raw: dict[str, Any]) -> Preferences:
        """Preferences from stored values; unknown keys are ignored, missing ones default."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in known:
                continue
            if key in ("working_days", "easy_days"):
                value = frozenset(int(v) for v in value)
            values[key] = value
        return replace(cls(), **values)
