"""What the manager's operations share: errors, selections of accounts and contacts, the lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY

from tracker.server.auth import User
from tracker.server.merge import LOCK_KEY
from tracker.server.schema import (
    MIRRORS,
    users,
)

IDS = ARRAY(String(36))


class TeamError(RuntimeError):
    """A manager's request cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class Selection:
    """Which accounts (with all their contacts) and which contacts without an account."""

    postcode: str | None = None
    city: str | None = None
    tier: str | None = None
    tag: str | None = None
    stage: str | None = None
    owner: int | None = None
    name: str | None = None  # the account's name contains it (a loose contact's: the person's)


def user_named(connection: Connection, name: str) -> User:
    row = connection.execute(select(users).where(users.c.name == name)).first()
    if row is None:
        raise TeamError(f"there is no rep {name!r} on the team server")
    if row.revoked_at is not None:
        raise TeamError(f"{name} no longer has access to the team server")
    return User(row.id, row.name, row.manager)


def user_named_any(connection: Connection, name: str) -> User:
    """A user even if their access was revoked (a leaving rep's book is handed over after)."""
    row = connection.execute(select(users).where(users.c.name == name)).first()
    if row is None:
        raise TeamError(f"there is no rep {name!r} on the team server")
    return User(row.id, row.name, row.manager)


def lock(connection: Connection) -> None:
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


ACCOUNTS = bindparam("accounts", type_=IDS)
CONTACTS = bindparam("contacts", type_=IDS)


def in_area(column: Any, prefix: str) -> Any:
    """A postcode column starting with a prefix (spaces ignored on both sides)."""
    return func.replace(func.coalesce(column, ""), " ", "").startswith(prefix.replace(" ", ""))


def name_contains(column: Any, text: str) -> Any:
    """A name containing a text in any case (`%` and `_` typed by a person are no wildcards)."""
    return func.lower(func.coalesce(column, "")).contains(text.strip().lower(), autoescape=True)


def person_name(contacts: Any) -> Any:
    """A contact's full name as one text, for searching."""
    return func.concat_ws(" ", contacts.c.first_name, contacts.c.last_name)


def account_filter(selection: Selection) -> Any:
    """The SQL condition on `accounts` for a selection."""
    accounts, contacts = MIRRORS["accounts"], MIRRORS["contacts"]
    conditions: list[Any] = [accounts.c.deleted.is_(False), accounts.c.deleted_at.is_(None)]
    if selection.name:
        conditions.append(name_contains(accounts.c.name, selection.name))
    if selection.postcode:
        conditions.append(in_area(accounts.c.postal_code, selection.postcode))
    if selection.city:
        conditions.append(func.lower(accounts.c.city) == selection.city.lower())
    if selection.tier:
        conditions.append(accounts.c.tier == selection.tier)
    if selection.owner is not None:
        conditions.append(accounts.c.owner_id == selection.owner)
    if selection.tag:
        tags = MIRRORS["contact_tags"]
        conditions.append(
            accounts.c.id.in_(
                select(contacts.c.account_id)
                .join(tags, tags.c.contact_id == contacts.c.id)
                .where(func.lower(tags.c.tag) == selection.tag.lower(), tags.c.deleted.is_(False))
            )
        )
    if selection.stage:
        deals = MIRRORS["deals"]
        conditions.append(
            accounts.c.id.in_(
                select(deals.c.account_id).where(
                    deals.c.stage == selection.stage,
                    deals.c.deleted.is_(False),
                    deals.c.deleted_at.is_(None),
                )
            )
        )
    return and_(*conditions)


def loose_contact_filter(selection: Selection) -> Any:
    """The SQL condition on `contacts` without an account, for a selection."""
    contacts = MIRRORS["contacts"]
    conditions: list[Any] = [
        contacts.c.account_id.is_(None),
        contacts.c.deleted.is_(False),
        contacts.c.deleted_at.is_(None),
    ]
    if selection.tier:
        return and_(contacts.c.id.is_(None))  # a tier is the account's: loose contacts have none
    if selection.name:
        conditions.append(name_contains(person_name(contacts), selection.name))
    if selection.postcode:
        conditions.append(in_area(contacts.c.postal_code, selection.postcode))
    if selection.city:
        conditions.append(func.lower(contacts.c.city) == selection.city.lower())
    if selection.owner is not None:
        conditions.append(contacts.c.owner_id == selection.owner)
    if selection.tag:
        tags = MIRRORS["contact_tags"]
        conditions.append(
            contacts.c.id.in_(
                select(tags.c.contact_id).where(
                    func.lower(tags.c.tag) == selection.tag.lower(), tags.c.deleted.is_(False)
                )
            )
        )
    if selection.stage:
        deals = MIRRORS["deals"]
        conditions.append(
            contacts.c.id.in_(
                select(deals.c.contact_id).where(
                    deals.c.stage == selection.stage, deals.c.deleted.is_(False)
                )
            )
        )
    return and_(*conditions)
