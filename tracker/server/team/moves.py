"""Books changing hands: assigning accounts, sharing them, territories, handovers (undoable).

Moving is set-based SQL: every row hanging on the moved accounts and contacts gets its new
owner and a new change number (the new owner's laptops pull all of its history) and the old
owner a revocation per row (their laptops drop it); work stays attributed to its author.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    any_,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert

from tracker.server.auth import User
from tracker.server.merge import SERVER_CLIENT
from tracker.server.rows import revoke
from tracker.server.schema import (
    MIRRORS,
    handovers,
    head,
    revocations,
    shares,
    territories,
    users,
)
from tracker.server.team.common import (
    ACCOUNTS,
    CONTACTS,
    IDS,
    Selection,
    TeamError,
    account_filter,
    in_area,
    lock,
    loose_contact_filter,
    user_named,
    user_named_any,
)


def _subtree(table: str) -> Any:
    """The rows of `table` hanging on the accounts and contacts in the parameters `accounts`
    and `contacts` (id arrays), or None for tables that never change hands."""
    mirror = MIRRORS[table]
    if table == "accounts":
        return mirror.c.id == any_(ACCOUNTS)
    if table == "contacts":
        return mirror.c.id == any_(CONTACTS)
    if table == "notes":
        return or_(
            mirror.c.contact_id == any_(CONTACTS),
            and_(mirror.c.contact_id.is_(None), mirror.c.account_id == any_(ACCOUNTS)),
        )
    if table == "referrals":
        return mirror.c.referrer_id == any_(CONTACTS)
    if table == "deal_stage_changes":
        deals = MIRRORS["deals"]
        return mirror.c.deal_id.in_(select(deals.c.id).where(deals.c.contact_id == any_(CONTACTS)))
    if table == "sync_conflicts":
        return or_(mirror.c.row_id == any_(CONTACTS), mirror.c.row_id == any_(ACCOUNTS))
    if table in ("call_lists", "call_list_entries"):
        return None  # a rep's call lists stay theirs
    return mirror.c.contact_id == any_(CONTACTS)


def _people_of(connection: Connection, account_ids: Sequence[str]) -> list[str]:
    contacts = MIRRORS["contacts"]
    return list(
        connection.execute(
            select(contacts.c.id).where(contacts.c.account_id == any_(ACCOUNTS)),
            {"accounts": list(account_ids)},
        ).scalars()
    )


def move(
    connection: Connection,
    *,
    account_ids: Sequence[str],
    contact_ids: Sequence[str],
    to_user: int,
) -> dict[str, int]:
    """Give the accounts (with all their contacts) and the contacts to a rep; returns how many
    rows of each table changed hands. Runs in the caller's transaction."""
    lock(connection)
    people = sorted(set(contact_ids) | set(_people_of(connection, account_ids)))
    params = {"accounts": list(account_ids), "contacts": people}
    counts: dict[str, int] = {}
    last = 0
    for table, mirror in MIRRORS.items():
        where = _subtree(table)
        if where is None:
            continue
        # The old owners (for their revocations), then the new owner and a new change number.
        old = (
            select(mirror.c.id, mirror.c.owner_id)
            .where(where, mirror.c.owner_id != to_user)
            .with_for_update()
            .cte(f"old_{table}")
        )
        changed = connection.execute(
            update(mirror)
            .where(mirror.c.id == old.c.id)
            .values(owner_id=to_user, seq=func.nextval("sync_seq"), sole_client=SERVER_CLIENT)
            .returning(mirror.c.id, old.c.owner_id, mirror.c.seq),
            params,
        ).all()
        if not changed:
            continue
        counts[table] = len(changed)
        last = max(last, max(row[2] for row in changed))
        last = max(last, revoke(connection, table, [(row[1], row[0]) for row in changed]))
        # The new owner sees these rows again: their revocations go. Joined with the rows they
        # own, not tested against the moved ids (`row_id = ANY(:ids)`): the planner, not knowing
        # the revocations a handover just wrote, compared each with every id — an undo of a
        # 2,000-contact book took 16 s, and longer than a laptop waits for an answer.
        connection.execute(
            revocations.delete().where(
                revocations.c.user_id == to_user,
                revocations.c.tbl == table,
                revocations.c.row_id == mirror.c.id,
                mirror.c.owner_id == to_user,
            )
        )
    if last:
        connection.execute(
            update(head).where(head.c.id == 1).values(seq=func.greatest(head.c.seq, last))
        )
    return counts


def select_roots(connection: Connection, selection: Selection) -> tuple[list[str], list[str]]:
    """The accounts and the contacts without an account that a selection names."""
    accounts, contacts = MIRRORS["accounts"], MIRRORS["contacts"]
    account_ids = list(
        connection.execute(select(accounts.c.id).where(account_filter(selection))).scalars()
    )
    loose = list(
        connection.execute(select(contacts.c.id).where(loose_contact_filter(selection))).scalars()
    )
    return account_ids, loose


def assign(
    connection: Connection,
    *,
    to: str,
    account_ids: Sequence[str] = (),
    selection: Selection | None = None,
) -> dict[str, Any]:
    """Give accounts (by id, or all a selection names) to a rep."""
    rep = user_named(connection, to)
    accounts_table = MIRRORS["accounts"]
    contact_ids: list[str] = []
    if selection is not None:
        chosen, contact_ids = select_roots(connection, selection)
    else:
        chosen = list(account_ids)
        known = set(
            connection.execute(
                select(accounts_table.c.id).where(
                    accounts_table.c.id == any_(bindparam("ids", type_=IDS))
                ),
                {"ids": chosen},
            ).scalars()
        )
        unknown = [account for account in chosen if account not in known]
        if unknown:
            raise TeamError(f"the team server has no account {unknown[0]!r}")
    counts = move(connection, account_ids=chosen, contact_ids=contact_ids, to_user=rep.id)
    return {
        "to": rep.name,
        "accounts": len(chosen),
        "contacts": counts.get("contacts", 0),
        "rows": sum(counts.values()),
    }


