"""The first-run choices of the welcome page, declared once.

The welcome page shows one large button per entry, in this order; the main window runs the
handler registered under the entry's key (`MainWindow.welcome_handlers`). Adding a way in (say,
signing in to a team) is one entry here and one handler there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class WelcomeChoice:
    """A way into Groundgame: stable key, title and what it does (both marked for translation)."""

    key: str
    title: str
    description: str
    primary: bool = False

    def title_text(self) -> str:
        return QCoreApplication.translate("Welcome", self.title)

    def description_text(self) -> str:
        return QCoreApplication.translate("Welcome", self.description)


CHOICES: tuple[WelcomeChoice, ...] = (
    WelcomeChoice(
        "import",
        QT_TRANSLATE_NOOP("Welcome", "Import contacts…"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "Bring in the customers you already have: a CSV or Excel file (Outlook, Google "
            "Contacts, HubSpot, Pipedrive, Salesforce …) or vCards.",
        ),
        primary=True,
    ),
    WelcomeChoice(
        "empty",
        QT_TRANSLATE_NOOP("Welcome", "Start with an empty book"),
        QT_TRANSLATE_NOOP(
            "Welcome", "Add contacts one by one as you meet them (Contacts → New contact)."
        ),
    ),
    WelcomeChoice(
        "demo",
        QT_TRANSLATE_NOOP("Welcome", "Try with demo data"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "Look around in a book of 300 made-up customers with a year of history. It is marked "
            "as demo data and removed in one step (File → Remove demo data) when you start for real.",
        ),
    ),
    WelcomeChoice(
        "team",
        QT_TRANSLATE_NOOP("Welcome", "Sign in to a team…"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "Your sales team has a Groundgame team server: sign in with the address, user name and "
            "password you were given. Your part of the team's book comes down and stays in sync.",
        ),
    ),
)
