"""search triggers: deleting a contact's e-mails or tags with the contact itself

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 08:00:00

When a contact row is deleted, its e-mails and tags go by cascade, and their delete triggers
refreshed the contact's search document from a contact that no longer exists (a NULL body, which
the table refuses). The refresh now runs only while the contact is still there.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

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
DETAIL_TABLES = ("contact_emails", "contact_tags")


def _delete_trigger(table: str, *, guarded: bool) -> str:
    guard = " AND EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id)" if guarded else ""
    return (
        f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN\n"
        f"UPDATE search_documents SET body = (SELECT {CONTACT_BODY} FROM contacts AS c"
        f" WHERE c.id = old.contact_id) WHERE kind = 'contact' AND ref_id = old.contact_id{guard};\n"
        "END"
    )


def upgrade() -> None:
    for table in DETAIL_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_ad")
        op.execute(_delete_trigger(table, guarded=True))


def downgrade() -> None:
    for table in DETAIL_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_ad")
        op.execute(_delete_trigger(table, guarded=False))
