"""The contacts of a call list, picked from the team's: find them by the team filter and a name
(the person's or the account's), add the chosen ones (or all found), or paste contact ids; the
list on the right is what is sent."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team_manager import Found, Rep, TeamContact, TeamFilter
from ui.display import number, plural
from ui.models.team_manage import contact_model
from ui.team.manage.requests import Requests
from ui.team.manage.widgets import FilterBar, chosen_ids, fit_columns, make_table

SEPARATORS = re.compile(r"[\s,;]+")
LIST_HIDDEN = (2, 3)  # postcode and city
MAX_PASTED = 5000


def pasted_ids(text: str) -> list[str]:
    """Contact ids from pasted text: separated by spaces, commas, semicolons or lines; each once,
    in the order given."""
    return list(dict.fromkeys(part for part in SEPARATORS.split(text) if part))


class PasteIdsDialog(QDialog):
    """A box to paste contact ids into (from a spreadsheet, or `groundgame team contacts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste contact ids"))
        hint = QLabel(
            self.tr("Paste the ids of contacts, separated by spaces, commas or line breaks.")
        )
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(480, 300)

    def ids(self) -> list[str]:
        return pasted_ids(self.editor.toPlainText())


class ContactPicker(QWidget):
    """Found contacts on the left, the list's contacts on the right."""

    changed = Signal()  # the list's contacts changed
    said = Signal(str, bool)  # something to tell the manager (text, is it a problem)

    def __init__(self, requests: Requests, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests = requests
        self.found: Found[TeamContact] = Found(())
        self.filters = FilterBar(name_label=self.tr("Searc&h:"), two_rows=True)
        self.filters.name.setPlaceholderText(self.tr("a person or an account"))
        self.filters.changed.connect(self.search)
        self.found_table = make_table(many=True)
        self.found_model = contact_model()
        self.found_table.setModel(self.found_model)
        self.found_table.activated.connect(lambda _index: self.add_chosen())
        self.found_label = QLabel()
        self.found_label.setObjectName("muted")
        self.add_button = QPushButton(self.tr("A&dd to the list"))
        self.add_button.setToolTip(self.tr("Add the chosen contacts (Enter adds the current one)."))
        self.add_button.clicked.connect(self.add_chosen)
        self.add_all_button = QPushButton(self.tr("Add all &found"))
        self.add_all_button.clicked.connect(self.add_all)
        self.paste_button = QPushButton(self.tr("Paste &contact ids…"))
        self.paste_button.clicked.connect(self.paste)

        self.list_table = make_table(many=True)
        self.list_model = contact_model()
        self.list_table.setModel(self.list_model)
        for column in LIST_HIDDEN:  # the list names people; where they are is in the left table
            self.list_table.setColumnHidden(column, True)
        self.list_label = QLabel()
        self.remove_button = QPushButton(self.tr("Remo&ve from the list"))
        self.remove_button.clicked.connect(self.remove_chosen)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.filters, 0, 0, 1, 2)
        grid.addWidget(self.found_label, 1, 0)
        grid.addWidget(self.list_label, 1, 1)
        grid.addWidget(self.found_table, 2, 0)
        grid.addWidget(self.list_table, 2, 1)
        found_buttons = QWidget()
        row = QGridLayout(found_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button, 0, 0)
        row.addWidget(self.add_all_button, 0, 1)
        row.addWidget(self.paste_button, 0, 2)
        row.setColumnStretch(3, 1)
        grid.addWidget(found_buttons, 3, 0)
        grid.addWidget(self.remove_button, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._show_list()

    def set_reps(self, reps: list[Rep]) -> None:
        self.filters.set_reps(reps)

    # -- finding -------------------------------------------------------------------------------
    def search(self) -> None:
        wanted = self.filters.value()
        search, wanted = wanted.name, replace(wanted, name="")
        self.requests.read(
            "contacts", lambda m: m.contacts(wanted, search=search), self._show_found
        )

    def _show_found(self, found: Found[TeamContact]) -> None:
        self.found = found
        self.found_model.set_rows(found.rows)
        fit_columns(self.found_table, 140)
        count = len(found.rows)
        if found.more:
            text = self.tr("The first %1 found. Narrow the search to see the others.")
            self.found_label.setText(text.replace("%1", number(count)))
        else:
            self.found_label.setText(
                plural(count, self.tr("%n contact found"), self.tr("%n contacts found"))
            )

    # -- the list ------------------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        return [contact.id for contact in self.list_model.rows()]

    def add(self, contacts: list[TeamContact]) -> int:
        """Add contacts not on the list yet; how many were new."""
        have = set(self.chosen_ids())
        new = [contact for contact in contacts if contact.id not in have]
        if new:
            self.list_model.set_rows([*self.list_model.rows(), *new])
            self._show_list()
        return len(new)

    def add_chosen(self) -> None:
        ids = set(chosen_ids(self.found_table))
        self.add([contact for contact in self.found.rows if contact.id in ids])

    def add_all(self) -> None:
        self.add(list(self.found.rows))

    def remove_chosen(self) -> None:
        ids = set(chosen_ids(self.list_table))
        self.list_model.set_rows([c for c in self.list_model.rows() if c.id not in ids])
        self._show_list()

    def clear(self) -> None:
        self.list_model.set_rows([])
        self._show_list()

    def _show_list(self) -> None:
        fit_columns(self.list_table, 140)
        count = self.list_model.rowCount()
        self.list_label.setText(
            plural(count, self.tr("%n contact on the list"), self.tr("%n contacts on the list"))
        )
        self.changed.emit()

    # -- pasted ids ----------------------------------------------------------------------------
    def paste(self) -> None:
        dialog = PasteIdsDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_ids(dialog.ids())

    def add_ids(self, ids: list[str]) -> None:
        """Look the ids up on the team server and add the contacts found; say which were not."""
        ids = ids[:MAX_PASTED]
        if not ids:
            return
        self.requests.read(
            "pasted",
            lambda m: m.contacts(TeamFilter(), ids=ids, limit=len(ids)),
            lambda found: self._pasted(ids, found),
            lambda text: self.said.emit(text, True),
        )

    def _pasted(self, ids: list[str], found: Found[TeamContact]) -> None:
        added = self.add(list(found.rows))
        known = {contact.id for contact in found.rows}
        missing = [contact_id for contact_id in ids if contact_id not in known]
        text = plural(added, self.tr("%n contact added."), self.tr("%n contacts added."))
        if missing:
            text += " " + plural(
                len(missing),
                self.tr("%n id is no contact on the team server: %1"),
                self.tr("%n ids are no contacts on the team server: %1"),
            ).replace("%1", ", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""))
        self.said.emit(text, bool(missing))
