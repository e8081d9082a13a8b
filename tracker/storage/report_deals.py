"""Deal figures and the cohort funnel of a period, aggregated by SQLite in one pass.

A year of a large book holds hundreds of thousands of stage changes; turning each into a Python
object took seconds. One statement computes exactly what `tracker.domain.report_math`
`deal_figures` and `funnel` define (tests/tracker/storage/test_report_deals.py compares them):
each deal's moves since the period began are folded into a handful of times — its first entry
into each stage within the period, and its last move to each stage — and the funnel follows from
comparing those, with the deal's stage now for won, lost and still open.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.enums import Stage
from tracker.domain.report_math import FUNNEL_STAGES, STAGE_RANK
from tracker.domain.reports import DealFigures, FunnelStep
from tracker.storage.bulk import sql_datetime

# Reading the moves of the period's deals from ix_deal_stage_changes_history (every live move, in
# deal order, covering) beats the changed_at index once the period began this long ago; for
# recent periods the changed_at range is small and the planner takes it.
HISTORY_SCAN_AFTER_DAYS = 62

_FORWARD = tuple(
    f"{earlier.value}>{later.value}"
    for earlier, first in STAGE_RANK.items()
    for later, second in STAGE_RANK.items()
    if second > first
)


# One seek in ix_deal_stage_changes_changed_at.
_LATEST_MOVE = "SELECT max(changed_at) FROM deal_stage_changes"


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


@cache
def _statement(scan_history: bool, bounded: bool = True) -> str:
    """The statement; `bounded` False leaves out the checks against the period's end, for when
    no move was recorded at or after it (a period up to today: a tenth less work)."""
    hint = "INDEXED BY ix_deal_stage_changes_history" if scan_history else ""
    before_end = "m.changed_at < :end AND " if bounded else ""
    stages = [stage.value for stage in FUNNEL_STAGES]
    firsts = [
        f"min(CASE WHEN {before_end}m.to_stage = '{stage}' THEN m.changed_at END) AS first_{rank}"
        for rank, stage in enumerate(stages)
    ]
    lasts = [
        f"max(CASE WHEN m.to_stage = '{stage}' THEN m.changed_at END) AS last_{rank}"
        for rank, stage in enumerate(stages)
        if rank > 0
    ]
    per_deal = (
        "SELECT m.deal_id, " + ", ".join(firsts + lasts) + ","
        f" max({before_end}(m.from_stage || '>' || m.to_stage)"
        f" IN ({_quoted(_FORWARD)})) AS advanced_in,"
        f" max({before_end}m.to_stage = 'won') AS won_in,"
        f" max({before_end}m.to_stage = 'lost') AS lost_in"
        f" FROM deal_stage_changes AS m {hint}"
        " WHERE m.deleted_at IS NULL AND m.changed_at >= :start GROUP BY m.deal_id"
    )
    # later_r: the last time the deal moved to any stage after r ('' when it never did).
    laters = [
        "max("
        + ", ".join(f"coalesce(last_{k}, '')" for k in range(rank + 1, len(stages)))
        + ", '')"
        + f" AS later_{rank}"
        for rank in range(len(stages) - 1)
    ]
    per_stage = []
    for rank in range(len(stages)):
        entered = f"p.first_{rank} IS NOT NULL"
        moved = (
            f"({entered} AND (p.later_{rank} >= p.first_{rank} OR d.stage = 'won'))"
            if rank < len(stages) - 1
            else "0"
        )
        per_stage += [
            f"sum({entered})",
            f"sum({moved})",
            f"sum({entered} AND d.stage = 'won')",
            f"sum({entered} AND NOT {moved} AND d.stage = 'lost')",
        ]
    return (
        f"WITH folded AS ({per_deal}),"
        f" p AS (SELECT folded.*, {', '.join(laters)} FROM folded)"
        " SELECT sum(p.advanced_in), sum(p.won_in),"
        " sum(CASE WHEN p.won_in THEN d.value_cents ELSE 0 END), sum(p.lost_in), "
        + ", ".join(per_stage)
        + " FROM p JOIN deals AS d ON d.id = p.deal_id WHERE d.deleted_at IS NULL"
    )


def deals_and_funnel(
    session: Session, start: datetime, end: datetime, *, now: datetime
) -> tuple[DealFigures, tuple[FunnelStep, ...]]:
    """Deals advanced, won (with their value) and lost in [start, end); and per stage the deals
    that entered it in [start, end) with where they are now (every move since `start` counts;
    `now` only decides how to read them)."""
    scan_history = now - start > timedelta(days=HISTORY_SCAN_AFTER_DAYS)
    bounds = {"start": sql_datetime(start), "end": sql_datetime(end)}
    latest = session.execute(text(_LATEST_MOVE)).scalar()
    bounded = latest is not None and latest >= bounds["end"]
    row = session.execute(text(_statement(scan_history, bounded)), bounds).one()
    numbers = [int(value or 0) for value in row]
    figures = DealFigures(
        advanced=numbers[0], won=numbers[1], won_value_cents=numbers[2], lost=numbers[3]
    )
    steps = []
    for rank, stage in enumerate(FUNNEL_STAGES):
        entered, moved, won, lost = numbers[4 + 4 * rank : 8 + 4 * rank]
        settled = won if stage is Stage.WON else moved  # what is not still open
        steps.append(FunnelStep(stage, entered, moved, won, lost, entered - settled - lost))
    return figures, tuple(steps)
