"""Who sees which rows on the team server: a rep sees the rows they own and the accounts shared
with them (each with its contacts and everything on those); nobody sees another rep's other
records. One place, used by pulls, by the checks on pushed changes and by the manager's moves.

Every row hangs on an account through its contact (or directly); `root_account(table)` is that
account's id as an SQL expression, so "shared with me" is one condition per table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, func, or_, select

from tracker.server.schema import MIRRORS, shares

# How each table reaches its account: through its contact, or its deal's contact, or directly.
_VIA_CONTACT = {
    "contact_phones": "contact_id",
    "contact_emails": "contact_id",
    "contact_tags": "contact_id",
    "activity_series": "contact_id",
    "deals": "contact_id",
    "activities": "contact_id",
    "purchases": "contact_id",
    "referrals": "referrer_id",
    "call_list_entries": "contact_id",
    "visit_time_edits": "contact_id",
}


def root_account(table: str) -> ColumnElement[Any] | None:
    """The account a row of `table` belongs to, or None for rows that are never shared."""
    mirror = MIRRORS[table]
    contacts = MIRRORS["contacts"]
    if table == "accounts":
        return mirror.c.id
    if table == "contacts":
        return mirror.c.account_id
    if table in _VIA_CONTACT:
        return (
            select(contacts.c.account_id)
            .where(contacts.c.id == mirror.c[_VIA_CONTACT[table]])
            .scalar_subquery()
        )
    if table == "notes":
        via_contact = (
            select(contacts.c.account_id)
            .where(contacts.c.id == mirror.c.contact_id)
            .scalar_subquery()
        )
        return func.coalesce(mirror.c.account_id, via_contact)
    if table == "deal_stage_changes":
        deals = MIRRORS["deals"]
        return (
            select(contacts.c.account_id)
            .join(deals, deals.c.contact_id == contacts.c.id)
            .where(deals.c.id == mirror.c.deal_id)
            .scalar_subquery()
        )
    return None  # conflicts and call lists are one rep's own


def shared_with(connection: Connection, user_id: int) -> set[str]:
    """The accounts shared with a user."""
    return set(
        connection.execute(select(shares.c.account_id).where(shares.c.user_id == user_id)).scalars()
    )


def visible(user_id: int, table: str, *, has_shares: bool) -> ColumnElement[bool]:
    """The rows of a mirror table the user may see (and pull)."""
    mirror = MIRRORS[table]
    own = mirror.c.owner_id == user_id
    if not has_shares:
        return own
    root = root_account(table)
    if root is None:
        return own
    mine = select(shares.c.account_id).where(shares.c.user_id == user_id)
    return or_(own, root.in_(mine))
