"""Groundgame core: domain, storage, services and the headless CLI (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "Groundgame"
# Chooses the data folder like --data-dir; here, so the CLI can name it without loading services.
DATA_DIR_ENV_VAR = "GROUNDGAME_DATA_DIR"
