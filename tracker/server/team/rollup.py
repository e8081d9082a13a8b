"""The team roll-up (`POST /v1/team/report`): every rep's summary of a period, with the figures
and definitions of their own `report --json`, and the team's sums (tracker.domain.team_report).

The counting is PostgreSQL's (tracker.server.team.rollup_sql); this module decides who is on the
report, reads each rep's settings as their laptop last sent them (goals, tier windows, time zone,
working days — the laptop's defaults for a rep who never sent any) and turns the aggregated rows
into `SummaryReport`s with the laptop's own arithmetic (tracker.domain.report_math).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select, text

from tracker.domain import report_math
from tracker.domain.clock import day_start, rep_day
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, GoalMetric, GoalPeriod, Outcome, Stage, Tier
from tracker.domain.goals import DEFAULT_GOALS, STREAK_METRIC
from tracker.domain.preferences import DEFAULT_TIER_POLICIES, Preferences
from tracker.domain.reports import (
    DayFigures,
    DealFigures,
    FunnelStep,
    NotableOutcome,
    Period,
    PipelineStage,
    SummaryReport,
    TierCoverage,
)
from tracker.domain.team_report import NOTABLE_LIMIT, RepReport, TeamReport, team_summary
from tracker.server.schema import MIRRORS, clients, user_settings, users
from tracker.server.team import rollup_sql as sql
from tracker.server.team.common import user_named_any

_DEFAULTS = Preferences()
_DEFAULT_WINDOWS = {p.tier: (p.ideal_days, p.max_days) for p in DEFAULT_TIER_POLICIES}


@dataclass(frozen=True)
class RepSettings:
    """What a rep's laptop last told the server about how it counts (its defaults otherwise)."""

    rep_name: str = ""
    time_zone: str = _DEFAULTS.time_zone
    day_start_hour: int = _DEFAULTS.day_start_hour
    working_days: frozenset[int] = _DEFAULTS.working_days
    currency: str = _DEFAULTS.currency
    goals: dict[tuple[GoalMetric, GoalPeriod], int] = field(
        default_factory=lambda: dict(DEFAULT_GOALS)
    )
    windows: dict[Tier, tuple[int, int]] = field(default_factory=lambda: dict(_DEFAULT_WINDOWS))


def rep_settings(goals: Any, policies: Any, preferences: Any) -> RepSettings:
    """A rep's settings from the stored JSON (None: never sent). A value the server cannot use
    is left at the laptop's default rather than failing the team's report."""
    if goals is None and policies is None:
        return RepSettings()
    read_goals: dict[tuple[GoalMetric, GoalPeriod], int] = {}
    for item in goals or []:
        try:
            key = (GoalMetric(item["metric"]), GoalPeriod(item["period"]))
            read_goals[key] = int(item["target"])
        except (KeyError, TypeError, ValueError):
            continue
    windows: dict[Tier, tuple[int, int]] = {}
    for tier, policy in (policies or {}).items():
        try:
            windows[Tier(tier)] = (int(policy["ideal_days"]), int(policy["max_days"]))
        except (KeyError, TypeError, ValueError):
            continue
    prefs = preferences if isinstance(preferences, dict) else {}
    hour = prefs.get("day_start_hour")
    days = prefs.get("working_days")
    working = (
        frozenset(int(day) for day in days if isinstance(day, int) and 0 <= day <= 6)
        if isinstance(days, list)
        else _DEFAULTS.working_days
    )
    return RepSettings(
        rep_name=str(prefs.get("rep_name") or ""),
        time_zone=str(prefs.get("time_zone") or _DEFAULTS.time_zone),
        day_start_hour=hour if isinstance(hour, int) and 0 <= hour <= 12 else 4,
        working_days=working or _DEFAULTS.working_days,
        currency=str(prefs.get("currency") or _DEFAULTS.currency),
        goals=read_goals,
        windows=windows,
    )


@dataclass(frozen=True)
class Member:
    """A user on the report."""

    id: int
    name: str
    active: bool
    last_sync: datetime | None
    settings: RepSettings


