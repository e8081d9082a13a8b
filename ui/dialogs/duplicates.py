"""Find duplicates: clusters of accounts and of contacts that look like one organisation or one
person, each merged in one undoable step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.duplicates import ClusterMember, DuplicateCluster, RecordKind
from tracker.services.book import Book
from ui.display import phone, plural, short_date
from ui.labels import MATCH_REASONS
from ui.operations import Operations

CLUSTER_ROLE = Qt.ItemDataRole.UserRole  # a list item's index into DuplicatesDialog.clusters


def reasons_text(cluster: DuplicateCluster) -> str:
    return ", ".join(
        QCoreApplication.translate("Labels", MATCH_REASONS[reason.value])
        for reason in cluster.reasons
    )


class DuplicatesDialog(QDialog):
    """Clusters on the left (accounts, then people); on the right whom to keep and whom to merge
    into them."""

    open_contact = Signal(str)
    open_account = Signal(str)

    def __init__(
        self,
        book: Book,
        operations: Operations,
        clusters: list[DuplicateCluster],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        # Accounts first, as the list shows them, so list order is index order.
        self.clusters = sorted(clusters, key=lambda c: c.kind is not RecordKind.ACCOUNT)
        self.region = book.preferences.get().default_region
        self.setWindowTitle(self.tr("Find duplicates"))
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long name and place wrap rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda *_: self._show_cluster())
        self.members = QTableWidget(0, 0)
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.members.cellDoubleClicked.connect(self._open_member)
        self.keep_group = QButtonGroup(self)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.merge_button = QPushButton()
        self.merge_button.setProperty("primary", True)
        self.merge_button.clicked.connect(self.merge)
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.clicked.connect(self._skip)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.skip_button)
        actions.addStretch(1)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.why)
        right_layout.addWidget(self.members, 1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.moves)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([280, 840])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(1140, 560)
        self._fill_list()

    # -- the list of clusters --------------------------------------------------------------------
    def _fill_list(self, select: int = 0) -> None:
        """List the clusters under a heading per kind; select the cluster at index `select` (or
        the last one)."""
        self.list.clear()
        headings = {
            RecordKind.ACCOUNT: self.tr("Accounts"),
            RecordKind.CONTACT: self.tr("People"),
        }
        chosen: QListWidgetItem | None = None
        select = min(select, len(self.clusters) - 1)
        for kind, heading in headings.items():
            indexes = [i for i, cluster in enumerate(self.clusters) if cluster.kind is kind]
            if not indexes:
                continue
            title = QListWidgetItem(heading)
            title.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: never current, never selected
            title.setForeground(self.palette().windowText())  # not greyed out like a disabled row
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            self.list.addItem(title)
            for index in indexes:
                item = QListWidgetItem(self._label(self.clusters[index]))
                item.setData(CLUSTER_ROLE, index)
                self.list.addItem(item)
                if index == select:
                    chosen = item
        self.status.setText(
            plural(
                len(self.clusters),
                self.tr("%n group of possible duplicates"),
                self.tr("%n groups of possible duplicates"),
            )
        )
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._show_cluster()

    @staticmethod
    def _label(cluster: DuplicateCluster) -> str:
        first = cluster.members[0]
        where = first.place if cluster.kind is RecordKind.ACCOUNT else first.account
        text = f"{first.name} ({len(cluster.members)})"
        return f"{text} — {where}" if where else text

    def current_index(self) -> int | None:
        """The index into `clusters` of the cluster shown, if any."""
        item = self.list.currentItem()
        index = item.data(CLUSTER_ROLE) if item is not None else None
        return index if isinstance(index, int) and 0 <= index < len(self.clusters) else None

    # -- the cluster shown -----------------------------------------------------------------------
    def _show_cluster(self) -> None:
        self.members.setRowCount(0)
        for button in self.keep_group.buttons():
            self.keep_group.removeButton(button)
        index = self.current_index()
        self.merge_button.setEnabled(index is not None)
        self.skip_button.setEnabled(index is not None)
        if index is None:
            self.why.setText(self.tr("No duplicates left."))
            self.merge_button.setText(self.tr("&Merge into the kept record"))
            self.moves.clear()
            return
        cluster = self.clusters[index]
        accounts = cluster.kind is RecordKind.ACCOUNT
        if accounts:
            why = self.tr("These look like one company or household: %1.")
            self.merge_button.setText(self.tr("&Merge into the kept account"))
            self.moves.setText(
                self.tr(
                    "Merging moves people, activities, deals, purchases and notes to the kept "
                    "account and fills its empty fields. Edit ▸ Undo takes a merge back."
                )
            )
            headers = [
                self.tr("Keep"), self.tr("Merge"), self.tr("Name"), self.tr("Place"),
                self.tr("Phone and website"), self.tr("People"), self.tr("Activities"),
                self.tr("Since"),
            ]  # fmt: skip
        else:
            why = self.tr("These look like one person: %1.")
            self.merge_button.setText(self.tr("&Merge into the kept contact"))
            self.moves.setText(
                self.tr(
                    "Merging moves activities, deals, purchases, referrals, notes, phones, "
                    "e-mails and tags to the kept contact. Edit ▸ Undo takes a merge back."
                )
            )
            headers = [
                self.tr("Keep"), self.tr("Merge"), self.tr("Name"), self.tr("Account"),
                self.tr("Phones and e-mails"), self.tr("Activities"), self.tr("Since"),
            ]  # fmt: skip
        self.why.setText(why.replace("%1", reasons_text(cluster)))
        self.members.setColumnCount(len(headers))
        self.members.setHorizontalHeaderLabels(headers)
        self.members.setRowCount(len(cluster.members))
        reach_column = 4  # phones and e-mails, or phone and website: takes the room that is left
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(reach_column, QHeaderView.ResizeMode.Stretch)
        for row, member in enumerate(cluster.members):
            keep = QRadioButton()
            keep.setChecked(row == 0)
            self.keep_group.addButton(keep, row)
            self.members.setCellWidget(row, 0, keep)
            merge = QTableWidgetItem()
            merge.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            merge.setCheckState(Qt.CheckState.Unchecked if row == 0 else Qt.CheckState.Checked)
            self.members.setItem(row, 1, merge)
            cells = self._account_cells(member) if accounts else self._contact_cells(member)
            for column, text in enumerate(cells, start=2):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.members.setItem(row, column, cell)
        self.members.resizeRowsToContents()  # one line per phone, e-mail or website

    def _contact_cells(self, member: ClusterMember) -> list[str]:
        reach = "\n".join([phone(p, self.region) for p in member.phones] + list(member.emails))
        return [
            member.name, member.account or "", reach, str(member.activities),
            _since(member.created_on),
        ]  # fmt: skip

    def _account_cells(self, member: ClusterMember) -> list[str]:
        sites = [_short_website(site) for site in member.websites]
        reach = "\n".join([phone(p, self.region) for p in member.phones] + sites)
        return [
            member.name, member.place or "", reach, str(member.contacts), str(member.activities),
            _since(member.created_on),
        ]  # fmt: skip

    # -- acting on it ----------------------------------------------------------------------------
    def merge(self) -> None:
        index = self.current_index()
        if index is None:
            return
        cluster = self.clusters[index]
        keep = self.keep_group.checkedId()
        survivor = cluster.members[keep].id
        others = [
            member.id
            for row, member in enumerate(cluster.members)
            if row != keep and self.members.item(row, 1).checkState() == Qt.CheckState.Checked
        ]
        if not others:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Tick at least one record to merge.")
            )
            return
        duplicates = self.book.duplicates
        if cluster.kind is RecordKind.ACCOUNT:
            result = self.operations.write(
                lambda: duplicates.merge_accounts(survivor, others), initiator=self, parent=self
            )
        else:
            result = self.operations.write(
                lambda: duplicates.merge(survivor, others), initiator=self, parent=self
            )
        if result is not None:
            del self.clusters[index]
            self._fill_list(index)
            self.status.setText(
                plural(
                    result.merged,
                    self.tr("Merged %n record into %1."),
                    self.tr("Merged %n records into %1."),
                ).replace("%1", cluster.members[keep].name)
            )

    def _skip(self) -> None:
        index = self.current_index()
        if index is not None:
            del self.clusters[index]
            self._fill_list(index)

    def _open_member(self, row: int, _column: int) -> None:
        index = self.current_index()
        if index is None:
            return
        cluster = self.clusters[index]
        if cluster.kind is RecordKind.ACCOUNT:
            self.open_account.emit(cluster.members[row].id)
        else:
            self.open_contact.emit(cluster.members[row].id)
        self.accept()


def _short_website(address: str) -> str:
    """A website as people say it: "https://www.mueller-bau.de/" → "mueller-bau.de"."""
    for prefix in ("https://", "http://", "www."):
        address = address.removeprefix(prefix)
    return address.rstrip("/")


def _since(iso_day: str) -> str:
    """The day a record was created, as the rep's locale writes dates."""
    try:
        return short_date(date.fromisoformat(iso_day))
    except ValueError:
        return iso_day
