"""calendar sync (CalDAV): the connected calendar and each appointment's event there

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 09:00:00

New tables only, the laptop's own (not in team sync): no synced table is rebuilt, so no
capture or search trigger is dropped.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(500), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("calendar_url", sa.String(1000), nullable=False),
        sa.Column("calendar_name", sa.String(200), nullable=False),
        sa.Column("sync_token", sa.Text(), nullable=True),
        sa.Column("connected_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_calendar_link"),
    )
    op.create_table(
        "calendar_events",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("activity_id", sa.String(36), nullable=True),
        sa.Column("series_id", sa.String(36), nullable=True),
        sa.Column("uid", sa.String(300), nullable=False),
        sa.Column("href", sa.String(1000), nullable=False),
        sa.Column("etag", sa.String(300), nullable=True),
        sa.Column("local_fingerprint", sa.String(64), nullable=False),
        sa.Column("remote_fingerprint", sa.String(64), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.Column("conflict_ical", sa.Text(), nullable=True),
        sa.Column("conflict_etag", sa.String(300), nullable=True),
        sa.Column("conflict_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name="fk_calendar_events_activity_id_activities",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["activity_series.id"],
            name="fk_calendar_events_series_id_activity_series",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_calendar_events"),
        sa.UniqueConstraint("activity_id", name="uq_calendar_events_activity_id"),
        sa.UniqueConstraint("series_id", name="uq_calendar_events_series_id"),
        sa.UniqueConstraint("href", name="uq_calendar_events_href"),
    )
    op.create_table(
        "calendar_occurrences",
        sa.Column("activity_id", sa.String(36), nullable=False),
        sa.Column("series_id", sa.String(36), nullable=False),
        sa.Column("slot", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name="fk_calendar_occurrences_activity_id_activities",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["activity_series.id"],
            name="fk_calendar_occurrences_series_id_activity_series",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", name="pk_calendar_occurrences"),
    )
    op.create_index("ix_calendar_occurrences_series_id", "calendar_occurrences", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_calendar_occurrences_series_id", table_name="calendar_occurrences")
    op.drop_table("calendar_occurrences")
    op.drop_table("calendar_events")
    op.drop_table("calendar_link")
