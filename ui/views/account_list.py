"""The accounts tab: every account with its tier and cadence (on time, due, overdue, never)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QWidget

from tracker.domain.accounts import AccountQuery, AccountSort
from tracker.domain.enums import Tier
from tracker.domain.tiers import TouchStatus
from tracker.services.book import Book
from ui.dialogs.account_edit import AccountDialog
from ui.display import enum_of, plural
from ui.labels import TOUCH_STATUSES, label, tier_label
from ui.models.contacts import account_model
from ui.operations import Operations
from ui.views.account_detail import AccountDetailPane
from ui.views.contact_list import choice
from ui.views.list_panel import ListPanel

WIDTHS = (190, 38, 100, 64, 78, 78, 90)


class AccountsPanel(ListPanel):
    """Every account, filtered and sorted in SQL; the selected one in detail."""

    open_contact = Signal(str)
    new_contact_requested = Signal(str, str)  # account id, name

    def __init__(
        self,
        book: Book,
        operations: Operations,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.book = book
        self.operations = operations
        self.detail = AccountDetailPane()
        self.detail.region = book.preferences.get().default_region
        super().__init__(
            account_model(book.accounts.rows), self.detail, settings_key="accounts",
            settings=settings, parent=parent,
        )  # fmt: skip
        self.sort_code = AccountSort.NAME
        self.filter.setPlaceholderText(self.tr("Filter accounts by name, city or notes…"))
        self.tier = choice(self.tr("Every tier"), [(tier_label(t), t) for t in Tier])
        self.touch = choice(
            self.tr("Any cadence"), [(label(TOUCH_STATUSES, s), s) for s in TouchStatus]
        )
        for combo in (self.tier, self.touch):
            combo.activated.connect(lambda _i: self.requery())
            self.bar.addWidget(combo)
        new_button = QPushButton(self.tr("New &account…"))
        new_button.setProperty("primary", True)
        new_button.clicked.connect(self.new_account)
        self.bar.addWidget(new_button)
        self.current_changed.connect(self.show_account)
        self.detail.open_contact.connect(self.open_contact.emit)
        self.detail.edit_requested.connect(self.edit_account)
        self.detail.new_contact_requested.connect(
            lambda account_id: self.new_contact_requested.emit(
                account_id, self.detail.detail.name if self.detail.detail else ""
            )
        )
        self.table.customContextMenuRequested.connect(self._menu)
        self.tier_action = QAction(self.tr("Set &tier…"), self)
        self.tier_action.triggered.connect(lambda: self.set_tier(self.selected_ids()))
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(
            lambda: self.edit_account(self.current_id()) if self.current_id() else None
        )
        self.addAction(self.edit_action)
        self.finish_setup(WIDTHS)

    def query_ids(self) -> Sequence[str]:
        return self.book.accounts.ids(
            AccountQuery(
                text=self.filter.text(),
                tier=enum_of(Tier, self.tier.currentData()),
                touch=enum_of(TouchStatus, self.touch.currentData()),
                sort=self.sort_code,
                descending=self.descending,
            )
        )

    def count_text(self, count: int) -> str:
        return plural(count, self.tr("%n account"), self.tr("%n accounts"))

    def refresh(self) -> None:
        self.model.invalidate()
        self.requery()
        self.show_account(self.current_id())

    def show_account(self, account_id: object) -> None:
        if not isinstance(account_id, str):
            self.detail.show_detail(None)
            return
        try:
            detail = self.book.accounts.detail(account_id)
        except ValueError:
            self.detail.show_detail(None)
            return
        self.detail.show_detail(detail, today=self.book.contacts.today())

    def open_account(self, account_id: str) -> None:
        if not self.show_id(account_id):
            self.filter.clear()
            self.tier.setCurrentIndex(0)
            self.touch.setCurrentIndex(0)
            self.requery()
            self.show_id(account_id)

    def new_account(self) -> None:
        dialog = AccountDialog(self.book, self.operations, self)
        if dialog.exec() and dialog.saved_id:
            self.open_account(dialog.saved_id)

    def edit_account(self, account_id: str) -> None:
        try:
            detail = self.book.accounts.detail(account_id)
        except ValueError as exc:
            self.operations.show_error(exc, self)
            return
        AccountDialog(
            self.book, self.operations, self, account_id=account_id, draft=detail.draft
        ).exec()

    def set_tier(self, ids: list[str]) -> None:
        if not ids:
            return
        names = [self.tr("no tier"), *(tier_label(t) for t in Tier)]
        picked, ok = QInputDialog.getItem(
            self,
            self.tr("Set tier"),
            plural(len(ids), self.tr("Tier for %n account"), self.tr("Tier for %n accounts")),
            names,
            0,
            False,
        )
        if ok:
            tier = None if names.index(picked) == 0 else list(Tier)[names.index(picked) - 1]
            self.operations.write(lambda: self.book.accounts.set_tier(ids, tier), initiator=self)

    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.tier_action)
        menu.exec(self.table.viewport().mapToGlobal(point))
