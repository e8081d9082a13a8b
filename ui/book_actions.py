"""Window-wide actions of the book screens: the search palette, Find duplicates, navigation.

Installed by the main window with one call, so the book features stay out of its code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.search import HitKind, SearchHit
from ui.shell import Shell


class BookActions(QObject):
    """Owns the palette and the duplicates tool for one main window."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.palette: object | None = None
        self.search_action = QAction(QCoreApplication.translate("BookActions", "&Search…"), window)
        self.search_action.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.search_action.triggered.connect(self.open_search)
        self.duplicates_action = QAction(
            QCoreApplication.translate("BookActions", "Find &duplicates…"), window
        )
        self.duplicates_action.triggered.connect(self.find_duplicates)
        for action in (self.search_action, self.duplicates_action):
            window.addAction(action)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.search_action)
        window.edit_menu.addAction(self.duplicates_action)
        for view in window.views.values():  # the screens built so far; later ones on building
            self.wire(view)
        window.installEventFilter(self)

    def wire(self, view: QWidget) -> None:
        """Let a screen that offers to open a contact (pipeline, Base) open it in Contacts."""
        signal = getattr(view, "open_contact_requested", None)
        if signal is not None:
            signal.connect(self.open_contact)

    # -- navigation -----------------------------------------------------------------------------
    def open_contact(self, contact_id: str) -> None:
        self.window.show_page("contacts")
        view = self.window.views["contacts"]
        opener = getattr(view, "open_contact", None)
        if opener is not None:
            opener(contact_id)

    def open_account(self, account_id: str) -> None:
        self.window.show_page("contacts")
        opener = getattr(self.window.views["contacts"], "open_account", None)
        if opener is not None:
            opener(account_id)

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind is HitKind.ACCOUNT:
            self.open_account(hit.id)
        elif hit.contact_id:
            self.open_contact(hit.contact_id)
        elif hit.account_id:
            self.open_account(hit.account_id)

    # -- the tools ------------------------------------------------------------------------------
    def open_search(self) -> None:
        from ui.widgets.search_palette import SearchPalette

        if not isinstance(self.palette, SearchPalette):
            self.palette = SearchPalette(self.window.book, self.window)
            self.palette.open_hit.connect(self.open_hit)
        self.palette.popup()

    def find_duplicates(self) -> None:
        from ui.dialogs.duplicates import DuplicatesDialog

        def show(clusters: object) -> None:
            if not isinstance(clusters, list) or not clusters:
                QMessageBox.information(
                    self.window,
                    QCoreApplication.translate("BookActions", "Find duplicates"),
                    QCoreApplication.translate(
                        "BookActions", "No duplicates found. Your book is tidy."
                    ),
                )
                return
            dialog = DuplicatesDialog(
                self.window.book, self.window.operations, clusters, self.window
            )
            dialog.open_contact.connect(self.open_contact)
            dialog.open_account.connect(self.open_account)
            dialog.exec()

        self.window.operations.run_job(
            QCoreApplication.translate("BookActions", "Looking for duplicates…"),
            lambda progress: self.window.book.duplicates.clusters(progress),
            on_done=show,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            saver = getattr(self.window.views.get("contacts"), "save_layout", None)
            if saver is not None:
                saver()
        return super().eventFilter(watched, event)


def install_book_actions(window: Shell) -> BookActions:
    """Add the book's window-wide actions to the main window."""
    return BookActions(window)
