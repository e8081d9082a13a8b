"""undo steps kept in the book, so an undo works across processes and restarts

Until now the undo history lived in the memory of one process: `groundgame undo` had nothing to
take back and the app never saw what a command did. `undo_steps` keeps each undoable action's
label and row journal, written in the action's own transaction and pruned to the undo depth.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "undo_steps",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("tables", sa.Text(), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undo_steps")),
        sa.UniqueConstraint("seq", name=op.f("uq_undo_steps_seq")),
    )


def downgrade() -> None:
    op.drop_table("undo_steps")
