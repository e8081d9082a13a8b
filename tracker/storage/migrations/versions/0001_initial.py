"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 05:11:10.057822
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# The search index (hand-written: Alembic does not manage FTS5). One row per searchable thing in
# search_documents, kept by triggers, so every write — service, import, undo or merge — keeps it
# current without the code having to remember; an external-content FTS5 table indexes it.
# Update triggers name their columns so that denormalised fields (last touch …) cost nothing here.
CONTACT_BODY = """
    trim(
        coalesce({c}.job_title, '') || ' ' || coalesce({c}.city, '') || ' ' ||
        coalesce((SELECT group_concat(address, ' ') FROM contact_emails
                  WHERE contact_id = {c}.id AND deleted_at IS NULL), '') || ' ' ||
        coalesce((SELECT group_concat(tag, ' ') FROM contact_tags
                  WHERE contact_id = {c}.id AND deleted_at IS NULL), '') || ' ' ||
        coalesce({c}.notes, '')
    )
"""
CONTACT_TITLE = "trim({c}.first_name || ' ' || {c}.last_name)"


def _contact_doc(alias: str) -> str:
    return (
        "INSERT INTO search_documents (kind, ref_id, owner_id, title, body) "
        f"SELECT 'contact', {alias}.id, {alias}.id, {CONTACT_TITLE.format(c=alias)}, "
        f"{CONTACT_BODY.format(c=alias)} WHERE {alias}.deleted_at IS NULL;"
    )


def _refresh_contact(contact_id: str) -> str:
    return (
        "UPDATE search_documents SET body = "
        f"(SELECT {CONTACT_BODY.format(c='c')} FROM contacts AS c WHERE c.id = {contact_id}) "
        f"WHERE kind = 'contact' AND ref_id = {contact_id};"
    )


SEARCH_DDL = [
    """
    CREATE TABLE search_documents (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        owner_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE UNIQUE INDEX search_documents_ref ON search_documents (kind, ref_id)",
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body,
        content = 'search_documents', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )
    """,
    # With trusted_schema=OFF triggers may not write to FTS5 tables, so triggers only queue what
    # changed; tracker.storage.search_index.sync_search_index applies the queue before each commit.
    """
    CREATE TABLE search_changes (
        id INTEGER PRIMARY KEY,
        doc_rowid INTEGER NOT NULL,
        old_title TEXT,
        old_body TEXT,
        reindex INTEGER NOT NULL
    )
    """,
    """
    CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid, reindex) VALUES (new.rowid, 1);
    END
    """,
    """
    CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid, old_title, old_body, reindex)
        VALUES (old.rowid, old.title, old.body, 0);
    END
    """,
    """
    CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_changes (doc_rowid, old_title, old_body, reindex)
        VALUES (old.rowid, old.title, old.body, 0);
        INSERT INTO search_changes (doc_rowid, reindex) VALUES (new.rowid, 1);
    END
    """,
    f"""
    CREATE TRIGGER search_contacts_ai AFTER INSERT ON contacts BEGIN
        {_contact_doc("new")}
    END
    """,
    f"""
    CREATE TRIGGER search_contacts_au
    AFTER UPDATE OF first_name, last_name, job_title, city, notes, deleted_at ON contacts BEGIN
        DELETE FROM search_documents WHERE kind = 'contact' AND ref_id = old.id;
        {_contact_doc("new")}
    END
    """,
    """
    CREATE TRIGGER search_contacts_ad AFTER DELETE ON contacts BEGIN
        DELETE FROM search_documents WHERE kind = 'contact' AND ref_id = old.id;
    END
    """,
    *[
        f"""
        CREATE TRIGGER search_{table}_{suffix} AFTER {event} ON {table} BEGIN
            {_refresh_contact(f"{row}.contact_id")}
        END
        """
        for table in ("contact_emails", "contact_tags")
        for suffix, event, row in (
            ("ai", "INSERT", "new"),
            ("au", "UPDATE", "new"),
            ("ad", "DELETE", "old"),
        )
    ],
    """
    CREATE TRIGGER search_accounts_ai AFTER INSERT ON accounts WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_documents (kind, ref_id, owner_id, title, body)
        VALUES ('account', new.id, new.id, new.name,
                trim(coalesce(new.city, '') || ' ' || coalesce(new.notes, '')));
    END
    """,
    """
    CREATE TRIGGER search_accounts_au
    AFTER UPDATE OF name, city, notes, deleted_at ON accounts BEGIN
        DELETE FROM search_documents WHERE kind = 'account' AND ref_id = old.id;
        INSERT INTO search_documents (kind, ref_id, owner_id, title, body)
        SELECT 'account', new.id, new.id, new.name,
               trim(coalesce(new.city, '') || ' ' || coalesce(new.notes, ''))
        WHERE new.deleted_at IS NULL;
    END
    """,
    """
    CREATE TRIGGER search_accounts_ad AFTER DELETE ON accounts BEGIN
        DELETE FROM search_documents WHERE kind = 'account' AND ref_id = old.id;
    END
    """,
    *[
        f"""
        CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table}
        WHEN new.{column} IS NOT NULL AND new.{column} != '' AND new.deleted_at IS NULL BEGIN
            INSERT INTO search_documents (kind, ref_id, owner_id, title, body)
            VALUES ('note', new.id, new.contact_id, '', new.{column});
        END
        """
        for table, column in (("notes", "body"), ("activities", "note"))
    ],
    *[
        f"""
        CREATE TRIGGER search_{table}_au AFTER UPDATE OF {column}, deleted_at, contact_id ON {table}
        BEGIN
            DELETE FROM search_documents WHERE kind = 'note' AND ref_id = old.id;
            INSERT INTO search_documents (kind, ref_id, owner_id, title, body)
            SELECT 'note', new.id, new.contact_id, '', new.{column}
            WHERE new.{column} IS NOT NULL AND new.{column} != '' AND new.deleted_at IS NULL;
        END
        """
        for table, column in (("notes", "body"), ("activities", "note"))
    ],
    *[
        f"""
        CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM search_documents WHERE kind = 'note' AND ref_id = old.id;
        END
        """
        for table in ("notes", "activities")
    ],
]


