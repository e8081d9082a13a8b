"""Groundgame core: domain, storage, services and the headless CLI (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "Groundgame"
