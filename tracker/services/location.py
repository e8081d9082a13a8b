"""Where the rep's data lives: --data-dir, GROUNDGAME_DATA_DIR, or the platform's user data folder."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "GROUNDGAME_DATA_DIR"
DATABASE_NAME = "groundgame.sqlite3"


class DataDirError(RuntimeError):
    """The data folder cannot be used; the message names the folder and the reason."""


@dataclass(frozen=True)
class DataLocation:
    """The data folder and the files Groundgame keeps in it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def damaged(self) -> Path:
        return self.root / "damaged"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "groundgame.lock"


def default_data_dir() -> Path:
    """The platform's per-user data folder for Groundgame."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Groundgame", appauthor=False, roaming=False))


def resolve(explicit: str | os.PathLike[str] | None = None) -> DataLocation:
    """The data location from an explicit path, else the environment, else the platform default."""
    raw = explicit if explicit not in (None, "") else os.environ.get(ENV_VAR) or None
    root = Path(raw).expanduser() if raw is not None else default_data_dir()
    return DataLocation(root.absolute())


def prepare(location: DataLocation) -> DataLocation:
    """Create the data folder if needed and prove it can be written; raise DataDirError if not."""
    root = location.root
    if root.exists() and not root.is_dir():
        raise DataDirError(f"data folder {root} is a file, not a folder")
    try:
        root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(root, 0o700)
    except OSError as exc:
        raise DataDirError(f"cannot create data folder {root}: {exc.strerror or exc}") from exc
    if location.database.exists() and not location.database.is_file():
        raise DataDirError(f"{location.database} is not a file")
    try:
        with tempfile.NamedTemporaryFile(dir=root, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(f"cannot write to data folder {root}: {exc.strerror or exc}") from exc
    return location
