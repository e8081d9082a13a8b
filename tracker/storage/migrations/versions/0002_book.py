"""indexes for the contacts and accounts lists, pipeline, base and phone search

Revision ID: 0002_book
Revises: 0001
Create Date: 2026-11-28 06:00:00

Only indexes: each lets a list, the pipeline board or the Base read an index instead of 100,000
table rows. They are partial (live rows only) and also hold the columns of their WHERE clause,
since SQLite treats a partial index as covering only then.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_book"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
PLANNED_LIVE = sa.text("status = 'planned' AND deleted_at IS NULL")

# (table, index name, columns, partial condition)
INDEXES: list[tuple[str, str, list[str], sa.TextClause | None]] = [
    ("accounts", "ix_accounts_live_name", ["name", "id", "deleted_at"], LIVE),
    ("accounts", "ix_accounts_phone", ["phone"], None),
    (
        "contacts",
        "ix_contacts_live_name",
        [
            "last_name",
            "first_name",
            "id",
            "lifecycle",
            "state",
            "account_id",
            "last_touch_at",
            "deleted_at",
        ],
        LIVE,
    ),
    ("contacts", "ix_contacts_live_last_touch", ["last_touch_at", "id", "deleted_at"], LIVE),
    (
        "deals",
        "ix_deals_live_stage",
        [
            "stage",
            "stage_entered_at",
            "value_cents",
            "last_activity_at",
            "deleted_at",
        ],
        LIVE,
    ),
    (
        "deal_stage_changes",
        "ix_deal_stage_changes_reached",
        ["deal_id", "to_stage", "deleted_at"],
        LIVE,
    ),
    (
        "purchases",
        "ix_purchases_live_contact",
        ["contact_id", "purchased_on", "amount_cents", "deleted_at"],
        LIVE,
    ),
    (
        "activities",
        "ix_activities_planned_contact",
        [
            "contact_id",
            "due_on",
            "status",
            "deleted_at",
        ],
        PLANNED_LIVE,
    ),
]


def upgrade() -> None:
    for table, name, columns, where in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            if where is None:
                batch_op.create_index(name, columns, unique=False)
            else:
                batch_op.create_index(
                    name, columns, unique=False, sqlite_where=where, postgresql_where=where
                )


def downgrade() -> None:
    for table, name, _columns, where in reversed(INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if where is None:
                batch_op.drop_index(name)
            else:
                batch_op.drop_index(name, sqlite_where=where, postgresql_where=where)
