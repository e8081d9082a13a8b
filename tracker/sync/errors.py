"""Why a sync could not happen, in words for the rep. Each leaves the book as it was: every
local change keeps waiting in the outbox until a later sync gets it through."""

from __future__ import annotations


class SyncError(RuntimeError):
    """A sync failed; the message is written for the rep."""


class NotInTeam(SyncError):
    """The book has not joined a team."""


class NotSignedIn(SyncError):
    """The book belongs to a team but holds no sign-in (signed out, or the token file is gone)."""


class Unreachable(SyncError):
    """The server could not be reached (offline, wrong address, server down)."""


class BadCredentials(SyncError):
    """Wrong user name or password."""


class PasswordChangeRequired(SyncError):
    """A one-time password was used: the rep must choose their own."""


class AccessRevoked(SyncError):
    """The server revoked this sign-in or the user; the local book stays usable."""


class Outdated(SyncError):
    """One side is too old for the other; `server_side` says which."""

    def __init__(self, message: str, *, server_side: bool) -> None:
        super().__init__(message)
        self.server_side = server_side


class RateLimited(SyncError):
    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class BatchReused(SyncError):
    """The server saw this batch number with other content: the book was restored."""


class ServerFailed(SyncError):
    """The server answered with an error of its own."""


class Forbidden(ServerFailed):
    """The server knows this user but refuses them the request ("only a sales manager can …")."""


SYNC_ERRORS: tuple[type[SyncError], ...] = (SyncError,)
