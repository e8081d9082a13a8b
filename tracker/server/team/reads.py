"""What a manager reads: the reps, the team's accounts and contacts, territories, call-list
progress, recent handovers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    any_,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by

from tracker.server.schema import (
    MIRRORS,
    clients,
    handovers,
    shares,
    territories,
    users,
)
from tracker.server.team.common import (
    IDS,
    Selection,
    account_filter,
    loose_contact_filter,
    name_contains,
    person_name,
)

RECENT_HANDOVERS = 20


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
    """The team's accounts matching a selection, with their owner, contacts and the reps they
    are shared with."""
    accounts, contacts = MIRRORS["accounts"], MIRRORS["contacts"]
    people = (
        select(contacts.c.account_id, func.count().label("n"))
        .where(contacts.c.deleted.is_(False), contacts.c.deleted_at.is_(None))
        .group_by(contacts.c.account_id)
        .subquery()
    )
    sharer = users.alias("sharer")
    shared = (
        select(
            shares.c.account_id,
            func.array_agg(aggregate_order_by(sharer.c.name, sharer.c.name)).label("reps"),
        )
        .join(sharer, sharer.c.id == shares.c.user_id)
        .group_by(shares.c.account_id)
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
            shared.c.reps,
        )
        .join(users, users.c.id == accounts.c.owner_id)
        .outerjoin(people, people.c.account_id == accounts.c.id)
        .outerjoin(shared, shared.c.account_id == accounts.c.id)
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
            "shared_with": list(reps or []),
        }
        for row_id, name, tier, postcode, city, owner, count, reps in connection.execute(statement)
    ]


def team_contacts(
    connection: Connection,
    selection: Selection,
    *,
    search: str | None = None,
    ids: Sequence[str] | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """The contacts a selection covers — those of the accounts it names and the contacts without
    an account it names, as an assignment would move them — narrowed by a search in the
    person's or the account's name and by ids."""
    accounts, contacts = MIRRORS["accounts"], MIRRORS["contacts"]
    covered = or_(
        contacts.c.account_id.in_(select(accounts.c.id).where(account_filter(selection))),
        loose_contact_filter(selection),
    )
    conditions: list[Any] = [
        contacts.c.deleted.is_(False),
        contacts.c.deleted_at.is_(None),
        covered,
    ]
    if search and search.strip():
        conditions.append(
            or_(
                name_contains(person_name(contacts), search),
                name_contains(accounts.c.name, search),
            )
        )
    parameters: dict[str, Any] = {}
    if ids is not None:
        conditions.append(contacts.c.id == any_(bindparam("ids", type_=IDS)))
        parameters["ids"] = list(ids)
    statement = (
        select(
            contacts.c.id,
            contacts.c.first_name,
            contacts.c.last_name,
            accounts.c.name,
            func.coalesce(contacts.c.postal_code, accounts.c.postal_code),
            func.coalesce(contacts.c.city, accounts.c.city),
            users.c.name,
        )
        .join(users, users.c.id == contacts.c.owner_id)
        .outerjoin(accounts, accounts.c.id == contacts.c.account_id)
        .where(*conditions)
        .order_by(
            accounts.c.name.nulls_last(), contacts.c.last_name, contacts.c.first_name, contacts.c.id
        )
        .limit(limit)
    )
    return [
        {
            "id": row_id,
            "name": " ".join(part for part in (first, last) if part),
            "account": account,
            "postal_code": postcode,
            "city": city,
            "owner": owner,
        }
        for row_id, first, last, account, postcode, city, owner in connection.execute(
            statement, parameters
        )
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
    # The entries worked, found in one join of the entries with the done activities (a hashed
    # set the count looks into), not by a search of the activities per entry: without an index on
    # the activities' contact that search read every activity once per entry — 9 s for three
    # lists of 500 on 75,000 activities.
    listed = lists.alias("listed")
    worked_entries = (
        select(entries.c.id)
        .join(listed, listed.c.id == entries.c.list_id)
        .join(
            activities,
            and_(
                activities.c.contact_id == entries.c.contact_id,
                activities.c.author_id == listed.c.owner_id,
                activities.c.completed_at >= listed.c.sent_at,
            ),
        )
        .where(activities.c.status == "done", activities.c.deleted.is_(False))
    )
    worked = entries.c.id.in_(worked_entries)
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


def recent_handovers(connection: Connection, limit: int = RECENT_HANDOVERS) -> list[dict[str, Any]]:
    """The latest handovers, newest first: who gave what to whom, and whether it was undone."""
    giver, taker, manager = users.alias("giver"), users.alias("taker"), users.alias("manager")
    contacts = MIRRORS["contacts"]
    # The record keeps the accounts and the contacts that moved on their own; the people of
    # those accounts are counted as they are now.
    people = (
        select(func.count())
        .select_from(contacts)
        .where(
            contacts.c.deleted.is_(False),
            or_(
                contacts.c.account_id.in_(
                    select(func.jsonb_array_elements_text(handovers.c.accounts)).correlate(
                        handovers
                    )
                ),
                contacts.c.id.in_(
                    select(func.jsonb_array_elements_text(handovers.c.contacts)).correlate(
                        handovers
                    )
                ),
            ),
        )
        .correlate(handovers)
        .scalar_subquery()
    )
    statement = (
        select(
            handovers.c.id,
            giver.c.name,
            taker.c.name,
            manager.c.name,
            handovers.c.postcode,
            handovers.c.created_at,
            handovers.c.undone_at,
            func.jsonb_array_length(handovers.c.accounts),
            people,
        )
        .join(giver, giver.c.id == handovers.c.from_user)
        .join(taker, taker.c.id == handovers.c.to_user)
        .outerjoin(manager, manager.c.id == handovers.c.created_by)
        .order_by(handovers.c.id.desc())
        .limit(limit)
    )
    return [
        {
            "handover": number,
            "from": from_rep,
            "to": to_rep,
            "by": by,
            "postcode": postcode,
            "created_at": created.isoformat(),
            "undone_at": undone.isoformat() if undone else None,
            "accounts": int(n_accounts),
            "contacts": int(n_contacts),
        }
        for number, from_rep, to_rep, by, postcode, created, undone, n_accounts, n_contacts in (
            connection.execute(statement)
        )
    ]
