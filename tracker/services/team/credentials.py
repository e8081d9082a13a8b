"""The sign-in token for the team server, kept beside the book, never inside it.

A file `team-token` in the data folder, readable by the rep alone (0600), so backups of the book
never carry it and a restored book still needs the rep's own sign-in.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from tracker.services.location import DataLocation, make_private

TOKEN_FILE = "team-token"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    user: str
    token: str
    manager: bool = False  # the server's role for the user, as its last answer said


def token_path(location: DataLocation) -> Path:
    return location.root / TOKEN_FILE


def load(location: DataLocation) -> Credentials | None:
    path = token_path(location)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(
            str(data["server_url"]),
            str(data["user"]),
            str(data["token"]),
            data.get("manager") is True,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(location: DataLocation, credentials: Credentials) -> None:
    path = token_path(location)
    partial = path.with_name(path.name + ".partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    descriptor = os.open(partial, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        json.dump(
            {
                "server_url": credentials.server_url,
                "user": credentials.user,
                "token": credentials.token,
                "manager": credentials.manager,
            },
            stream,
        )
        stream.flush()
        os.fsync(stream.fileno())
    make_private(partial)
    os.replace(partial, path)


def forget(location: DataLocation) -> None:
    token_path(location).unlink(missing_ok=True)
