"""The arithmetic of activity summaries: pure functions from counted facts to report figures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain.enums import ActivityKind, GoalMetric, GoalPeriod, Outcome, Stage, Tier
from tracker.domain.reports import (
    ActivityCount,
    ActivityTotals,
    DayFigures,
    DealFigures,
    FunnelStep,
    GoalProgress,
    KindOutcomeCount,
    Period,
    StageMove,
    TierCoverage,
)

CALL_KINDS = frozenset({ActivityKind.CALL, ActivityKind.FOLLOW_UP})
# Forward order of the stages; LOST is not a step forward.
STAGE_RANK: dict[Stage, int] = {
    Stage.NEW: 0,
    Stage.CONTACTED: 1,
    Stage.MEETING_SET: 2,
    Stage.PROPOSAL: 3,
    Stage.NEGOTIATION: 4,
    Stage.WON: 5,
}
FUNNEL_STAGES: tuple[Stage, ...] = tuple(STAGE_RANK)


@dataclass
class _Tally:
    activities: int = 0
    calls: int = 0
    connects: int = 0
    visits: int = 0
    follow_ups: int = 0
    appointments: int = 0
    orders: int = 0
    referrals: int = 0

    def add(self, kind: ActivityKind, outcome: Outcome | None, count: int) -> None:
        self.activities += count
        if kind in CALL_KINDS:
            self.calls += count
            if outcome is not None and outcome.connected:
                self.connects += count
        if kind is ActivityKind.VISIT:
            self.visits += count
        if kind is ActivityKind.FOLLOW_UP:
            self.follow_ups += count
        if outcome is Outcome.APPOINTMENT_SET:
            self.appointments += count
        elif outcome is Outcome.ORDER_TAKEN:
            self.orders += count
        elif outcome is Outcome.REFERRAL_GIVEN:
            self.referrals += count


def metric_value(totals: ActivityTotals, metric: GoalMetric) -> int:
    """The actual figure a goal metric is measured against."""
    return {
        GoalMetric.CALLS: totals.calls,
        GoalMetric.CONNECTS: totals.connects,
        GoalMetric.APPOINTMENTS: totals.appointments,
        GoalMetric.VISITS: totals.visits,
    }[metric]


def summarize_activities(
    counts: Iterable[ActivityCount],
    period: Period,
    *,
    working_days: Collection[int],
    daily_call_goal: int,
    on_site: Mapping[date, int] | None = None,
) -> tuple[ActivityTotals, tuple[DayFigures, ...], tuple[KindOutcomeCount, ...]]:
    """Totals, one row per day (every working day, plus days off with work) and kind × outcome;
    `on_site` is the minutes spent on site per day (visits checked in and out)."""
    on_site = {day: minutes for day, minutes in (on_site or {}).items()
               if period.start <= day <= period.end}  # fmt: skip
    total = _Tally()
    days: dict[date, _Tally] = defaultdict(_Tally)
    pairs: dict[tuple[ActivityKind, Outcome | None], int] = defaultdict(int)
    for item in counts:
        if not period.start <= item.day <= period.end:
            continue
        total.add(item.kind, item.outcome, item.count)
        days[item.day].add(item.kind, item.outcome, item.count)
        pairs[(item.kind, item.outcome)] += item.count
    per_day = tuple(
        DayFigures(
            day=day,
            activities=days[day].activities,
            calls=days[day].calls,
            connects=days[day].connects,
            visits=days[day].visits,
            appointments=days[day].appointments,
            call_goal_met=daily_call_goal > 0 and days[day].calls >= daily_call_goal,
            minutes_on_site=on_site.get(day, 0),
        )
        for day in listed_days(period, working_days, days)
    )
    totals = ActivityTotals(**vars(total), minutes_on_site=sum(on_site.values()))
    return totals, per_day, kind_outcome_counts(pairs)


def kind_outcome_counts(
    pairs: Mapping[tuple[ActivityKind, Outcome | None], int],
) -> tuple[KindOutcomeCount, ...]:
    """Counts per kind and outcome in the reports' order: kinds, then outcomes as declared."""
    kind_order = list(ActivityKind)
    outcome_order = list(Outcome)
    return tuple(
        KindOutcomeCount(kind, outcome, count)
        for (kind, outcome), count in sorted(
            pairs.items(),
            key=lambda item: (
                kind_order.index(item[0][0]),
                -1 if item[0][1] is None else outcome_order.index(item[0][1]),
            ),
        )
    )


def totals_of(counts: Iterable[KindOutcomeCount]) -> ActivityTotals:
    """A period's totals from its counts per kind and outcome (the definitions of `_Tally`)."""
    total = _Tally()
    for item in counts:
        total.add(item.kind, item.outcome, item.count)
    return ActivityTotals(**vars(total))


def listed_days(
    period: Period, working_days: Collection[int], worked: Collection[date]
) -> list[date]:
    """The days a report lists one by one: every working day, and days off with work logged."""
    return [day for day in period.days if day.weekday() in working_days or day in worked]


