"""field visits: check-in/out and the visit report on activities, contacts' coordinates, the
audit of visit times changed afterwards, the day's route order

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 08:00:00

Every column is added with ALTER TABLE … ADD COLUMN, which SQLite does without copying the
table: activities keep their search and sync capture triggers. (A team book's capture triggers
name the synced columns; `Book.open` re-creates them when they differ from what they should be,
so the new columns are captured from the first write on.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

ON_SITE = sa.text("status = 'planned' AND deleted_at IS NULL AND checked_in_at IS NOT NULL")

ACTIVITY_COLUMNS = (
    ("checked_in_at", sa.DateTime()),
    ("checked_out_at", sa.DateTime()),
    ("met_with", sa.String(200)),
    ("topics", sa.String(500)),
    ("order_value_cents", sa.BigInteger()),
    ("route_position", sa.Integer()),
)


def upgrade() -> None:
    for name, kind in ACTIVITY_COLUMNS:
        op.add_column("activities", sa.Column(name, kind, nullable=True))
    op.add_column("contacts", sa.Column("latitude", sa.Float(), nullable=True))
    op.add_column("contacts", sa.Column("longitude", sa.Float(), nullable=True))
    op.create_index(
        "ix_activities_on_site",
        "activities",
        ["checked_in_at"],
        sqlite_where=ON_SITE,
        postgresql_where=ON_SITE,
    )
    op.create_table(
        "visit_time_edits",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("checked_in_before", sa.DateTime(), nullable=True),
        sa.Column("checked_out_before", sa.DateTime(), nullable=True),
        sa.Column("checked_in_after", sa.DateTime(), nullable=True),
        sa.Column("checked_out_after", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name="fk_visit_time_edits_activity_id_activities",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_visit_time_edits_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_visit_time_edits"),
    )
    op.create_index("ix_visit_time_edits_activity_id", "visit_time_edits", ["activity_id"])
    op.create_index("ix_visit_time_edits_contact_id", "visit_time_edits", ["contact_id"])


def downgrade() -> None:
    op.drop_table("visit_time_edits")
    op.drop_index("ix_activities_on_site", table_name="activities")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("longitude")
        batch.drop_column("latitude")
    with op.batch_alter_table("activities") as batch:
        for name, _kind in reversed(ACTIVITY_COLUMNS):
            batch.drop_column(name)
