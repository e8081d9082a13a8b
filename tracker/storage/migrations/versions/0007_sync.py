"""team mode: conflicts that travel, and the laptop's sync bookkeeping

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 08:00:00

Nothing here changes a solo book's behaviour: the capture triggers that feed the outbox are
created only when the book joins a team (tracker.sync.capture), not by this migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("column_name", sa.String(60), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("other_value", sa.Text(), nullable=True),
        sa.Column("kept_by", sa.String(100), nullable=False),
        sa.Column("other_by", sa.String(100), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
    )
    op.create_index("ix_sync_conflicts_row_id", "sync_conflicts", ["row_id"])
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("capture", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("server_url", sa.String(300), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("next_batch", sa.Integer(), nullable=False),
        sa.Column("upload_table", sa.Integer(), nullable=True),
        sa.Column("upload_after", sa.String(36), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_state"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(1), nullable=False),
        sa.Column("cols", sa.Text(), nullable=True),
        sa.Column("wall_ms", sa.BigInteger(), nullable=False),
        sa.Column("base", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_sync_outbox"),
    )
    op.create_index("ix_sync_outbox_tbl_row_id", "sync_outbox", ["tbl", "row_id"])
    op.create_table(
        "sync_pending",
        sa.Column("batch_no", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("upto", sa.BigInteger(), nullable=True),
        sa.Column("upload_table", sa.Integer(), nullable=True),
        sa.Column("upload_after", sa.String(36), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("batch_no", name="pk_sync_pending"),
    )
    op.create_table(
        "sync_waiting",
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("target", sa.String(36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name="pk_sync_waiting"),
    )
    op.create_index("ix_sync_waiting_target", "sync_waiting", ["target"])
    op.create_table(
        "sync_dangling",
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("col", sa.String(60), nullable=False),
        sa.Column("target", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", "col", name="pk_sync_dangling"),
    )
    op.create_index("ix_sync_dangling_target", "sync_dangling", ["target"])
    op.create_table(
        "sync_refusals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("refused_at", sa.DateTime(), nullable=False),
        sa.Column("settled", sa.Integer(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_refusals"),
    )


def downgrade() -> None:
    for table in (
        "sync_refusals",
        "sync_dangling",
        "sync_waiting",
        "sync_pending",
        "sync_outbox",
        "sync_state",
        "sync_conflicts",
    ):
        op.drop_table(table)
