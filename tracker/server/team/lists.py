"""Call lists: a manager's named list of contacts, copied to each rep it is sent to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)

from tracker.domain.ids import new_id
from tracker.server.auth import User
from tracker.server.merge import SERVER_CLIENT
from tracker.server.schema import (
    MIRRORS,
    campaigns,
    head,
)
from tracker.server.team.common import IDS, TeamError, lock, user_named
from tracker.server.visibility import shared_with, visible
from tracker.sync import hlc


def send_list(
    connection: Connection,
    *,
    manager: User,
    name: str,
    to: Sequence[str],
    contact_ids: Sequence[str],
    note: str | None,
    due_from: date | None,
    due_to: date | None,
    now: datetime,
) -> dict[str, Any]:
    """A named list of contacts for reps: each rep gets the contacts of it they can see."""
    name = name.strip()
    if not name:
        raise TeamError("a call list needs a name")
    if not to:
        raise TeamError("send the list to at least one rep")
    if not contact_ids:
        raise TeamError("a call list needs contacts")
    if due_from is not None and due_to is not None and due_to < due_from:
        raise TeamError("a call list cannot be due before it starts")
    lock(connection)
    campaign = new_id()
    connection.execute(
        insert(campaigns).values(
            id=campaign,
            name=name,
            note=note,
            due_from=due_from,
            due_to=due_to,
            created_by=manager.id,
            created_at=now,
        )
    )
    contacts = MIRRORS["contacts"]
    known = set(
        connection.execute(
            select(contacts.c.id).where(
                contacts.c.id == any_(bindparam("ids", type_=IDS)), contacts.c.deleted.is_(False)
            ),
            {"ids": list(contact_ids)},
        ).scalars()
    )
    missing = [c for c in contact_ids if c not in known]
    if missing:
        raise TeamError(f"the team server has no contact {missing[0]!r}")
    clock = hlc.from_wall(hlc.ms_of(now))
    stamp = now.replace(tzinfo=None)
    per_rep: dict[str, int] = {}
    for rep_name in to:
        rep = user_named(connection, rep_name)
        seen = set(
            connection.execute(
                select(contacts.c.id).where(
                    contacts.c.id == any_(bindparam("ids", type_=IDS)),
                    visible(rep.id, "contacts", has_shares=bool(shared_with(connection, rep.id))),
                ),
                {"ids": list(contact_ids)},
            ).scalars()
        )
        theirs = [c for c in contact_ids if c in seen]
        list_id = new_id()
        meta = {"*": [clock, 0, SERVER_CLIENT]}
        _insert_made(
            connection,
            "call_lists",
            [
                {
                    "id": list_id,
                    "campaign_id": campaign,
                    "name": name,
                    "note": note,
                    "due_from": due_from,
                    "due_to": due_to,
                    "sent_by": manager.name,
                    "sent_at": stamp,
                    "created_at": stamp,
                    "deleted_at": None,
                }
            ],
            owner=rep.id,
            author=manager.id,
            meta=meta,
        )
        _insert_made(
            connection,
            "call_list_entries",
            [
                {
                    "id": new_id(),
                    "list_id": list_id,
                    "contact_id": contact,
                    "position": position,
                    "created_at": stamp,
                    "deleted_at": None,
                }
                for position, contact in enumerate(theirs)
            ],
            owner=rep.id,
            author=manager.id,
            meta=meta,
        )
        per_rep[rep.name] = len(theirs)
    return {"campaign": campaign, "name": name, "sent": per_rep}


def _insert_made(
    connection: Connection,
    table: str,
    rows: list[dict[str, Any]],
    *,
    owner: int,
    author: int,
    meta: dict[str, list[int]],
) -> None:
    """Rows the server makes for a rep, numbered as changes."""
    if not rows:
        return
    mirror = MIRRORS[table]
    numbers = (
        connection.execute(
            text("SELECT nextval('sync_seq') FROM generate_series(1, :n)"), {"n": len(rows)}
        )
        .scalars()
        .all()
    )
    records = [
        {
            **row,
            "owner_id": owner,
            "seq": seq,
            "deleted": False,
            "meta": meta,
            "sole_client": SERVER_CLIENT,
            "author_id": author,
        }
        for row, seq in zip(rows, numbers, strict=True)
    ]
    connection.execute(insert(mirror), records)
    connection.execute(
        update(head).where(head.c.id == 1).values(seq=func.greatest(head.c.seq, max(numbers)))
    )
