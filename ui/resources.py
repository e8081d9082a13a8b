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


FONTS = RESOURCES / "fonts"


@cache
def chart_fonts_loaded() -> bool:
    """Make DejaVu Sans, the charts' font (the PDF's too), known to Qt once, so the charts look
    the same on screen as on paper whatever fonts the system has."""
    from PySide6.QtGui import QFontDatabase

    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in sorted(FONTS.glob("*.ttf"))]
    return all(font_id >= 0 for font_id in loaded)
