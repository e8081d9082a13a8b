"""The Conflicts dialog: fields two people changed at once, each settled by keeping the value
kept now, taking the other one, or writing a combination; below, the changes the team server
refused, with its reasons, to dismiss once read.

Resolutions go through `book.team.resolve` as undoable writes (Ctrl+Z here or in the window); the
lists reload whenever the book's conflicts change (a sync can bring or settle some meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.domain.team import Conflict, Resolution
from tracker.services.book import Book
from ui.bus import Bus
from ui.labels import undo_label
from ui.models.conflicts import conflict_model, refusal_model
from ui.models.paged import ID_ROLE
from ui.operations import Operations
from ui.team.labels import combined, field_label, is_multiline
from ui.widgets.empty_state import EmptyState

RESOLVE_ACTION = "resolve_conflict"  # the undo code of TeamService.resolve


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class CombineDialog(QDialog):
    """An editor prefilled with both values, for the rep to make one of them."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine both versions"))
        start = combined(conflict.table, conflict.column, conflict.kept_value, conflict.other_value)
        self.multiline = is_multiline(conflict.table, conflict.column)
        hint = QLabel(
            self.tr("Write the %1 of %2 as it should be. Both versions are filled in to start.")
            .replace("%1", field_label(conflict.table, conflict.column))
            .replace("%2", conflict.record)
        )
        hint.setWordWrap(True)
        self.editor: QPlainTextEdit | QLineEdit
        if self.multiline:
            self.editor = QPlainTextEdit(start)
        else:
            self.editor = QLineEdit(start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(560, 320 if self.multiline else 140)

    def value(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()


class ConflictsDialog(QDialog):
    """Conflicts on top with the chosen one's two values side by side; refusals below."""

    def __init__(
        self, book: Book, operations: Operations, bus: Bus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.operations = operations
        self.setWindowTitle(self.tr("Conflicts"))
        self.conflicts = conflict_model()
        self.refusals = refusal_model()

        self.table = _table()
        self.table.setModel(self.conflicts)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.kept_title = QLabel()
        self.kept_title.setObjectName("conflictSide")
        self.kept = QPlainTextEdit()
        self.kept.setReadOnly(True)
        self.other_title = QLabel()
        self.other_title.setObjectName("conflictSide")
        self.other = QPlainTextEdit()
        self.other.setReadOnly(True)
        self.keep_button = QPushButton(self.tr("&Keep this"))
        self.keep_button.setToolTip(self.tr("The value kept now stays; the other one is dropped."))
        self.keep_button.clicked.connect(lambda: self.resolve(Resolution.KEEP))
        self.other_button = QPushButton(self.tr("&Take the other"))
        self.other_button.setToolTip(self.tr("The other value replaces the one kept now."))
        self.other_button.clicked.connect(lambda: self.resolve(Resolution.OTHER))
        self.combine_button = QPushButton(self.tr("C&ombine…"))
        self.combine_button.setToolTip(self.tr("Write one value from both versions."))
        self.combine_button.clicked.connect(self.combine)
        sides = QGridLayout()
        sides.addWidget(self.kept_title, 0, 0)
        sides.addWidget(self.other_title, 0, 1)
        sides.addWidget(self.kept, 1, 0)
        sides.addWidget(self.other, 1, 1)
        sides.addWidget(self.keep_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        sides.addWidget(self.other_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        combine_row = QHBoxLayout()
        combine_row.addWidget(self.combine_button)
        self.explained = QLabel(
            self.tr(
                "Both values were typed by someone. The later one is kept for now; nothing is "
                "lost until you choose. Your choice syncs to the team like any edit."
            )
        )
        self.explained.setObjectName("muted")
        self.explained.setWordWrap(True)
        combine_row.addWidget(self.explained, 1)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 3)
        list_layout.addLayout(sides, 2)
        list_layout.addLayout(combine_row)
        self.empty = EmptyState()
        self.empty.set_content(
            self.tr("No conflicts"),
            self.tr(
                "A conflict appears when you and someone else (or you on another laptop) change "
                "the same text — a note, a name, an address — before syncing. Groundgame keeps "
                "the later version and lists the other one here, so you can keep either or "
                "combine them. Nothing anyone typed is lost."
            ),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.empty)

        self.refused_box = QGroupBox(self.tr("Changes the team server refused"))
        self.refused_table = _table()
        self.refused_table.setModel(self.refusals)
        # A few rows show; the conflicts above are what the rep works on.
        self.refused_table.setMaximumHeight(
            self.refused_table.verticalHeader().defaultSectionSize() * 4
        )
        self.refused_note = QLabel(
            self.tr(
                "These changes made on this laptop were not accepted by the team server, for the "
                "reason shown. The team's version of each record is back in your book."
            )
        )
        self.refused_note.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Remove these notices from the list."))
        self.dismiss_button.clicked.connect(self.dismiss)
        refused_layout = QVBoxLayout(self.refused_box)
        refused_layout.addWidget(self.refused_note)
        refused_layout.addWidget(self.refused_table, 1)
        refused_layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        closing.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        closing.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.refused_box)
        layout.addWidget(closing)
        self.resize(900, 640)
        bus.changed.connect(self._on_changed)
        self.reload()
        self.table.setFocus()

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the conflicts and refusals again, keeping the chosen conflict if it is still open."""
        chosen = self.current_id()
        row = max(self.table.currentIndex().row(), 0)
        self.conflicts.set_rows(self.book.team.conflicts())
        self.refusals.set_rows(self.book.team.refusals())
        count = self.conflicts.rowCount()
        self.pages.setCurrentIndex(0 if count else 1)
        self.refused_box.setVisible(self.refusals.rowCount() > 0)
        for table in (self.table, self.refused_table):
            table.resizeColumnsToContents()
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 260))
        if count:
            ids = [self.conflicts.index(r, 0).data(ID_ROLE) for r in range(count)]
            # The same conflict if it is still open, else the one that took its place.
            self._select(ids.index(chosen) if chosen in ids else min(row, count - 1))
        self._show_current()
        self._update_undo()

    def _select(self, row: int) -> None:
        index = self.conflicts.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current(self) -> Conflict | None:
        return self.conflicts.row_at(self.table.currentIndex().row())

    def current_id(self) -> str | None:
        conflict = self.current()
        return conflict.id if conflict else None

    def _show_current(self) -> None:
        conflict = self.current()
        for button in (self.keep_button, self.other_button, self.combine_button):
            button.setEnabled(conflict is not None and not self.book.read_only)
        if conflict is None:
            for title, text in ((self.kept_title, self.kept), (self.other_title, self.other)):
                title.clear()
                text.clear()
            return
        field = field_label(conflict.table, conflict.column)
        self.kept_title.setText(
            self.tr("%1 kept now (from %2)").replace("%1", field).replace("%2", conflict.kept_by)
        )
        self.other_title.setText(
            self.tr("The other version (from %1)").replace("%1", conflict.other_by)
        )
        self.kept.setPlainText(conflict.kept_value or "")
        self.other.setPlainText(conflict.other_value or "")
        if not conflict.kept_value:
            self.kept.setPlaceholderText(self.tr("(empty)"))
        if not conflict.other_value:
            self.other.setPlaceholderText(self.tr("(empty)"))

    def _update_undo(self) -> None:
        """Undo here takes back a resolution only; other work is undone in the main window."""
        info = self.book.undo.peek()
        resolution = info is not None and info.action == RESOLVE_ACTION
        self.undo_action.setEnabled(resolution)
        self.undo_button.setVisible(resolution)
        if info is not None and resolution:
            self.undo_button.setText(undo_label(info))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.team or changes.everything:
            self.reload()
        else:
            self._update_undo()

    # -- acting --------------------------------------------------------------------------------
    def resolve(self, resolution: Resolution, value: str | None = None) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.operations.write(
            lambda: self.book.team.resolve(conflict.id, resolution, value),
            initiator=self,
            parent=self,
        )
        self.table.setFocus()

    def combine(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        editor = CombineDialog(conflict, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.resolve(Resolution.COMBINED, editor.value())

    def dismiss(self) -> None:
        self.operations.write(self.book.team.dismiss_refusals, initiator=self, parent=self)

    def undo(self) -> None:
        info = self.book.undo.peek()
        if info is not None and info.action == RESOLVE_ACTION:
            self.operations.write(self.book.undo.undo, initiator=self, parent=self)
