"""Translated names for the core's stable codes (outcomes, stages, undo actions …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.services.undo import UndoInfo

UNDO_ACTIONS: dict[str, str] = {
    "log_outcome": QT_TRANSLATE_NOOP("Undo", "Undo log of %1"),
}


def undo_label(info: UndoInfo) -> str:
    """'Undo …' menu text for the action an undo would take back."""
    template = UNDO_ACTIONS.get(info.action)
    if template is None:
        return QCoreApplication.translate("Undo", "&Undo %1").replace("%1", info.subject)
    return QCoreApplication.translate("Undo", template).replace("%1", info.subject)