def add_territory(
    connection: Connection, prefix: str, rep_name: str, now: datetime
) -> dict[str, Any]:
    prefix = prefix.replace(" ", "")
    if not prefix or len(prefix) > 20 or not prefix.isalnum():
        raise TeamError(f"{prefix!r} is not a postcode prefix (letters and digits, e.g. 80 or 803)")
    rep = user_named(connection, rep_name)
    statement = pg_insert(territories).values(prefix=prefix, user_id=rep.id, created_at=now)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[territories.c.prefix], set_={"user_id": rep.id, "created_at": now}
        )
    )
    return {"prefix": prefix, "rep": rep.name}


def remove_territory(connection: Connection, prefix: str) -> bool:
    result = connection.execute(territories.delete().where(territories.c.prefix == prefix))
    return bool(result.rowcount)


def share(
    connection: Connection, account_id: str, rep_names: Sequence[str], now: datetime
) -> dict[str, Any]:
    """Let more reps see an account (its contacts and everything on them) and work on it."""
    lock(connection)
    accounts = MIRRORS["accounts"]
    if connection.execute(select(accounts.c.id).where(accounts.c.id == account_id)).first() is None:
        raise TeamError(f"the team server has no account {account_id!r}")
    granted = []
    for name in rep_names:
        rep = user_named(connection, name)
        statement = pg_insert(shares).values(account_id=account_id, user_id=rep.id, created_at=now)
        connection.execute(statement.on_conflict_do_nothing())
        granted.append(rep.name)
    # New change numbers for the account's rows, so the reps' laptops pull all of it.
    params = {"accounts": [account_id], "contacts": _people_of(connection, [account_id])}
    last = 0
    for table, mirror in MIRRORS.items():
        where = _subtree(table)
        if where is None:
            continue
        numbers = (
            connection.execute(
                update(mirror)
                .where(where)
                .values(seq=func.nextval("sync_seq"), sole_client=SERVER_CLIENT)
                .returning(mirror.c.seq),
                params,
            )
            .scalars()
            .all()
        )
        if numbers:
            last = max(last, max(numbers))
    if last:
        connection.execute(
            update(head).where(head.c.id == 1).values(seq=func.greatest(head.c.seq, last))
        )
    return {"account": account_id, "shared_with": granted}


def handover(
    connection: Connection,
    *,
    manager: User,
    from_rep: str,
    to_rep: str,
    postcode: str | None,
    now: datetime,
) -> dict[str, Any]:
    """Hand a rep's book (all of it, or the part in a postcode area) to another rep, in one
    step that `undo_handover` takes back. Work stays attributed to whoever did it."""
    giver = user_named_any(connection, from_rep)
    taker = user_named(connection, to_rep)
    if giver.id == taker.id:
        raise TeamError("a handover needs two different reps")
    account_ids, contact_ids = select_roots(
        connection, Selection(postcode=postcode, owner=giver.id)
    )
    contacts = MIRRORS["contacts"]
    # Contacts of the giver whose account someone else owns move on their own.
    conditions: list[Any] = [
        contacts.c.owner_id == giver.id,
        contacts.c.account_id.is_not(None),
        contacts.c.deleted.is_(False),
    ]
    if account_ids:
        conditions.append(~contacts.c.account_id.in_(account_ids))
    if postcode:
        conditions.append(in_area(contacts.c.postal_code, postcode))
    others = list(connection.execute(select(contacts.c.id).where(*conditions)).scalars())
    contact_ids = [*contact_ids, *others]
    if not account_ids and not contact_ids:
        where = f" with a postcode starting {postcode}" if postcode else ""
        raise TeamError(f"{giver.name} has no accounts or contacts{where} to hand over")
    counts = move(connection, account_ids=account_ids, contact_ids=contact_ids, to_user=taker.id)
    handover_id = connection.execute(
        insert(handovers)
        .values(
            created_by=manager.id,
            created_at=now,
            from_user=giver.id,
            to_user=taker.id,
            postcode=postcode,
            accounts=account_ids,
            contacts=contact_ids,
        )
        .returning(handovers.c.id)
    ).scalar_one()
    return {"handover": handover_id, "from": giver.name, "to": taker.name, "moved": counts}


def undo_handover(connection: Connection, handover_id: int, now: datetime) -> dict[str, Any]:
    """Give the handed-over accounts and contacts back (with whatever was added to them since)."""
    row = connection.execute(select(handovers).where(handovers.c.id == handover_id)).first()
    if row is None:
        raise TeamError(f"there is no handover {handover_id}")
    if row.undone_at is not None:
        raise TeamError(f"handover {handover_id} was undone already")
    counts = move(
        connection,
        account_ids=list(row.accounts),
        contact_ids=list(row.contacts),
        to_user=row.from_user,
    )
    connection.execute(update(handovers).where(handovers.c.id == handover_id).values(undone_at=now))
    names = dict(
        connection.execute(
            select(users.c.id, users.c.name).where(users.c.id.in_([row.from_user, row.to_user]))
        ).all()
    )
    return {
        "handover": handover_id,
        "undone": True,
        "from": names.get(row.from_user),
        "to": names.get(row.to_user),
        "moved": counts,
    }
