"""A contact's referral graph: who referred them, whom they referred, what came of it, thanks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.loyalty import ReferralGraph, ReferralLink
from tracker.services.book import Book
from ui.display import money, plural, short_date
from ui.labels import REFERRAL_STATUSES, label
from ui.models.lists import ListTableModel
from ui.models.paged import Column
from ui.operations import Operations

COLUMNS: list[Column[ReferralLink]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Referred"), lambda r: r.name, lambda r: r.name.lower()),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(REFERRAL_STATUSES, r.status),
           lambda r: r.status.value),
    Column(QT_TRANSLATE_NOOP("Columns", "Value won"), lambda r: money(r.value_won_cents),
           lambda r: r.value_won_cents, align=Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "Thanked"),
           lambda r: short_date(r.thanked_at) if r.thanked_at else QCoreApplication.translate("Columns", "not yet"),
           lambda r: r.thanked_at.timestamp() if r.thanked_at else 0.0,
           color=lambda r: None if r.thanked_at else "#b42318"),
    Column(QT_TRANSLATE_NOOP("Columns", "Since"), lambda r: short_date(r.referred_on),
           lambda r: r.referred_on, align=Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda r: r.account or "",
           lambda r: (r.account or "").lower()),
]  # fmt: skip


class ReferralGraphWidget(QWidget):
    """Referred by, referred whom (status, value won, thanked) and the thank-you actions."""

    open_contact = Signal(str)

    def __init__(self, book: Book, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.graph: ReferralGraph | None = None
        self.referred_by = QLabel()
        self.referred_by.setTextFormat(Qt.TextFormat.RichText)
        self.referred_by.linkActivated.connect(self.open_contact.emit)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = ListTableModel(COLUMNS, lambda r: r.referral_id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_selected)
        self.thank_button = QPushButton(self.tr("Plan a &thank-you call"))
        self.thank_button.clicked.connect(self.plan_thanks)
        self.thanked_button = QPushButton(self.tr("Mark as t&hanked"))
        self.thanked_button.clicked.connect(self.mark_thanked)
        self.thank_referrer = QPushButton(self.tr("Thank the referrer"))
        self.thank_referrer.clicked.connect(self._thank_referrer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.thank_button)
        buttons.addWidget(self.thanked_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.referred_by, 1)
        top.addWidget(self.thank_referrer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 10)
        layout.addLayout(buttons)
        layout.addStretch(1)  # takes the room while there is no table to show
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_graph(self, graph: ReferralGraph | None) -> None:
        self.graph = graph
        links = graph.referred if graph else ()
        self.model.set_rows(links)
        by = graph.referred_by if graph else None
        if by is None:
            self.referred_by.setText(self.tr("Not referred by anyone."))
        else:
            text = self.tr("Referred by %1 on %2 — %3").replace(
                "%1", f'<a href="{by.contact_id}">{_escape(by.name)}</a>'
            )
            text = text.replace("%2", short_date(by.referred_on))
            thanks = (
                self.tr("thanked %1").replace("%1", short_date(by.thanked_at))
                if by.thanked_at
                else self.tr("not thanked yet")
            )
            self.referred_by.setText(text.replace("%3", thanks))
        self.thank_referrer.setVisible(by is not None and by.thanked_at is None)
        for widget in (self.table, self.thank_button, self.thanked_button):
            widget.setVisible(bool(links))
        if graph is None or not links:
            self.summary.setText(self.tr("Has not referred anyone yet."))
        else:
            self.summary.setText(
                plural(
                    len(links),
                    self.tr("Referred %n person, who has bought %1 since."),
                    self.tr("Referred %n people; they have bought %1 since."),
                ).replace("%1", money(graph.value_won_cents))
            )
        self._update_buttons()

    def selected(self) -> ReferralLink | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def plan_thanks(self) -> None:
        link = self.selected()
        if link is not None:
            self.operations.write(
                lambda: self.book.loyalty.plan_thanks(link.referral_id), initiator=self
            )

    def mark_thanked(self) -> None:
        link = self.selected()
        if link is not None:
            self.operations.write(
                lambda: self.book.loyalty.mark_thanked(link.referral_id), initiator=self
            )

    def _thank_referrer(self) -> None:
        if self.graph is not None and self.graph.referred_by is not None:
            referral_id = self.graph.referred_by.referral_id
            self.operations.write(
                lambda: self.book.loyalty.plan_thanks(referral_id), initiator=self
            )

    def _open_selected(self) -> None:
        link = self.selected()
        if link is not None:
            self.open_contact.emit(link.contact_id)

    def _update_buttons(self) -> None:
        link = self.selected()
        self.thank_button.setEnabled(link is not None and link.thanked_at is None)
        self.thanked_button.setEnabled(link is not None and link.thanked_at is None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
