"""Activity summaries for a period: one SummaryReport for the Reports view and every export."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain import report_math
from tracker.domain.clock import day_start, rep_day, zone
from tracker.domain.enums import GoalMetric, GoalPeriod
from tracker.domain.reports import (
    Period,
    PeriodKind,
    PipelineStage,
    SummaryReport,
)
from tracker.domain.spreadsheet import neutralize
from tracker.services.context import ServiceContext
from tracker.services.day.goals import GoalsService
from tracker.storage import activity_rows as rows
from tracker.storage import report_deals
from tracker.storage import reports as queries
from tracker.storage.activity_rows import Shape
from tracker.storage.records import GoalRecord

NOTABLE_LIMIT = 20


class ReportService:
    """Reads the figures of a period; never writes."""

    def __init__(self, ctx: ServiceContext, goals: GoalsService) -> None:
        self._ctx = ctx
        self._goals = goals

    def today(self) -> date:
        with self._ctx.db.read() as session:
            return self._ctx.today(session)

    def period(self, kind: PeriodKind) -> Period:
        """The period a named range means today (weeks start on Monday)."""
        return Period.of(kind, self.today())

    def summary(self, period: Period) -> SummaryReport:
        """Every figure of the period, computed in one read transaction."""
        with self._ctx.db.read() as session:
            return self.build(session, period)

    def build(self, session: Session, period: Period) -> SummaryReport:
        prefs = self._ctx.preferences(session)
        today = self._ctx.today(session)
        goals = {
            (metric, goal_period): int(target)
            for metric, goal_period, target in session.execute(
                select(GoalRecord.metric, GoalRecord.period, GoalRecord.target).where(
                    GoalRecord.deleted_at.is_(None)
                )
            )
        }
        daily_call_goal = goals.get((GoalMetric.CALLS, GoalPeriod.DAY), 0)
        working = prefs.working_days
        totals, per_day, by_pair = report_math.summarize_activities(
            queries.activity_counts(session, period.start, period.end),
            period,
            working_days=working,
            daily_call_goal=daily_call_goal,
            on_site=queries.time_on_site(session, period.start, period.end),
        )
        targets = report_math.goal_targets(goals, period, today=today, working_days=working)
        as_of = min(period.end, today)
        streak = self._goals.streak_in(session, as_of)  # the streak Today shows
        begins = day_start(
            period.start, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
        )
        ends = day_start(
            period.end + timedelta(days=1),
            zone_name=prefs.time_zone,
            day_start_hour=prefs.day_start_hour,
        )
        deals, funnel = report_deals.deals_and_funnel(session, begins, ends, now=self._ctx.now())
        pipeline = queries.open_pipeline(session)
        notable, notable_total = queries.notable_outcomes(
            session, period.start, period.end, NOTABLE_LIMIT
        )
        return SummaryReport(
            rep_name=prefs.rep_name,
            period=period,
            generated_at=self._ctx.now(),
            today=today,
            time_zone=prefs.time_zone,
            currency=prefs.currency,
            totals=totals,
            by_kind_outcome=by_pair,
            per_day=per_day,
            goals=report_math.goal_progress(targets, totals),
            daily_call_goal=daily_call_goal,
            streak=streak,
            deals=deals,
            funnel=funnel,
            coverage=report_math.tier_coverage(
                queries.account_last_touches(
                    session,
                    day_start(
                        as_of + timedelta(days=1),
                        zone_name=prefs.time_zone,
                        day_start_hour=prefs.day_start_hour,
                    ),
                    lambda instant: rep_day(
                        instant, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
                    ),
                ),
                queries.tier_windows(session),
                as_of,
            ),
            pipeline=tuple(
                PipelineStage(stage, *pipeline.get(stage, (0, 0)))
                for stage in report_math.FUNNEL_STAGES
                if stage.is_open
            ),
            notable=tuple(notable),
            notable_total=notable_total,
        )

    def activity_rows(
        self,
        session: Session,
        period: Period,
        shape: Shape,
        labels: Mapping[str, str] | None = None,
    ) -> AbstractContextManager[Iterator[list[tuple[Any, ...]]]]:
        """Every done activity of the period as finished spreadsheet rows (see
        tracker.storage.activity_rows), streamed from an open read session in chunks."""
        prefs = self._ctx.preferences(session)
        return rows.activity_rows(
            session, period.start, period.end, shape=shape, zone=zone(prefs.time_zone),
            clean=neutralize, labels=labels,
        )  # fmt: skip
