"""Find duplicates: clusters of records that look like one person, merged in one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from tracker.domain.duplicates import DuplicateCluster
from tracker.services.book import Book
from ui.display import phone, plural
from ui.labels import MATCH_REASONS
from ui.operations import Operations


def reasons_text(cluster: DuplicateCluster) -> str:
    return ", ".join(
        QCoreApplication.translate("Labels", MATCH_REASONS[reason.value])
        for reason in cluster.reasons
    )


class DuplicatesDialog(QDialog):
    """Clusters on the left; on the right whom to keep and whom to merge into them."""

    open_contact = Signal(str)

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
        self.clusters = list(clusters)
        self.region = book.preferences.get().default_region
        self.setWindowTitle(self.tr("Find duplicates"))
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_cluster)
        self.members = QTableWidget(0, 7)
        self.members.setHorizontalHeaderLabels(
            [
                self.tr("Keep"), self.tr("Merge"), self.tr("Name"), self.tr("Account"),
                self.tr("Phones and e-mails"), self.tr("Activities"), self.tr("Since"),
            ]
        )  # fmt: skip
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.cellDoubleClicked.connect(self._open_member)
        self.keep_group = QButtonGroup(self)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.merge_button = QPushButton(self.tr("&Merge into the kept contact"))
        self.merge_button.setProperty("primary", True)
        self.merge_button.clicked.connect(self.merge)
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.clicked.connect(self._skip)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.skip_button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.why)
        right_layout.addWidget(self.members, 1)
        right_layout.addLayout(actions)
        right_layout.addWidget(
            QLabel(
                self.tr(
                    "Merging moves activities, deals, purchases, referrals, notes, phones, "
                    "e-mails and tags to the kept contact. Edit ▸ Undo takes a merge back."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(980, 520)
        self._fill_list()

    def _fill_list(self) -> None:
        self.list.clear()
        for cluster in self.clusters:
            first = cluster.members[0]
            text = f"{first.name} ({len(cluster.members)})"
            if first.account:
                text += f" — {first.account}"
            self.list.addItem(QListWidgetItem(text))
        self.status.setText(
            plural(
                len(self.clusters),
                self.tr("%n group of possible duplicates"),
                self.tr("%n groups of possible duplicates"),
            )
        )
        if self.clusters:
            self.list.setCurrentRow(0)
        else:
            self._show_cluster(-1)

    def _show_cluster(self, row: int) -> None:
        self.members.setRowCount(0)
        for button in self.keep_group.buttons():
            self.keep_group.removeButton(button)
        has = 0 <= row < len(self.clusters)
        self.merge_button.setEnabled(has)
        self.skip_button.setEnabled(has)
        if not has:
            self.why.setText(self.tr("No duplicates left."))
            return
        cluster = self.clusters[row]
        self.why.setText(
            self.tr("These look like one person: %1.").replace("%1", reasons_text(cluster))
        )
        self.members.setRowCount(len(cluster.members))
        for index, member in enumerate(cluster.members):
            keep = QRadioButton()
            keep.setChecked(index == 0)
            self.keep_group.addButton(keep, index)
            self.members.setCellWidget(index, 0, keep)
            merge = QTableWidgetItem()
            merge.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            merge.setCheckState(Qt.CheckState.Unchecked if index == 0 else Qt.CheckState.Checked)
            self.members.setItem(index, 1, merge)
            reach = ", ".join([phone(p, self.region) for p in member.phones] + list(member.emails))
            for column, text in enumerate(
                (
                    member.name,
                    member.account or "",
                    reach,
                    str(member.activities),
                    member.created_on,
                ),
                start=2,
            ):
                self.members.setItem(index, column, QTableWidgetItem(text))

    def merge(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.clusters):
            return
        cluster = self.clusters[row]
        keep = self.keep_group.checkedId()
        survivor = cluster.members[keep].id
        others = [
            member.id
            for index, member in enumerate(cluster.members)
            if index != keep and self.members.item(index, 1).checkState() == Qt.CheckState.Checked
        ]
        if not others:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Tick at least one record to merge.")
            )
            return
        result = self.operations.write(
            lambda: self.book.duplicates.merge(survivor, others), initiator=self, parent=self
        )
        if result is not None:
            del self.clusters[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self.clusters) - 1))
            self.status.setText(
                plural(
                    result.merged,
                    self.tr("Merged %n record into %1."),
                    self.tr("Merged %n records into %1."),
                ).replace("%1", cluster.members[keep].name)
            )

    def _skip(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.clusters):
            del self.clusters[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self.clusters) - 1))

    def _open_member(self, row: int, _column: int) -> None:
        current = self.list.currentRow()
        if 0 <= current < len(self.clusters):
            self.open_contact.emit(self.clusters[current].members[row].id)
            self.accept()
