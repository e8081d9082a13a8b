"""The pipeline board from SQL: per stage the count, value, stalled count and the cards shown.

Every figure comes from the partial index ix_deals_live_stage; only the cards shown (at most
BOARD_LIMIT per stage) are joined with their contacts and accounts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.clock import day_start, rep_day
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import Stage
from tracker.domain.pipeline import (
    BOARD_LIMIT,
    STAGE_ORDER,
    DealCard,
    StageMove,
    idle_days,
    is_stalled,
)
from tracker.domain.preferences import Preferences
from tracker.storage.sql_values import day, instant

_STAGE_FILTER = "d.deleted_at IS NULL AND d.stage = :stage AND d.stage_entered_at >= :since"
_TOTALS = f"""
SELECT count(*), coalesce(sum(d.value_cents), 0),
       sum(d.stage_entered_at < :idle_before
           AND (d.last_activity_at IS NULL OR d.last_activity_at < :idle_before))
FROM deals AS d WHERE {_STAGE_FILTER}
"""
_CARDS = f"""
SELECT d.id, d.title, d.contact_id, c.first_name, c.last_name, a.name, d.stage, d.value_cents,
       d.currency, d.stage_entered_at, d.last_activity_at, d.expected_close, d.readiness,
       d.lost_reason
FROM deals AS d JOIN contacts AS c ON c.id = d.contact_id
LEFT JOIN accounts AS a ON a.id = d.account_id
WHERE {_STAGE_FILTER}
ORDER BY d.stage_entered_at {{direction}}, d.id LIMIT :limit
"""
_CARD = """
SELECT d.id, d.title, d.contact_id, c.first_name, c.last_name, a.name, d.stage, d.value_cents,
       d.currency, d.stage_entered_at, d.last_activity_at, d.expected_close, d.readiness,
       d.lost_reason
FROM deals AS d JOIN contacts AS c ON c.id = d.contact_id
LEFT JOIN accounts AS a ON a.id = d.account_id
WHERE d.id = :id AND d.deleted_at IS NULL
"""
_MOVES = """
SELECT from_stage, to_stage, changed_at FROM deal_stage_changes
WHERE deal_id = :id AND deleted_at IS NULL ORDER BY changed_at, id
"""
# The furthest stage each deal entered (won counts as past every open stage); lost is -1.
_FURTHEST = """
SELECT furthest, count(*) FROM (
    SELECT max(CASE sc.to_stage {cases} ELSE -1 END) AS furthest
    FROM deal_stage_changes AS sc WHERE sc.deleted_at IS NULL GROUP BY sc.deal_id
) GROUP BY furthest
""".format(
    cases=" ".join(f"WHEN '{stage.value}' THEN {rank}" for rank, stage in enumerate(STAGE_ORDER))
)

StageTotals = tuple[int, int, int]


def _stamp(value: datetime) -> str:
    return value.replace(tzinfo=None).isoformat(" ")


def stage_totals(
    session: Session, stage: Stage, *, since: datetime, idle_before: datetime
) -> StageTotals:
    """(deals, value in cents, stalled deals) in a stage, entered since `since`."""
    row = session.execute(
        text(_TOTALS),
        {"stage": stage.value, "since": _stamp(since), "idle_before": _stamp(idle_before)},
    ).one()
    stalled = int(row[2] or 0) if stage.is_open else 0
    return int(row[0]), int(row[1]), stalled


def stage_cards(
    session: Session,
    stage: Stage,
    *,
    since: datetime,
    prefs: Preferences,
    today: date,
    limit: int = BOARD_LIMIT,
) -> list[DealCard]:
    """The cards of a stage: open stages longest-waiting first, closed ones newest first."""
    direction = "ASC" if stage.is_open else "DESC"
    params: dict[str, Any] = {"stage": stage.value, "since": _stamp(since), "limit": limit}
    cards = []
    for row in session.execute(text(_CARDS.format(direction=direction)), params):
        cards.append(card_from_row(row, prefs=prefs, today=today))
    return cards


def card_from_row(row: Any, *, prefs: Preferences, today: date) -> DealCard:
    entered = instant(row[9])
    assert entered is not None
    last_activity = instant(row[10])

    def local(value: datetime) -> date:
        return rep_day(value, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)

    stage = Stage(row[6])
    entered_on = local(entered)
    idle = idle_days(
        stage_entered_on=entered_on,
        last_activity_on=local(last_activity) if last_activity else None,
        today=today,
    )
    return DealCard(
        id=row[0],
        title=row[1],
        contact_id=row[2],
        contact=display_name(row[3], row[4]),
        account=row[5],
        stage=stage,
        value_cents=int(row[7]),
        currency=row[8],
        stage_entered_at=entered,
        last_activity_at=last_activity,
        expected_close=day(row[11]),
        readiness=row[12],
        lost_reason=row[13],
        days_in_stage=max(0, (today - entered_on).days),
        idle_days=idle,
        stalled=is_stalled(idle, stage, prefs.stalled_days),
    )


def deal_card(
    session: Session, deal_id: str, *, prefs: Preferences, today: date
) -> DealCard | None:
    """One live deal as the board shows it, or None."""
    row = session.execute(text(_CARD), {"id": deal_id}).first()
    return card_from_row(row, prefs=prefs, today=today) if row is not None else None


def stage_moves(session: Session, deal_id: str) -> list[StageMove]:
    """Every recorded move of a deal, oldest first."""
    moves = []
    for from_stage, to_stage, changed_at in session.execute(text(_MOVES), {"id": deal_id}):
        at = instant(changed_at)
        assert at is not None
        moves.append(StageMove(Stage(from_stage) if from_stage else None, Stage(to_stage), at))
    return moves


def furthest_stages(session: Session) -> dict[int, int]:
    """How many deals got furthest to each stage rank (see tracker.domain.pipeline)."""
    return {int(rank): int(count) for rank, count in session.execute(text(_FURTHEST))}


def idle_cutoff(prefs: Preferences, today: date) -> datetime:
    """Deals with nothing since this instant are stalled (more than stalled_days idle)."""
    from datetime import timedelta

    return day_start(
        today - timedelta(days=prefs.stalled_days),
        zone_name=prefs.time_zone,
        day_start_hour=prefs.day_start_hour,
    )
