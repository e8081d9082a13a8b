"""What the rep reads when something fails: the core's problem kinds in the UI's language.

Disk full, a busy book, a read-only folder and a damaged file get their own translated sentence;
other errors the core words for the rep are shown as the core says them; bugs get one line and
their code path in the log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.services.errors import (
    BookBusy,
    Problem,
    ReadOnlyBook,
    classify,
    is_user_error,
    user_facing_message,
)
from tracker.services.safety.placement import PlacementRisk, PlacementWarning

_PROBLEMS = {
    Problem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Problems",
        "The disk is full, so nothing was saved. What you typed is still here: free some space "
        "and save again.",
    ),
    Problem.BUSY: QT_TRANSLATE_NOOP(
        "Problems",
        "The book is busy in another Groundgame window or command and did not become free in "
        "time, so nothing was saved. Try again in a moment.",
    ),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Problems", "Your data folder cannot be written, so nothing was saved."
    ),
    Problem.DAMAGED: QT_TRANSLATE_NOOP(
        "Problems",
        "The database file is damaged, so nothing was saved. Restart Groundgame to restore the "
        "latest backup.",
    ),
}


def is_problem(exc: BaseException) -> bool:
    """A write refused by the disk or the database (not the rep's input, not a bug)."""
    return isinstance(exc, ReadOnlyBook) or (classify(exc) is not None and not is_user_error(exc))


def message_for(exc: BaseException, *, log_dir: Path | None) -> str:
    """One or two plain sentences for the rep about `exc` (bugs are logged)."""
    if isinstance(exc, ReadOnlyBook):
        return QCoreApplication.translate(
            "Problems",
            "Groundgame opened your book read-only because your data folder cannot be written. "
            "Nothing can be saved.",
        )
    if isinstance(exc, BookBusy):
        return QCoreApplication.translate(
            "Problems",
            "Another Groundgame window or command is using the book. Close it and try again.",
        )
    problem = classify(exc)
    if problem is not None and not is_user_error(exc):
        return QCoreApplication.translate("Problems", _PROBLEMS[problem])
    return user_facing_message(exc, log_dir=log_dir)


def placement_text(warning: PlacementWarning) -> str:
    """The banner text for a risky data folder."""
    if warning.risk is PlacementRisk.NETWORK:
        text = QCoreApplication.translate(
            "Problems",
            "Your data folder %1 is on a network share (%2). SQLite databases get damaged on "
            "network shares: move the folder to this computer's own disk.",
        )
    else:
        text = QCoreApplication.translate(
            "Problems",
            "Your data folder %1 is inside %2, which copies files while they are being written "
            "and can damage the database: move the folder out of it.",
        )
    return text.replace("%1", str(warning.folder)).replace("%2", warning.where)
