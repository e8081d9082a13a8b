"""What the `groundgame server …` commands do to the team's database: users and their access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, insert, select, update

from tracker.server.auth import MIN_PASSWORD, generate_password, hash_password
from tracker.server.schema import clients, tokens, users


class AdminError(RuntimeError):
    """An admin command cannot do what was asked; the message says why."""


@dataclass(frozen=True)
class UserInfo:
    name: str
    manager: bool
    created_at: datetime
    revoked_at: datetime | None
    one_time: bool
    laptops: int
    last_seen_at: datetime | None


def add_user(
    engine: Engine, name: str, *, manager: bool, password: str | None, now: datetime
) -> str | None:
    """Create a user; without a password, a generated one-time password is returned (and only
    its hash kept). Re-adding a revoked user gives them access again with the new password."""
    name = name.strip()
    if not name or len(name) > 100:
        raise AdminError("a user name needs 1 to 100 characters")
    if password is not None and len(password) < MIN_PASSWORD:
        raise AdminError(f"a password needs at least {MIN_PASSWORD} characters")
    one_time = password is None
    secret = generate_password() if password is None else password
    with engine.begin() as connection:
        existing = connection.execute(select(users).where(users.c.name == name)).first()
        if existing is not None and existing.revoked_at is None:
            raise AdminError(f"there is already a user {name!r}")
        values = {
            "password_hash": hash_password(secret),
            "one_time": one_time,
            "manager": manager,
            "revoked_at": None,
        }
        if existing is None:
            connection.execute(insert(users).values(name=name, created_at=now, **values))
        else:
            connection.execute(update(users).where(users.c.id == existing.id).values(**values))
    return secret if one_time else None


def list_users(engine: Engine) -> list[UserInfo]:
    laptops = (
        select(
            clients.c.user_id,
            func.count().label("laptops"),
            func.max(clients.c.last_seen_at).label("last_seen_at"),
        )
        .group_by(clients.c.user_id)
        .subquery()
    )
    statement = (
        select(users, laptops.c.laptops, laptops.c.last_seen_at)
        .outerjoin(laptops, laptops.c.user_id == users.c.id)
        .order_by(users.c.name)
    )
    with engine.connect() as connection:
        return [
            UserInfo(
                row.name,
                row.manager,
                row.created_at,
                row.revoked_at,
                row.one_time,
                row.laptops or 0,
                row.last_seen_at,
            )
            for row in connection.execute(statement)
        ]


def revoke(engine: Engine, name: str, *, now: datetime) -> int:
    """Revoke a user and every token they hold; returns how many tokens were live."""
    with engine.begin() as connection:
        row = connection.execute(select(users.c.id).where(users.c.name == name)).first()
        if row is None:
            raise AdminError(f"there is no user {name!r}")
        connection.execute(update(users).where(users.c.id == row.id).values(revoked_at=now))
        result = connection.execute(
            update(tokens)
            .where(tokens.c.user_id == row.id, tokens.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        return int(result.rowcount or 0)
