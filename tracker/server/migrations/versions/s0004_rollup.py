"""the team roll-up: the laptops' preferences, each account's last touch, indexes

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-08 12:00:00

The roll-up (tracker/server/team/rollup_sql.py) counts done work per author and day, each
contact's last touch and the stage moves of a period from these indexes, and reads each
account's last touch from account_touches (kept by every push from now on, filled here from the
history so far; tracker/server/touches.py). Laptops now send their time zone, day start, working
days, currency and name with their goals (user_settings.preferences, null until a laptop of this
version syncs).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL AND NOT deleted"


def upgrade() -> None:
    op.add_column("user_settings", sa.Column("preferences", JSONB(), nullable=True))
    op.create_table(
        "account_touches",
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name="pk_account_touches"),
    )
    op.create_index(
        "ix_activities_done_author",
        "activities",
        ["author_id", "done_on", "kind", "outcome"],
        postgresql_where=sa.text(f"status = 'done' AND {LIVE}"),
    )
    op.create_index(
        "ix_activities_on_site_author",
        "activities",
        ["author_id", "done_on"],
        postgresql_include=["checked_in_at", "checked_out_at"],
        postgresql_where=sa.text(
            f"status = 'done' AND {LIVE} AND kind = 'visit' "
            "AND checked_in_at IS NOT NULL AND checked_out_at IS NOT NULL"
        ),
    )
    op.create_index(
        "ix_activities_contact_completed",
        "activities",
        ["contact_id", "completed_at"],
        postgresql_include=["deleted"],
    )
    op.create_index("ix_contacts_account_id", "contacts", ["account_id"])
    op.create_index(
        "ix_deal_stage_changes_changed_at",
        "deal_stage_changes",
        ["changed_at"],
        postgresql_include=["deal_id", "author_id", "from_stage", "to_stage"],
        postgresql_where=sa.text(LIVE),
    )
    op.create_index(
        "ix_deal_stage_changes_deal_changed",
        "deal_stage_changes",
        ["deal_id", "changed_at"],
        postgresql_include=["to_stage"],
        postgresql_where=sa.text(LIVE),
    )
    # Every account's last touch so far (pushes keep it from now on). Written out: a migration
    # stays as it was when later code changes.
    op.execute(
        "INSERT INTO account_touches (account_id, last_at) "
        "SELECT c.account_id, max(x.completed_at) "
        "FROM contacts AS c JOIN activities AS x ON x.contact_id = c.id "
        "WHERE c.account_id IS NOT NULL AND c.deleted_at IS NULL AND NOT c.deleted "
        "AND NOT x.deleted AND x.completed_at IS NOT NULL GROUP BY c.account_id"
    )


def downgrade() -> None:
    for table, index in (
        ("deal_stage_changes", "ix_deal_stage_changes_deal_changed"),
        ("deal_stage_changes", "ix_deal_stage_changes_changed_at"),
        ("contacts", "ix_contacts_account_id"),
        ("activities", "ix_activities_contact_completed"),
        ("activities", "ix_activities_on_site_author"),
        ("activities", "ix_activities_done_author"),
    ):
        op.drop_index(index, table_name=table)
    op.drop_table("account_touches")
    op.drop_column("user_settings", "preferences")
