"""Counting a day's done work: the one rule Today, the end-of-day review and the Week view share.

An activity counts as done on a day when it is done, not deleted, and its `done_on` (the working
day it counts for) is that day — the same rule the reports use, read from the partial index
ix_activities_done_on_kind_outcome alone.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, select, text
from sqlalchemy.orm import Session

from tracker.storage.records import ActivityRecord
from tracker.storage.records.work import DONE_LIVE

# Spelled as the partial index's WHERE, as literal SQL: SQLite uses a partial index only when the
# query's terms prove its condition (bound values do not).
_DONE_LIVE = text(f"activities.{DONE_LIVE.replace(' AND ', ' AND activities.')}")


def done_between(first: date, last: date) -> ColumnElement[bool]:
    """Activities done (and not deleted) on the working days first … last."""
    return and_(_DONE_LIVE, ActivityRecord.done_on >= first, ActivityRecord.done_on <= last)


def done_per_day(session: Session, first: date, last: date) -> dict[date, int]:
    """How many activities were done on each working day first … last (days without: absent)."""
    statement = (
        select(ActivityRecord.done_on, func.count())
        .where(done_between(first, last))
        .group_by(ActivityRecord.done_on)
    )
    return {day: int(count) for day, count in session.execute(statement) if day is not None}
