"""Writing an export file atomically: into a temporary sibling, renamed into place when complete."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ExportError(RuntimeError):
    """An export could not be written; the message names the file and the reason."""


@contextmanager
def atomic_output(destination: Path) -> Iterator[Path]:
    """A temporary path to write to; it replaces `destination` only if the block succeeds."""
    destination = destination.expanduser()
    if destination.is_dir():
        raise ExportError(f"{destination} is a folder; give a file name")
    if not destination.parent.exists():
        raise ExportError(
            f"cannot write {destination}: the folder {destination.parent} does not exist"
        )
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        yield partial
        os.replace(partial, destination)
    except OSError as exc:
        raise ExportError(f"cannot write {destination}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
