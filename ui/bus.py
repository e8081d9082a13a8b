"""The one app-wide signal: data changed. Created once in ui.app and passed to every screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    """`changed(changes, initiator)`: a write committed; `initiator` is the widget that asked."""

    changed = Signal(object, object)
