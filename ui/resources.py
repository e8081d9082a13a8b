"""Where the app's files live: icons, style sheet, translations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (an empty icon if it is missing)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet() -> str:
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""
