"""reports and imports: a covering index for done work per day; import batches keep their undo

The partial index (done_on, kind, outcome) of done, live activities lets every report count a
period's work from the index alone. `import_batches.undo_data` keeps what an import changed in
existing rows, so "Undo last import" restores it even after a restart.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


DONE_LIVE = "status = 'done' AND deleted_at IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.add_column(sa.Column("undo_data", sa.Text(), nullable=True))
    op.create_index(
        "ix_activities_done_on_kind_outcome",
        "activities",
        ["done_on", "kind", "outcome"],
        unique=False,
        sqlite_where=sa.text(DONE_LIVE),
        postgresql_where=sa.text(DONE_LIVE),
    )


def downgrade() -> None:
    op.drop_index("ix_activities_done_on_kind_outcome", table_name="activities")
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("undo_data")
