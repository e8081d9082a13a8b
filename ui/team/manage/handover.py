"""*Hand over a book*: a rep's book — all of it, or one postcode area — goes to another rep in one
step. A question first says what moves; the server's answer after says what moved (accounts,
contacts, activities, deals) and offers *Undo this handover* right there. Below, the recent
handovers, each of which can be undone while it is not.

Work already done stays with whoever did it in the team's reports: only the book changes hands.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team_manager import Found, Handover, Moved, Rep, TeamAccount, TeamFilter
from tracker.services.team.manager import TeamManager
from ui.display import number, plural
from ui.models.team_manage import handover_model
from ui.team.manage.requests import ManageContext, Requests
from ui.team.manage.widgets import (
    FILTER_DELAY_MS,
    Notice,
    chosen_rep,
    fill_reps,
    fit_columns,
    make_table,
)

PREVIEW_LIMIT = 5000


@dataclass(frozen=True)
class Preview:
    """What the chosen handover would move, as the server counts it now."""

    rep: str
    area: str  # a postcode prefix, or "" for the whole book
    accounts: int
    contacts: int
    more: bool  # the area holds more than PREVIEW_LIMIT of them

    @property
    def moves_something(self) -> bool:
        return bool(self.accounts or self.contacts)


class HandoverDialog(QDialog):
    """From, to and an optional area; what moves; the recent handovers with their undo."""

    def __init__(self, context: ManageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notice = Notice(self)
        self.requests = Requests(context, self)
        self.requests.failed.connect(self._request_failed)
        self.requests.busy_changed.connect(self._update_buttons)
        self.reps: list[Rep] = []
        self.preview: Preview | None = None
        self.preview_text = ""
        self.last: Moved | None = None
        self.setWindowTitle(self.tr("Hand over a book"))
        self.notice.action_triggered.connect(self._notice_action)
        intro = QLabel(
            self.tr(
                "A rep's accounts and contacts — all of them, or those in one postcode area — go "
                "to another rep in one step, with their planned calls and visits, open deals and "
                "cadences. The work already done stays with whoever did it in the team's "
                "reports. You can undo a handover."
            )
        )
        intro.setWordWrap(True)
        self.from_rep = QComboBox()
        self.to_rep = QComboBox()
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("empty: the whole book"))
        self.area.setMaximumWidth(200)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.hand_button = QPushButton(self.tr("&Hand over…"))
        self.hand_button.setProperty("primary", True)
        self.hand_button.clicked.connect(self.hand_over)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_rep)
        form.addRow(self.tr("&To:"), self.to_rep)
        form.addRow(self.tr("Postcode &area:"), self.area)
        hand_row = QHBoxLayout()
        hand_row.addWidget(self.summary, 1)
        hand_row.addWidget(self.hand_button)
        form.addRow(hand_row)
        self._preview_delay = QTimer(self)
        self._preview_delay.setSingleShot(True)
        self._preview_delay.setInterval(FILTER_DELAY_MS)
        self._preview_delay.timeout.connect(self.load_preview)
        self.from_rep.currentIndexChanged.connect(lambda _index: self._giver_changed())
        self.to_rep.currentIndexChanged.connect(lambda _index: self._update_buttons())
        self.area.textChanged.connect(lambda _text: self._preview_delay.start())

        self.table = make_table()
        self.model = handover_model()
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.undo_button = QPushButton(self.tr("&Undo the chosen handover…"))
        self.undo_button.clicked.connect(self.undo_chosen)
        recent = QGroupBox(self.tr("Recent handovers"))
        recent_layout = QVBoxLayout(recent)
        recent_layout.addWidget(self.table, 1)
        recent_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(recent, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self._update_buttons()
        self.reload()
        self.from_rep.setFocus()

    def _request_failed(self, text: str) -> None:
        self.notice.say(text, error=True)

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.requests.read("reps", lambda m: m.reps(), self._show_reps)
        self.load_handovers()

    def load_handovers(self) -> None:
        self.requests.read("handovers", lambda m: m.handovers(), self._show_handovers)

    def _show_reps(self, reps: list[Rep]) -> None:
        self.reps = reps
        # A rep whose access was revoked can still give their book away; only an active one
        # can take it.
        fill_reps(self.from_rep, [rep for rep in reps if rep.accounts or rep.contacts])
        fill_reps(self.to_rep, [rep for rep in reps if rep.active])
        self._other_taker()
        self.load_preview()

    def _other_taker(self) -> None:
        """Offer another rep than the giver to take the book."""
        giver = chosen_rep(self.from_rep)
        if giver and chosen_rep(self.to_rep) == giver:
            for position in range(self.to_rep.count()):
                if self.to_rep.itemData(position) != giver:
                    self.to_rep.setCurrentIndex(position)
                    break

    def _show_handovers(self, handovers: list[Handover]) -> None:
        self.model.set_rows(handovers)
        fit_columns(self.table)
        self._update_buttons()

    def _giver_changed(self) -> None:
        self._other_taker()
        self.load_preview()

    def load_preview(self) -> None:
        """Say what the handover would move, as the server counts it now."""
        self._preview_delay.stop()
        rep, area = chosen_rep(self.from_rep), self.area.text().replace(" ", "")
        self.preview = None
        nobody = self.reps and not rep  # the reps came, and none owns anything
        self.preview_text = self.tr("No rep owns any accounts or contacts yet.") if nobody else ""
        self._update_buttons()
        if not rep:
            return
        if not area:
            owner = next((r for r in self.reps if r.name == rep), None)
            if owner is not None:
                self._show_preview(Preview(rep, "", owner.accounts, owner.contacts, more=False))
            return
        wanted = TeamFilter(rep=rep, postcode=area)

        def count(manager: TeamManager) -> tuple[Found[TeamAccount], int, bool]:
            accounts = manager.accounts(wanted, limit=PREVIEW_LIMIT)
            people = manager.contacts(wanted, limit=PREVIEW_LIMIT)
            return accounts, len(people.rows), people.more

        self.requests.read(
            "preview",
            count,
            lambda answer: self._show_preview(
                Preview(rep, area, len(answer[0].rows), answer[1], answer[0].more or answer[2])
            ),
        )

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        what = self._what(preview.accounts, preview.contacts, preview.more)
        if preview.area:
            text = self.tr("%1 has %2 with a postcode starting %3.").replace("%3", preview.area)
        else:
            text = self.tr("%1 has %2.")
        self.preview_text = text.replace("%1", preview.rep).replace("%2", what)
        self._update_buttons()

    def _what(self, accounts: int, contacts: int, more: bool) -> str:
        text = (
            self.tr("%1 and %2")
            .replace("%1", plural(accounts, self.tr("%n account"), self.tr("%n accounts")))
            .replace("%2", plural(contacts, self.tr("%n contact"), self.tr("%n contacts")))
        )
        return self.tr("more than %1").replace("%1", text) if more else text

    def _update_buttons(self) -> None:
        idle = not self.requests.writing
        giver, taker = chosen_rep(self.from_rep), chosen_rep(self.to_rep)
        something = self.preview is not None and self.preview.moves_something
        self.hand_button.setEnabled(idle and something and bool(taker) and giver != taker)
        self.summary.setText(
            self.tr("Choose another rep to hand the book to.")
            if giver and giver == taker
            else self.preview_text
        )
        handover = self.model.row_at(self.table.currentIndex().row())
        chosen = bool(self.table.selectionModel().selectedRows())
        self.undo_button.setEnabled(
            idle and chosen and handover is not None and handover.undone_at is None
        )

    # -- handing over --------------------------------------------------------------------------
    def hand_over(self) -> None:
        preview = self.preview
        if preview is None:
            return
        giver, area = preview.rep, preview.area
        taker = chosen_rep(self.to_rep)
        if not taker or taker == giver:
            return
        book = (
            self.tr("%1's accounts and contacts with a postcode starting %2").replace("%2", area)
            if area
            else self.tr("%1's whole book")
        ).replace("%1", giver)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hand over a book"))
        box.setText(self.tr("Hand %1 over to %2?").replace("%1", book).replace("%2", taker))
        box.setInformativeText(
            self.tr(
                "%1 become %2's, with their planned calls and visits, open deals and cadences. "
                "What %3 has done stays %3's in the team's reports. The laptops follow at their "
                "next sync. You can undo this handover."
            )
            .replace("%1", self._what(preview.accounts, preview.contacts, preview.more))
            .replace("%2", taker)
            .replace("%3", giver)
        )
        hand = box.addButton(self.tr("&Hand over"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(hand)
        box.exec()
        if box.clickedButton() is not hand:
            return
        self.requests.write(
            "handover",
            lambda m: m.handover(giver, taker, area or None),
            self._handed_over,
            lambda text: self.notice.say(text, error=True),
        )

    def _moved_text(self, moved: Moved) -> str:
        return (
            self.tr("%1, %2, %3 and %4")
            .replace(
                "%1", plural(moved.count("accounts"), self.tr("%n account"), self.tr("%n accounts"))
            )
            .replace(
                "%2", plural(moved.count("contacts"), self.tr("%n contact"), self.tr("%n contacts"))
            )
            .replace(
                "%3",
                plural(moved.count("activities"), self.tr("%n activity"), self.tr("%n activities")),
            )
            .replace("%4", plural(moved.count("deals"), self.tr("%n deal"), self.tr("%n deals")))
        )

    def _handed_over(self, moved: Moved) -> None:
        self.last = moved
        self.notice.say(
            self.tr("Handover %1: %2 are now %3's. The work %4 did stays %4's in the reports.")
            .replace("%1", number(moved.handover))
            .replace("%2", self._moved_text(moved))
            .replace("%3", moved.to_rep)
            .replace("%4", moved.from_rep)
        )
        self.notice.offer("undo", self.tr("U&ndo this handover"))
        self.context.after_move()
        self.reload()

    def _notice_action(self, key: str) -> None:
        if key == "undo" and self.last is not None and not self.last.undone:
            self.undo(self.last.handover)

    def undo_chosen(self) -> None:
        handover = self.model.row_at(self.table.currentIndex().row())
        if handover is None or handover.undone_at is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo a handover"),
            self.tr(
                "Give the accounts and contacts of handover %1 back from %2 to %3, with whatever "
                "was added to them since?"
            )
            .replace("%1", number(handover.number))
            .replace("%2", handover.to_rep)
            .replace("%3", handover.from_rep),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo(handover.number)

    def undo(self, number_: int) -> None:
        self.requests.write(
            "handover",
            lambda m: m.undo_handover(number_),
            self._undone,
            lambda text: self.notice.say(text, error=True),
        )

    def _undone(self, moved: Moved) -> None:
        if self.last is not None and self.last.handover == moved.handover:
            self.last = moved
        self.notice.say(
            self.tr("Handover %1 undone: %2 are %3's again.")
            .replace("%1", number(moved.handover))
            .replace("%2", self._moved_text(moved))
            .replace("%3", moved.from_rep)
        )
        self.context.after_move()
        self.reload()
