"""*Send a call list*: a name, a note, when it runs (start and due, both optional), the reps it
goes to and its contacts (ui.team.manage.contact_picker). Each rep gets the contacts of it that
are theirs or shared with them; the list shows in their Today once their laptop synced. The
*Progress* tab shows every list per rep: how many of its contacts they worked since it came.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.team_manager import CallListDraft, ListProgress, Rep, SentList
from ui.display import plural
from ui.models.paged import ROW_ROLE
from ui.models.team_manage import PROGRESS_WORKED, progress_model, worked_text
from ui.team.manage.contact_picker import ContactPicker
from ui.team.manage.requests import ManageContext, Requests
from ui.team.manage.widgets import Notice, RepChecklist, fit_columns, make_table
from ui.widgets.empty_state import EmptyState

DEFAULT_DAYS = 7  # a list is due a week after it starts unless the manager says otherwise
NAME_LENGTH = 200  # the team server's limit


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws "worked of contacts" as a progress bar with the words on it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        progress = index.data(ROW_ROLE)
        if not isinstance(progress, ListProgress):
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, max(progress.contacts, 1)
        bar.progress = min(progress.worked, bar.maximum)
        bar.text = worked_text(progress)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setEnabled(False)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class CallListsDialog(QDialog):
    """A new call list on one tab, the lists' progress per rep on the other."""

    def __init__(self, context: ManageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notice = Notice(self)
        self.requests = Requests(context, self)
        self.requests.failed.connect(self._request_failed)
        self.requests.busy_changed.connect(self._update_buttons)
        self.setWindowTitle(self.tr("Call lists"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._new_list_page(), self.tr("New call l&ist"))
        self.tabs.addTab(self._progress_page(), self.tr("Pro&gress"))
        self.tabs.currentChanged.connect(self._tab_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        refresh = QAction(self)
        refresh.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh)])
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 740)
        self._update_buttons()
        self.reload()
        self.name.setFocus()

    def _request_failed(self, text: str) -> None:
        self.notice.say(text, error=True)

    # -- the new list --------------------------------------------------------------------------
    def _new_list_page(self) -> QWidget:
        today = self.context.book.clock.now().date()
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Winter offer, C customers in 80…"))
        self.name.textChanged.connect(lambda _text: self._update_buttons())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What to say or ask — the reps see it with the list"))
        self.starts = QCheckBox(self.tr("&Starts"))
        self.start_day = _date_edit(today)
        self.due = QCheckBox(self.tr("D&ue by"))
        self.due_day = _date_edit(today + timedelta(days=DEFAULT_DAYS))
        self.starts.toggled.connect(self.start_day.setEnabled)
        self.due.toggled.connect(self.due_day.setEnabled)
        self.due.setChecked(True)
        when = QHBoxLayout()
        for widget in (self.starts, self.start_day, self.due, self.due_day):
            when.addWidget(widget)
        when.addStretch(1)
        self.rep_list = RepChecklist()
        self.rep_list.setMaximumWidth(220)
        self.rep_list.changed.connect(self._update_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.tr("When:"), when)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()

        reps_box = QWidget()
        reps_layout = QVBoxLayout(reps_box)
        reps_layout.setContentsMargins(0, 0, 0, 0)
        reps_label = QLabel(self.tr("Se&nd to:"))
        reps_label.setBuddy(self.rep_list)
        reps_layout.addWidget(reps_label)
        reps_layout.addWidget(self.rep_list, 1)
        hint = QLabel(
            self.tr("Each rep gets the contacts on the list that are theirs or shared with them.")
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        hint.setMaximumWidth(220)
        reps_layout.addWidget(hint)
        self.picker = ContactPicker(self.requests)
        self.picker.changed.connect(self._update_buttons)
        self.picker.said.connect(lambda text, problem: self.notice.say(text, error=problem))
        picking = QSplitter(Qt.Orientation.Horizontal)
        picking.addWidget(reps_box)
        picking.addWidget(self.picker)
        picking.setStretchFactor(1, 1)

        self.send_button = QPushButton(self.tr("Send the &list"))
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.send)
        send_row = QHBoxLayout()
        send_row.addWidget(self.error, 1)
        send_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(picking, 1)
        layout.addLayout(send_row)
        return page

    def draft(self) -> CallListDraft | None:
        """The list as filled in, or None after saying what is missing."""
        name = self.name.text().strip()
        reps, contacts = self.rep_list.chosen(), self.picker.chosen_ids()
        start = _day(self.start_day) if self.starts.isChecked() else None
        due = _day(self.due_day) if self.due.isChecked() else None
        problem: tuple[str, QWidget] | None = None
        if not name:
            problem = (self.tr("Give the list a name."), self.name)
        elif not reps:
            problem = (self.tr("Tick the reps to send it to."), self.rep_list)
        elif not contacts:
            problem = (
                self.tr("Add contacts to the list: find them, then Add to the list."),
                self.picker.filters.name,
            )
        elif start is not None and due is not None and due < start:
            problem = (self.tr("The list cannot be due before it starts."), self.due_day)
        if problem is not None:
            self._say(problem[0])
            problem[1].setFocus()
            return None
        self._say("")
        note = self.note.text().strip() or None
        return CallListDraft(name, tuple(reps), tuple(contacts), note, start, due)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def send(self) -> None:
        draft = self.draft()
        if draft is None or self.requests.writing:
            return
        self.requests.write("send", lambda m: m.send_list(draft), self._sent, self._say)

    def _sent(self, sent: SentList) -> None:
        parts = [
            plural(count, self.tr("%1 %n contact"), self.tr("%1 %n contacts")).replace("%1", rep)
            for rep, count in sent.sent
        ]
        text = self.tr("Sent “%1”: %2. It shows in their Today after their next sync.")
        text = text.replace("%1", sent.name).replace("%2", ", ".join(parts))
        empty = [rep for rep, count in sent.sent if count == 0]
        if empty:
            text += " " + self.tr(
                "%1 got an empty list: none of its contacts are theirs or shared with them."
            ).replace("%1", ", ".join(empty))
        self.notice.say(text, error=bool(empty))
        self.name.clear()
        self.note.clear()
        self.picker.clear()
        self.tabs.setCurrentIndex(1)

    # -- progress ------------------------------------------------------------------------------
    def _progress_page(self) -> QWidget:
        self.progress_table = make_table()
        self.progress_model = progress_model()
        self.progress_table.setModel(self.progress_model)
        self.progress_table.setItemDelegateForColumn(
            PROGRESS_WORKED, ProgressBarDelegate(self.progress_table)
        )
        self.progress_empty = EmptyState()
        self.progress_empty.set_content(
            self.tr("No call lists yet"),
            self.tr("Lists you send show here, one line per rep, with how far each rep got."),
        )
        self.progress_pages = QStackedWidget()
        self.progress_pages.addWidget(self.progress_table)
        self.progress_pages.addWidget(self.progress_empty)
        explained = QLabel(
            self.tr(
                "Worked: contacts on the list the rep has logged a call or a visit with since the "
                "list came. The figures grow as the reps' laptops sync."
            )
        )
        explained.setObjectName("muted")
        explained.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_pages, 1)
        layout.addWidget(explained)
        return page

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.load_progress()

    def load_progress(self) -> None:
        self.requests.read("progress", lambda m: m.list_progress(), self._show_progress)

    def _show_progress(self, lists: list[ListProgress]) -> None:
        self.progress_model.set_rows(lists)
        fit_columns(self.progress_table, 320)
        self.progress_table.setColumnWidth(PROGRESS_WORKED, 180)
        self.progress_pages.setCurrentIndex(0 if lists else 1)

    # -- both ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.requests.read("reps", lambda m: m.reps(), self._show_reps)
        self.picker.search()
        self.load_progress()

    def _show_reps(self, reps: list[Rep]) -> None:
        self.rep_list.set_reps([rep for rep in reps if rep.active])
        self.picker.set_reps(reps)

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(not self.requests.writing)
