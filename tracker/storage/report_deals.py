"""Deal figures and the stage funnel of a period, aggregated by SQLite.

A year of a large book holds hundreds of thousands of stage changes; turning each into a Python
object took seconds. These statements compute exactly what `tracker.domain.report_math`
`deal_figures` and `funnel` define (tests/tracker/storage/test_report_deals.py compares them).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.report_math import FUNNEL_STAGES, STAGE_RANK
from tracker.domain.reports import DealFigures, FunnelStep
from tracker.storage.bulk import sql_datetime

_RANK = (
    "CASE {column} "
    + " ".join(f"WHEN '{stage.value}' THEN {rank}" for stage, rank in STAGE_RANK.items())
    + " END"
)

_MOVES = (
    "SELECT m.deal_id, m.changed_at, m.from_stage, m.to_stage,"
    f" {_RANK.format(column='m.from_stage')} AS from_rank,"
    f" {_RANK.format(column='m.to_stage')} AS to_rank"
    " FROM deal_stage_changes AS m NOT INDEXED"
    " WHERE m.deleted_at IS NULL AND m.changed_at >= :start AND m.changed_at < :end"
    " AND m.deal_id NOT IN (SELECT id FROM deals WHERE deleted_at IS NOT NULL)"
)

_DEAL_FIGURES = text(
    f"WITH moves AS MATERIALIZED ({_MOVES})"
    " SELECT"
    "  (SELECT count(DISTINCT deal_id) FROM moves WHERE to_stage != 'lost'"
    "   AND from_rank IS NOT NULL AND to_rank > from_rank),"
    "  (SELECT count(*) FROM (SELECT DISTINCT deal_id FROM moves WHERE to_stage = 'won')),"
    "  (SELECT coalesce(sum(d.value_cents), 0) FROM deals AS d"
    "   WHERE d.id IN (SELECT deal_id FROM moves WHERE to_stage = 'won')),"
    "  (SELECT count(DISTINCT deal_id) FROM moves WHERE to_stage = 'lost')"
)

# For each deal, stage and its first entry in the period: did the deal reach a higher stage at
# or after that entry? (A later move with a higher rank, or one at the same instant.) One window
# over each deal's moves in time order gives every move the best rank that follows it; the best
# after a stage's first entry is the largest of those over the stage's entries, because the first
# entry's followers include every later entry's.
_FUNNEL = text(
    f"WITH moves AS ({_MOVES}),"
    " ranked AS (SELECT deal_id, to_rank,"
    "   max(to_rank) OVER (PARTITION BY deal_id ORDER BY changed_at, to_rank"
    "     ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS best_after"
    "   FROM moves WHERE to_stage != 'lost'),"
    " entered AS (SELECT to_rank, max(best_after) AS best FROM ranked GROUP BY deal_id, to_rank)"
    " SELECT to_rank, count(*), sum(coalesce(best, -1) > to_rank) FROM entered GROUP BY to_rank"
)


def _bounds(start: datetime, end: datetime) -> dict[str, str | None]:
    return {"start": sql_datetime(start), "end": sql_datetime(end)}


def deal_figures(session: Session, start: datetime, end: datetime) -> DealFigures:
    """Deals advanced, won (with their value) and lost in [start, end)."""
    advanced, won, value, lost = session.execute(_DEAL_FIGURES, _bounds(start, end)).one()
    return DealFigures(
        advanced=int(advanced), won=int(won), won_value_cents=int(value), lost=int(lost)
    )


def funnel(session: Session, start: datetime, end: datetime) -> tuple[FunnelStep, ...]:
    """Per stage: deals entering it in [start, end), and how many of those moved further."""
    found = {
        int(rank): (int(entered), int(moved or 0))
        for rank, entered, moved in session.execute(_FUNNEL, _bounds(start, end))
    }
    return tuple(
        FunnelStep(stage, *found.get(rank, (0, 0))) for rank, stage in enumerate(FUNNEL_STAGES)
    )
