"""Why a sync or a sign-in failed, as the app treats it: a kind (which decides what the status
bar says and whether the background sync tries again by itself) and a plain sentence for the rep.

The core's errors (tracker/sync/errors.py) carry English messages written for the rep; here each
kind gets a translated sentence of its own, and only what the server itself said is passed on.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tracker.services.progress import Cancelled
from tracker.sync.errors import (
    AccessRevoked,
    BadCredentials,
    NotInTeam,
    NotSignedIn,
    Outdated,
    PasswordChangeRequired,
    RateLimited,
    SyncError,
    Unreachable,
)
from ui.problems import message_for

translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context


class Failure(StrEnum):
    """What kind of trouble a sync ran into."""

    OFFLINE = "offline"  # the server cannot be reached: the laptop is offline or the server down
    BUSY = "busy"  # the server asked to slow down
    SIGN_IN = "sign_in"  # the server does not know this sign-in (any more): sign in again
    PASSWORD = "password"  # a one-time password: the rep must choose their own
    REVOKED = "revoked"  # the team's administrator took the access away
    APP_OUTDATED = "app_outdated"  # this app is too old for the server
    SERVER_OUTDATED = "server_outdated"  # the server is too old for this app
    NOT_IN_TEAM = "not_in_team"  # the book left the team meanwhile
    CANCELLED = "cancelled"  # the rep stopped it
    FAILED = "failed"  # anything else: a server error, a full disk, a bug


# Kinds that go away by themselves (the network comes back, the server recovers): the background
# sync tries again, later and later. The others need the rep (or an administrator) to act first.
RETRIED = frozenset({Failure.OFFLINE, Failure.BUSY, Failure.FAILED})


def failure_of(exc: BaseException) -> Failure:
    if isinstance(exc, Cancelled):
        return Failure.CANCELLED
    if isinstance(exc, Unreachable):
        return Failure.OFFLINE
    if isinstance(exc, RateLimited):
        return Failure.BUSY
    if isinstance(exc, PasswordChangeRequired):
        return Failure.PASSWORD
    if isinstance(exc, BadCredentials | NotSignedIn):
        return Failure.SIGN_IN
    if isinstance(exc, AccessRevoked):
        return Failure.REVOKED
    if isinstance(exc, Outdated):
        return Failure.SERVER_OUTDATED if exc.server_side else Failure.APP_OUTDATED
    if isinstance(exc, NotInTeam):
        return Failure.NOT_IN_TEAM
    return Failure.FAILED


def failure_text(exc: BaseException, *, server: str = "", log_dir: Path | None = None) -> str:
    """One or two plain sentences for the rep about a failed sync or sign-in."""
    kind = failure_of(exc)
    if kind is Failure.OFFLINE:
        return translate(
            "TeamFailures",
            "Cannot reach the team server at %1. Check the address and your network connection.",
        ).replace("%1", server or translate("TeamFailures", "this address"))
    if kind is Failure.BUSY:
        return translate(
            "TeamFailures", "The team server is busy. Groundgame tries again in a moment."
        )
    if kind is Failure.PASSWORD:
        return translate(
            "TeamFailures", "This is a one-time password. Choose your own password to go on."
        )
    if kind is Failure.SIGN_IN:
        if isinstance(exc, NotSignedIn):
            return translate(
                "TeamFailures", "You are signed out. Sign in to sync; your changes wait until then."
            )
        return translate("TeamFailures", "Wrong user name or password.")
    if kind is Failure.REVOKED:
        return translate(
            "TeamFailures",
            "Your access to the team was revoked. Your book stays on this laptop; ask your "
            "team's administrator.",
        )
    if kind is Failure.APP_OUTDATED:
        return translate(
            "TeamFailures",
            "This Groundgame is too old for the team server. Update Groundgame; your changes "
            "wait until then.",
        )
    if kind is Failure.SERVER_OUTDATED:
        return translate(
            "TeamFailures",
            "The team server is older than this Groundgame. Ask your team's administrator to "
            "update it; your changes wait until then.",
        )
    if kind is Failure.NOT_IN_TEAM:
        return translate("TeamFailures", "This book is not in a team any more.")
    if kind is Failure.CANCELLED:
        return translate("TeamFailures", "Sync stopped. What is left goes with the next sync.")
    if isinstance(exc, SyncError):  # the core's or the server's own words, written for the rep
        return sentence(str(exc))
    return message_for(exc, log_dir=log_dir)


def sentence(text: str) -> str:
    """The core's messages read as clauses ("the team server refused …"): as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
