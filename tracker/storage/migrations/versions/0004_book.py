"""indexes for the contacts and accounts lists, pipeline, base and phone search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 06:00:00

Indexes: each lets a list, the pipeline board or the Base read an index instead of 100,000 table
rows. They are partial (live rows only) and also hold the columns of their WHERE clause, since
SQLite treats a partial index as covering only then.

Search triggers: moving an e-mail or a tag to another contact (a merge, or its undo) now refreshes
the search document of the contact it left as well as the one it joined.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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


# The contact document body exactly as 0001 defines it (copied: migrations stay self-contained).
CONTACT_BODY = """
    trim(
        coalesce(c.job_title, '') || ' ' || coalesce(c.city, '') || ' ' ||
        coalesce((SELECT group_concat(address, ' ') FROM contact_emails
                  WHERE contact_id = c.id AND deleted_at IS NULL), '') || ' ' ||
        coalesce((SELECT group_concat(tag, ' ') FROM contact_tags
                  WHERE contact_id = c.id AND deleted_at IS NULL), '') || ' ' ||
        coalesce(c.notes, '')
    )
"""


def _refresh(contact_id: str) -> str:
    return (
        f"UPDATE search_documents SET body = (SELECT {CONTACT_BODY} FROM contacts AS c"
        f" WHERE c.id = {contact_id}) WHERE kind = 'contact' AND ref_id = {contact_id};"
    )


def _update_trigger(table: str, *, both: bool) -> str:
    refresh = _refresh("new.contact_id")
    if both:
        refresh = _refresh("old.contact_id") + "\n" + refresh
    return f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN\n{refresh}\nEND"


DETAIL_TABLES = ("contact_emails", "contact_tags")


def upgrade() -> None:
    for table in DETAIL_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_au")
        op.execute(_update_trigger(table, both=True))
    # Plain CREATE INDEX (no batch mode): nothing here needs a table rebuilt, and a rebuilt
    # table would lose its search triggers.
    for table, name, columns, where in INDEXES:
        if where is None:
            op.create_index(name, table, columns, unique=False)
        else:
            op.create_index(
                name, table, columns, unique=False, sqlite_where=where, postgresql_where=where
            )


def downgrade() -> None:
    for table in DETAIL_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_au")
        op.execute(_update_trigger(table, both=False))
    for table, name, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
