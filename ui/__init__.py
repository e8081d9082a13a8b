"""The PySide6 desktop frontend. It reaches the core only through tracker.services."""
