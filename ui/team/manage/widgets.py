"""Parts the manager's dialogs share: the notice line (a result, or what went wrong, with an
action), the filter over the team's accounts, reps to tick, rep pickers, and tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Stage, Tier
from tracker.domain.team_manager import Rep, TeamFilter
from ui.labels import stage_label, tier_label
from ui.models.paged import ID_ROLE
from ui.widgets.banner import Banner

translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context

FILTER_DELAY_MS = 350  # a filter typed letter by letter asks the server once it pauses


class Notice(Banner):
    """One line at the top of a dialog: what a move did (info) or what went wrong (error)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("notice", "", level="info", closable=False)
        if parent is not None:
            self.setParent(parent)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self._buttons: dict[str, QPushButton] = {}

    def say(self, text: str, *, error: bool = False) -> None:
        self.setProperty("level", "error" if error else "info")
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        for button in self._buttons.values():
            button.hide()
        self.show()

    def offer(self, key: str, label: str) -> QPushButton:
        """Show a button beside the text (after `say`); `action_triggered(key)` when pressed."""
        button = self._buttons.get(key)
        if button is None:
            button = self.add_action(key, label)
            self._buttons[key] = button
        button.setText(label)
        button.show()
        return button

    def shown_text(self) -> str:
        """What the line says now ('' while hidden)."""
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


def rep_text(rep: Rep) -> str:
    """A rep's name as the pickers show it: managers and revoked reps marked."""
    if not rep.active:
        return translate("ManageTeam", "%1 (no access)").replace("%1", rep.name)
    if rep.manager:
        return translate("ManageTeam", "%1 (manager)").replace("%1", rep.name)
    return rep.name


def fill_reps(combo: QComboBox, reps: Iterable[Rep], *, first: str | None = None) -> None:
    """Reps as the combo's items (their names as data), keeping the chosen one if still there;
    `first` is an item without a rep ("Anyone") on top."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, "")
    for rep in reps:
        combo.addItem(rep_text(rep), rep.name)
    position = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(max(position, 0))
    combo.blockSignals(False)


def chosen_rep(combo: QComboBox) -> str:
    return str(combo.currentData() or "")


class RepChecklist(QListWidget):
    """Reps to tick (Space ticks the current one)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_reps(
        self, reps: Iterable[Rep], *, ticked: Iterable[str] = (), locked: Iterable[str] = ()
    ) -> None:
        """Show the reps; `locked` ones are ticked and cannot be unticked (shared already)."""
        keep = set(self.chosen()) | set(ticked)
        locked = set(locked)
        self.blockSignals(True)
        self.clear()
        for rep in reps:
            item = QListWidgetItem(rep_text(rep))
            item.setData(Qt.ItemDataRole.UserRole, rep.name)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if rep.name not in locked:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            checked = rep.name in keep or rep.name in locked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> list[str]:
        """The ticked reps that can still be unticked (the new choices)."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.item(row) for row in range(self.count()))
            if item.checkState() == Qt.CheckState.Checked
            and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
        ]

    def tick(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)


class FilterBar(QWidget):
    """The team filter in one row: postcode prefix, city, tier, tag, stage, rep, name.

    `changed` fires once the manager pauses typing (or picks from a list), so the dialog asks the
    server once per filter, not once per letter."""

    changed = Signal()

    def __init__(
        self,
        *,
        name_label: str | None = None,
        two_rows: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText(translate("ManageTeam", "e.g. 80"))
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit()
        self.city.setMaximumWidth(130)
        self.tier = QComboBox()
        self.tier.addItem(translate("ManageTeam", "Any"), "")
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier.value)
        self.tag = QLineEdit()
        self.tag.setMaximumWidth(110)
        self.stage = QComboBox()
        self.stage.addItem(translate("ManageTeam", "Any"), "")
        for stage in Stage:
            self.stage.addItem(stage_label(stage), stage.value)
        self.rep = QComboBox()
        self.rep.addItem(translate("ManageTeam", "Anyone"), "")
        self.name = QLineEdit()
        self.name.setClearButtonEnabled(True)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.changed.emit)
        for field in (self.postcode, self.city, self.tag, self.name):
            field.textChanged.connect(lambda _text: self._delay.start())
            field.returnPressed.connect(self.apply_now)
        for combo in (self.tier, self.stage, self.rep):
            combo.currentIndexChanged.connect(lambda _index: self.apply_now())
        labelled: tuple[tuple[str, QWidget], ...] = (
            (translate("ManageTeam", "&Postcode:"), self.postcode),
            (translate("ManageTeam", "Cit&y:"), self.city),
            (translate("ManageTeam", "Tie&r:"), self.tier),
            (translate("ManageTeam", "T&ag:"), self.tag),
            (translate("ManageTeam", "S&tage:"), self.stage),
            (translate("ManageTeam", "R&ep:"), self.rep),
            (name_label or translate("ManageTeam", "&Name:"), self.name),
        )
        # One row in a wide dialog; in a narrow place the name gets a row of its own, on top.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        if two_rows:
            rows.addLayout(second)
            labelled = labelled[-1:] + labelled[:-1]
        for text, widget in labelled:
            row = second if two_rows and widget is not self.name else first
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.name else 0)
        if two_rows:
            second.addStretch(1)

    def apply_now(self) -> None:
        self._delay.stop()
        self.changed.emit()

    def set_reps(self, reps: Sequence[Rep]) -> None:
        fill_reps(self.rep, reps, first=translate("ManageTeam", "Anyone"))

    def set_rep(self, name: str) -> None:
        position = self.rep.findData(name)
        if position >= 0:
            self.rep.setCurrentIndex(position)

    def value(self) -> TeamFilter:
        return TeamFilter(
            postcode=self.postcode.text(),
            city=self.city.text(),
            tier=str(self.tier.currentData() or ""),
            tag=self.tag.text(),
            stage=str(self.stage.currentData() or ""),
            name=self.name.text(),
            rep=chosen_rep(self.rep),
        )


def make_table(*, many: bool = False) -> QTableView:
    """A read-only table of rows, sortable by clicking a header; `many` rows can be chosen at
    once (Shift, Ctrl, Ctrl+A)."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the server's order until a click
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, widest: int = 240) -> None:
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))


def chosen_ids(table: QTableView) -> list[str]:
    """The ids of the chosen rows, top to bottom."""
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    model = table.model()
    return [str(model.index(row, 0).data(ID_ROLE)) for row in rows]


def choose_ids(table: QTableView, ids: Iterable[str]) -> None:
    """Choose the rows with these ids again (after a reload), the first of them current."""
    wanted = set(ids)
    model, selection = table.model(), table.selectionModel()
    selection.clearSelection()
    first = None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) in wanted:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            first = first or index
    if first is not None:
        selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
