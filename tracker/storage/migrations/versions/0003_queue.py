"""queue indexes: fixed-time planned activities by start, parked contacts by park end

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PLANNED_FIXED = "status = 'planned' AND deleted_at IS NULL AND starts_at IS NOT NULL"
PARKED = "state = 'parked' AND deleted_at IS NULL"


def upgrade() -> None:
    # The day's appointments without reading every item due that day.
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_planned_starts_at",
            ["starts_at"],
            unique=False,
            sqlite_where=sa.text(PLANNED_FIXED),
            postgresql_where=sa.text(PLANNED_FIXED),
        )
    # Parked contacts come back by themselves once their date has come.
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_parked_until",
            ["parked_until"],
            unique=False,
            sqlite_where=sa.text(PARKED),
            postgresql_where=sa.text(PARKED),
        )


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_parked_until")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_planned_starts_at")