def members(connection: Connection, period: Period, rep: str | None = None) -> list[Member]:
    """Who is on the report: one named user, or every rep (not a manager, access not revoked),
    and anyone else who owns accounts or contacts or did work in the period — a rep who left
    mid-month still counts for what they did, a manager who sells too for their own work."""
    seen = (
        select(clients.c.user_id, func.max(clients.c.last_seen_at).label("at"))
        .group_by(clients.c.user_id)
        .subquery()
    )
    statement = (
        select(
            users.c.id,
            users.c.name,
            users.c.manager,
            users.c.revoked_at,
            seen.c.at,
            user_settings.c.goals,
            user_settings.c.tier_policies,
            user_settings.c.preferences,
        )
        .outerjoin(seen, seen.c.user_id == users.c.id)
        .outerjoin(user_settings, user_settings.c.user_id == users.c.id)
        .order_by(users.c.name)
    )
    if rep is not None:
        statement = statement.where(users.c.id == user_named_any(connection, rep).id)
    rows = [
        row
        for row in connection.execute(statement)
        if rep is not None
        or (not row.manager and row.revoked_at is None)
        or _has_part(connection, row.id, period)
    ]
    return [
        Member(
            id=row.id,
            name=row.name,
            active=row.revoked_at is None,
            last_sync=row.at,
            settings=rep_settings(row.goals, row.tier_policies, row.preferences),
        )
        for row in rows
    ]


def _has_part(connection: Connection, user_id: int, period: Period) -> bool:
    """Whether a manager or a former rep owns accounts or contacts, or did work in the period
    (one index look-up each; asked only for them, never for the many reps)."""
    accounts, contacts, activities = MIRRORS["accounts"], MIRRORS["contacts"], MIRRORS["activities"]
    probes = (
        select(accounts.c.id).where(accounts.c.owner_id == user_id, ~accounts.c.deleted),
        select(contacts.c.id).where(contacts.c.owner_id == user_id, ~contacts.c.deleted),
        select(activities.c.id).where(
            activities.c.author_id == user_id,
            activities.c.done_on.between(period.start, period.end),
            activities.c.status == "done",
            activities.c.deleted_at.is_(None),
            ~activities.c.deleted,  # as ix_activities_done_author's condition says it
        ),
    )
    return any(connection.execute(probe.limit(1)).first() is not None for probe in probes)


def _naive_utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC).replace(tzinfo=None)


def window_of(member: Member, period: Period, now: datetime) -> tuple[sql.RepWindow, date]:
    """The rep's instants and rules for the period, and their today."""
    s = member.settings

    def starts(day: date) -> datetime:
        return _naive_utc(day_start(day, zone_name=s.time_zone, day_start_hour=s.day_start_hour))

    today = rep_day(now, zone_name=s.time_zone, day_start_hour=s.day_start_hour)
    as_of = min(period.end, today)
    window = sql.RepWindow(
        rep=member.id,
        begins=starts(period.start),
        ends=starts(period.end + timedelta(days=1)),
        as_of=as_of,
        touched_before=starts(as_of + timedelta(days=1)),
        time_zone=s.time_zone,
        day_start_hour=s.day_start_hour,
        windows=s.windows,
        streak_target=s.goals.get((STREAK_METRIC, GoalPeriod.DAY), 0),
        working_days=s.working_days,
    )
    return window, today


@dataclass
class _Work:
    """One rep's done work as the statements give it."""

    days: dict[date, list[int]] = field(default_factory=dict)
    on_site: dict[date, int] = field(default_factory=dict)  # minutes on site per day
    pairs: dict[tuple[ActivityKind, Outcome | None], int] = field(default_factory=dict)
    notable: list[NotableOutcome] = field(default_factory=list)