def per_week(per_day: Iterable[DayFigures]) -> tuple[DayFigures, ...]:
    """The per-day figures summed by week, each keyed by its Monday; a week meets the call goal
    when each of its listed days did."""
    weeks: dict[date, list[DayFigures]] = defaultdict(list)
    for figures in per_day:
        weeks[figures.day - timedelta(days=figures.day.weekday())].append(figures)
    return tuple(
        DayFigures(
            day=monday,
            activities=sum(d.activities for d in items),
            calls=sum(d.calls for d in items),
            connects=sum(d.connects for d in items),
            visits=sum(d.visits for d in items),
            appointments=sum(d.appointments for d in items),
            call_goal_met=all(d.call_goal_met for d in items),
            minutes_on_site=sum(d.minutes_on_site for d in items),
        )
        for monday, items in sorted(weeks.items())
    )


def goal_targets(
    goals: Mapping[tuple[GoalMetric, GoalPeriod], int],
    period: Period,
    *,
    today: date,
    working_days: Collection[int],
) -> dict[GoalMetric, int]:
    """Each metric's target over the period's working days up to today.

    A whole week inside the counted days takes the weekly goal (when one is set); the days of a
    partial week take the daily goal each.
    """
    last = min(period.end, today)
    counted = [d for d in period.days if d <= last and d.weekday() in working_days]
    weeks: dict[date, list[date]] = defaultdict(list)
    for day in counted:
        weeks[day - timedelta(days=day.weekday())].append(day)
    targets: dict[GoalMetric, int] = {}
    for metric in GoalMetric:
        daily = goals.get((metric, GoalPeriod.DAY))
        weekly = goals.get((metric, GoalPeriod.WEEK))
        if daily is None and weekly is None:
            continue
        target = 0
        for monday, days in weeks.items():
            whole = sum(
                1 for n in range(7) if (monday + timedelta(days=n)).weekday() in working_days
            )
            if weekly is not None and len(days) == whole:
                target += weekly
            else:
                target += (daily or 0) * len(days)
        targets[metric] = target
    return targets


def goal_progress(
    targets: Mapping[GoalMetric, int], totals: ActivityTotals
) -> tuple[GoalProgress, ...]:
    return tuple(
        GoalProgress(metric, targets[metric], metric_value(totals, metric))
        for metric in GoalMetric
        if metric in targets
    )


def deal_figures(moves: Iterable[StageMove], start: datetime, end: datetime) -> DealFigures:
    """Deals advanced (moved to a later stage, won included), won with value, and lost in [start, end)."""
    advanced: set[str] = set()
    won: dict[str, int] = {}
    lost: set[str] = set()
    for move in moves:
        if not start <= move.at < end:
            continue
        if move.to_stage is Stage.LOST:
            lost.add(move.deal_id)
            continue
        forward = (
            move.from_stage in STAGE_RANK
            and move.from_stage is not None
            and STAGE_RANK[move.to_stage] > STAGE_RANK[move.from_stage]
        )
        if forward:
            advanced.add(move.deal_id)
        if move.to_stage is Stage.WON:
            won[move.deal_id] = move.value_cents
    return DealFigures(
        advanced=len(advanced), won=len(won), won_value_cents=sum(won.values()), lost=len(lost)
    )


def funnel(
    moves: Iterable[StageMove], start: datetime, end: datetime, current: Mapping[str, Stage]
) -> tuple[FunnelStep, ...]:
    """The cohort funnel of [start, end): per stage, the deals that entered it in the period and
    where they are now (see FunnelStep). `moves` is every recorded move of the deals in `current`
    (each deal's stage now); a move at the same instant as an entry counts as after it."""
    by_deal: dict[str, list[StageMove]] = defaultdict(list)
    for move in moves:
        if move.deal_id in current:
            by_deal[move.deal_id].append(move)
    tally = {stage: [0, 0, 0, 0, 0] for stage in FUNNEL_STAGES}  # entered, moved, won, lost, still
    for deal_id, deal_moves in by_deal.items():
        now = current[deal_id]
        for stage in FUNNEL_STAGES:
            entries = [m.at for m in deal_moves if m.to_stage is stage and start <= m.at < end]
            if not entries:
                continue
            first = min(entries)
            counts = tally[stage]
            counts[0] += 1
            counts[2] += now is Stage.WON
            later = any(
                m.at >= first
                and m.to_stage in STAGE_RANK
                and STAGE_RANK[m.to_stage] > STAGE_RANK[stage]
                for m in deal_moves
            )
            if stage is not Stage.WON and (later or now is Stage.WON):
                counts[1] += 1
            elif now is Stage.LOST:
                counts[3] += 1
            elif now is not Stage.WON:
                counts[4] += 1
    return tuple(FunnelStep(stage, *tally[stage]) for stage in FUNNEL_STAGES)


def tier_coverage(
    accounts: Iterable[tuple[Tier, date | None]],
    windows: Mapping[Tier, tuple[int, int]],
    as_of: date,
) -> tuple[TierCoverage, ...]:
    """Per tier: accounts touched within the ideal window, within the maximum, later, or never.

    `accounts` gives each tiered account's last touch (its working day) on or before `as_of`;
    `windows` maps a tier to its (ideal, maximum) days since the last touch.
    """
    tally: dict[Tier, list[int]] = {tier: [0, 0, 0, 0, 0] for tier in Tier}
    for tier, touched in accounts:
        counts = tally[tier]
        counts[0] += 1
        ideal, maximum = windows.get(tier, (30, 45))
        if touched is None:
            counts[4] += 1
        elif (as_of - touched).days <= ideal:
            counts[1] += 1
        elif (as_of - touched).days <= maximum:
            counts[2] += 1
        else:
            counts[3] += 1
    return tuple(TierCoverage(tier, *tally[tier]) for tier in Tier)
