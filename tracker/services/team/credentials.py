"""The sign-in token for the team server, kept beside the book, never inside it.

A file `team-token` in the data folder, readable by the rep alone (0600), so backups of the book
never carry it and a restored book still needs the rep's own sign-in.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tracker.services.location import DataLocation, make_private

TOKEN_FILE = "team-token"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    user: str
    token: str
    manager: bool = False  # the server said so at sign-in: the app offers the manager's actions


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
            manager=data.get("manager") is True,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(location: DataLocation, credentials: Credentials) -> None:
    """Write the file whole or not at all. Two threads may save at once (the app's requests
    run on workers): each writes its own temporary file (0600) and renames it into place."""
    path = token_path(location)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".partial")
    partial = Path(name)
    try:
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
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def forget(location: DataLocation) -> None:
    token_path(location).unlink(missing_ok=True)
