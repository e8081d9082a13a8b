"""Moving a deal between stages, with the stage history every report relies on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from tracker.domain.enums import Stage
from tracker.storage.records import DealRecord, DealStageChangeRecord


def move_deal_stage(
    session: Session,
    deal: DealRecord,
    to_stage: Stage,
    *,
    at: datetime,
    activity_id: str | None = None,
    lost_reason: str | None = None,
) -> DealStageChangeRecord | None:
    """Record the move and update the deal; returns None when it is already in that stage."""
    if deal.stage is to_stage:
        return None
    change = DealStageChangeRecord(
        deal_id=deal.id,
        from_stage=deal.stage,
        to_stage=to_stage,
        changed_at=at,
        activity_id=activity_id,
    )
    session.add(change)
    deal.stage = to_stage
    deal.stage_entered_at = at
    deal.closed_at = None if to_stage.is_open else at
    deal.lost_reason = lost_reason if to_stage is Stage.LOST else None
    return change
