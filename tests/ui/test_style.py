"""The application style sheet parses (Qt only warns on a broken one, then ignores all of it)."""

from __future__ import annotations

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel

from ui.resources import style_sheet


def test_the_style_sheet_parses(qapp: QApplication) -> None:
    """Applying resources/style.qss to a widget raises no parse warning."""
    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "style" in message.lower():
            warnings.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        label = QLabel("x")
        label.setStyleSheet(style_sheet())
        label.ensurePolished()
    finally:
        qInstallMessageHandler(previous)
    assert style_sheet().count("{") == style_sheet().count("}")
    assert warnings == []
