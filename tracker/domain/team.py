"""Team mode as the frontends see it: the sync status line, a sync's report, conflicts to resolve
and changes the server refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncPhase(StrEnum):
    """What a running or finished sync is doing, for progress and the status line."""

    UPLOADING = "uploading"  # the first push of a book that joined a team
    PUSHING = "pushing"
    PULLING = "pulling"
    DONE = "done"


@dataclass(frozen=True)
class TeamStatus:
    """The book's team membership and how far sync has come."""

    server_url: str
    user: str
    client_id: str
    cursor: int
    waiting: int  # local changes not yet on the server
    uploading: bool  # the book's first push is not finished
    last_sync_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    conflicts: int  # unresolved
    refusals: int  # not dismissed
    signed_in: bool  # a token is stored
    manager: bool = False  # signed in as a user the server knows as a sales manager


@dataclass(frozen=True)
class SyncReport:
    """What one sync did."""

    pushed: int
    refused: int
    pulled: int
    conflicts: int
    cursor: int
    batches: int
    pages: int
    manager: bool | None = None  # the user's role as the server said at the end (None: unsaid)


@dataclass(frozen=True)
class Conflict:
    """A field two people changed at once: the value kept for now and the other one."""

    id: str
    table: str
    row_id: str
    column: str
    record: str  # what the rep calls the record ("Anna Weber", "Müller GmbH", "a note on …")
    kept_value: str | None
    other_value: str | None
    kept_by: str
    other_by: str
    detected_at: datetime


class Resolution(StrEnum):
    KEEP = "kept"  # the value kept for now stays
    OTHER = "other"  # the other value replaces it
    COMBINED = "combined"  # the rep wrote a value of their own (often both joined)


@dataclass(frozen=True)
class Refusal:
    """A local change the server refused, with the reason it gave."""

    id: int
    table: str
    row_id: str
    reason: str
    refused_at: datetime
    record: str = ""  # what the rep calls the record, as for a Conflict
