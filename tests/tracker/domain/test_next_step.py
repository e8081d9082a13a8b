"""Next steps: each outcome leads somewhere sensible, the give-up rule, overrides."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.enums import ActivityKind, ContactState, Outcome, outcomes_for
from tracker.domain.next_step import (
    CadenceStep,
    LogContext,
    NextOverride,
    NextStepError,
    parse_next,
    plan_next,
)
from tracker.domain.outcomes import RULES, Step, key_of, key_order, most_common
from tracker.domain.preferences import Preferences

TODAY = date(2026, 12, 1)  # Tuesday
PREFS = Preferences()
LADDER = {
    "new_lead": tuple(
        CadenceStep(i, off, ActivityKind.CALL, hour)
        for i, (off, hour) in enumerate([(0, 9), (1, 16), (2, 11), (4, 14), (7, 10), (10, 15)])
    )
}


def ctx(**changes: object) -> LogContext:
    values: dict[str, object] = {
        "today": TODAY,
        "now_local": datetime(2026, 12, 1, 9, 40),
        "zone_name": "Europe/Berlin",
        "kind": ActivityKind.CALL,
    }
    values.update(changes)
    return LogContext(**values)  # type: ignore[arg-type]


def plan(outcome: Outcome, context: LogContext | None = None, **kw: object):  # type: ignore[no-untyped-def]
    return plan_next(
        outcome,
        context or ctx(),
        prefs=PREFS,
        loads={},
        cadences=LADDER,
        **kw,  # type: ignore[arg-type]
    )


def test_no_answer_climbs_the_cadence_at_another_time_of_day() -> None:
    """Unanswered calls follow the new-lead ladder: next rung's day and a different hour."""
    first = plan(Outcome.NO_ANSWER)
    assert (first.step, first.day, first.cadence_step, first.preferred_hour) == (
        Step.RETRY, date(2026, 12, 2), 1, 16
    )  # fmt: skip
    later = plan(
        Outcome.NO_ANSWER, ctx(cadence_code="new_lead", cadence_step=3, unanswered_before=3)
    )
    assert (later.day, later.cadence_step, later.preferred_hour) == (date(2026, 12, 4), 4, 10)
    assert later.attempt == 5


def test_the_everyday_outcomes_lead_where_the_issue_says() -> None:
    """voicemail +2 working days, interested a follow-up in 3, not now parks 90 days."""
    assert plan(Outcome.VOICEMAIL).day == date(2026, 12, 3)
    interested = plan(Outcome.INTERESTED)
    assert (interested.kind, interested.day) == (ActivityKind.FOLLOW_UP, date(2026, 12, 4))
    park = plan(Outcome.NOT_NOW)
    assert park.step is Step.PARK and abs((park.day - (TODAY + timedelta(days=90))).days) <= 14  # type: ignore[operator]


def test_callbacks_and_appointments_get_a_time() -> None:
    """A callback keeps the hour (rounded to the quarter); an appointment is a 10:00 visit."""
    callback = plan(Outcome.CALLBACK_REQUESTED)
    assert callback.step is Step.FIXED and callback.local_start == datetime(2026, 12, 2, 9, 45)
    visit = plan(Outcome.APPOINTMENT_SET, ctx(place="Hauptstraße 1"))
    assert visit.kind is ActivityKind.VISIT and visit.local_start == datetime(2026, 12, 3, 10, 0)
    assert visit.location == "Hauptstraße 1" and visit.duration_minutes == 60
    chosen = plan(
        Outcome.APPOINTMENT_SET,
        override=NextOverride(day=date(2026, 12, 9), at=time(15, 30), place="Büro"),
    )
    assert chosen.local_start == datetime(2026, 12, 9, 15, 30) and chosen.location == "Büro"


def test_exits_keep_their_reason_and_refuse_a_date() -> None:
    """not a fit / do not contact leave the queue with a state; no next date is possible."""
    fit = plan(Outcome.NOT_A_FIT)
    assert (fit.step, fit.exit_state, fit.reason) == (
        Step.EXIT,
        ContactState.NOT_A_FIT,
        "not a fit",
    )
    assert plan(Outcome.NOT_INTERESTED).exit_state is None
    with pytest.raises(NextStepError, match="no next date"):
        plan(Outcome.DO_NOT_CONTACT, override=NextOverride(day=date(2026, 12, 9)))


