"""Who sees which rows on the team server: a rep sees the accounts and contacts they own, the
accounts shared with them (with their contacts), and everything hanging on those; nobody sees
another rep's other records. One place, used by pulls, by the checks on pushed changes, by
refetches and by the manager's moves.

Only the roots — accounts and contacts — say who owns them. A row below a root (a phone, an
activity, a stage change …) is seen by whoever sees its root *now*: a manager's move changes the
roots alone (docs/SYNC.md, "Books changing hands"). The `owner_id` such a row carries is the
owner of its root when it last changed, the key its owner's pulls find it by; it is never
trusted for who may see the row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    false,
    or_,
    select,
)

from tracker.server.schema import MIRRORS, shares

# The column by which a row hangs on its contact (deal_stage_changes hang on a deal, notes on a
# contact or else an account, call list entries on a rep's own list).
_VIA_CONTACT = {
    "contact_phones": "contact_id",
    "contact_emails": "contact_id",
    "contact_tags": "contact_id",
    "activity_series": "contact_id",
    "deals": "contact_id",
    "activities": "contact_id",
    "purchases": "contact_id",
    "referrals": "referrer_id",
    "visit_time_edits": "contact_id",
}
# Tables whose rows are one user's own and never change hands.
_OWN = ("sync_conflicts", "call_lists")


def shared_with(connection: Connection, user_id: int) -> set[str]:
    """The accounts shared with a user."""
    return set(
        connection.execute(select(shares.c.account_id).where(shares.c.user_id == user_id)).scalars()
    )


def _sees_account(user_id: int, account_id: Any, has_shares: bool) -> ColumnElement[bool]:
    """The user owns the account `account_id` (an SQL expression), or it is shared with them."""
    accounts = MIRRORS["accounts"]
    owned = exists().where(accounts.c.id == account_id, accounts.c.owner_id == user_id)
    if not has_shares:
        return owned
    return or_(owned, _shared(user_id, account_id))


def _shared(user_id: int, account_id: Any) -> ColumnElement[bool]:
    return exists().where(shares.c.user_id == user_id, shares.c.account_id == account_id)


def _sees_contact(user_id: int, contact_id: Any, has_shares: bool) -> ColumnElement[bool]:
    """The user owns the contact `contact_id` (an SQL expression), or its account is shared."""
    contacts = MIRRORS["contacts"]
    mine = contacts.c.owner_id == user_id
    if has_shares:
        mine = or_(mine, _shared(user_id, contacts.c.account_id))
    return exists().where(contacts.c.id == contact_id, mine)


def visible(user_id: int, table: str, *, has_shares: bool) -> ColumnElement[bool]:
    """The rows of a mirror table the user may see (and pull, and change)."""
    mirror = MIRRORS[table]
    if table == "accounts":
        own = mirror.c.owner_id == user_id
        return or_(own, _shared(user_id, mirror.c.id)) if has_shares else own
    if table == "contacts":
        own = mirror.c.owner_id == user_id
        return or_(own, _shared(user_id, mirror.c.account_id)) if has_shares else own
    if table in _OWN:
        return mirror.c.owner_id == user_id
    if table in _VIA_CONTACT:
        return _sees_contact(user_id, mirror.c[_VIA_CONTACT[table]], has_shares)
    if table == "notes":
        return or_(
            and_(
                mirror.c.contact_id.is_not(None),
                _sees_contact(user_id, mirror.c.contact_id, has_shares),
            ),
            and_(
                mirror.c.contact_id.is_(None),
                mirror.c.account_id.is_not(None),
                _sees_account(user_id, mirror.c.account_id, has_shares),
            ),
        )
    if table == "deal_stage_changes":
        deals = MIRRORS["deals"]
        return exists().where(
            deals.c.id == mirror.c.deal_id,
            _sees_contact(user_id, deals.c.contact_id, has_shares),
        )
    if table == "call_list_entries":
        lists = MIRRORS["call_lists"]
        return exists().where(lists.c.id == mirror.c.list_id, lists.c.owner_id == user_id)
    return false()


def owners(table: str) -> Select[Any]:
    """(id, owner) of a table's rows, the owner being whoever owns the row's root now: what a
    row hanging on one of them belongs to. Filter it by id."""
    mirror = MIRRORS[table]
    if table == "deals":
        contacts = MIRRORS["contacts"]
        return select(mirror.c.id, contacts.c.owner_id).join(
            contacts, contacts.c.id == mirror.c.contact_id
        )
    if table in ("accounts", "contacts", *_OWN):
        return select(mirror.c.id, mirror.c.owner_id)
    raise KeyError(f"rows do not hang on {table}")
