"""the team server: users, tokens, laptops, the change sequence, and the mirror tables

Revision ID: s0001
Revises:
Create Date: 2026-12-06 10:00:00

The mirror tables hold the laptop's synced columns (sync schema 1, tracker.sync.tables) plus the
row's owner, the sequence number of its last change, a tombstone flag and each field's clock.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("meta", JSONB(), nullable=False),
        sa.Column("sole_client", sa.Integer(), server_default=sa.text("0"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("one_time", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("manager", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("device", sa.String(200), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_tokens_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_tokens_token_hash"),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("last_batch", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=True),
        sa.Column("last_answer", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_clients_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_clients"),
        sa.UniqueConstraint("number", name="uq_clients_number"),
    )
    op.create_table(
        "sync_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_head"),
    )
    op.execute("INSERT INTO sync_head (id, seq) VALUES (1, 0)")
    op.execute("CREATE SEQUENCE sync_seq")
    op.execute("CREATE SEQUENCE client_numbers")
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tier", sa.String(1), nullable=True),
        sa.Column("phone", sa.String(32), nullable=True),
        sa.Column("website", sa.String(200), nullable=True),
        sa.Column("street", sa.String(200), nullable=True),
        sa.Column("postal_code", sa.String(20), nullable=True),
        sa.Column("city", sa.String(100), nullable=True),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_touch_at", sa.DateTime(), nullable=True),
        sa.Column("next_touch_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
    )
    op.create_index("ix_accounts_owner_seq", "accounts", ["owner_id", "seq"])
    op.create_index("ix_accounts_seq", "accounts", ["seq"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("job_title", sa.String(100), nullable=True),
        sa.Column("street", sa.String(200), nullable=True),
        sa.Column("postal_code", sa.String(20), nullable=True),
        sa.Column("city", sa.String(100), nullable=True),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("source", sa.String(100), nullable=True),
        sa.Column("referred_by_id", sa.String(36), nullable=True),
        sa.Column("lifecycle", sa.String(32), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("parked_until", sa.Date(), nullable=True),
        sa.Column("state_reason", sa.String(200), nullable=True),
        sa.Column("fit", sa.Integer(), nullable=True),
        sa.Column("readiness", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_touch_at", sa.DateTime(), nullable=True),
        sa.Column("unanswered_attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    op.create_index("ix_contacts_owner_seq", "contacts", ["owner_id", "seq"])
    op.create_index("ix_contacts_seq", "contacts", ["seq"])
    op.create_table(
        "contact_phones",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_contact_phones"),
    )
    op.create_index("ix_contact_phones_owner_seq", "contact_phones", ["owner_id", "seq"])
    op.create_index("ix_contact_phones_seq", "contact_phones", ["seq"])
    op.create_table(
        "contact_emails",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("address", sa.String(254), nullable=False),
        sa.Column("normalized", sa.String(254), nullable=False),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_contact_emails"),
    )
    op.create_index("ix_contact_emails_owner_seq", "contact_emails", ["owner_id", "seq"])
    op.create_index("ix_contact_emails_seq", "contact_emails", ["seq"])
    op.create_table(
        "contact_tags",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("tag", sa.String(60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_contact_tags"),
    )
    op.create_index("ix_contact_tags_owner_seq", "contact_tags", ["owner_id", "seq"])
    op.create_index("ix_contact_tags_seq", "contact_tags", ["seq"])
    op.create_table(
        "notes",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_notes"),
    )
    op.create_index("ix_notes_owner_seq", "notes", ["owner_id", "seq"])
    op.create_index("ix_notes_seq", "notes", ["seq"])
    op.create_table(
        "activity_series",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("rrule", sa.String(500), nullable=False),
        sa.Column("local_start", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(300), nullable=True),
        sa.Column("materialized_until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_activity_series"),
    )
    op.create_index("ix_activity_series_owner_seq", "activity_series", ["owner_id", "seq"])
    op.create_index("ix_activity_series_seq", "activity_series", ["seq"])
    op.create_table(
        "deals",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("value_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("readiness", sa.Integer(), nullable=True),
        sa.Column("lost_reason", sa.String(200), nullable=True),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_deals"),
    )
    op.create_index("ix_deals_owner_seq", "deals", ["owner_id", "seq"])
    op.create_index("ix_deals_seq", "deals", ["seq"])
    op.create_table(
        "activities",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("deal_id", sa.String(36), nullable=True),
        sa.Column("series_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("local_start", sa.DateTime(), nullable=True),
        sa.Column("time_zone", sa.String(64), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(300), nullable=True),
        sa.Column("buried_on", sa.Date(), nullable=True),
        sa.Column("cadence_code", sa.String(40), nullable=True),
        sa.Column("cadence_step", sa.Integer(), nullable=True),
        sa.Column("previous_id", sa.String(36), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_activities"),
    )
    op.create_index("ix_activities_owner_seq", "activities", ["owner_id", "seq"])
    op.create_index("ix_activities_seq", "activities", ["seq"])
    op.create_table(
        "deal_stage_changes",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("deal_id", sa.String(36), nullable=False),
        sa.Column("from_stage", sa.String(32), nullable=True),
        sa.Column("to_stage", sa.String(32), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("activity_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_deal_stage_changes"),
    )
    op.create_index("ix_deal_stage_changes_owner_seq", "deal_stage_changes", ["owner_id", "seq"])
    op.create_index("ix_deal_stage_changes_seq", "deal_stage_changes", ["seq"])
    op.create_table(
        "purchases",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("deal_id", sa.String(36), nullable=True),
        sa.Column("activity_id", sa.String(36), nullable=True),
        sa.Column("purchased_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("description", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_purchases"),
    )
    op.create_index("ix_purchases_owner_seq", "purchases", ["owner_id", "seq"])
    op.create_index("ix_purchases_seq", "purchases", ["seq"])
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("referrer_id", sa.String(36), nullable=False),
        sa.Column("referred_id", sa.String(36), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("thanked_at", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.String(36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
    )
    op.create_index("ix_referrals_owner_seq", "referrals", ["owner_id", "seq"])
    op.create_index("ix_referrals_seq", "referrals", ["seq"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(36), nullable=False),
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
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        *sync_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
    )
    op.create_index("ix_sync_conflicts_owner_seq", "sync_conflicts", ["owner_id", "seq"])
    op.create_index("ix_sync_conflicts_seq", "sync_conflicts", ["seq"])


MIRRORS = (
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


def downgrade() -> None:
    for table in (*MIRRORS, "sync_head", "clients", "tokens", "users"):
        op.drop_table(table)
    op.execute("DROP SEQUENCE sync_seq")
    op.execute("DROP SEQUENCE client_numbers")
