"""Which tables and columns travel between laptops and the team server, and how they merge.

One declaration for both sides: the laptop's capture triggers and pull-apply, and the server's
mirror tables, ownership and merge rules are all derived from SYNCED. Two columns travel nowhere:
`updated_at` (each side stamps its own writes, which is what undo checks) and `import_id` (an
import is one laptop's undo record). The denormalised touch fields travel like any other field:
the laptop that logged the work computed them in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Table

from tracker.storage.records import Base

# Bumped whenever the synced columns change; client and server state it on every request.
SYNC_SCHEMA = 4  # 2: call lists; 3: field visits; 4: books change hands by their roots (grants)

LOCAL_ONLY = frozenset({"updated_at", "import_id"})


@dataclass(frozen=True)
class Reference:
    """A column pointing at another synced row. A required one makes the row meaningless alone."""

    column: str
    target: str
    required: bool


@dataclass(frozen=True)
class SyncedTable:
    """A table that travels: its references, the columns people type (conflict-worthy), and the
    path to the contact or account that owns the row."""

    name: str
    references: tuple[Reference, ...] = ()
    typed: frozenset[str] = frozenset()
    # Columns pointing at the owning contact or account, tried in order (notes hang on either).
    owner_via: tuple[str, ...] = ()
    # A natural key the laptop's schema keeps unique: two laptops adding the same one converge
    # on the row the server saw first.
    natural_key: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def columns(self) -> tuple[str, ...]:
        """The synced columns in table order, `id` first."""
        return synced_columns(self.name)

    def column(self, name: str) -> Column[object]:
        return self.table.c[name]

    @property
    def is_root(self) -> bool:
        """Accounts and contacts carry their own owner; every other row follows its root."""
        return not self.owner_via


def _ref(column: str, target: str, *, required: bool = False) -> Reference:
    return Reference(column, target, required)


SYNCED: tuple[SyncedTable, ...] = (
    SyncedTable(
        "accounts",
        typed=frozenset({"name", "website", "street", "postal_code", "city", "notes"}),
    ),
    SyncedTable(
        "contacts",
        references=(_ref("account_id", "accounts"), _ref("referred_by_id", "contacts")),
        typed=frozenset(
            {
                "first_name",
                "last_name",
                "job_title",
                "street",
                "postal_code",
                "city",
                "source",
                "state_reason",
                "notes",
            }
        ),
    ),
    SyncedTable(
        "contact_phones",
        references=(_ref("contact_id", "contacts", required=True),),
        typed=frozenset({"number", "label"}),
        owner_via=("contact_id",),
    ),
    SyncedTable(
        "contact_emails",
        references=(_ref("contact_id", "contacts", required=True),),
        typed=frozenset({"address", "label"}),
        owner_via=("contact_id",),
    ),
    SyncedTable(
        "contact_tags",
        references=(_ref("contact_id", "contacts", required=True),),
        owner_via=("contact_id",),
        natural_key=("contact_id", "tag"),
    ),
    SyncedTable(
        "notes",
        references=(_ref("contact_id", "contacts"), _ref("account_id", "accounts")),
        typed=frozenset({"body"}),
        owner_via=("contact_id", "account_id"),
    ),
    SyncedTable(
        "activity_series",
        references=(_ref("contact_id", "contacts", required=True),),
        typed=frozenset({"location"}),
        owner_via=("contact_id",),
    ),
    SyncedTable(
        "deals",
        references=(
            _ref("contact_id", "contacts", required=True),
            _ref("account_id", "accounts"),
        ),
        typed=frozenset({"title", "lost_reason", "notes"}),
        owner_via=("contact_id",),
    ),
    SyncedTable(
        "activities",
        references=(
            _ref("contact_id", "contacts", required=True),
            _ref("account_id", "accounts"),
            _ref("deal_id", "deals"),
            _ref("series_id", "activity_series"),
            _ref("previous_id", "activities"),
        ),
        typed=frozenset({"note", "location", "met_with", "topics"}),
        owner_via=("contact_id",),
    ),
    # A visit's times changed afterwards, with the reason: the manager sees why.
    SyncedTable(
        "visit_time_edits",
        references=(
            _ref("activity_id", "activities", required=True),
            _ref("contact_id", "contacts", required=True),
        ),
        typed=frozenset({"reason"}),
        owner_via=("contact_id",),
    ),
    SyncedTable(
        "deal_stage_changes",
        references=(
            _ref("deal_id", "deals", required=True),
            _ref("activity_id", "activities"),
        ),
        owner_via=("deal_id",),
    ),
    SyncedTable(
        "purchases",
        references=(
            _ref("contact_id", "contacts", required=True),
            _ref("account_id", "accounts"),
            _ref("deal_id", "deals"),
            _ref("activity_id", "activities"),
        ),
        typed=frozenset({"description"}),
        owner_via=("contact_id",),
    ),
    SyncedTable(
        "referrals",
        references=(
            _ref("referrer_id", "contacts", required=True),
            _ref("referred_id", "contacts", required=True),
            _ref("activity_id", "activities"),
        ),
        typed=frozenset({"note"}),
        owner_via=("referrer_id",),
    ),
    # Made by the server when two people typed into the same field; laptops only resolve them.
    SyncedTable("sync_conflicts"),
    # Sent by a sales manager (made on the server); the rep's laptop only reads them.
    SyncedTable("call_lists"),
    SyncedTable(
        "call_list_entries",
        references=(
            _ref("list_id", "call_lists", required=True),
            _ref("contact_id", "contacts", required=True),
        ),
        owner_via=("list_id",),
    ),
)

BY_NAME: dict[str, SyncedTable] = {spec.name: spec for spec in SYNCED}
# Parents before children: the order rows are pushed in and pages are applied in.
ORDER: dict[str, int] = {spec.name: index for index, spec in enumerate(SYNCED)}


@cache
def synced_columns(table_name: str) -> tuple[str, ...]:
    table = Base.metadata.tables[table_name]
    rest = [c.name for c in table.columns if c.name not in LOCAL_ONLY and c.name != "id"]
    return ("id", *rest)


def spec_of(table_name: str) -> SyncedTable:
    """The declaration of a synced table; KeyError for one that does not travel."""
    return BY_NAME[table_name]
