"""Users and bearer tokens: argon2 password hashes, random tokens stored only as their SHA-256,
revocable per token or per user."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, func, insert, select, update

from tracker.server.schema import tokens, users

# OWASP's argon2id recommendation (19 MiB, two passes): about 0.1 s per sign-in on a small server.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Hashed once, so an unknown user costs as much time as a wrong password.
_DUMMY_HASH = _hasher.hash("groundgame-no-such-user")
MIN_PASSWORD = 8


class AuthError(RuntimeError):
    """Signing in or a request's token failed; `code` is the protocol's error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class User:
    id: int
    name: str
    manager: bool


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def generate_password() -> str:
    """A one-time password a person can type: four groups of four letters and digits."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign_in(
    connection: Connection,
    *,
    name: str,
    password: str,
    new_password: str | None,
    client_id: str,
    device: str,
    now: datetime,
) -> tuple[User, str]:
    """Check the password and hand out a new token (only its hash is stored).

    A one-time password works once: the rep must choose their own password with it.
    """
    row = connection.execute(select(users).where(users.c.name == name)).first()
    stored = row.password_hash if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
        valid = row is not None
    except (VerificationError, InvalidHashError):
        valid = False
    if not valid or row is None:
        raise AuthError("unauthorized", "wrong user name or password")
    if row.revoked_at is not None:
        raise AuthError("revoked", f"the team server has revoked access for {name}")
    if row.one_time:
        if not new_password:
            raise AuthError(
                "password_change_required",
                "this is a one-time password: choose your own password to sign in",
            )
        if len(new_password) < MIN_PASSWORD:
            raise AuthError(
                "bad_request", f"choose a password of at least {MIN_PASSWORD} characters"
            )
        connection.execute(
            update(users)
            .where(users.c.id == row.id)
            .values(password_hash=hash_password(new_password), one_time=False)
        )
    token = secrets.token_urlsafe(32)
    connection.execute(
        insert(tokens).values(
            user_id=row.id,
            token_hash=token_hash(token),
            client_id=client_id,
            device=device[:200],
            created_at=now,
            last_used_at=now,
        )
    )
    return User(row.id, row.name, row.manager), token


def authenticate(connection: Connection, token: str, *, now: datetime) -> tuple[User, str]:
    """The user a bearer token belongs to and the laptop it was issued to."""
    row = connection.execute(
        select(
            users.c.id,
            users.c.name,
            users.c.manager,
            users.c.revoked_at.label("user_revoked"),
            tokens.c.id.label("token_id"),
            tokens.c.client_id,
            tokens.c.revoked_at.label("token_revoked"),
        )
        .join(tokens, tokens.c.user_id == users.c.id)
        .where(tokens.c.token_hash == token_hash(token))
    ).first()
    if row is None:
        raise AuthError("unauthorized", "the team server does not know this sign-in; sign in again")
    if row.user_revoked is not None or row.token_revoked is not None:
        raise AuthError("revoked", "the team server has revoked this sign-in")
    connection.execute(update(tokens).where(tokens.c.id == row.token_id).values(last_used_at=now))
    return User(row.id, row.name, row.manager), row.client_id


def revoke_token(connection: Connection, token: str, *, now: datetime) -> None:
    connection.execute(
        update(tokens)
        .where(tokens.c.token_hash == token_hash(token), tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def count_users(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(users)).scalar_one())
