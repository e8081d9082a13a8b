"""Groundgame core: domain, storage, services and the headless CLI (no Qt here).

`__version__` comes from the one version number in pyproject.toml: the installed package's
metadata (also inside the bundles), or pyproject.toml itself in a source tree that was never
installed. It is looked up on first use, so starting the app does not pay for it.
"""

from __future__ import annotations

from functools import cache

APP_NAME = "Groundgame"
# Chooses the data folder like --data-dir; here, so the CLI can name it without loading services.
DATA_DIR_ENV_VAR = "GROUNDGAME_DATA_DIR"
DISTRIBUTION = "groundgame"


@cache
def version() -> str:
    """The app's version, as pyproject.toml gives it."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
