"""*Reps and accounts*: the team's reps with what they own and their last sync, and the team's
accounts under a filter (postcode prefix, city, tier, tag, stage, rep, name). The manager gives
the chosen accounts — or all that match the filter — to a rep; the result is said in words and
the lists reload. *Share…* opens the share dialog for the chosen account.

Everything the dialog shows comes from the team server (`book.team_manager`), asked off the GUI
thread; the laptop's own book is not involved except that it syncs after a move.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team_manager import Assignment, Found, Rep, TeamAccount, TeamFilter
from ui.display import number, plural
from ui.models.team_manage import account_model, rep_model
from ui.team.manage.requests import ManageContext, Requests
from ui.team.manage.widgets import (
    FilterBar,
    Notice,
    choose_ids,
    chosen_ids,
    fit_columns,
    make_table,
    rep_text,
)
from ui.widgets.empty_state import EmptyState

VISIBLE_REPS = 6  # rows of the reps table shown without scrolling


class RepsAccountsDialog(QDialog):
    """Reps on top, the team's accounts below with the moves."""

    def __init__(self, context: ManageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notice = Notice(self)
        self.requests = Requests(context, self)
        self.requests.failed.connect(self._request_failed)
        self.requests.busy_changed.connect(self._update_buttons)
        self.reps: list[Rep] = []
        self.found: Found[TeamAccount] = Found(())
        self.shown_filter = TeamFilter()
        self.setWindowTitle(self.tr("Reps and accounts"))

        self.notice.action_triggered.connect(self._notice_action)

        self.rep_table = make_table()
        self.rep_model = rep_model(context.book.clock.now)
        self.rep_table.setModel(self.rep_model)
        self.rep_table.activated.connect(self._show_reps_accounts)
        self.rep_table.setToolTip(self.tr("Enter or a double-click lists this rep's accounts."))
        reps_box = QGroupBox(self.tr("Reps"))
        reps_layout = QVBoxLayout(reps_box)
        reps_layout.addWidget(self.rep_table)

        self.filters = FilterBar()
        self.filters.changed.connect(self.load_accounts)
        self.account_table = make_table(many=True)
        self.account_model = account_model()
        self.account_table.setModel(self.account_model)
        self.account_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.give_button = QPushButton(self.tr("&Give to…"))
        self.give_button.setToolTip(
            self.tr("Give the chosen accounts, with all their contacts, to a rep.")
        )
        self.give_menu = QMenu(self.give_button)
        self.give_button.setMenu(self.give_menu)
        self.give_all_button = QPushButton(self.tr("Give all that &match…"))
        self.give_all_button.setToolTip(
            self.tr(
                "Give every account the filter names — and the contacts without an account it "
                "names — to a rep."
            )
        )
        self.give_all_menu = QMenu(self.give_all_button)
        self.give_all_button.setMenu(self.give_all_menu)
        self.share_button = QPushButton(self.tr("&Share…"))
        self.share_button.setToolTip(self.tr("Let more reps see and work the chosen account."))
        self.share_button.clicked.connect(self.share)
        moves = QHBoxLayout()
        moves.addWidget(self.count_label, 1)
        for button in (self.give_button, self.give_all_button, self.share_button):
            moves.addWidget(button)
        self.empty_accounts = EmptyState()
        self.empty_accounts.set_content(
            self.tr("No accounts match"),
            self.tr(
                "No account on the team server matches this filter. Clear a field of the filter "
                "to see more."
            ),
        )
        self.account_pages = QStackedWidget()
        self.account_pages.addWidget(self.account_table)
        self.account_pages.addWidget(self.empty_accounts)
        accounts_box = QGroupBox(self.tr("The team's accounts"))
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.addWidget(self.filters)
        accounts_layout.addWidget(self.account_pages, 1)
        accounts_layout.addLayout(moves)

        self.empty_team = EmptyState()
        self.empty_team.set_content(
            self.tr("No reps yet"),
            self.tr(
                "The team server knows no one but you. Your team's administrator adds each rep "
                "on the server (groundgame server add-user NAME); once they sign in and sync, "
                "their accounts show here."
            ),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(reps_box)
        splitter.addWidget(accounts_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.empty_team)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh)])
        self.refresh_action.triggered.connect(self.reload)
        self.addAction(self.refresh_action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        refresh = buttons.addButton(self.tr("Re&load"), QDialogButtonBox.ButtonRole.ResetRole)
        refresh.clicked.connect(self.reload)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(1060, 720)
        self._update_buttons()
        self.reload()
        self.account_table.setFocus()

    def _request_failed(self, text: str) -> None:
        self.notice.say(text, error=True)

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the server for the reps and the accounts again."""
        self.requests.read("reps", lambda m: m.reps(), self._show_reps, self._failed)
        self.load_accounts()

    def load_accounts(self) -> None:
        wanted = self.filters.value()
        self.requests.read(
            "accounts",
            lambda m: m.accounts(wanted),
            lambda found: self._show_accounts(wanted, found),
            self._failed,
        )

    def _failed(self, text: str) -> None:
        self.notice.say(text, error=True)
        self.notice.offer("retry", self.tr("&Try again"))

    def _notice_action(self, key: str) -> None:
        if key == "retry":
            self.notice.clear()
            self.reload()

    def _show_reps(self, reps: list[Rep]) -> None:
        self.reps = reps
        self.rep_model.set_rows(reps)
        fit_columns(self.rep_table)
        # Every rep in sight (up to a handful) without scrolling; the accounts get the rest.
        shown = min(max(len(reps), 1), VISIBLE_REPS)
        self.rep_table.setMinimumHeight(
            self.rep_table.horizontalHeader().sizeHint().height()
            + shown * self.rep_table.verticalHeader().defaultSectionSize()
            + 2 * self.rep_table.frameWidth()
        )
        self.filters.set_reps(reps)
        others = [rep for rep in reps if rep.active and rep.name != self._me()]
        owned = any(rep.accounts or rep.contacts for rep in reps)
        self.pages.setCurrentIndex(0 if others or owned else 1)
        for menu, slot in ((self.give_menu, self.give), (self.give_all_menu, self.give_matching)):
            menu.clear()
            for rep in reps:
                if rep.active:
                    action = menu.addAction(rep_text(rep))
                    action.triggered.connect(lambda _=False, name=rep.name, s=slot: s(name))
        self._update_buttons()

    def _me(self) -> str:
        status = self.context.book.team.status()
        return status.user if status is not None else ""

    def _show_accounts(self, wanted: TeamFilter, found: Found[TeamAccount]) -> None:
        chosen = chosen_ids(self.account_table)
        self.found, self.shown_filter = found, wanted
        self.account_model.set_rows(found.rows)
        fit_columns(self.account_table)
        choose_ids(self.account_table, chosen)
        self.account_pages.setCurrentIndex(0 if found.rows else 1)
        count = len(found.rows)
        if found.more:
            text = self.tr("The first %1 accounts. Narrow the filter to see the others.").replace(
                "%1", number(count)
            )
        else:
            text = plural(count, self.tr("%n account"), self.tr("%n accounts"))
            if not wanted.empty:
                text = plural(count, self.tr("%n account matches"), self.tr("%n accounts match"))
        self.count_label.setText(text)
        self._update_buttons()

    def _show_reps_accounts(self) -> None:
        index = self.rep_table.currentIndex()
        rep = self.rep_model.row_at(index.row())
        if rep is not None:
            self.filters.set_rep(rep.name)
            self.account_table.setFocus()

    def _update_buttons(self) -> None:
        idle = not self.requests.writing
        chosen = bool(self.account_table.selectionModel().selectedRows())
        has_reps = bool(self.give_menu.actions())
        self.give_button.setEnabled(idle and chosen and has_reps)
        # Giving the whole team's book to one rep is what a handover is for.
        self.give_all_button.setEnabled(
            idle and has_reps and not self.shown_filter.empty and bool(self.found.rows)
        )
        self.share_button.setEnabled(
            idle and len(self.account_table.selectionModel().selectedRows()) == 1
        )

    # -- moves ---------------------------------------------------------------------------------
    def chosen_accounts(self) -> list[TeamAccount]:
        ids = set(chosen_ids(self.account_table))
        return [account for account in self.found.rows if account.id in ids]

    def give(self, rep: str) -> None:
        """Give the chosen accounts to a rep, after saying what moves."""
        accounts = self.chosen_accounts()
        if not accounts:
            return
        people = sum(account.contacts for account in accounts)
        what = (
            self.tr("“%1” with its %2 contacts").replace("%1", accounts[0].name)
            if len(accounts) == 1
            else self.tr("%1 accounts with their %2 contacts").replace("%1", number(len(accounts)))
        ).replace("%2", number(people))
        if not self._confirm(
            self.tr("Give to %1").replace("%1", rep),
            self.tr("Give %1 to %2?").replace("%1", what).replace("%2", rep),
            rep,
        ):
            return
        ids = [account.id for account in accounts]
        self.requests.write("assign", lambda m: m.assign(ids, rep), self._given, self._move_failed)

    def give_matching(self, rep: str) -> None:
        """Give every account the shown filter names to a rep, after saying how many."""
        wanted = self.shown_filter
        if wanted.empty:
            return
        count = (
            self.tr("more than %1").replace("%1", number(len(self.found.rows)))
            if self.found.more
            else number(len(self.found.rows))
        )
        question = (
            self.tr(
                "Give all %1 accounts that match the filter to %2, with all their contacts? "
                "Contacts without an account that match it go too."
            )
            .replace("%1", count)
            .replace("%2", rep)
        )
        if not self._confirm(self.tr("Give to %1").replace("%1", rep), question, rep):
            return
        self.requests.write(
            "assign", lambda m: m.assign_matching(wanted, rep), self._given, self._move_failed
        )

    def _confirm(self, title: str, question: str, rep: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(question)
        box.setInformativeText(
            self.tr(
                "Their planned calls and visits, deals and notes go with them: %1's laptop gets "
                "them at its next sync, and the laptops of their owners now drop them. Work "
                "already done stays with whoever did it in the team's reports."
            ).replace("%1", rep)
        )
        give = box.addButton(self.tr("&Give"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(give)
        box.exec()
        return box.clickedButton() is give

    def _given(self, moved: Assignment) -> None:
        accounts = plural(moved.accounts, self.tr("%n account"), self.tr("%n accounts"))
        rows = plural(moved.rows, self.tr("%n record"), self.tr("%n records"))
        self.notice.say(
            self.tr(
                "%1 and %2 are now %3's (%4 in all). They reach %3's laptop with its next sync."
            )
            .replace("%1", accounts)
            .replace("%2", plural(moved.contacts, self.tr("%n contact"), self.tr("%n contacts")))
            .replace("%3", moved.to)
            .replace("%4", rows)
        )
        self.context.after_move()
        self.reload()

    def _move_failed(self, text: str) -> None:
        self.notice.say(text, error=True)

    def share(self) -> None:
        """Open the share dialog for the chosen account."""
        from ui.team.manage.share import ShareDialog

        accounts = self.chosen_accounts()
        if len(accounts) != 1:
            return
        dialog = ShareDialog(self.context, self, account=accounts[0], reps=self.reps)
        dialog.shared.connect(lambda _sharing: self.load_accounts())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
