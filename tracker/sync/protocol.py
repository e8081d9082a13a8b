"""The sync protocol between a laptop and the team server: versions, routes, message shapes.

JSON bodies, gzip-compressed both ways. Every request states PROTOCOL and SYNC_SCHEMA in headers;
a side that is too old answers 426 with a message for the rep (the laptop keeps everything it
holds). A push carries `(client_id, batch)`: the server applies a batch in one transaction and
records its number and answer in that transaction, so a retry after a lost answer returns the
same answer and changes nothing. Values travel in the text forms SQLite stores (dates
`YYYY-MM-DD`, instants as naive UTC `YYYY-MM-DD HH:MM:SS.ffffff`), so a laptop writes what it
receives as it is.
"""

from __future__ import annotations

import gzip
import io
import json
from typing import Any, Literal, NotRequired, TypedDict

PROTOCOL = 1
PROTOCOL_HEADER = "Groundgame-Protocol"
SCHEMA_HEADER = "Groundgame-Schema"

LOGIN = "/v1/login"
LOGOUT = "/v1/logout"
PUSH = "/v1/push"
PULL = "/v1/pull"
STATUS = "/v1/status"
SETTINGS = "/v1/settings"
TEAM = "/v1/team"  # the sales manager's routes: /v1/team/<action>

# Limits the server enforces and the laptop keeps below.
MAX_BATCH = 2000  # mutations per push
MAX_BODY_BYTES = 32 * 1024 * 1024  # uncompressed
MAX_TEXT = 100_000  # characters in a Text column
PAGE_ROWS = 20_000  # rows per pull page, at most (each page one transaction on the laptop)

ErrorCode = Literal[
    "bad_request",
    "unauthorized",
    "revoked",
    "client_outdated",
    "server_outdated",
    "too_large",
    "rate_limited",
    "batch_reused",
    "server_error",
]


class Mutation(TypedDict):
    """One row's change: `f` the values, `c` each field's clock, `b` the cursor the edit saw."""

    t: str
    id: str
    op: Literal["upsert", "delete"]
    f: NotRequired[dict[str, Any]]
    c: NotRequired[dict[str, int]]
    h: int  # the clock of a delete, or the newest of `c`
    b: int


class PushRequest(TypedDict):
    client_id: str
    batch: int
    mutations: list[Mutation]


class Refusal(TypedDict):
    t: str
    id: str
    reason: str


class PushAnswer(TypedDict):
    batch: int
    seq: int
    hlc: int
    applied: int
    refused: list[Refusal]
    conflicts: int


class PullRequest(TypedDict):
    client_id: str
    cursor: int
    limit: int
    refetch: NotRequired[list[list[str]]]


class PulledTable(TypedDict):
    """A page's rows of one table: `columns` names the values after `seq` and `deleted`."""

    t: str
    columns: list[str]
    rows: list[list[Any]]


class PullAnswer(TypedDict):
    tables: list[PulledTable]
    cursor: int
    more: bool
    remaining: int
    hlc: int


class LoginRequest(TypedDict):
    user: str
    password: str
    client_id: str
    device: str


class LoginAnswer(TypedDict):
    token: str
    user: str
    manager: bool


class ErrorAnswer(TypedDict):
    error: ErrorCode
    message: str


def encode(body: object) -> bytes:
    """A message as gzip-compressed JSON."""
    return gzip.compress(json.dumps(body, separators=(",", ":")).encode("utf-8"), compresslevel=1)


def decode(data: bytes, *, limit: int = MAX_BODY_BYTES) -> Any:
    """A gzip-compressed (or plain) JSON message; ValueError when it is malformed or too large."""
    if data[:2] == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            try:
                raw = stream.read(limit + 1)
            except (OSError, EOFError) as exc:
                raise ValueError(f"the message is not valid gzip: {exc}") from exc
    else:
        raw = data
    if len(raw) > limit:
        raise ValueError(f"the message is larger than {limit} bytes")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"the message is not JSON: {exc}") from exc
