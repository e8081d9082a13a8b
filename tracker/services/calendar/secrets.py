"""The calendar password in the system keyring (`keyring`: macOS Keychain, Windows Credential
Locker, the Secret Service of GNOME or KDE), keyed by the server address and the user. The book
keeps only the address, the user and the calendar, so neither it nor its backups hold the
password."""

from __future__ import annotations

import contextlib

from tracker.domain.calendar import CalendarError

SERVICE_PREFIX = "Groundgame calendar "

NO_KEYRING = (
    "this computer has no system keyring to keep the calendar password in ({detail}); "
    "on Linux start or unlock GNOME Keyring or KDE Wallet, then connect again"
)


def _service(server_url: str) -> str:
    return SERVICE_PREFIX + server_url


def check_keyring() -> None:
    """CalendarError unless a real keyring is there. keyring falls back to a backend that fails
    every call, or (where keyrings.alt is installed) to a plain-text file: neither is taken
    unless chosen on purpose with PYTHON_KEYRING_BACKEND."""
    import os

    import keyring

    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        raise CalendarError(NO_KEYRING.format(detail="no keyring service was found"))
    if module.startswith("keyrings.alt") and not os.environ.get("PYTHON_KEYRING_BACKEND"):
        raise CalendarError(NO_KEYRING.format(detail="only a plain-text file keyring is there"))


def store(server_url: str, user: str, password: str) -> None:
    """Keep the password; CalendarError when there is no keyring that can."""
    import keyring
    from keyring.errors import KeyringError

    check_keyring()
    try:
        keyring.set_password(_service(server_url), user, password)
    except KeyringError as exc:
        raise CalendarError(NO_KEYRING.format(detail=_first_line(exc))) from exc
    except RuntimeError as exc:  # some backends raise plain errors when locked or absent
        raise CalendarError(NO_KEYRING.format(detail=_first_line(exc))) from exc


def load(server_url: str, user: str) -> str | None:
    """The kept password, or None when the keyring has none (or there is no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(_service(server_url), user)
    except (KeyringError, RuntimeError):
        return None


def forget(server_url: str, user: str) -> None:
    """Remove the kept password; nothing kept is fine."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(_service(server_url), user)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:160] if text else type(exc).__name__
