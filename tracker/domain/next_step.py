"""Planning the next step of a logged outcome — the same function previews it and schedules it.

The outcome's rule (tracker.domain.outcomes) gives the kind of step; this module turns it into a
date (load-balanced onto working days), a time for callbacks and appointments, the cadence rung
for retries, or a parking date — and applies the give-up rule and the rep's own override.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tracker.domain.enums import ActivityKind, ContactState, Outcome
from tracker.domain.outcomes import RULES, Step, counts_unanswered
from tracker.domain.preferences import Preferences
from tracker.domain.scheduling import after_today, balance, working_days_after

RETRY_CADENCE = "new_lead"  # the ladder unanswered calls climb when they are not in one already
UNREACHABLE = "unreachable"
APPOINTMENT_HOUR = 10
APPOINTMENT_MINUTES = 60
CALLBACK_MINUTES = 15


class NextStepError(ValueError):
    """A next-step choice that does not fit the outcome; the message says why."""


@dataclass(frozen=True)
class CadenceStep:
    """One rung of a cadence ladder."""

    position: int
    offset_days: int
    kind: ActivityKind
    hour: int | None = None


@dataclass(frozen=True)
class LogContext:
    """What the next step depends on besides the outcome: the day, the item, the contact."""

    today: date
    now_local: datetime  # naive wall time in the rep's zone
    zone_name: str
    kind: ActivityKind
    unanswered_before: int = 0
    cadence_code: str | None = None
    cadence_step: int | None = None
    tier_ideal_days: int | None = None
    tier_touch_kind: ActivityKind | None = None
    place: str | None = None


@dataclass(frozen=True)
class NextOverride:
    """The rep's own choice: a date (and time, place …), or nothing at all."""

    day: date | None = None
    at: time | None = None
    nothing: bool = False
    place: str | None = None
    time_zone: str | None = None
    duration_minutes: int | None = None


@dataclass(frozen=True)
class NextPlan:
    """The step after an outcome: what lands on which day, or why nothing does."""

    step: Step
    day: date | None = None  # due date; park: until; tier: the next touch
    kind: ActivityKind | None = None  # the planned activity, when there is one
    local_start: datetime | None = None
    time_zone: str | None = None
    duration_minutes: int | None = None
    location: str | None = None
    cadence_code: str | None = None
    cadence_step: int | None = None
    preferred_hour: int | None = None
    attempt: int = 1
    reason: str | None = None
    exit_state: ContactState | None = None
    gave_up: bool = False
    overridden: bool = False

    @property
    def plans_activity(self) -> bool:
        return self.kind is not None and self.day is not None


def _retry_rung(
    ctx: LogContext, cadences: Mapping[str, tuple[CadenceStep, ...]]
) -> tuple[str | None, int | None, int, int | None]:
    """(cadence, next position, working days until it, preferred hour) for another attempt."""
    code = ctx.cadence_code if ctx.cadence_code and ctx.cadence_code in cadences else RETRY_CADENCE
    steps = cadences.get(code, ())
    if not steps:
        return None, None, 1, None
    if code == ctx.cadence_code and ctx.cadence_step is not None:
        position = ctx.cadence_step
    else:
        position = min(ctx.unanswered_before, len(steps) - 1)
    position = max(0, min(position, len(steps) - 1))
    following = position + 1
    if following < len(steps):
        gap = max(1, steps[following].offset_days - steps[position].offset_days)
        return code, following, gap, steps[following].hour
    # Past the last rung: every other working day, switching between morning and afternoon.
    hour = 15 if ctx.now_local.hour < 12 else 10
    return code, position, 2, hour


