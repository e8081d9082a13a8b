"""The demo book's history: past activities, open work, deals with stage history, purchases, referrals.

This is the hot loop of a 1,000,000-activity demo, so it works on pre-formatted strings: each
instant is formatted once per (day, minute) and reused.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from tracker.domain.enums import (
    NOT_CONNECTED,
    ActivityKind,
    ActivityOrigin,
    ContactState,
    Lifecycle,
    Outcome,
    ReferralStatus,
    Stage,
)
from tracker.domain.preferences import Preferences
from tracker.services.demo import names
from tracker.storage.bulk import sql_date, sql_datetime, sql_wall_time

CALL_MIX: tuple[tuple[Outcome, float], ...] = (
    (Outcome.NO_ANSWER, 30),
    (Outcome.VOICEMAIL, 14),
    (Outcome.BUSY, 5),
    (Outcome.GATEKEEPER, 5),
    (Outcome.WRONG_NUMBER, 1),
    (Outcome.CONNECTED, 16),
    (Outcome.INTERESTED, 7),
    (Outcome.CALLBACK_REQUESTED, 5),
    (Outcome.APPOINTMENT_SET, 6),
    (Outcome.NOT_NOW, 4),
    (Outcome.NOT_INTERESTED, 3),
    (Outcome.ORDER_TAKEN, 2.5),
    (Outcome.REFERRAL_GIVEN, 1),
)
VISIT_MIX: tuple[tuple[Outcome, float], ...] = (
    (Outcome.MET_DECISION_MAKER, 40),
    (Outcome.MET_OTHER, 18),
    (Outcome.NOT_AVAILABLE, 8),
    (Outcome.LEFT_MATERIAL, 10),
    (Outcome.APPOINTMENT_SET, 6),
    (Outcome.ORDER_TAKEN, 12),
    (Outcome.REFERRAL_GIVEN, 4),
    (Outcome.NOT_INTERESTED, 2),
)
STAGE_ORDER = (Stage.NEW, Stage.CONTACTED, Stage.MEETING_SET, Stage.PROPOSAL, Stage.NEGOTIATION)
FINAL_OUTCOME = {
    ContactState.NOT_A_FIT: Outcome.NOT_A_FIT.value,
    ContactState.DO_NOT_CONTACT: Outcome.DO_NOT_CONTACT.value,
    ContactState.PARKED: Outcome.NOT_NOW.value,
}
UNANSWERED = frozenset(outcome.value for outcome in NOT_CONNECTED)
CALL, VISIT, FOLLOW_UP = (
    ActivityKind.CALL.value,
    ActivityKind.VISIT.value,
    ActivityKind.FOLLOW_UP.value,
)
CADENCE, OUTCOME = ActivityOrigin.CADENCE.value, ActivityOrigin.OUTCOME.value
FIXED_SLOTS = ((9, 0), (10, 30), (11, 0), (13, 30), (14, 0), (15, 30), (16, 0))


def _cumulative(mix: tuple[tuple[Outcome, float], ...]) -> tuple[list[str], list[float]]:
    values, cumulative, total = [], [], 0.0
    for outcome, weight in mix:
        total += weight
        values.append(outcome.value)
        cumulative.append(total)
    return values, cumulative


@dataclass
class Person:
    """What the generator decided about one contact before writing its rows."""

    id: str
    index: int
    german: bool
    lifecycle: Lifecycle
    state: ContactState
    account: tuple[Any, ...] | None  # the account row (see COLUMNS["accounts"])
    first: str
    last: str

    @property
    def account_id(self) -> str | None:
        return self.account[0] if self.account else None


Add = Callable[[str, tuple[Any, ...]], None]


class History:
    """Writes one contact's past and open work through `add(table, row)`."""

    def __init__(
        self,
        rng: random.Random,
        uid: Callable[[], str],
        prefs: Preferences,
        tz: tzinfo,
        zone_name: str,
        today: date,
        work_days: list[date],
    ) -> None:
        self.rng = rng
        self.uid = uid
        self.prefs = prefs
        self.tz = tz
        self.zone_name = zone_name
        self.today = today
        self.work_days = work_days
        self.day_text = [d.isoformat() for d in work_days]
        self.call_outcomes, self.call_weights = _cumulative(CALL_MIX)
        self.visit_outcomes, self.visit_weights = _cumulative(VISIT_MIX)
        self._moments: dict[int, str] = {}
        self.appointments: dict[date, int] = {}

    def instant(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=self.tz).astimezone(UTC)

    def moment(self, day_index: int, minute_of_day: int) -> str:
        """The stored text of a local time on a history work day (cached)."""
        key = day_index * 1440 + minute_of_day
        text = self._moments.get(key)
        if text is None:
            hour, minute = divmod(minute_of_day, 60)
            text = sql_datetime(self.instant(self.work_days[day_index], hour, minute)) or ""
            self._moments[key] = text
        return text

    # -- the past --------------------------------------------------------------------------------
    def past(self, person: Person, count: int, add: Add) -> tuple[datetime | None, int]:
        """`count` done activities; returns the last touch and the trailing unanswered attempts."""
        if count <= 0:
            return None, 0
        rng = self.rng
        span = len(self.work_days)
        # Leads were worked recently and briefly; customers all year.
        # Leads were worked recently and briefly; customers all year, though about one in four
        # has not been touched for a few weeks (the Base's "due a touch" and "at risk").
        first = max(0, span - rng.randint(15, 90)) if person.lifecycle is Lifecycle.LEAD else 0
        end = span
        if person.lifecycle is Lifecycle.CUSTOMER and rng.random() < 0.25:
            end = max(first + 1, span - rng.randint(8, 60))
        # (day, minute of day) pairs in time order, 08:00 … 17:59 local. The rep's activity grows
        # over the year (density rises towards today), so recent weeks look like a rep at goal.
        width = end - first
        slots = sorted(
            (
                min(end - 1, first + int(width * math.sqrt(rng.random()))),
                480 + int(rng.random() * 600),
            )
            for _ in range(count)
        )
        account = person.account
        account_id = person.account_id
        location = account[5] if account else None
        tiered = account is not None and account[2] is not None
        visit_share = 0.35 if tiered and person.lifecycle is Lifecycle.CUSTOMER else 0.05
        follow_share = visit_share + 0.12
        notes = names.GERMAN_NOTES if person.german else names.ENGLISH_NOTES
        final = FINAL_OUTCOME.get(person.state)
        limit = self.prefs.give_up_attempts - 1
        customer = person.lifecycle is Lifecycle.CUSTOMER
        attempt = unanswered = 0
        random_ = rng.random
        choices = rng.choices
        last = len(slots) - 1
        for position, (day_index, minute_of_day) in enumerate(slots):
            roll = random_()
            if roll < visit_share:
                kind = VISIT
                outcome = choices(self.visit_outcomes, cum_weights=self.visit_weights)[0]
                duration = 30 + int(random_() * 60)
            else:
                kind = FOLLOW_UP if roll < follow_share else CALL
                outcome = choices(self.call_outcomes, cum_weights=self.call_weights)[0]
                if outcome == "order_taken" and not customer:
                    outcome = "interested"
                duration = 1 + int(random_() * 14)
            if position == last and final is not None:
                kind, outcome = CALL, final
            if outcome in UNANSWERED and unanswered >= limit:
                outcome = "connected"  # keep active contacts short of the give-up rule
            attempt += 1
            unanswered = unanswered + 1 if outcome in UNANSWERED else 0
            completed = self.moment(day_index, minute_of_day)
            day = self.day_text[day_index]
            add(
                "activities",
                (
                    self.uid(), person.id, account_id, None, None, kind, "done",
                    CADENCE if kind == CALL else OUTCOME, day, None, None, None, duration,
                    location if kind == VISIT else None, None, None, completed, day, outcome,
                    notes[int(random_() * len(notes))] if random_() < 0.25 else None, attempt,
                    completed, completed,
                ),
            )  # fmt: skip
            if outcome not in UNANSWERED:
                attempt = 0
        day_index, minute_of_day = slots[-1]
        hour, minute = divmod(minute_of_day, 60)
        return self.instant(self.work_days[day_index], hour, minute), unanswered

    # -- open work -----------------------------------------------------------------------------
    def open_work(
        self, person: Person, last_touch: datetime | None, unanswered: int, add: Add
    ) -> None:
        """At most one open item per active, already-worked contact; some at a fixed time."""
        rng = self.rng
        if person.state is not ContactState.ACTIVE or last_touch is None:
            return
        share = {Lifecycle.PROSPECT: 0.75, Lifecycle.LEAD: 0.65, Lifecycle.CUSTOMER: 0.25}
        if rng.random() > share[person.lifecycle]:
            return
        account = person.account
        offset = rng.choices(
            (-8, -4, -2, -1, 0, 1, 2, 3, 5, 8, 12), (1, 2, 3, 4, 12, 5, 4, 4, 3, 2, 2)
        )[0]
        due = self.shift_work_days(offset)
        starts_at = local_start = tz_name = location = None
        duration = None
        kind = FOLLOW_UP if person.lifecycle is Lifecycle.PROSPECT else CALL
        origin, cadence_code, cadence_step = OUTCOME, None, None
        if person.lifecycle is Lifecycle.LEAD:
            origin, cadence_code, cadence_step = CADENCE, "new_lead", min(unanswered, 5)
        if offset >= 0 and self.appointments.get(due, 0) < 4 and rng.random() < 0.3:
            self.appointments[due] = self.appointments.get(due, 0) + 1
            hour, minute = rng.choice(FIXED_SLOTS)
            local_start = datetime.combine(due, time(hour, minute))
            starts_at = local_start.replace(tzinfo=self.tz).astimezone(UTC)
            tz_name, origin, cadence_code, cadence_step = self.zone_name, OUTCOME, None, None
            if account is not None and person.lifecycle is not Lifecycle.LEAD:
                kind, duration, location = VISIT, 60, f"{account[5]}, {account[7]}"
            else:
                kind, duration = CALL, 15  # a promised callback
        created = sql_datetime(last_touch)
        add(
            "activities",
            (
                self.uid(), person.id, person.account_id, None, None, kind, "planned", origin,
                sql_date(due), sql_datetime(starts_at), sql_wall_time(local_start), tz_name,
                duration, location, cadence_code, cadence_step, None, None, None, None,
                unanswered + 1, created, created,
            ),
        )  # fmt: skip

    def shift_work_days(self, offset: int) -> date:
        """The working day `offset` working days from today (backwards when negative)."""
        if offset >= 0:
            return self.prefs.add_working_days(self.today, offset)
        day, back = self.today, -offset
        while back > 0:
            day -= timedelta(days=1)
            if self.prefs.is_working_day(day):
                back -= 1
        return day

    # -- deals and money -------------------------------------------------------------------------
    def deals(self, person: Person, last_touch: datetime | None, add: Add) -> None:
        """Prospects have one open deal; customers won at least one, and bought more since."""
        rng = self.rng
        if person.lifecycle is Lifecycle.LEAD or person.state is ContactState.NOT_A_FIT:
            return
        titles = names.DEAL_TITLES_DE if person.german else names.DEAL_TITLES_EN
        count = 1 if person.lifecycle is Lifecycle.PROSPECT else rng.randint(1, 3)
        for number in range(count):
            if person.lifecycle is Lifecycle.PROSPECT:
                final = rng.choices(STAGE_ORDER, (15, 30, 25, 20, 10))[0]
            elif number == 0:
                final = Stage.WON
            else:
                final = rng.choices(
                    (Stage.WON, Stage.LOST, *STAGE_ORDER[1:]), (45, 25, 8, 8, 8, 6)
                )[0]
            self.deal(person, final, rng.choice(titles), last_touch, add)
        if person.lifecycle is Lifecycle.CUSTOMER:
            for _ in range(rng.choices((0, 1, 2, 4, 8), (20, 30, 25, 15, 10))[0]):
                day = self.work_days[rng.randrange(len(self.work_days))]
                self.purchase(
                    person, day, rng.choice((150, 320, 640, 900, 1800, 2500)) * 100, None, add
                )

    def deal(
        self, person: Person, final: Stage, title: str, last_touch: datetime | None, add: Add
    ) -> None:
        rng = self.rng
        value = rng.choice((800, 1500, 2400, 4800, 7500, 12000, 18000, 35000)) * 100
        deal_id = self.uid()
        path = list(STAGE_ORDER)
        if final.is_open:
            path = path[: STAGE_ORDER.index(final) + 1]
        else:
            path = [*path[: rng.randint(2, 5)], final]
        # Each stage follows the previous one after a few days to a few weeks, all before today.
        gaps = [rng.randint(3, 25) for _ in path[1:]]
        latest = self.today - timedelta(days=1 + sum(gaps))
        # Open deals are still moving: they entered their stage in the last weeks.
        earliest = latest - timedelta(days=45) if final.is_open else self.work_days[0]
        choices = [day for day in self.work_days if earliest <= day <= latest] or self.work_days[:1]
        start = choices[rng.randrange(len(choices))]
        moments = [start]
        for gap in gaps:
            moments.append(moments[-1] + timedelta(days=gap))
        previous: Stage | None = None
        for stage, day in zip(path, moments, strict=True):
            changed = sql_datetime(self.instant(day, 10))
            add(
                "deal_stage_changes",
                (self.uid(), deal_id, previous.value if previous else None, stage.value, changed, changed, changed),
            )  # fmt: skip
            previous = stage
        entered = sql_datetime(self.instant(moments[-1], 10))
        add(
            "deals",
            (
                deal_id, person.id, person.account_id, title, final.value, value, "EUR",
                sql_date(self.today + timedelta(days=rng.randint(5, 90))) if final.is_open else None,
                rng.randint(1, 5), rng.choice(names.LOST_REASONS) if final is Stage.LOST else None,
                entered, None if final.is_open else entered, sql_datetime(last_touch),
                sql_datetime(self.instant(start, 9)), entered,
            ),
        )  # fmt: skip
        if final is Stage.WON:
            self.purchase(person, moments[-1], value, deal_id, add)

    def purchase(
        self, person: Person, day: date, cents: int, deal_id: str | None, add: Add
    ) -> None:
        stamp = sql_datetime(self.instant(day, 12))
        description = "Auftrag" if person.german else "Order"
        add(
            "purchases",
            (self.uid(), person.id, person.account_id, deal_id, sql_date(day), cents, "EUR", description, stamp, stamp),
        )  # fmt: skip

    def referral(self, referrer: str, person: Person, add: Add) -> None:
        """`referrer` introduced `person`; the status follows how far the new contact got."""
        status = {
            Lifecycle.CUSTOMER: ReferralStatus.WON,
            Lifecycle.PROSPECT: ReferralStatus.QUALIFIED,
            Lifecycle.LEAD: self.rng.choice((ReferralStatus.SUBMITTED, ReferralStatus.CONTACTED)),
        }[person.lifecycle]
        if person.state is ContactState.NOT_A_FIT:
            status = ReferralStatus.LOST
        # Referrals came in over the year, mostly before the referred person was worked.
        referred_on = self.work_days[self.rng.randrange(0, max(1, len(self.work_days) * 2 // 3))]
        thanked = None
        if self.rng.random() < 0.6:
            thanked = sql_datetime(self.instant(referred_on + timedelta(days=2), 11))
        stamp = sql_datetime(self.instant(referred_on, 9))
        add(
            "referrals",
            (self.uid(), referrer, person.id, sql_date(referred_on), status.value, thanked, stamp, stamp),
        )  # fmt: skip
