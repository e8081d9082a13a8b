"""the manager's side: authors, shares, territories, revocations, handovers, call lists, settings

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-06 12:00:00

Sync schema 2: the laptops' call lists travel (mirror tables call_lists, call_list_entries).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

OLD_MIRRORS = (
    "accounts",
    "contacts",
    "contact_phones",
    "contact_emails",
    "contact_tags",
    "notes",
    "activity_series",
    "deals",
    "activities",
    "deal_stage_changes",
    "purchases",
    "referrals",
    "sync_conflicts",
)


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("meta", JSONB(), nullable=False),
        sa.Column("sole_client", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
    ]


def _indexes(table: str) -> None:
    op.create_index(f"ix_{table}_owner_seq", table, ["owner_id", "seq"])
    op.create_index(f"ix_{table}_seq", table, ["seq"])


def upgrade() -> None:
    for table in OLD_MIRRORS:
        op.add_column(table, sa.Column("author_id", sa.Integer(), nullable=True))
    op.execute("UPDATE activities SET author_id = owner_id")  # before: one rep per book
    op.create_table(
        "call_lists",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("campaign_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("due_from", sa.Date(), nullable=True),
        sa.Column("due_to", sa.Date(), nullable=True),
        sa.Column("sent_by", sa.String(100), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_call_lists"),
    )
    _indexes("call_lists")
    op.create_table(
        "call_list_entries",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("list_id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_call_list_entries"),
    )
    _indexes("call_list_entries")
    op.create_table(
        "shares",
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_shares_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("account_id", "user_id", name="pk_shares"),
    )
    op.create_index("ix_shares_user_id", "shares", ["user_id"])
    op.create_table(
        "territories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(20), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_territories_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_territories"),
        sa.UniqueConstraint("prefix", name="uq_territories_prefix"),
    )
    op.create_table(
        "revocations",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "tbl", "row_id", name="pk_revocations"),
    )
    op.create_index("ix_revocations_user_id_seq", "revocations", ["user_id", "seq"])
    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("from_user", sa.Integer(), nullable=False),
        sa.Column("to_user", sa.Integer(), nullable=False),
        sa.Column("postcode", sa.String(20), nullable=True),
        sa.Column("accounts", JSONB(), nullable=False),
        sa.Column("contacts", JSONB(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_handovers"),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("due_from", sa.Date(), nullable=True),
        sa.Column("due_to", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_campaigns"),
    )
    op.create_table(
        "user_settings",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("goals", JSONB(), nullable=False),
        sa.Column("tier_policies", JSONB(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_user_settings_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name="pk_user_settings"),
    )


def downgrade() -> None:
    for table in (
        "user_settings",
        "campaigns",
        "handovers",
        "revocations",
        "territories",
        "shares",
        "call_list_entries",
        "call_lists",
    ):
        op.drop_table(table)
    for table in OLD_MIRRORS:
        op.drop_column(table, "author_id")
