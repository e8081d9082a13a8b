"""Choosing the UI language: the preference if set, else the system locale; English is the source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import TRANSLATIONS

SUPPORTED = ("en", "de")


def choose_locale(preference: str) -> QLocale:
    """The locale to run in: the preferred language, or the system's when none is set."""
    if preference:
        return QLocale(preference)
    return QLocale.system()


def install_translators(app: QCoreApplication, preference: str) -> QLocale:
    """Load Groundgame's and Qt's own translations for the chosen language; return its locale.

    Calling it again (once the book's language preference is known) replaces the earlier ones.
    """
    for old in app.findChildren(QTranslator, "groundgame-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = choose_locale(preference)
    QLocale.setDefault(locale)
    language = locale.name().split("_")[0]
    if language == "en" or language not in SUPPORTED:
        return locale
    ours = QTranslator(app)
    ours.setObjectName("groundgame-translator")
    if ours.load(f"groundgame_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
    qt = QTranslator(app)
    qt.setObjectName("groundgame-translator")
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return locale
