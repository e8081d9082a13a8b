"""team mode, part 2: call lists sent by a sales manager

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "call_lists",
        *_tracked(),
        sa.Column("campaign_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("due_from", sa.Date(), nullable=True),
        sa.Column("due_to", sa.Date(), nullable=True),
        sa.Column("sent_by", sa.String(100), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_call_lists"),
    )
    op.create_index("ix_call_lists_campaign_id", "call_lists", ["campaign_id"])
    op.create_table(
        "call_list_entries",
        *_tracked(),
        sa.Column("list_id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["call_lists.id"],
            name="fk_call_list_entries_list_id_call_lists",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_call_list_entries_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_call_list_entries"),
    )
    op.create_index("ix_call_list_entries_list_id", "call_list_entries", ["list_id"])
    op.create_index("ix_call_list_entries_contact_id", "call_list_entries", ["contact_id"])


def downgrade() -> None:
    op.drop_table("call_list_entries")
    op.drop_table("call_lists")
