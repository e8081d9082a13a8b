"""The Contacts screen: a Contacts tab and an Accounts tab, each a lazy list with its detail."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tracker.domain.changes import Changes
from tracker.services.book import Book
from ui.bus import Bus
from ui.operations import Operations
from ui.views.account_list import AccountsPanel
from ui.views.base import View
from ui.views.contact_list import ContactsPanel


class ContactsView(View):
    """Know your customers: every contact and account, fast at any size."""

    def __init__(
        self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(book, bus, operations, parent)
        settings = getattr(operations.window, "settings", None)
        settings = settings if isinstance(settings, QSettings) else None
        self.contacts = ContactsPanel(book, operations, settings)
        self.accounts = AccountsPanel(book, operations, settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.contacts, self.tr("&People"))
        self.tabs.addTab(self.accounts, self.tr("&Accounts"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.contacts.open_account.connect(self.open_account)
        self.accounts.open_contact.connect(self.open_contact)
        self.accounts.new_contact_requested.connect(
            lambda account_id, name: self.contacts.new_contact(account_id, name)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.tabs)
        self._loaded = {"contacts": False, "accounts": False}

    def concerns(self, changes: Changes) -> bool:
        return bool(
            changes.everything
            or changes.contacts
            or changes.accounts
            or changes.deals
            or changes.activities
            or changes.purchases
            or changes.referrals
            or changes.cadences
            or changes.imports
        )

    def refresh(self) -> None:
        self._loaded = {"contacts": False, "accounts": False}
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = "contacts" if self.tabs.currentWidget() is self.contacts else "accounts"
        if not self._loaded[key]:
            panel = self.contacts if key == "contacts" else self.accounts
            panel.refresh()
            self._loaded[key] = True

    def open_contact(self, contact_id: str) -> None:
        """Show this contact in the People tab."""
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.open_contact(contact_id)

    def open_account(self, account_id: str) -> None:
        """Show this account in the Accounts tab."""
        self.tabs.setCurrentWidget(self.accounts)
        self.accounts.open_account(account_id)

    def save_layout(self) -> None:
        self.contacts.save_layout()
        self.accounts.save_layout()
