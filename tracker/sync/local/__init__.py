"""The laptop's side of sync inside the book: joining, batches to push, pulled pages to apply.

Every function here runs inside one write transaction the caller owns (`Database.write()`), so a
killed process leaves either the whole step or none of it: a batch is numbered and kept before it
is sent; an acknowledged batch leaves the outbox with the acknowledgement; a pulled page and the
cursor after it are applied together (trap 4, half-applied pulls). Rows are read and written
through the driver in the text forms SQLite stores, which is also how they travel.
"""

from tracker.sync.local.pull import Applied, apply_page
from tracker.sync.local.push import Pending, acknowledge, take_batch, to_refetch
from tracker.sync.local.state import (
    State,
    join,
    leave,
    new_identity,
    raw,
    read_state,
    settings,
    upload_remaining,
    waiting,
)

__all__ = [
    "Applied",
    "Pending",
    "State",
    "acknowledge",
    "apply_page",
    "join",
    "leave",
    "new_identity",
    "raw",
    "read_state",
    "settings",
    "take_batch",
    "to_refetch",
    "upload_remaining",
    "waiting",
]
