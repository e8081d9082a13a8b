"""The first five minutes: the welcome page, the language, and demo data that says it is demo.

The welcome page shows while the book is empty, until the rep picks a way in (`ui.welcome`
declares the choices; the window registers what each does). The language picked there is saved
as the book's preference and announced with `language_chosen`, on which the app rebuilds the
window in that language (no restart). A book holding demo data carries a banner and a mark in
the title, and *File → Remove demo data…* takes the made-up rows out after a verified backup.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from ui.shell import Shell
from ui.welcome import CHOICES
from ui.widgets.banner import Banner
from ui.widgets.empty_state import EmptyState

LANGUAGES = (("", None), ("en", "English"), ("de", "Deutsch"))  # None: "System default"


class FirstRun(QObject):
    """Owns the welcome page, the language picker on it and the demo mark of one window."""

    language_chosen = Signal(str)

    def __init__(self, window: Shell, handlers: Mapping[str, Callable[[], None]]) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.handlers: dict[str, Callable[[], None]] = {"empty": self.start_empty, **handlers}
        missing = [choice.key for choice in CHOICES if choice.key not in self.handlers]
        assert not missing, f"welcome choices without a handler: {missing}"
        root = str(window.book.location.root).encode()
        self._started_key = "welcome/started/" + hashlib.sha1(root).hexdigest()

        self.page = EmptyState()
        self.page.setObjectName("welcome")
        self.page.set_content(
            self.tr("Welcome to Groundgame"),
            self.tr(
                "Every morning Groundgame shows whom to call and visit today, and schedules the "
                "next step the moment you log what happened. How would you like to begin?"
            ),
        )
        for choice in CHOICES:
            self.page.add_choice(
                choice.key, choice.title_text(), choice.description_text(), primary=choice.primary
            )
        self.page.add_footer(self._language_picker())
        self.page.action_triggered.connect(self.choose)

        self.remove_demo_action = QAction(self.tr("Remove &demo data…"), window)  # type: ignore[arg-type]
        self.remove_demo_action.triggered.connect(self.confirm_remove_demo)
        self.base_title = ""

    # -- the welcome page ----------------------------------------------------------------------
    def welcome_due(self) -> bool:
        """The welcome page shows while the book is empty and the rep has not picked a way in."""
        if self.window.settings.value(self._started_key, False, type=bool):
            return False
        return self.window.book.maintenance.is_empty()

    def choose(self, key: str) -> None:
        self.handlers[key]()

    def start_empty(self) -> None:
        """Leave the welcome page for good in this data folder; the rep adds contacts by hand."""
        self.window.settings.setValue(self._started_key, True)
        self.window.show_page("contacts")

    def _language_picker(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Language:"))
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("System default"), code)
        current = self.window.book.preferences.get().language
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setEnabled(not self.window.book.read_only)
        label.setBuddy(self.language)
        self.language.activated.connect(lambda _index: self.set_language())
        row.addWidget(label)
        row.addWidget(self.language)
        return box

    def set_language(self) -> None:
        """Save the picked language as the book's preference and announce it."""
        code = str(self.language.currentData())
        book = self.window.book
        saved = self.window.operations.write(
            lambda: book.preferences.save(replace(book.preferences.get(), language=code)),
            initiator=self,
        )
        if saved is not None:
            self.language_chosen.emit(code)

    # -- demo data -----------------------------------------------------------------------------
    def update_demo_mark(self, base_title: str) -> None:
        """Banner and title mark while the book holds demo data; the remove action with them."""
        self.base_title = base_title
        demo = self.window.book.maintenance.holds_demo()
        self.remove_demo_action.setEnabled(demo and not self.window.book.read_only)
        title = base_title
        if demo:
            title = self.tr("%1 — demo data").replace("%1", base_title)
            if "demo" not in self.window.banners.visible_keys():
                banner = Banner(
                    "demo",
                    self.tr(
                        "This book holds made-up demo customers. Look around as you like; when "
                        "you start for real, remove them in one step — contacts you added "
                        "yourself stay."
                    ),
                    level="info",
                    closable=False,
                )
                if not self.window.book.read_only:  # a read-only book cannot lose its demo
                    banner.add_action("remove", self.tr("Remove demo data…"))
                    banner.action_triggered.connect(
                        lambda action: action == "remove" and self.confirm_remove_demo()
                    )
                self.window.banners.show_banner(banner)
        else:
            self.window.banners.hide_banner("demo")
        self.window.setWindowTitle(title)

    def confirm_remove_demo(self) -> None:
        parent = self.window  # type: ignore[assignment]
        answer = QMessageBox.question(
            parent,  # type: ignore[arg-type]
            self.tr("Remove demo data"),
            self.tr(
                "Remove every made-up customer with their history? Contacts you added yourself "
                "stay. A backup of the book as it is now is saved first."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = self.window.operations.write(self.window.book.demo.remove, initiator=self)
        if removed is None:
            return
        text = (
            self.tr("Removed %1 demo contacts and %2 companies.")
            .replace("%1", str(removed.contacts))
            .replace("%2", str(removed.accounts))
        )
        if removed.kept_accounts:
            text += " " + self.tr(
                "%1 demo companies stay, because contacts you added work there."
            ).replace("%1", str(removed.kept_accounts))
        self.window.statusBar().showMessage(text, 15_000)