def upgrade() -> None:
    op.create_table(
        "cadences",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cadences")),
        sa.UniqueConstraint("code", name=op.f("uq_cadences_code")),
    )
    op.create_table(
        "goals",
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
        sa.UniqueConstraint("metric", "period", name=op.f("uq_goals_metric")),
    )
    op.create_table(
        "import_batches",
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "import_mappings",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("name", name=op.f("uq_import_mappings_name")),
    )
    op.create_table(
        "preferences",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preferences")),
    )
    op.create_table(
        "tier_policies",
        sa.Column("tier", sa.String(length=1), nullable=False),
        sa.Column("ideal_days", sa.Integer(), nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=False),
        sa.Column("touch_kind", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_policies")),
        sa.UniqueConstraint("tier", name=op.f("uq_tier_policies_tier")),
    )
    op.create_table(
        "accounts",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.String(length=1), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_touch_at", sa.DateTime(), nullable=True),
        sa.Column("next_touch_on", sa.Date(), nullable=True),
        sa.Column("import_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_batches.id"],
            name=op.f("fk_accounts_import_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index("ix_accounts_name", ["name"], unique=False)
        batch_op.create_index(
            "ix_accounts_tier_next_touch_on", ["tier", "next_touch_on"], unique=False
        )

    op.create_table(
        "cadence_steps",
        sa.Column("cadence_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cadence_id"],
            ["cadences.id"],
            name=op.f("fk_cadence_steps_cadence_id_cadences"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cadence_steps")),
        sa.UniqueConstraint("cadence_id", "position", name=op.f("uq_cadence_steps_cadence_id")),
    )
    op.create_table(
        "contacts",
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("job_title", sa.String(length=100), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("source", sa.String(length=100), nullable=True),
        sa.Column("referred_by_id", sa.String(length=36), nullable=True),
        sa.Column("lifecycle", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("parked_until", sa.Date(), nullable=True),
        sa.Column("state_reason", sa.String(length=200), nullable=True),
        sa.Column("fit", sa.Integer(), nullable=True),
        sa.Column("readiness", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_touch_at", sa.DateTime(), nullable=True),
        sa.Column("unanswered_attempts", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_contacts_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_batches.id"],
            name=op.f("fk_contacts_import_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["contacts.id"],
            name=op.f("fk_contacts_referred_by_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_import_id"), ["import_id"], unique=False)
        batch_op.create_index(
            "ix_contacts_last_name_first_name", ["last_name", "first_name"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_referred_by_id"), ["referred_by_id"], unique=False
        )
        batch_op.create_index(
            "ix_contacts_untouched_leads",
            ["fit"],
            unique=False,
            sqlite_where=sa.text(
                "last_touch_at IS NULL AND deleted_at IS NULL AND lifecycle = 'lead'"
            ),
            postgresql_where=sa.text(
                "last_touch_at IS NULL AND deleted_at IS NULL AND lifecycle = 'lead'"
            ),
        )

    op.create_table(
        "activity_series",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("local_start", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("materialized_until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_activity_series_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_series")),
    )
    with op.batch_alter_table("activity_series", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_series_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "contact_emails",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("normalized", sa.String(length=254), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_emails_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_emails")),
    )
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_emails_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_emails_normalized"), ["normalized"], unique=False
        )

    op.create_table(
        "contact_phones",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_phones_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_phones")),
    )
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_phones_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_phones_number"), ["number"], unique=False)

    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=60), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_tags_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_tags")),
        sa.UniqueConstraint("contact_id", "tag", name=op.f("uq_contact_tags_contact_id")),
    )
    with op.batch_alter_table("contact_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_tags_tag"), ["tag"], unique=False)

    op.create_table(
        "deals",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("value_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("readiness", sa.Integer(), nullable=True),
        sa.Column("lost_reason", sa.String(length=200), nullable=True),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("import_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_deals_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_deals_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_batches.id"],
            name=op.f("fk_deals_import_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deals_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index("ix_deals_stage", ["stage"], unique=False)

    op.create_table(
        "notes",
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_notes_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_notes_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "activities",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("local_start", sa.DateTime(), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("buried_on", sa.Date(), nullable=True),
        sa.Column("cadence_code", sa.String(length=40), nullable=True),
        sa.Column("cadence_step", sa.Integer(), nullable=True),
        sa.Column("previous_id", sa.String(length=36), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_activities_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_activities_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_activities_deal_id_deals"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_batches.id"],
            name=op.f("fk_activities_import_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["activities.id"],
            name=op.f("fk_activities_previous_id_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["activity_series.id"],
            name=op.f("fk_activities_series_id_activity_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index("ix_activities_account_id", ["account_id"], unique=False)
        batch_op.create_index(
            "ix_activities_contact_id_completed_at", ["contact_id", "completed_at"], unique=False
        )
        batch_op.create_index("ix_activities_deal_id", ["deal_id"], unique=False)
        batch_op.create_index("ix_activities_done_on", ["done_on"], unique=False)
        batch_op.create_index(
            "ix_activities_planned_due_on",
            ["due_on"],
            unique=False,
            sqlite_where=sa.text("status = 'planned' AND deleted_at IS NULL"),
            postgresql_where=sa.text("status = 'planned' AND deleted_at IS NULL"),
        )

    op.create_table(
        "deal_stage_changes",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("from_stage", sa.String(length=32), nullable=True),
        sa.Column("to_stage", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_deal_stage_changes_activity_id_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_deal_stage_changes_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_stage_changes")),
    )
    with op.batch_alter_table("deal_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deal_stage_changes_changed_at"), ["changed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deal_stage_changes_deal_id"), ["deal_id"], unique=False
        )

    op.create_table(
        "purchases",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("purchased_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_purchases_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_purchases_activity_id_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_purchases_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_purchases_deal_id_deals"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
    )
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purchases_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchases_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_purchases_purchased_on"), ["purchased_on"], unique=False
        )

    op.create_table(
        "referrals",
        sa.Column("referrer_id", sa.String(length=36), nullable=False),
        sa.Column("referred_id", sa.String(length=36), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("thanked_at", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_referrals_activity_id_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referred_id"],
            ["contacts.id"],
            name=op.f("fk_referrals_referred_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referrer_id"],
            ["contacts.id"],
            name=op.f("fk_referrals_referrer_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_referred_id"), ["referred_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_referrer_id"), ["referrer_id"], unique=False)

    for statement in SEARCH_DDL:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_documents")
    op.execute("DROP TABLE IF EXISTS search_changes")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_referrer_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_referred_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchases_purchased_on"))
        batch_op.drop_index(batch_op.f("ix_purchases_contact_id"))
        batch_op.drop_index(batch_op.f("ix_purchases_account_id"))

    op.drop_table("purchases")
    with op.batch_alter_table("deal_stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_stage_changes_deal_id"))
        batch_op.drop_index(batch_op.f("ix_deal_stage_changes_changed_at"))

    op.drop_table("deal_stage_changes")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_activities_planned_due_on",
            sqlite_where=sa.text("status = 'planned' AND deleted_at IS NULL"),
            postgresql_where=sa.text("status = 'planned' AND deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_activities_done_on")
        batch_op.drop_index("ix_activities_deal_id")
        batch_op.drop_index("ix_activities_contact_id_completed_at")
        batch_op.drop_index("ix_activities_account_id")

    op.drop_table("activities")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_contact_id"))
        batch_op.drop_index(batch_op.f("ix_notes_account_id"))

    op.drop_table("notes")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index("ix_deals_stage")
        batch_op.drop_index(batch_op.f("ix_deals_contact_id"))
        batch_op.drop_index(batch_op.f("ix_deals_account_id"))

    op.drop_table("deals")
    with op.batch_alter_table("contact_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_tags_tag"))

    op.drop_table("contact_tags")
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_phones_number"))
        batch_op.drop_index(batch_op.f("ix_contact_phones_contact_id"))

    op.drop_table("contact_phones")
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_emails_normalized"))
        batch_op.drop_index(batch_op.f("ix_contact_emails_contact_id"))

    op.drop_table("contact_emails")
    with op.batch_alter_table("activity_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_series_contact_id"))

    op.drop_table("activity_series")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_contacts_untouched_leads",
            sqlite_where=sa.text(
                "last_touch_at IS NULL AND deleted_at IS NULL AND lifecycle = 'lead'"
            ),
            postgresql_where=sa.text(
                "last_touch_at IS NULL AND deleted_at IS NULL AND lifecycle = 'lead'"
            ),
        )
        batch_op.drop_index(batch_op.f("ix_contacts_referred_by_id"))
        batch_op.drop_index("ix_contacts_last_name_first_name")
        batch_op.drop_index(batch_op.f("ix_contacts_import_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_account_id"))

    op.drop_table("contacts")
    op.drop_table("cadence_steps")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_tier_next_touch_on")
        batch_op.drop_index("ix_accounts_name")

    op.drop_table("accounts")
    op.drop_table("tier_policies")
    op.drop_table("preferences")
    op.drop_table("import_mappings")
    op.drop_table("import_batches")
    op.drop_table("goals")
    op.drop_table("cadences")
