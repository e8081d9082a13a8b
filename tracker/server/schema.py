"""The server's tables in PostgreSQL: users, tokens, laptops (clients), the sequence head, and one
mirror table per synced table — the laptop's columns with their types, plus who owns the row,
the server sequence of its last change, a tombstone flag and each field's clock.

Mirror tables carry no foreign keys: laptops push in their own order and may refer to rows the
server refuses, so references are checked per change (with a reason the laptop shows) instead of
failing a whole batch. `tests/tracker/server/test_schema.py` checks that the migrations build
exactly these tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

from tracker.storage.types import TZDateTime
from tracker.sync.tables import SYNCED, SyncedTable

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("one_time", Boolean, nullable=False, server_default=text("false")),
    Column("manager", Boolean, nullable=False, server_default=text("false")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("client_id", String(36), nullable=False),
    Column("device", String(200), nullable=False, server_default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

clients = Table(
    "clients",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("last_batch", Integer, nullable=False, server_default=text("0")),
    Column("last_hash", String(64), nullable=True),
    Column("last_answer", LargeBinary, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=True),
)

# The committed end of the change sequence: every change up to it is visible to readers (changes
# are numbered under an advisory lock held to commit, so numbers are handed out in commit order).
head = Table(
    "sync_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    # The highest clock ever accepted: every answer carries at least this, so a laptop's next
    # edit is later than everything it has seen.
    Column("hlc", BigInteger, nullable=False, server_default=text("0")),
)

# -- team mode, part 2: what a sales manager decides ---------------------------------------------

# An account (with its contacts and everything on them) visible to a rep besides its owner.
shares = Table(
    "shares",
    metadata,
    Column("account_id", String(36), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_shares_user_id", "user_id"),
)

# Postcode prefix → rep: new accounts and contacts a manager brings in go to that rep.
territories = Table(
    "territories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("prefix", String(20), nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# A row a user may no longer see (moved to another rep, a share ended): their laptops pull it as
# a deletion, numbered in the same sequence as every change.
revocations = Table(
    "revocations",
    metadata,
    Column("user_id", Integer, primary_key=True),
    Column("tbl", String(40), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_revocations_user_id_seq", "user_id", "seq"),
)

# A root (an account or a contact) a user was given (assigned, handed over, shared): their
# laptops pull everything hanging on it when they reach `seq`, numbered like a change. A move
# writes one grant per root instead of renumbering every row below it; a user holds either a
# grant or a revocation of a root, never both (the later replaces the earlier).
grants = Table(
    "grants",
    metadata,
    Column("user_id", Integer, primary_key=True),
    Column("tbl", String(40), primary_key=True),
    Column("root_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_grants_user_id_seq", "user_id", "seq"),
)

# A book handed from one rep to another: the accounts and contacts moved, so it can be undone.
handovers = Table(
    "handovers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_by", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("from_user", Integer, nullable=False),
    Column("to_user", Integer, nullable=False),
    Column("postcode", String(20), nullable=True),
    Column("accounts", JSONB, nullable=False),
    Column("contacts", JSONB, nullable=False),
    Column("undone_at", DateTime(timezone=True), nullable=True),
)

# A manager's call list as sent: each rep gets a copy (call_lists) with the contacts given.
campaigns = Table(
    "campaigns",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("note", Text, nullable=True),
    Column("due_from", Date, nullable=True),
    Column("due_to", Date, nullable=True),
    Column("created_by", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# A laptop's goals and tier windows, as it last sent them (team reports compare with them).
user_settings = Table(
    "user_settings",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("goals", JSONB, nullable=False),
    Column("tier_policies", JSONB, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Time zone, day start, working days, currency, the rep's name (laptops since s0004).
    Column("preferences", JSONB, nullable=True),
)

# Each account's last touch: the latest `completed_at` of a (not deleted) activity of any of its
# (live) contacts — the laptop's definition (tracker/storage/reports.py) — kept by every push in
# its own transaction (tracker/server/touches.py). No row: never touched. The team's coverage
# reads it instead of looking through every contact's history.
account_touches = Table(
    "account_touches",
    metadata,
    Column("account_id", String(36), primary_key=True),
    Column("last_at", DateTime(), nullable=False),
)

SYNC_COLUMNS = ("owner_id", "seq", "deleted", "meta", "sole_client", "author_id")


def server_type(column: Column[Any]) -> TypeEngine[Any]:
    """The PostgreSQL type for a laptop column: instants and wall times as timestamps without a
    zone (instants are UTC, as the laptop stores them), enums as their string values."""
    kind = column.type
    if isinstance(kind, TZDateTime | DateTime):
        return DateTime()
    if isinstance(kind, Enum):
        return String(kind.length or 32)
    for family in (String, Text, BigInteger, Integer, Float, Date):
        if isinstance(kind, family):
            return kind
    raise TypeError(f"no server type for {column.table.name}.{column.name}: {kind!r}")


def mirror(spec: SyncedTable) -> Table:
    columns = [
        Column(
            name,
            server_type(spec.column(name)),
            primary_key=name == "id",
            nullable=spec.column(name).nullable if name != "id" else False,
        )
        for name in spec.columns
    ]
    return Table(
        spec.name,
        metadata,
        *columns,
        Column("owner_id", Integer, nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("deleted", Boolean, nullable=False, server_default=text("false")),
        Column("meta", JSONB, nullable=False),
        # The laptop that wrote every field of the row, else 0: it need not pull the row back.
        Column("sole_client", Integer, nullable=False, server_default=text("0")),
        # Who made the row (for an activity: who logged it): team reports count work by it, so
        # history stays with whoever did it when a book changes hands.
        Column("author_id", Integer, nullable=True),
        Index(f"ix_{spec.name}_owner_seq", "owner_id", "seq"),
        Index(f"ix_{spec.name}_seq", "seq"),
    )


MIRRORS: dict[str, Table] = {spec.name: mirror(spec) for spec in SYNCED}


# -- indexes for the team's roll-up (tracker/server/team/rollup_sql.py) and for books changing
# hands (tracker/server/team/moves.py); migration s0004 -------------------------------------------
_LIVE = "deleted_at IS NULL AND NOT deleted"
_activities, _contacts, _moves = (
    MIRRORS["activities"],
    MIRRORS["contacts"],
    MIRRORS["deal_stage_changes"],
)
# Done work per author and day, kind and outcome, read from the index alone.
Index(
    "ix_activities_done_author",
    _activities.c.author_id,
    _activities.c.done_on,
    _activities.c.kind,
    _activities.c.outcome,
    postgresql_where=text(f"status = 'done' AND {_LIVE}"),
)
# Minutes on site per author and day: the visits checked in and out, read from the index alone.
Index(
    "ix_activities_on_site_author",
    _activities.c.author_id,
    _activities.c.done_on,
    postgresql_include=["checked_in_at", "checked_out_at"],
    postgresql_where=text(
        f"status = 'done' AND {_LIVE} AND kind = 'visit' "
        "AND checked_in_at IS NOT NULL AND checked_out_at IS NOT NULL"
    ),
)
# Each contact's last touch (coverage), and a contact's rows when it changes hands.
Index(
    "ix_activities_contact_completed",
    _activities.c.contact_id,
    _activities.c.completed_at,
    postgresql_include=["deleted"],
)
Index("ix_contacts_account_id", _contacts.c.account_id)
# The stage moves of a period (covering), and each deal's moves in time order.
Index(
    "ix_deal_stage_changes_changed_at",
    _moves.c.changed_at,
    postgresql_include=["deal_id", "author_id", "from_stage", "to_stage"],
    postgresql_where=text(_LIVE),
)
Index(
    "ix_deal_stage_changes_deal_changed",
    _moves.c.deal_id,
    _moves.c.changed_at,
    postgresql_include=["to_stage"],
    postgresql_where=text(_LIVE),
)

# -- a root's subtree (migration s0005): the rows hanging on a contact or account, read when a
# grant reaches a laptop and when visibility follows the root (tracker/server/visibility.py).
SUBTREE_KEYS: dict[str, tuple[str, ...]] = {
    "activities": ("contact_id",),  # ix_activities_contact_completed above serves it
    "contact_phones": ("contact_id",),
    "contact_emails": ("contact_id",),
    "contact_tags": ("contact_id",),
    "notes": ("contact_id", "account_id"),
    "activity_series": ("contact_id",),
    "deals": ("contact_id",),
    "visit_time_edits": ("contact_id",),
    "deal_stage_changes": ("deal_id",),
    "purchases": ("contact_id",),
    "referrals": ("referrer_id",),
}
for _table, _keys in SUBTREE_KEYS.items():
    for _key in _keys:
        if _table != "activities":
            Index(f"ix_{_table}_{_key}", MIRRORS[_table].c[_key])