def team_report(
    connection: Connection, period: Period, *, now: datetime, rep: str | None = None
) -> TeamReport:
    """The roll-up of the period (`rep`: only that user). Runs a handful of statements in the
    caller's transaction — a REPEATABLE READ snapshot, so the figures agree with each other."""
    # Compiling a statement's expressions (PostgreSQL's JIT, on by default) takes longer than
    # running these statements does; and a year's deal moves are folded in memory, not in
    # temporary files (a manager's report is rare: its memory is a few hash tables, once).
    connection.execute(text("SET LOCAL jit = off"))
    connection.execute(text("SET LOCAL work_mem = '32MB'"))
    people = members(connection, period, rep)
    ids = [member.id for member in people]
    windows, todays = {}, {}
    for member in people:
        windows[member.id], todays[member.id] = window_of(member, period, now)
    work: dict[int, _Work] = defaultdict(_Work)
    if ids:
        for row in sql.activity_figures(connection, ids, period.start, period.end):
            if row.per_pair:
                key = (ActivityKind(row.kind), Outcome(row.outcome) if row.outcome else None)
                work[row.rep].pairs[key] = int(row.activities)
            elif row.day is not None:
                work[row.rep].days[row.day] = [
                    int(row.activities),
                    int(row.calls),
                    int(row.connects),
                    int(row.visits),
                    int(row.appointments),
                ]
        for rep_id, day, minutes in sql.minutes_on_site(connection, ids, period.start, period.end):
            work[rep_id].on_site[day] = int(minutes)
        for rep_id, day, first, last, account, kind, outcome, note in sql.notable(
            connection, ids, period.start, period.end, NOTABLE_LIMIT
        ):
            work[rep_id].notable.append(
                NotableOutcome(
                    day, display_name(first, last), account, ActivityKind(kind), Outcome(outcome), note
                )
            )  # fmt: skip
    listed = [windows[member.id] for member in people]
    deals = sql.deal_figures(connection, listed) if ids else {}
    covered = sql.coverage(connection, listed) if ids else {}
    open_deals = sql.pipeline(connection, ids) if ids else {}
    streaks = sql.streaks(connection, listed) if ids else {}
    reports = tuple(
        RepReport(
            user=member.name,
            active=member.active,
            last_sync=member.last_sync,
            summary=_summary(
                member,
                period,
                generated_at=now,
                today=todays[member.id],
                work=work[member.id],
                deals=deals.get(member.id),
                coverage={tier: covered.get((member.id, tier.value)) for tier in Tier},
                pipeline={stage: open_deals.get((member.id, stage.value)) for stage in Stage},
                streak=streaks.get(member.id, 0),
            ),
        )
        for member in people
    )
    return TeamReport(
        period=period,
        generated_at=now,
        reps=reports,
        team=team_summary([r.summary for r in reports], period, now, [r.user for r in reports]),
    )


def _summary(
    member: Member,
    period: Period,
    *,
    generated_at: datetime,
    today: date,
    work: _Work,
    deals: list[int] | None,
    coverage: dict[Tier, list[int] | None],
    pipeline: dict[Stage, tuple[int, int] | None],
    streak: int,
) -> SummaryReport:
    """One rep's SummaryReport from the aggregated rows, as their laptop's ReportService builds
    it (tracker/services/reports/summary.py)."""
    s = member.settings
    daily_call_goal = s.goals.get((GoalMetric.CALLS, GoalPeriod.DAY), 0)
    by_pair = report_math.kind_outcome_counts(work.pairs)
    on_site = sum(work.on_site.values())
    totals = replace(report_math.totals_of(by_pair), minutes_on_site=on_site)
    per_day = []
    for day in report_math.listed_days(period, s.working_days, work.days):
        activities, calls, connects, visits, appointments = work.days.get(day, [0] * 5)
        met = daily_call_goal > 0 and calls >= daily_call_goal
        minutes = work.on_site.get(day, 0)
        figures = DayFigures(day, activities, calls, connects, visits, appointments, met, minutes)
        per_day.append(figures)
    targets = report_math.goal_targets(s.goals, period, today=today, working_days=s.working_days)
    moved = deals or [0] * (4 + 4 * len(report_math.FUNNEL_STAGES))
    steps = []
    for rank, stage in enumerate(report_math.FUNNEL_STAGES):
        entered, onward, won, lost = moved[4 + 4 * rank : 8 + 4 * rank]
        settled = won if stage is Stage.WON else onward  # what is not still open
        steps.append(FunnelStep(stage, entered, onward, won, lost, entered - settled - lost))
    notable_total = sum(item.count for item in by_pair if item.outcome in sql.NOTABLE_OUTCOMES)
    return SummaryReport(
        rep_name=s.rep_name,
        period=period,
        generated_at=generated_at,
        today=today,
        time_zone=s.time_zone,
        currency=s.currency,
        totals=totals,
        by_kind_outcome=by_pair,
        per_day=tuple(per_day),
        goals=report_math.goal_progress(targets, totals),
        daily_call_goal=daily_call_goal,
        streak=streak,
        deals=DealFigures(*moved[:4]),
        funnel=tuple(steps),
        coverage=tuple(TierCoverage(tier, *(coverage[tier] or [0, 0, 0, 0, 0])) for tier in Tier),
        pipeline=tuple(
            PipelineStage(stage, *(pipeline[stage] or (0, 0)))
            for stage in report_math.FUNNEL_STAGES
            if stage.is_open
        ),
        notable=tuple(work.notable),
        notable_total=notable_total,
    )
