"""The Base screen: loyal customers ranked by RFM and referrals, segments, whom to ask, whom to thank."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.domain.enums import Segment
from tracker.domain.loyalty import BaseEntry, BaseRanking, ThankYou
from tracker.services.book import Book
from ui.bus import Bus
from ui.display import money, plural, short_date
from ui.labels import SEGMENTS, label
from ui.models.lists import ListTableModel
from ui.models.paged import ID_ROLE, ROW_ROLE, Column
from ui.operations import Operations
from ui.views.base import View
from ui.widgets.referrals import ReferralGraphWidget

RIGHT = Qt.AlignmentFlag.AlignRight
SEGMENT_COLORS = {
    Segment.CHAMPIONS: "#1a7f37",
    Segment.LOYAL: "#2680c2",
    Segment.POTENTIAL: "#6941c6",
    Segment.NEW: "#0e7490",
    Segment.AT_RISK: "#b42318",
    Segment.HIBERNATING: "#7b8794",
}


def _suggestion(entry: BaseEntry) -> str:
    return (
        QCoreApplication.translate("BaseView", "Ask for a referral")
        if entry.ask_for_referral
        else ""
    )


def _days(entry: BaseEntry) -> str:
    return "" if entry.recency_days is None else str(entry.recency_days)


COLUMNS: list[Column[BaseEntry]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda e: str(e.rank), lambda e: e.rank, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda e: e.contact, lambda e: e.contact.lower()),
    Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda e: e.account or "",
           lambda e: (e.account or "").lower()),
    Column(QT_TRANSLATE_NOOP("Columns", "Segment"), lambda e: label(SEGMENTS, e.segment),
           lambda e: list(Segment).index(e.segment), color=lambda e: SEGMENT_COLORS[e.segment]),
    Column(QT_TRANSLATE_NOOP("Columns", "Score"), lambda e: f"{e.score:.0f}", lambda e: e.score,
           align=RIGHT, tooltip=lambda e: f"R {e.r} · F {e.f} · M {e.m}"),
    Column(QT_TRANSLATE_NOOP("Columns", "Next step"), _suggestion,
           lambda e: e.ask_for_referral, color=lambda e: "#9a6700"),
    Column(QT_TRANSLATE_NOOP("Columns", "Last touch"), lambda e: short_date(e.last_touch),
           lambda e: e.last_touch.toordinal() if e.last_touch else 0, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Next due"), lambda e: short_date(e.next_due),
           lambda e: e.next_due.toordinal() if e.next_due else 1 << 30, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Purchases"), lambda e: str(e.frequency),
           lambda e: e.frequency, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda e: money(e.monetary_cents),
           lambda e: e.monetary_cents, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Referrals"), lambda e: str(e.referrals) if e.referrals else "",
           lambda e: e.referrals, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Days since purchase"), _days,
           lambda e: e.recency_days if e.recency_days is not None else 1 << 30, align=RIGHT),
]  # fmt: skip
THANK_COLUMNS: list[Column[ThankYou]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Referrer"), lambda t: t.referrer, lambda t: t.referrer),
    Column(QT_TRANSLATE_NOOP("Columns", "Referred"), lambda t: t.referred, lambda t: t.referred),
    Column(QT_TRANSLATE_NOOP("Columns", "Since"), lambda t: short_date(t.referred_on),
           lambda t: t.referred_on),
]  # fmt: skip
WIDTHS = (34, 128, 140, 92, 54, 150, 74, 74, 70, 80, 66, 130)


class BaseView(View):
    """Rally the base: who the most loyal customers are and what to do with them next."""

    open_contact_requested = Signal(str)

    def __init__(
        self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(book, bus, operations, parent)
        self.ranking: BaseRanking | None = None
        self._generation = 0
        self._jobs: set[_RankingJob] = set()
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.segment_buttons = QButtonGroup(self)
        self.segment_buttons.setExclusive(True)
        chips = QHBoxLayout()
        self.chips: dict[Segment | None, QToolButton] = {}
        for segment in (None, *Segment):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(self._apply_filter)
            self.segment_buttons.addButton(button)
            self.chips[segment] = button
            chips.addWidget(button)
        self.chips[None].setChecked(True)
        self.ask_only = QCheckBox(self.tr("Only whom to &ask for a referral"))
        self.ask_only.toggled.connect(self._apply_filter)
        chips.addStretch(1)
        chips.addWidget(self.ask_only)

        self.model = ListTableModel(COLUMNS, lambda e: e.contact_id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda _i: self._open_selected())

        self.customer = QLabel()
        self.customer.setObjectName("detailTitle")
        self.customer_facts = QLabel()
        self.customer_facts.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open contact"))
        self.open_button.clicked.connect(self._open_selected)
        self.referrals = ReferralGraphWidget(book, operations)
        self.referrals.open_contact.connect(self.open_contact_requested.emit)
        self.thanks = ListTableModel(THANK_COLUMNS, lambda t: t.referral_id)
        self.thanks_view = QTableView()
        self.thanks_view.setModel(self.thanks)
        self.thanks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.thanks_view.verticalHeader().hide()
        self.thanks_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.thanks_view.horizontalHeader().setStretchLastSection(True)
        self.thanks_view.setColumnWidth(0, 130)
        self.thanks_view.setColumnWidth(1, 130)
        self.thanks_view.activated.connect(self._thank_row)
        self.thank_box = thank_box = QGroupBox(self.tr("Waiting for a thank-you"))
        thank_layout = QVBoxLayout(thank_box)
        thank_layout.addWidget(self.thanks_view)
        hint = QLabel(self.tr("Enter plans a thank-you call to the referrer within a day."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        thank_layout.addWidget(hint)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.customer)
        side_layout.addWidget(self.customer_facts)
        side_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.referrals, 2)
        side_layout.addWidget(thank_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 380])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.summary)
        layout.addLayout(chips)
        layout.addWidget(splitter, 1)
        self._show_selected()

    def concerns(self, changes: Changes) -> bool:
        return bool(
            changes.everything or changes.purchases or changes.referrals or changes.contacts
            or changes.deals or changes.activities or changes.preferences or changes.imports
        )  # fmt: skip

    def refresh(self) -> None:
        """Rank the base on a worker thread (a second at 100,000 contacts); show it when done."""
        self._generation += 1
        generation = self._generation
        if self.ranking is None:
            self.summary.setText(self.tr("Ranking your customers…"))
        job = _RankingJob(self.book)
        job.signals.done.connect(lambda ranking: self._show_ranking(ranking, generation))
        job.signals.failed.connect(lambda exc: self.operations.show_error(exc, self))
        self._jobs.add(job)
        job.signals.done.connect(lambda _r: self._jobs.discard(job))
        job.signals.failed.connect(lambda _e: self._jobs.discard(job))
        QThreadPool.globalInstance().start(job)

    def busy(self) -> bool:
        """True while a ranking is being computed."""
        return bool(self._jobs)

    def _show_ranking(self, ranking: BaseRanking, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        keep = self._selected_id()
        self.ranking = ranking
        counts = ranking.segment_counts()
        self.chips[None].setText(self.tr("All (%1)").replace("%1", str(len(ranking.entries))))
        for segment in Segment:
            self.chips[segment].setText(f"{label(SEGMENTS, segment)} ({counts[segment]})")
        self.summary.setText(
            plural(
                len(ranking.entries),
                self.tr("%n customer ranked by recency, frequency and value of purchases since %1, plus referrals made."),
                self.tr("%n customers ranked by recency, frequency and value of purchases since %1, plus referrals made."),
            )
            .replace("%1", short_date(ranking.window_start))
        )  # fmt: skip
        self._apply_filter()
        self.thanks.set_rows(ranking.to_thank)
        self.thank_box.setTitle(
            self.tr("Waiting for a thank-you (%1)").replace("%1", str(len(ranking.to_thank)))
        )
        if keep:
            self.select_contact(keep)

    def _apply_filter(self) -> None:
        """Show the customers of the chosen segment (and only those to ask, if ticked)."""
        keep = self._selected_id()
        entries = self.ranking.entries if self.ranking else ()
        segment = next((s for s, b in self.chips.items() if b.isChecked()), None)
        ask = self.ask_only.isChecked()
        shown = [
            e
            for e in entries
            if (segment is None or e.segment is segment) and (not ask or e.ask_for_referral)
        ]
        self.model.set_rows(shown)
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if (column, order) != (0, Qt.SortOrder.AscendingOrder):
            self.model.sort(column, order)
        if keep:
            self.select_contact(keep)

    def _selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_contact(self, contact_id: str) -> None:
        for row, entry in enumerate(self.model.rows()):
            if entry.contact_id == contact_id:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        entry = index.data(ROW_ROLE) if index.isValid() else None
        has = isinstance(entry, BaseEntry)
        self.open_button.setEnabled(has)
        self.referrals.setVisible(has)
        if not isinstance(entry, BaseEntry):
            self.customer.setText(self.tr("Your base"))
            self.customer_facts.setText(
                self.tr("Choose a customer to see their referrals and what to do next.")
            )
            return
        self.customer.setText(entry.contact)
        facts = [
            f"<b style='color:{SEGMENT_COLORS[entry.segment]}'>{label(SEGMENTS, entry.segment)}</b>",
            self.tr("score %1 (R %2 · F %3 · M %4)")
            .replace("%1", f"{entry.score:.0f}")
            .replace("%2", str(entry.r))
            .replace("%3", str(entry.f))
            .replace("%4", str(entry.m)),
        ]
        if entry.ask_for_referral:
            facts.append("<b>" + self.tr("Ask for a referral") + "</b>")
        self.customer_facts.setText(" · ".join(facts))
        self.referrals.set_graph(self.book.loyalty.referrals(entry.contact_id))

    def _open_selected(self) -> None:
        contact_id = self._selected_id()
        if contact_id:
            self.open_contact_requested.emit(contact_id)

    def _thank_row(self, index: QModelIndex) -> None:
        thank = self.thanks.row_at(index.row())
        if thank is not None:
            referral_id = thank.referral_id
            self.operations.write(
                lambda: self.book.loyalty.plan_thanks(referral_id), initiator=self
            )


class _RankingSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _RankingJob(QRunnable):
    """Computes the ranking with its own read session, off the GUI thread."""

    def __init__(self, book: Book) -> None:
        super().__init__()
        self.book = book
        self.signals = _RankingSignals()

    def run(self) -> None:
        try:
            ranking = self.book.loyalty.ranking()
        except Exception as exc:  # shown on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(ranking)
