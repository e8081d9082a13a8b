"""Where the rep's data lives: --data-dir, GROUNDGAME_DATA_DIR, or the platform's user data folder."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tracker import DATA_DIR_ENV_VAR

ENV_VAR = DATA_DIR_ENV_VAR
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
        """Held shared by every open book, exclusive while the file is swapped or rewritten."""
        return self.root / "groundgame.lock"

    @property
    def app_lock_file(self) -> Path:
        """Held by the one running window on this data folder."""
        return self.root / "groundgame.app.lock"

    @property
    def state_file(self) -> Path:
        """Small facts about the files kept outside the database (when the last full check ran)."""
        return self.root / "maintenance.json"


def default_data_dir() -> Path:
    """The platform's per-user data folder for Groundgame."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Groundgame", appauthor=False, roaming=False))


def resolve(explicit: str | os.PathLike[str] | None = None) -> DataLocation:
    """The data location from an explicit path, else the environment, else the platform default."""
    raw = explicit if explicit not in (None, "") else os.environ.get(ENV_VAR) or None
    root = Path(raw).expanduser() if raw is not None else default_data_dir()
    return DataLocation(root.absolute())


def prepare(location: DataLocation) -> bool:
    """Create the data folder if needed; True when it can be written.

    A folder that cannot be written but already holds a database is opened read-only (the caller
    decides); one without a database is of no use and raises DataDirError.
    """
    root = location.root
    if root.exists() and not root.is_dir():
        raise DataDirError(f"data folder {root} is a file, not a folder")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"cannot create data folder {root}: {exc.strerror or exc}") from exc
    make_private(root)
    if location.database.exists() and not location.database.is_file():
        raise DataDirError(f"{location.database} is not a file")
    try:
        with tempfile.NamedTemporaryFile(dir=root, prefix=".write-test-"):
            pass
    except OSError as exc:
        if location.database.is_file():
            return False
        raise DataDirError(f"cannot write to data folder {root}: {exc.strerror or exc}") from exc
    for folder in (location.backups, location.logs):
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise DataDirError(f"cannot create {folder}: {exc.strerror or exc}") from exc
        make_private(folder)
    # A database file the rep may not write (but may read) is opened read-only too.
    return not location.database.is_file() or os.access(location.database, os.W_OK)


def make_private(path: Path) -> None:
    """On POSIX take away every permission of group and others (never add any for the owner).

    Folders end up 0700 and files 0600 when the owner had full access; a folder the owner made
    read-only stays read-only. Files we do not own are left alone.
    """
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass
