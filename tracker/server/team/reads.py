"""What a manager reads: the reps, the team's accounts, territories, call-list progress."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    func,
    select,
)

from tracker.server.schema import (
    MIRRORS,
    clients,
    territories,
    users,
)
from tracker.server.team.common import Selection, account_filter


def reps(connection: Connection) -> list[dict[str, Any]]:
    """Every user with how much of the book they own and when a laptop of theirs last synced."""
    accounts, contacts = MIRRORS["accounts"], MIRRORS["contacts"]
    owned_accounts = (
        select(accounts.c.owner_id, func.count().label("n"))
        .where(accounts.c.deleted.is_(False), accounts.c.deleted_at.is_(None))
        .group_by(accounts.c.owner_id)
        .subquery()
    )
    owned_contacts = (
        select(contacts.c.owner_id, func.count().label("n"))
        .where(contacts.c.deleted.is_(False), contacts.c.deleted_at.is_(None))
        .group_by(contacts.c.owner_id)
        .subquery()
    )
    seen = (
        select(clients.c.user_id, func.max(clients.c.last_seen_at).label("at"))
        .group_by(clients.c.user_id)
        .subquery()
    )
    statement = (
        select(
            users.c.name,
            users.c.manager,
            users.c.revoked_at,
            func.coalesce(owned_accounts.c.n, 0),
            func.coalesce(owned_contacts.c.n, 0),
            seen.c.at,
        )
        .outerjoin(owned_accounts, owned_accounts.c.owner_id == users.c.id)
        .outerjoin(owned_contacts, owned_contacts.c.owner_id == users.c.id)
        .outerjoin(seen, seen.c.user_id == users.c.id)
        .order_by(users.c.name)
    )
    return [
        {
            "name": name,
            "manager": manager,
            "active": revoked is None,
            "accounts": int(n_accounts),
            "contacts": int(n_contacts),
            "last_sync": at.isoformat() if at else None,
        }
        for name, manager, revoked, n_accounts, n_contacts, at in connection.execute(statement)
    ]


def team_accounts(
    connection: Connection, selection: Selection, *, limit: int = 500
) -> list[dict[str, Any]]:
    """The team's accounts matching a selection, with their owner and contacts."""
    accounts, contacts = MIRRORS["accounts"], MIRRORS["contacts"]
    people = (
        select(contacts.c.account_id, func.count().label("n"))
        .where(contacts.c.deleted.is_(False), contacts.c.deleted_at.is_(None))
        .group_by(contacts.c.account_id)
        .subquery()
    )
    statement = (
        select(
            accounts.c.id,
            accounts.c.name,
            accounts.c.tier,
            accounts.c.postal_code,
            accounts.c.city,
            users.c.name.label("owner"),
            func.coalesce(people.c.n, 0),
        )
        .join(users, users.c.id == accounts.c.owner_id)
        .outerjoin(people, people.c.account_id == accounts.c.id)
        .where(account_filter(selection))
        .order_by(accounts.c.postal_code, accounts.c.name)
        .limit(limit)
    )
    return [
        {
            "id": row_id,
            "name": name,
            "tier": tier,
            "postal_code": postcode,
            "city": city,
            "owner": owner,
            "contacts": int(count),
        }
        for row_id, name, tier, postcode, city, owner, count in connection.execute(statement)
    ]


def list_territories(connection: Connection) -> list[dict[str, Any]]:
    statement = (
        select(territories.c.prefix, users.c.name)
        .join(users, users.c.id == territories.c.user_id)
        .order_by(territories.c.prefix)
    )
    return [{"prefix": prefix, "rep": name} for prefix, name in connection.execute(statement)]


def list_progress(connection: Connection) -> list[dict[str, Any]]:
    """Each call list per rep: contacts on it, and how many the rep has worked since it came (a
    done activity on the contact, logged by that rep after the list was sent)."""
    lists, entries, activities = (
        MIRRORS["call_lists"],
        MIRRORS["call_list_entries"],
        MIRRORS["activities"],
    )
    worked = (
        select(activities.c.id)
        .where(
            activities.c.contact_id == entries.c.contact_id,
            activities.c.status == "done",
            activities.c.author_id == lists.c.owner_id,
            activities.c.completed_at >= lists.c.sent_at,
            activities.c.deleted.is_(False),
        )
        .exists()
    )
    statement = (
        select(
            lists.c.campaign_id,
            lists.c.name,
            lists.c.due_to,
            users.c.name.label("rep"),
            func.count(entries.c.id),
            func.count(entries.c.id).filter(worked),
        )
        .join(users, users.c.id == lists.c.owner_id)
        .outerjoin(entries, and_(entries.c.list_id == lists.c.id, entries.c.deleted.is_(False)))
        .where(lists.c.deleted.is_(False))
        .group_by(lists.c.campaign_id, lists.c.name, lists.c.due_to, users.c.name, lists.c.sent_at)
        .order_by(lists.c.sent_at.desc(), users.c.name)
    )
    return [
        {
            "campaign": campaign,
            "name": name,
            "due": due.isoformat() if due else None,
            "rep": rep,
            "contacts": int(total),
            "worked": int(done),
        }
        for campaign, name, due, rep, total, done in connection.execute(statement)
    ]
