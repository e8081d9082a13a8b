"""The contacts tab: filters, the lazy list of every contact, the detail, single and bulk actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QMenu, QMessageBox, QPushButton, QWidget

from tracker.domain.contacts import ContactQuery, ContactSort
from tracker.domain.enums import ContactState, Lifecycle, Tier
from tracker.services.book import Book
from ui.dialogs.contact_edit import ContactDialog
from ui.dialogs.contact_state import StateDialog
from ui.dialogs.deals import DealDialog
from ui.display import enum_of, plural
from ui.labels import CONTACT_STATES, LIFECYCLES, label, tier_label
from ui.models.contacts import contact_model
from ui.operations import Operations
from ui.views.contact_detail import ContactDetailPane
from ui.views.list_panel import ListPanel

WIDTHS = (126, 128, 76, 90, 76, 64, 70, 120)


def choice(all_text: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class ContactsPanel(ListPanel):
    """Every contact, filtered and sorted in SQL; the selected one in detail."""

    open_account = Signal(str)

    def __init__(
        self,
        book: Book,
        operations: Operations,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.book = book
        self.operations = operations
        self.region = book.preferences.get().default_region
        self.detail = ContactDetailPane(book, operations)
        self.detail.region = self.region
        model = contact_model(book.contacts.rows, lambda: self.region)
        super().__init__(
            model, self.detail, settings_key="contacts", settings=settings, parent=parent
        )
        self.sort_code = ContactSort.NAME
        self.filter.setPlaceholderText(
            self.tr("Filter by name, company, e-mail, tag, note or phone number…")
        )
        self.lifecycle = choice(
            self.tr("Every lifecycle"), [(label(LIFECYCLES, c), c) for c in Lifecycle]
        )
        self.state = choice(
            self.tr("Every state"), [(label(CONTACT_STATES, s), s) for s in ContactState]
        )
        self.tier = choice(self.tr("Every tier"), [(tier_label(t), t) for t in Tier])
        self.tag = choice(self.tr("Every tag"), [])
        for combo in (self.lifecycle, self.state, self.tier, self.tag):
            combo.activated.connect(lambda _i: self.requery())
            self.bar.addWidget(combo)
        self.new_button = QPushButton(self.tr("&New contact…"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Add a contact (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(lambda: self.new_contact())
        self.bar.addWidget(self.new_button)
        self.current_changed.connect(self.show_contact)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.activated.connect(lambda _index: self.detail.tabs.setFocus())
        self.detail.edit_requested.connect(self.edit_contact)
        self.detail.state_requested.connect(lambda cid: self.change_state([cid]))
        self.detail.deal_requested.connect(self.new_deal)
        self.detail.open_contact.connect(self.open_contact)
        self.detail.open_account.connect(self.open_account.emit)
        self._actions()
        self.finish_setup(WIDTHS)

    def _actions(self) -> None:
        def add(text: str, keys: QKeySequence | str, slot: object) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.edit_action = add(
            self.tr("&Edit…"), "F2", lambda: self._with_current(self.edit_contact)
        )
        # Not Ctrl+Shift+S: that is File → Save a backup to…, and one key on two actions runs neither.
        self.state_action = add(
            self.tr("&State…"), "Ctrl+Shift+E", lambda: self.change_state(self.selected_ids())
        )
        self.tag_action = add(
            self.tr("Add &tag…"), "Ctrl+Shift+T", lambda: self.add_tag(self.selected_ids())
        )
        self.untag_action = add(
            self.tr("&Remove tag…"), "", lambda: self.remove_tag(self.selected_ids())
        )
        self.tier_action = add(
            self.tr("Set t&ier of their accounts…"), "", lambda: self.set_tier(self.selected_ids())
        )
        self.delete_action = add(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            lambda: self.delete(self.selected_ids()),
        )  # type: ignore[arg-type]
        self.new_action = add(self.tr("&New contact…"), "Ctrl+Shift+N", lambda: self.new_contact())
        self.filter_action = add(self.tr("&Filter"), "Ctrl+L", self.filter.setFocus)

    # -- listing --------------------------------------------------------------------------------
    def query(self) -> ContactQuery:
        return ContactQuery(
            text=self.filter.text(),
            lifecycle=enum_of(Lifecycle, self.lifecycle.currentData()),
            state=enum_of(ContactState, self.state.currentData()),
            tier=enum_of(Tier, self.tier.currentData()),
            tag=self.tag.currentData(),
            sort=self.sort_code,
            descending=self.descending,
        )

    def query_ids(self) -> Sequence[str]:
        return self.book.contacts.ids(self.query())

    def count_text(self, count: int) -> str:
        return plural(count, self.tr("%n contact"), self.tr("%n contacts"))

    def refresh(self) -> None:
        """Reload tags, the list (selection kept) and the detail."""
        current_tag = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(self.tr("Every tag"), None)
        for tag in self.book.contacts.tags():
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current_tag)))
        self.model.invalidate()
        self.requery()
        self.show_contact(self.current_id())

    def show_contact(self, contact_id: object) -> None:
        if not isinstance(contact_id, str):
            self.detail.show_detail(None)
            return
        try:
            detail = self.book.contacts.detail(contact_id)
        except ValueError:
            self.detail.show_detail(None)
            return
        self.detail.show_detail(detail, today=self.today())

    def today(self) -> date:
        return self.book.contacts.today()

    def open_contact(self, contact_id: str) -> None:
        """Reveal a contact, clearing the filters if they hide it."""
        if not self.show_id(contact_id):
            self.filter.clear()
            for combo in (self.lifecycle, self.state, self.tier, self.tag):
                combo.setCurrentIndex(0)
            self.requery()
            self.show_id(contact_id)

    # -- actions --------------------------------------------------------------------------------
    def _with_current(self, action: object) -> None:
        current = self.current_id()
        if current is not None and callable(action):
            action(current)

    def new_contact(self, account_id: str | None = None, account_name: str = "") -> None:
        dialog = ContactDialog(
            self.book, self.operations, self, account_id=account_id, account_name=account_name
        )
        dialog.open_existing.connect(self.open_contact)
        if dialog.exec() and dialog.saved_id:
            self.open_contact(dialog.saved_id)

    def edit_contact(self, contact_id: str) -> None:
        try:
            detail = self.book.contacts.detail(contact_id)
        except ValueError as exc:
            self.operations.show_error(exc, self)
            return
        dialog = ContactDialog(self.book, self.operations, self, contact=detail)
        dialog.open_existing.connect(self.open_contact)
        dialog.exec()

    def change_state(self, ids: list[str]) -> None:
        if not ids:
            return
        current = (
            self.detail.detail.state
            if self.detail.detail and len(ids) == 1
            else ContactState.ACTIVE
        )
        StateDialog(
            self.book, self.operations, ids, self, current=current, today=self.today()
        ).exec()

    def add_tag(self, ids: list[str]) -> None:
        if not ids:
            return
        tag, ok = QInputDialog.getItem(
            self, self.tr("Add tag"), plural(len(ids), self.tr("Tag for %n contact"), self.tr("Tag for %n contacts")),
            self.book.contacts.tags(), 0, True,
        )  # fmt: skip
        if ok and tag.strip():
            self.operations.write(lambda: self.book.contacts.add_tag(ids, tag), initiator=self)

    def remove_tag(self, ids: list[str]) -> None:
        tags = self.book.contacts.tags()
        if not ids or not tags:
            return
        tag, ok = QInputDialog.getItem(
            self, self.tr("Remove tag"), plural(
                len(ids),
                self.tr("Tag to remove from %n contact"),
                self.tr("Tag to remove from %n contacts"),
            ),
            tags, 0, False,
        )  # fmt: skip
        if ok:
            self.operations.write(lambda: self.book.contacts.remove_tag(ids, tag), initiator=self)

    def set_tier(self, ids: list[str]) -> None:
        accounts = sorted(
            {row.account_id for row in self.book.contacts.rows(ids) if row.account_id}
        )
        if not accounts:
            QMessageBox.information(
                self, self.tr("Set tier"), self.tr("None of these contacts belongs to an account.")
            )
            return
        names = [self.tr("no tier"), *(tier_label(t) for t in Tier)]
        picked, ok = QInputDialog.getItem(
            self,
            self.tr("Set tier"),
            plural(len(accounts), self.tr("Tier for %n account"), self.tr("Tier for %n accounts")),
            names,
            0,
            False,
        )
        if ok:
            tier = None if names.index(picked) == 0 else list(Tier)[names.index(picked) - 1]
            self.operations.write(
                lambda: self.book.accounts.set_tier(accounts, tier), initiator=self
            )

    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            plural(
                len(ids),
                self.tr(
                    "Delete %n contact with its planned calls and open deals? Undo brings it back."
                ),
                self.tr(
                    "Delete %n contacts with their planned calls and open deals? Undo brings them back."
                ),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.operations.write(lambda: self.book.contacts.delete(ids), initiator=self)

    def new_deal(self, contact_id: str) -> None:
        DealDialog(self.book, self.operations, contact_id, self).exec()

    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.edit_action, self.state_action, self.tag_action, self.untag_action,
            self.tier_action, None, self.delete_action, None, self.new_action,
        ):  # fmt: skip
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(point))
