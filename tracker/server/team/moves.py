"""Books changing hands: assigning accounts, sharing them, territories, handovers (undoable).

A move changes the roots alone — the accounts and contacts: each gets its new owner, the old
owner a revocation of it and the new owner a grant (tracker/server/rows.py), so a 10,000-account
move writes some 120,000 small rows instead of rewriting the 700,000 below them. Who sees a row
below a root follows the root (tracker/server/visibility.py); work stays attributed to its
author.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    any_,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert

from tracker.server.auth import User
from tracker.server.grants import rows_below
from tracker.server.merge import SERVER_CLIENT
from tracker.server.rows import grant, revoke, revoke_roots
from tracker.server.schema import (
    MIRRORS,
    handovers,
    head,
    shares,
    territories,
    users,
)
from tracker.server.team.common import (
    ACCOUNTS,
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


def _people_of(connection: Connection, account_ids: Sequence[str]) -> list[str]:
    contacts = MIRRORS["contacts"]
    return list(
        connection.execute(
            select(contacts.c.id).where(contacts.c.account_id == any_(ACCOUNTS)),
            {"accounts": list(account_ids)},
        ).scalars()
    )


def _take_roots(
    connection: Connection, table: str, ids: Sequence[str], to_user: int
) -> list[tuple[int, str]]:
    """Give these roots to `to_user`; returns (old owner, id) of those that changed hands. The
    rows keep their change numbers: the grant, not a renumbering, brings them to the new owner."""
    mirror = MIRRORS[table]
    old = (
        select(mirror.c.id, mirror.c.owner_id)
        .where(mirror.c.id == any_(bindparam("ids", type_=IDS)), mirror.c.owner_id != to_user)
        .with_for_update()
        .cte(f"old_{table}")
    )
    changed = connection.execute(
        update(mirror)
        .where(mirror.c.id == old.c.id)
        .values(owner_id=to_user)
        .returning(old.c.owner_id, mirror.c.id),
        {"ids": list(ids)},
    ).all()
    return [(int(owner), str(row_id)) for owner, row_id in changed]


def _move_conflicts(connection: Connection, roots: Sequence[str], to_user: int) -> tuple[int, int]:
    """Conflicts kept on the moved accounts and contacts themselves are one rep's own rows (they
    hang on no root): they move row by row, as before. There are few. Returns (count, last)."""
    mirror = MIRRORS["sync_conflicts"]
    old = (
        select(mirror.c.id, mirror.c.owner_id)
        .where(mirror.c.row_id == any_(bindparam("ids", type_=IDS)), mirror.c.owner_id != to_user)
        .with_for_update()
        .cte("old_conflicts")
    )
    changed = connection.execute(
        update(mirror)
        .where(mirror.c.id == old.c.id)
        .values(owner_id=to_user, seq=func.nextval("sync_seq"), sole_client=SERVER_CLIENT)
        .returning(mirror.c.id, old.c.owner_id, mirror.c.seq),
        {"ids": list(roots)},
    ).all()
    if not changed:
        return 0, 0
    last = max(row[2] for row in changed)
    last = max(last, revoke(connection, "sync_conflicts", [(row[1], row[0]) for row in changed]))
    return len(changed), last


def move(
    connection: Connection,
    *,
    account_ids: Sequence[str],
    contact_ids: Sequence[str],
    to_user: int,
) -> dict[str, int]:
    """Give the accounts (with all their contacts) and the contacts to a rep; returns how many
    rows of each table changed hands (the roots, and the live rows hanging on them). Runs in the
    caller's transaction, under the change lock.

    Only the roots change: each gets its new owner, the old owner a revocation of it (their
    laptops drop it with everything hanging on it) and the new owner a grant (their laptops pull
    all of it). Rows below the roots are not rewritten: who sees them follows their root."""
    lock(connection)
    people = sorted(set(contact_ids) | set(_people_of(connection, account_ids)))
    accounts = _take_roots(connection, "accounts", account_ids, to_user)
    contacts = _take_roots(connection, "contacts", people, to_user)
    # Numbered parents first for the new owner (an account before its people), children first
    # for the old (a laptop never holds a contact whose account it just dropped).
    last = grant(connection, "accounts", to_user, [row_id for _, row_id in accounts])
    last = max(last, grant(connection, "contacts", to_user, [row_id for _, row_id in contacts]))
    last = max(last, revoke_roots(connection, "contacts", contacts))
    last = max(last, revoke_roots(connection, "accounts", accounts))
    conflicts, moved_last = _move_conflicts(connection, [*account_ids, *people], to_user)
    last = max(last, moved_last)
    if last:
        connection.execute(
            update(head).where(head.c.id == 1).values(seq=func.greatest(head.c.seq, last))
        )
    counts = {"accounts": len(accounts), "contacts": len(contacts), "sync_conflicts": conflicts}
    counts.update(
        rows_below(
            connection,
            [row_id for _, row_id in accounts],
            [row_id for _, row_id in contacts],
        )
    )
    return {table: n for table, n in counts.items() if n}


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
    granted: list[str] = []
    granted_ids: list[int] = []
    for name in rep_names:
        rep = user_named(connection, name)
        statement = pg_insert(shares).values(account_id=account_id, user_id=rep.id, created_at=now)
        connection.execute(statement.on_conflict_do_nothing())
        granted.append(rep.name)
        granted_ids.append(rep.id)
    # Each rep gets a grant of the account and its people: their laptops pull all of it.
    people = _people_of(connection, [account_id])
    last = 0
    for user_id in granted_ids:
        last = max(last, grant(connection, "accounts", user_id, [account_id]))
        last = max(last, grant(connection, "contacts", user_id, people))
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