def _callback_time(now_local: datetime) -> time:
    """The default time of a promised callback: this time of day, rounded up to the quarter."""
    minutes = now_local.hour * 60 + now_local.minute
    minutes = -(-minutes // 15) * 15
    if minutes < 8 * 60 or minutes > 18 * 60:
        return time(APPOINTMENT_HOUR, 0)
    return time(minutes // 60, minutes % 60)


def plan_next(
    outcome: Outcome,
    ctx: LogContext,
    *,
    prefs: Preferences,
    loads: Mapping[date, int],
    cadences: Mapping[str, tuple[CadenceStep, ...]],
    override: NextOverride | None = None,
) -> NextPlan:
    """The next step after logging `outcome` on the item described by `ctx`."""
    rule = RULES[outcome]
    unanswered = counts_unanswered(outcome)
    attempt = ctx.unanswered_before + 2 if unanswered else 1
    today = ctx.today
    same_kind = ActivityKind.CALL if ctx.kind is ActivityKind.VISIT else ctx.kind
    kind = rule.kind or same_kind

    if rule.step is Step.EXIT:
        if override is not None and not override.nothing:
            raise NextStepError(
                f"{outcome.value} takes the contact out of the queue; it has no next date"
            )
        return NextPlan(Step.EXIT, reason=rule.reason, exit_state=rule.exit_state)
    if override is not None and override.nothing:
        if rule.step is Step.PARK:
            raise NextStepError(f"{outcome.value} parks the contact and needs a date")
        return NextPlan(Step.EXIT, overridden=True)

    code: str | None = None
    position: int | None = None
    hour: int | None = None
    gap = 1
    if unanswered:
        code, position, gap, hour = _retry_rung(ctx, cadences)
        if override is None and ctx.unanswered_before + 1 >= prefs.give_up_attempts:
            until = balance(
                today + timedelta(days=prefs.unreachable_park_days),
                today=today,
                prefs=prefs,
                loads=loads,
            )
            return NextPlan(
                Step.PARK, until, ActivityKind.CALL, reason=UNREACHABLE, attempt=1, gave_up=True
            )

    if rule.step is Step.FIXED:
        return _fixed(rule.offset, kind, ctx, prefs, override)
    if rule.step is Step.PARK:
        ideal = today + timedelta(days=rule.offset)
        if override is not None and override.day is not None:
            until = override.day
        else:
            until = balance(ideal, today=today, prefs=prefs, loads=loads)
        return NextPlan(
            Step.PARK, until, ActivityKind.CALL, reason=rule.reason, overridden=override is not None
        )
    if (
        rule.tier_when_tiered
        and ctx.tier_ideal_days is not None
        and (override is None or override.day is None)
    ):
        return NextPlan(Step.TIER, today + timedelta(days=ctx.tier_ideal_days))

    if override is not None and override.day is not None:
        day = override.day
    elif rule.step is Step.RETRY:
        day = balance(working_days_after(prefs, today, gap), today=today, prefs=prefs, loads=loads)
    elif rule.step is Step.CALENDAR:
        ideal = after_today(prefs, today, today + timedelta(days=rule.offset))
        day = balance(ideal, today=today, prefs=prefs, loads=loads)
    else:
        ideal = working_days_after(prefs, today, rule.offset)
        day = balance(ideal, today=today, prefs=prefs, loads=loads)
    if rule.tier_when_tiered and ctx.tier_touch_kind is not None and override is not None:
        kind = ctx.tier_touch_kind
    return NextPlan(
        rule.step,
        day,
        kind,
        cadence_code=code,
        cadence_step=position,
        preferred_hour=hour,
        attempt=attempt,
        reason=rule.reason,
        overridden=override is not None,
    )


def _fixed(
    offset: int,
    kind: ActivityKind,
    ctx: LogContext,
    prefs: Preferences,
    override: NextOverride | None,
) -> NextPlan:
    """A callback or an appointment: a day and a wall time in a zone (the customer's choice)."""
    visit = kind is ActivityKind.VISIT
    day = working_days_after(prefs, ctx.today, offset)
    at = time(APPOINTMENT_HOUR, 0) if visit else _callback_time(ctx.now_local)
    place = ctx.place if visit else None
    zone_name = ctx.zone_name
    duration = APPOINTMENT_MINUTES if visit else CALLBACK_MINUTES
    if override is not None:
        day = override.day or day
        at = override.at or at
        place = override.place if override.place is not None else place
        zone_name = override.time_zone or zone_name
        duration = override.duration_minutes or duration
    return NextPlan(
        Step.FIXED,
        day,
        kind,
        local_start=datetime.combine(day, at),
        time_zone=zone_name,
        duration_minutes=duration,
        location=place,
        overridden=override is not None,
    )


_RELATIVE = re.compile(r"^\+(\d{1,4})([dw]?)$")


def parse_next(text: str, *, today: date, prefs: Preferences) -> NextOverride:
    """`+3d`, `+2w`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `none` as the rep's next-step choice.

    A relative date that falls on a day off moves to the next working day; a date given in full
    is taken as it is.
    """
    value = text.strip().lower()
    if value == "none":
        return NextOverride(nothing=True)
    match = _RELATIVE.match(value)
    if match:
        amount = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
        if amount < 1:
            raise NextStepError(f"--next {text!r}: the next step lies at least a day ahead")
        return NextOverride(day=prefs.next_working_day(today + timedelta(days=amount)))
    try:
        if len(value) > 10:
            moment = datetime.fromisoformat(value.replace(" ", "T"))
            day, at = moment.date(), moment.time().replace(second=0, microsecond=0)
        else:
            day, at = date.fromisoformat(value), None
    except ValueError:
        raise NextStepError(
            f"--next {text!r} is not +3d, +2w, YYYY-MM-DD, YYYY-MM-DDTHH:MM or none"
        ) from None
    if day <= today:
        raise NextStepError(f"--next {text!r} is not after today ({today.isoformat()})")
    return NextOverride(day=day, at=at)
