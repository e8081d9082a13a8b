"""field visits: the visit columns of activities, contacts' coordinates, visit time edits

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-08 08:00:00

Sync schema 3: laptops send check-in/out, the visit report and the route order with their
activities, coordinates with their contacts, and the audit of visit times changed afterwards
(mirror table visit_time_edits).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

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
    op.create_table(
        "visit_time_edits",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("checked_in_before", sa.DateTime(), nullable=True),
        sa.Column("checked_out_before", sa.DateTime(), nullable=True),
        sa.Column("checked_in_after", sa.DateTime(), nullable=True),
        sa.Column("checked_out_after", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("meta", JSONB(), nullable=False),
        sa.Column("sole_client", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_visit_time_edits"),
    )
    op.create_index("ix_visit_time_edits_owner_seq", "visit_time_edits", ["owner_id", "seq"])
    op.create_index("ix_visit_time_edits_seq", "visit_time_edits", ["seq"])


def downgrade() -> None:
    op.drop_table("visit_time_edits")
    op.drop_column("contacts", "longitude")
    op.drop_column("contacts", "latitude")
    for name, _kind in reversed(ACTIVITY_COLUMNS):
        op.drop_column("activities", name)
