"""The PySide6 desktop frontend. It reaches the core only through tracker.services."""

from ui.pyside_guard import protect_none

protect_none()  # before any Qt call: see ui/pyside_guard.py
