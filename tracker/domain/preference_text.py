"""Business preferences as text: the keys `groundgame prefs` knows, parsing what a rep types, and
the values as JSON.

Every field of Preferences is a key of its own name; the tier cadences are `tier_a.ideal_days`,
`tier_a.max_days`, `tier_a.touch_kind` (and B, C). Parsing checks the form of a value (a whole
number, weekdays, a kind); the ranges and rules are Preferences.validated()'s and
validate_policies()'s, as in the Preferences dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from tracker.domain.enums import ActivityKind, Tier
from tracker.domain.geo import parse_coordinates
from tracker.domain.preferences import PreferenceError, Preferences, TierPolicy

WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# What each preference means, in the words of the Preferences dialog.
DESCRIPTIONS: dict[str, str] = {
    "rep_name": "your name, shown on the reports for your manager",
    "language": "en, de, or empty for the system's language (applies at the next start)",
    "time_zone": "your IANA time zone, e.g. Europe/Berlin",
    "day_start_hour": "the hour a new working day starts (0-12); work before it counts for the day before",
    "working_days": "your working days, e.g. mon-fri or mon,tue,thu",
    "easy_days": "lighter working days (none, or e.g. fri)",
    "easy_day_share": "how much of a normal day an easy day holds, in per cent (10-100)",
    "daily_capacity": "items a normal day holds (1-500)",
    "new_budget": "new prospects per day (0-200)",
    "default_region": "where phone numbers without a country code belong, e.g. DE",
    "currency": "your currency, e.g. EUR",
    "give_up_attempts": "unanswered attempts in a row before a lead is parked as unreachable (1-50)",
    "unreachable_park_days": "how long an unreachable lead stays parked, in days (1-730)",
    "reminder_minutes": "how early the reminder comes before an appointment, in minutes (0-240)",
    "stalled_days": "days without anything happening before a deal counts as stalled (1-365)",
    "rfm_window_months": "how far back loyalty looks, in months (1-60)",
    "route_start": "where your field day starts: coordinates (52.52, 13.40) or a geo: URI; "
    "empty: at the first visit",
    "route_departure": "when you set off on a field day (HH:MM; empty: no timetable)",
    "average_speed_kmh": "your average driving speed between visits, in km/h (5-200)",
    "road_factor": "how much longer roads are than the straight line (1-3, e.g. 1.3)",
    "visit_minutes": "how long a visit takes when its appointment does not say, in minutes (5-480)",
}
TIER_FIELDS: dict[str, str] = {
    "ideal_days": "ideal days between touches of a tier {tier} account",
    "max_days": "days after which a tier {tier} account is overdue",
    "touch_kind": "how a tier {tier} account is touched: call, visit or follow_up",
}
DAY_SETS = ("working_days", "easy_days")
TEXTS = (
    "rep_name", "language", "time_zone", "default_region", "currency", "route_start",
    "route_departure",
)  # fmt: skip
DECIMALS = ("road_factor",)


def tier_key(tier: Tier, field: str) -> str:
    return f"tier_{tier.value.lower()}.{field}"


def keys() -> list[str]:
    """Every key, in the order `prefs get` lists them."""
    return [*DESCRIPTIONS, *(tier_key(tier, field) for tier in Tier for field in TIER_FIELDS)]


def describe(key: str) -> str:
    if key in DESCRIPTIONS:
        return DESCRIPTIONS[key]
    tier, field = _tier_field(key)
    return TIER_FIELDS[field].format(tier=tier.value)


def check_key(key: str) -> str:
    """The key as given, if known; raises PreferenceError listing the known keys."""
    if key not in keys():
        raise PreferenceError(f"{key!r} is not a preference; the keys are: {', '.join(keys())}")
    return key


def as_json(prefs: Preferences, policies: tuple[TierPolicy, ...]) -> dict[str, Any]:
    """Every preference as a JSON value: weekdays as codes ('mon' …), the rest as stored."""
    values: dict[str, Any] = {}
    for name in DESCRIPTIONS:
        value = getattr(prefs, name)
        values[name] = [WEEKDAY_CODES[d] for d in sorted(value)] if name in DAY_SETS else value
    for policy in policies:
        for field in TIER_FIELDS:
            value = getattr(policy, field)
            values[tier_key(policy.tier, field)] = (
                value.value if isinstance(value, ActivityKind) else value
            )
    return values


def as_text(value: Any) -> str:
    """A JSON value as `prefs get` shows it: weekdays joined, an empty text as (none)."""
    if isinstance(value, list):
        return ",".join(value) if value else "none"
    if value == "":
        return "(none)"
    return str(value)


def with_preference(prefs: Preferences, key: str, text: str) -> Preferences:
    """The preferences with `key` set from what was typed; raises PreferenceError when the text
    is not of the key's form (ranges are checked by Preferences.validated())."""
    if key not in DESCRIPTIONS:
        raise PreferenceError(f"{key!r} is not one of the Preferences fields")
    typed = text.strip()
    value: Any
    if key in DAY_SETS:
        value = weekdays(key, typed)
    elif key in TEXTS:
        value = _text(key, typed)
    elif key in DECIMALS:
        value = _decimal(key, typed)
    else:
        value = _whole(key, typed)
    assert key in {f.name for f in fields(Preferences)}
    return replace(prefs, **{key: value})


