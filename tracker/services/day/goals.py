"""Goals against what was done today and this week, and the streak (see tracker.domain.goals)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.domain.enums import ActivityKind, ActivityStatus, GoalPeriod, Outcome
from tracker.domain.goals import (
    STREAK_METRIC,
    DoneCounts,
    GoalProgress,
    GoalsSnapshot,
    count_done,
    progress,
    streak_length,
    week_start,
)
from tracker.services.context import ServiceContext
from tracker.storage.records import ActivityRecord, GoalRecord

STREAK_LIMIT_DAYS = 730


def done_counts(session: Session, first: date, last: date) -> DoneCounts:
    """What was done on the working days first … last."""
    statement = (
        select(ActivityRecord.kind, ActivityRecord.outcome, func.count())
        .where(
            ActivityRecord.done_on >= first,
            ActivityRecord.done_on <= last,
            ActivityRecord.status == ActivityStatus.DONE,
            ActivityRecord.deleted_at.is_(None),
        )
        .group_by(ActivityRecord.kind, ActivityRecord.outcome)
    )
    rows = [
        (ActivityKind(kind), Outcome(outcome) if outcome else None, int(count))
        for kind, outcome, count in session.execute(statement)
    ]
    return count_done(rows)


_TOUCHES_UP_TO = "SELECT count(*) FROM (SELECT 1 FROM activities WHERE done_on = ? LIMIT ?)"


def touches_up_to(session: Session, day: date, cap: int) -> int:
    """Done activities on the day, counted no further than `cap` (plain SQL: runs per day)."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return int(raw.execute(_TOUCHES_UP_TO, (day.isoformat(), cap)).fetchone()[0])


def touches_per_day(session: Session, first: date, last: date) -> dict[date, int]:
    """Done activities per day (read from the done_on index alone)."""
    statement = (
        select(ActivityRecord.done_on, func.count())
        .where(ActivityRecord.done_on >= first, ActivityRecord.done_on <= last)
        .group_by(ActivityRecord.done_on)
    )
    return {day: int(count) for day, count in session.execute(statement) if day is not None}


class GoalsService:
    """Today's goals, this week's, and the streak; past days' counts are remembered."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._past: dict[date, int] = {}  # touches on days before today: they do not change

    def snapshot(self, day: date | None = None, *, week: bool = False) -> GoalsSnapshot:
        """Progress on the daily goals (and weekly ones when asked) and the streak."""
        with self._ctx.db.read() as session:
            prefs = self._ctx.preferences(session)
            today = day or self._ctx.today(session)
            targets = {
                (metric, period): target
                for metric, period, target in session.execute(
                    select(GoalRecord.metric, GoalRecord.period, GoalRecord.target).where(
                        GoalRecord.deleted_at.is_(None)
                    )
                )
            }
            daily_done = done_counts(session, today, today)
            weekly: tuple[GoalProgress, ...] = ()
            if week:
                weekly_done = done_counts(session, week_start(today), today)
                weekly = progress(targets, GoalPeriod.WEEK, weekly_done)
            target = targets.get((STREAK_METRIC, GoalPeriod.DAY), 0)
            streak = self._streak(session, today, target, prefs.is_working_day)
        return GoalsSnapshot(
            day=today,
            daily=progress(targets, GoalPeriod.DAY, daily_done),
            weekly=weekly,
            streak=streak,
            streak_target=target,
        )

    def streak_in(self, session: Session, day: date) -> int:
        """The streak as it stood on `day`, read in the caller's transaction (reports use it)."""
        prefs = self._ctx.preferences(session)
        target = session.scalar(
            select(GoalRecord.target).where(
                GoalRecord.metric == STREAK_METRIC,
                GoalRecord.period == GoalPeriod.DAY,
                GoalRecord.deleted_at.is_(None),
            )
        )
        return self._streak(session, day, int(target or 0), prefs.is_working_day)

    def _streak(
        self, session: Session, today: date, target: int, is_working: Callable[[date], bool]
    ) -> int:
        """The streak: past working days back from yesterday until one missed the goal.

        A past day only needs to be known to reach the goal, so each is counted up to `target`
        (a handful of index entries, however busy the day was) and remembered: past days do
        not change.
        """
        if target <= 0:
            return 0
        counts = {today: touches_per_day(session, today, today).get(today, 0)}
        limit = today - timedelta(days=STREAK_LIMIT_DAYS)
        day = today - timedelta(days=1)
        while day >= limit:
            if is_working(day):
                if day not in self._past:
                    self._past[day] = touches_up_to(session, day, target)
                counts[day] = self._past[day]
                if counts[day] < target:
                    break
            day -= timedelta(days=1)
        return streak_length(
            counts, today=today, target=target, is_working_day=is_working, since=max(day, limit)
        )
