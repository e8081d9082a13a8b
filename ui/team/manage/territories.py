"""*Territories*: postcode prefixes and the reps they belong to. New accounts and contacts a
manager brings in (an imported lead list, say) with a postcode starting so go to that rep — the
longest prefix wins. Existing accounts stay where they are (*Reps and accounts* moves them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team_manager import Rep, Territory
from ui.models.team_manage import territory_model
from ui.team.manage.requests import ManageContext, Requests
from ui.team.manage.widgets import Notice, choose_ids, chosen_rep, fill_reps, make_table
from ui.widgets.empty_state import EmptyState

MAX_PREFIX = 20  # the team server's limit


class TerritoriesDialog(QDialog):
    """The territories as a table; a prefix and a rep to add one; Delete removes the chosen."""

    def __init__(self, context: ManageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notice = Notice(self)
        self.requests = Requests(context, self)
        self.requests.failed.connect(self._request_failed)
        self.requests.busy_changed.connect(self._update_buttons)
        self.setWindowTitle(self.tr("Territories"))
        intro = QLabel(
            self.tr(
                "New accounts and contacts that a manager brings in — an imported lead list, say "
                "— go to the rep whose postcode prefix they start with (the longest prefix wins). "
                "Accounts already in the team stay with their rep; give them to another rep under "
                "Reps and accounts."
            )
        )
        intro.setWordWrap(True)
        self.table = make_table()
        self.model = territory_model()
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = EmptyState()
        self.empty.set_content(
            self.tr("No territories yet"),
            self.tr("Add a postcode prefix and the rep it belongs to below."),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("e.g. 80 or 803"))
        self.prefix.setMaxLength(MAX_PREFIX)
        self.prefix.textChanged.connect(lambda _text: self._update_buttons())
        self.prefix.returnPressed.connect(self.add)
        self.rep = QComboBox()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen territory (Delete)."))
        self.remove_button.clicked.connect(self.remove)
        remove_action = QAction(self)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove)
        self.table.addAction(remove_action)
        prefix_label = QLabel(self.tr("&Postcodes starting:"))
        prefix_label.setBuddy(self.prefix)
        rep_label = QLabel(self.tr("&go to:"))
        rep_label.setBuddy(self.rep)
        adding = QHBoxLayout()
        adding.addWidget(prefix_label)
        adding.addWidget(self.prefix)
        adding.addWidget(rep_label)
        adding.addWidget(self.rep, 1)
        adding.addWidget(self.add_button)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self._update_buttons()
        self.reload()
        self.prefix.setFocus()

    def reload(self) -> None:
        self.requests.read("reps", lambda m: m.reps(), self._show_reps)
        self.requests.read("territories", lambda m: m.territories(), self._show)

    def _show_reps(self, reps: list[Rep]) -> None:
        fill_reps(self.rep, [rep for rep in reps if rep.active])
        self._update_buttons()

    def _show(self, territories: list[Territory], chosen: str | None = None) -> None:
        self.model.set_rows(territories)
        self.table.resizeColumnsToContents()
        self.pages.setCurrentIndex(0 if territories else 1)
        if chosen is not None:
            choose_ids(self.table, [chosen])
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.requests.writing
        self.add_button.setEnabled(
            idle and bool(self.prefix.text().strip()) and self.rep.count() > 0
        )
        self.remove_button.setEnabled(idle and self.table.selectionModel().hasSelection())

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def add(self) -> None:
        """Add (or move) the territory typed; the server checks the prefix again."""
        prefix = self.prefix.text().replace(" ", "")
        rep = chosen_rep(self.rep)
        if not prefix:
            return
        if not prefix.isalnum():
            self._say(self.tr("A postcode prefix has only letters and digits, like 80 or 803."))
            self.prefix.setFocus()
            return
        if not rep or self.requests.writing:
            return
        self._say("")
        self.requests.write(
            "territories",
            lambda m: (m.add_territory(prefix, rep), m.territories()),
            self._added,
            self._say,
        )

    def _added(self, answer: tuple[Territory, list[Territory]]) -> None:
        added, territories = answer
        self.notice.say(
            self.tr("New accounts with a postcode starting %1 now go to %2.")
            .replace("%1", added.prefix)
            .replace("%2", added.rep)
        )
        self.prefix.clear()
        self._show(territories, added.prefix)
        self.prefix.setFocus()

    def remove(self) -> None:
        territory = self.model.row_at(self.table.currentIndex().row())
        if territory is None or self.requests.writing:
            return
        self.requests.write(
            "territories",
            lambda m: (m.remove_territory(territory.prefix), m.territories()),
            lambda answer: self._removed(territory, answer[1]),
        )

    def _removed(self, territory: Territory, territories: list[Territory]) -> None:
        self.notice.say(
            self.tr("Postcodes starting %1 no longer go to %2 by themselves.")
            .replace("%1", territory.prefix)
            .replace("%2", territory.rep)
        )
        self._show(territories)
        self.table.setFocus()

    def _request_failed(self, text: str) -> None:
        self.notice.say(text, error=True)