def with_tier_setting(
    policies: tuple[TierPolicy, ...], key: str, text: str
) -> tuple[TierPolicy, ...]:
    """The tier policies with one `tier_x.field` set from what was typed."""
    tier, field = _tier_field(key)
    typed = text.strip()
    value: Any
    if field == "touch_kind":
        try:
            value = ActivityKind(typed.lower().replace("-", "_"))
        except ValueError:
            raise PreferenceError(f"{key}: {typed!r} is not call, visit or follow_up") from None
    else:
        value = _whole(key, typed)
    return tuple(replace(p, **{field: value}) if p.tier is tier else p for p in policies)


def is_tier_key(key: str) -> bool:
    return key.startswith("tier_")


def weekdays(key: str, text: str) -> frozenset[int]:
    """`mon-fri`, `mon,tue,thu`, `0,1,2` (Monday = 0) or `none` as weekday numbers."""
    if text.lower() in ("", "none"):
        return frozenset()
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        first, sep, last = part.partition("-")
        start = _weekday(key, first)
        end = _weekday(key, last) if sep else start
        if end < start:
            raise PreferenceError(f"{key}: {part!r} runs backwards (write e.g. mon-fri)")
        days.update(range(start, end + 1))
    return frozenset(days)


def _weekday(key: str, text: str) -> int:
    if text.isdigit() and int(text) < 7:
        return int(text)
    for index, (code, name) in enumerate(zip(WEEKDAY_CODES, WEEKDAY_NAMES, strict=True)):
        if text in (code, name):
            return index
    raise PreferenceError(f"{key}: {text!r} is not a weekday (mon … sun, e.g. mon-fri)")


def _text(key: str, text: str) -> str:
    if key == "language":
        return "" if text.lower() in ("", "system", "none") else text.lower()
    if key in ("default_region", "currency"):
        return text.upper()
    if key == "route_start":  # kept in one spelling; what does not parse is refused by validated()
        try:
            point = parse_coordinates(text)
        except ValueError:
            return text
        return point.text() if point is not None else ""
    return text


def _whole(key: str, text: str) -> int:
    try:
        return int(text.removesuffix("%").strip())
    except ValueError:
        raise PreferenceError(f"{key}: {text!r} is not a whole number") from None


def _decimal(key: str, text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise PreferenceError(f"{key}: {text!r} is not a number (e.g. 1.3)") from None


def _tier_field(key: str) -> tuple[Tier, str]:
    prefix, _, field = key.partition(".")
    try:
        tier = Tier(prefix.removeprefix("tier_").upper())
    except ValueError:
        raise PreferenceError(f"{key!r} is not a preference") from None
    if field not in TIER_FIELDS:
        raise PreferenceError(f"{key!r} is not a preference")
    return tier, field


@dataclass(frozen=True)
class Setting:
    """One preference as listed: its key, JSON value and meaning."""

    key: str
    value: Any
    description: str


def settings(prefs: Preferences, policies: tuple[TierPolicy, ...]) -> list[Setting]:
    values = as_json(prefs, policies)
    return [Setting(key, values[key], describe(key)) for key in keys() if key in values]
