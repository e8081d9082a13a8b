"""The SQL deal figures and cohort funnel agree with their definitions in report_math."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from tracker.domain import report_math
from tracker.domain.enums import Stage
from tracker.domain.reports import StageMove
from tracker.storage import report_deals
from tracker.storage.engine import Database
from tracker.storage.migrate import ensure_schema
from tracker.storage.records import ContactRecord, DealRecord, DealStageChangeRecord

START = datetime(2026, 11, 2, tzinfo=UTC)
END = datetime(2026, 11, 30, tzinfo=UTC)

# (stage, day, hour): few hours, so some moves of a deal fall on the same instant.
moves_of_a_deal = st.lists(
    st.tuples(st.sampled_from(list(Stage)), st.integers(-5, 33), st.integers(0, 2)),
    min_size=1,
    max_size=6,
)


def database(folder: Path) -> Database:
    path = folder / "deals.sqlite3"
    if not path.exists():
        ensure_schema(path, backup_dir=folder / "backups")
    return Database(path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    deals=st.lists(
        st.tuples(moves_of_a_deal, st.integers(0, 50_000), st.booleans(), st.booleans()),
        max_size=6,
    ),
    recent=st.booleans(),
    open_end=st.booleans(),
)
def test_sql_matches_the_definitions(
    tmp_path: Path, deals: list, recent: bool, open_end: bool
) -> None:  # type: ignore[type-arg]
    """Random stage histories (some deals deleted, some whose stage now is not their last move,
    moves before, in and after the period, at the same instant): the SQL figures equal
    report_math.deal_figures and report_math.funnel on the same moves, whichever way SQLite
    reads them — also for a period ending after every recorded move (no end to check)."""
    end = START + timedelta(days=40) if open_end else END
    db = database(tmp_path)
    moves: list[StageMove] = []
    current: dict[str, Stage] = {}
    now = END + timedelta(days=1) if recent else START + timedelta(days=400)
    try:
        with db.write() as session:
            session.execute(delete(DealStageChangeRecord))
            session.execute(delete(DealRecord))
            contact = ContactRecord(first_name="Ann")
            session.add(contact)
            session.flush()
            for history, value, deleted, off_history in deals:
                stage_now = Stage.WON if off_history else history[-1][0]
                deal = DealRecord(
                    contact_id=contact.id, title="d", value_cents=value, stage_entered_at=START,
                    stage=stage_now, deleted_at=START if deleted else None,
                )  # fmt: skip
                session.add(deal)
                session.flush()
                previous: Stage | None = None
                for stage, day, hour in history:
                    at = START + timedelta(days=day, hours=hour)
                    session.add(
                        DealStageChangeRecord(
                            deal_id=deal.id, from_stage=previous, to_stage=stage, changed_at=at
                        )
                    )
                    if not deleted:
                        moves.append(StageMove(deal.id, previous, stage, at, value))
                    previous = stage
                if not deleted:
                    current[deal.id] = stage_now
        with db.read() as session:
            figures, funnel = report_deals.deals_and_funnel(session, START, end, now=now)
        assert figures == report_math.deal_figures(moves, START, end)
        assert funnel == report_math.funnel(moves, START, end, current)
    finally:
        db.dispose()
