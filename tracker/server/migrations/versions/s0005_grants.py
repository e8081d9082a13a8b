"""books change hands by their roots: grants, and indexes to read a root's subtree

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-06 12:00:00

Assigning, handing over and sharing no longer renumber every row under the moved accounts and
contacts: the new owner gets one grant per root (their laptops pull the root's subtree when
they reach it), the old owner one revocation per root (their laptops drop the subtree), and a
child row's visibility follows its contact or account (docs/SYNC.md, "Books changing hands").
The indexes find a root's rows by the column that hangs them on it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None

# Written out: a migration stays as it was when later code changes.
SUBTREE_KEYS = (
    ("contact_phones", "contact_id"),
    ("contact_emails", "contact_id"),
    ("contact_tags", "contact_id"),
    ("notes", "contact_id"),
    ("notes", "account_id"),
    ("activity_series", "contact_id"),
    ("deals", "contact_id"),
    ("visit_time_edits", "contact_id"),
    ("deal_stage_changes", "deal_id"),
    ("purchases", "contact_id"),
    ("referrals", "referrer_id"),
)


def upgrade() -> None:
    op.create_table(
        "grants",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("root_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "tbl", "root_id", name="pk_grants"),
    )
    op.create_index("ix_grants_user_id_seq", "grants", ["user_id", "seq"])
    for table, column in SUBTREE_KEYS:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in SUBTREE_KEYS:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
    op.drop_index("ix_grants_user_id_seq", table_name="grants")
    op.drop_table("grants")
