"""index for the cohort funnel: every live stage change in deal order

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 08:00:00

A report's stage funnel follows the deals that entered each stage in the period to where they
are now, which reads each deal's moves since the period began. For a long period (a year of a
big book is ~500,000 moves) this covering index lets SQLite read them in deal order without
touching the table or sorting. Partial (live rows only) and holding `deleted_at`, so SQLite
treats it as covering.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NAME = "ix_deal_stage_changes_history"
COLUMNS = ["deal_id", "changed_at", "to_stage", "from_stage", "deleted_at"]
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_index(NAME, "deal_stage_changes", COLUMNS, sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index(NAME, table_name="deal_stage_changes")