def test_a_tiered_account_waits_for_its_cadence_after_a_connect() -> None:
    """Connected with a tier-A customer: nothing extra planned, the next touch in 7 days."""
    tiered = plan(Outcome.CONNECTED, ctx(tier_ideal_days=7, tier_touch_kind=ActivityKind.VISIT))
    assert (tiered.step, tiered.day, tiered.kind) == (Step.TIER, date(2026, 12, 8), None)
    untiered = plan(Outcome.CONNECTED)
    assert untiered.step is Step.WORKING and untiered.kind is ActivityKind.FOLLOW_UP


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 12), st.integers(0, 14), st.sampled_from(sorted(outcomes_for(ActivityKind.CALL)))
)
def test_give_up_after_n_unanswered_attempts(limit: int, before: int, outcome: Outcome) -> None:
    """The N-th unanswered attempt parks the lead for 90 days as unreachable; earlier ones do not."""
    prefs = Preferences(give_up_attempts=limit)
    result = plan_next(
        outcome, ctx(unanswered_before=before), prefs=prefs, loads={}, cadences=LADDER
    )
    unanswered = outcome in {
        Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY, Outcome.GATEKEEPER, Outcome.WRONG_NUMBER
    }  # fmt: skip
    gave_up = unanswered and before + 1 >= limit
    assert result.gave_up is gave_up
    if gave_up:
        assert result.step is Step.PARK and result.reason == "unreachable"
        assert result.day is not None and abs((result.day - TODAY).days - 90) <= 14


@settings(max_examples=40, deadline=None)
@given(
    st.frozensets(st.integers(0, 6), min_size=1),
    st.sampled_from(list(Outcome)),
    st.sampled_from(list(ActivityKind)),
)
def test_scheduled_steps_land_on_working_days(
    working: frozenset[int], outcome: Outcome, kind: ActivityKind
) -> None:
    """Every next step the rules choose by themselves is on a working day after today."""
    prefs = Preferences(working_days=working)
    result = plan_next(outcome, ctx(kind=kind), prefs=prefs, loads={}, cadences=LADDER)
    if result.step in (Step.RETRY, Step.WORKING, Step.CALENDAR, Step.FIXED, Step.PARK):
        assert result.day is not None and result.day > TODAY
        assert prefs.is_working_day(result.day)


def test_keys_and_space() -> None:
    """1–9 go to the everyday outcomes; Space is no answer for calls, a meeting for visits."""
    assert key_of(ActivityKind.CALL, Outcome.NO_ANSWER) == 1
    assert key_of(ActivityKind.CALL, Outcome.DO_NOT_CONTACT) is None
    assert key_order(ActivityKind.VISIT)[0] is Outcome.MET_DECISION_MAKER
    assert most_common(ActivityKind.FOLLOW_UP) is Outcome.NO_ANSWER
    assert set(key_order(ActivityKind.CALL)) == set(outcomes_for(ActivityKind.CALL))
    assert set(RULES) == set(Outcome)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+3d", NextOverride(day=date(2026, 12, 4))),
        ("+4d", NextOverride(day=date(2026, 12, 7))),  # Saturday → Monday
        ("+1w", NextOverride(day=date(2026, 12, 8))),
        ("2026-12-05", NextOverride(day=date(2026, 12, 5))),  # taken as given
        ("2026-12-09T14:30", NextOverride(day=date(2026, 12, 9), at=time(14, 30))),
        ("none", NextOverride(nothing=True)),
    ],
)
def test_the_next_option_of_the_cli(text: str, expected: NextOverride) -> None:
    """--next takes +3d, +2w, a date, a date with a time, or none."""
    assert parse_next(text, today=TODAY, prefs=PREFS) == expected


@pytest.mark.parametrize("text", ["tomorrow", "+0d", "2026-12-01", "2026-13-01", "+3x"])
def test_bad_next_options_say_what_is_wrong(text: str) -> None:
    """Unknown forms, and dates not after today, are refused with the accepted forms."""
    with pytest.raises(NextStepError, match="--next"):
        parse_next(text, today=TODAY, prefs=PREFS)
