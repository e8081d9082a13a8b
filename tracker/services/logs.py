"""The log file in the data folder: rotating, private to the rep, never holding customer data.

What goes in: backups and checks, damage found, and the tracebacks of bugs — code locations only.
Exception messages are not logged, because they may quote what the rep typed (a name, a note).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from tracker.services.location import make_private

LOG_NAME = "groundgame.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 3

log = logging.getLogger("groundgame")
log.addHandler(logging.NullHandler())  # until a data folder is known: never onto stderr


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are readable by the rep alone (0600 on POSIX)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


def configure_logging(log_dir: Path | None) -> Path | None:
    """Send the `groundgame` logger to `log_dir`/groundgame.log; return the file (None if unusable).

    Idempotent: a second call for the same folder changes nothing; another folder replaces it.
    """
    if log_dir is None:
        return None
    path = (log_dir / LOG_NAME).absolute()
    for handler in list(log.handlers):
        if isinstance(handler, _PrivateRotatingHandler):
            if Path(handler.baseFilename) == path:
                return path
            log.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        make_private(log_dir)
        handler = _PrivateRotatingHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=False
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def describe_bug(exc: BaseException) -> str:
    """The exception's type and the code path of it and its causes, without any message text."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(
            f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
            for frame in traceback.extract_tb(current.__traceback__)
        )  # locations only: not even the source line, which may quote a value
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}\n{frames}")
        current = current.__cause__ or current.__context__
    return "caused by: ".join(parts)


def log_bug(exc: BaseException, log_dir: Path | None) -> Path | None:
    """Write a bug's code path to the log; return the log file (None when there is none)."""
    path = configure_logging(log_dir)
    if path is None:
        return None
    log.error("unexpected error %s", describe_bug(exc))
    for handler in log.handlers:
        handler.flush()
    return path
