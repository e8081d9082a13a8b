"""*Share an account*: let more reps see and work an account, its contacts and everything on
them. Opened from the Team menu (find the account by name first) or from *Reps and accounts*
(the chosen account). Reps it is shared with already are ticked and stay so; the owner is not
offered. The account stays its owner's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team_manager import Found, Rep, Sharing, TeamAccount, TeamFilter
from ui.models.team_manage import account_model
from ui.team.manage.requests import ManageContext, Requests
from ui.team.manage.widgets import (
    FILTER_DELAY_MS,
    Notice,
    RepChecklist,
    fit_columns,
    make_table,
)

FOUND_ROWS = 50  # accounts offered for a name typed
HIDDEN_COLUMNS = (1, 5)  # tier and contacts: the name, place, owner and shares tell them apart
REP_ROWS = 6


class ShareDialog(QDialog):
    """An account (found by name, or given), the reps to share it with, *Share*."""

    shared = Signal(object)  # Sharing

    def __init__(
        self,
        context: ManageContext,
        parent: QWidget | None = None,
        *,
        account: TeamAccount | None = None,
        reps: Sequence[Rep] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.notice = Notice(self)
        self.account = account
        self.requests = Requests(context, self)
        self.requests.failed.connect(self._request_failed)
        self.requests.busy_changed.connect(self._update_buttons)
        self.reps: list[Rep] = list(reps or [])
        self.setWindowTitle(self.tr("Share an account"))
        intro = QLabel(
            self.tr(
                "The reps you tick see the account, its contacts and everything on them in their "
                "book, and can work it. It stays its owner's."
            )
        )
        intro.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Part of the account's name"))
        self.search.setClearButtonEnabled(True)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.find_accounts)
        self.search.textChanged.connect(lambda _text: self._delay.start())
        self.account_table = make_table()
        self.account_model = account_model()
        self.account_table.setModel(self.account_model)
        self.account_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._account_chosen()
        )
        for column in HIDDEN_COLUMNS:
            self.account_table.setColumnHidden(column, True)
        self.account_label = QLabel()
        self.account_label.setObjectName("detailTitle")
        self.rep_list = RepChecklist()
        self.rep_list.changed.connect(self._update_buttons)
        self.rep_list.setMaximumHeight(self.fontMetrics().lineSpacing() * (REP_ROWS + 1) + 12)

        form = QFormLayout()
        if account is None:
            form.addRow(self.tr("&Account:"), self.search)
            form.addRow("", self.account_table)
            form.addRow(self.tr("Chosen:"), self.account_label)
        else:
            form.addRow(self.tr("Account:"), self.account_label)
        reps_label = QLabel(self.tr("Share &with:"))
        reps_label.setBuddy(self.rep_list)
        form.addRow(reps_label, self.rep_list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.share_button = QPushButton(self.tr("S&hare"))
        self.share_button.setProperty("primary", True)
        self.share_button.clicked.connect(self.share)
        self.buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 600 if account is None else 360)
        if account is not None:
            self._show_account(account)
        if not self.reps:
            self.requests.read("reps", lambda m: m.reps(), self._show_reps)
        else:
            self._show_reps(self.reps)
        if account is None:
            self.find_accounts()
            self.search.setFocus()
        else:
            self.rep_list.setFocus()
        self._update_buttons()

    def _request_failed(self, text: str) -> None:
        self.notice.say(text, error=True)

    # -- the account ---------------------------------------------------------------------------
    def find_accounts(self) -> None:
        self._delay.stop()
        wanted = TeamFilter(name=self.search.text())
        self.requests.read(
            "accounts", lambda m: m.accounts(wanted, limit=FOUND_ROWS), self._show_found
        )

    def _show_found(self, found: Found[TeamAccount]) -> None:
        self.account_model.set_rows(found.rows)
        fit_columns(self.account_table, 200)
        if found.rows:
            self.account_table.selectRow(0)
        else:
            self.account = None
            self.account_label.setText(self.tr("No account of the team has such a name."))
            self._show_reps(self.reps)

    def _account_chosen(self) -> None:
        account = self.account_model.row_at(self.account_table.currentIndex().row())
        if account is not None:
            self._show_account(account)

    def _show_account(self, account: TeamAccount) -> None:
        self.account = account
        place = " ".join(part for part in (account.postal_code, account.city) if part)
        self.account_label.setText(
            self.tr("%1 — %2's")
            .replace("%1", ", ".join(p for p in (account.name, place) if p))
            .replace("%2", account.owner)
        )
        self._show_reps(self.reps)

    # -- the reps ------------------------------------------------------------------------------
    def _show_reps(self, reps: list[Rep]) -> None:
        self.reps = list(reps)
        owner = self.account.owner if self.account else ""
        shared = self.account.shared_with if self.account else ()
        self.rep_list.set_reps(
            [rep for rep in reps if rep.active and rep.name != owner], locked=shared
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.share_button.setEnabled(
            self.account is not None and bool(self.rep_list.chosen()) and not self.requests.writing
        )

    def share(self) -> None:
        account, reps = self.account, self.rep_list.chosen()
        if account is None or not reps:
            return
        self.requests.write("share", lambda m: m.share(account.id, reps), self._shared)

    def _shared(self, sharing: Sharing) -> None:
        assert self.account is not None
        names = ", ".join(sharing.shared_with)
        self.notice.say(
            self.tr("%1 is now shared with %2. They see it after their next sync.")
            .replace("%1", self.account.name)
            .replace("%2", names)
        )
        both = {*self.account.shared_with, *sharing.shared_with}
        self.account = replace(self.account, shared_with=tuple(sorted(both)))
        self._show_reps(self.reps)
        self.context.after_move()
        self.shared.emit(sharing)
