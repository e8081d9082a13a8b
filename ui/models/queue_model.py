"""The day's queue as a table: section headings, items with their why, and today's done work.

Headings are disabled rows spanning the table, so the keyboard moves from item to item. The
model holds dataclasses only (never a Session); rows are rebuilt with `set_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.domain.clock import zone
from tracker.domain.enums import Section
from tracker.domain.queue import DayQueue, QueueItem, Urgency
from tracker.domain.worklog import LoggedActivity
from ui.display import short_time
from ui.labels import kind_label, outcome_label, reason_text, section_label

TICK, WHEN, KIND, CONTACT, ACCOUNT, WHY = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the item id (str)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # native value: the position in the day
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3  # the QueueItem (or LoggedActivity for done rows)
HEADING_ROLE = Qt.ItemDataRole.UserRole + 4  # True on section headings

OVERDUE = QColor("#b42318")
DUE = QColor("#9a6700")
ON_SITE = QColor("#0e7a27")  # a visit the rep is checked in at
MUTED = QColor("#7b8794")
HEADING_BACKGROUND = QColor("#eef2f6")

IN_WHEN = frozenset({"fixed_time", "overdue", "due_today"})

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    """One table row: a heading (title only), an open item, or a done one."""

    heading: str | None = None
    item: QueueItem | None = None
    done: LoggedActivity | None = None

    @property
    def id(self) -> str | None:
        if self.item is not None:
            return self.item.id
        if self.done is not None:
            return self.done.id
        return None


class QueueModel(QAbstractTableModel):
    """Rows of the day: headings and items, in the queue's order; done work at the end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._headers = [
            "",
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Contact"),
            self.tr("Account"),
            self.tr("Why"),
        ]
        self.currency = "EUR"
        self.zone_name = "UTC"

    # -- content -------------------------------------------------------------------------------
    def set_rows(
        self,
        queue: DayQueue,
        done: tuple[LoggedActivity, ...] = (),
        *,
        unlisted: int = 0,
        at_least: bool = False,
    ) -> None:
        rows: list[Row] = []
        for section in Section:
            items = queue.section(section)
            extra = unlisted if section is Section.BACKLOG else 0
            if not items and not extra:
                continue
            count = str(len(items) + extra) + ("+" if extra and at_least else "")
            rows.append(Row(heading=f"{section_label(section)} ({count})"))
            rows.extend(Row(item=item) for item in items)
        if done:
            rows.append(Row(heading=self.tr("Done today (%1)").replace("%1", str(len(done)))))
            rows.extend(Row(done=entry) for entry in done)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        """The row showing the item, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.id == item_id), -1)

    def item_at(self, row: int) -> QueueItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def done_at(self, row: int) -> LoggedActivity | None:
        return self._rows[row].done if 0 <= row < len(self._rows) else None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].heading is not None

    def items(self) -> list[QueueItem]:
        return [row.item for row in self._rows if row.item is not None]

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if row.heading is not None:
            return Qt.ItemFlag.NoItemFlags  # the keyboard skips headings
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TICK and row.item is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if row.heading is not None:
            return self._heading_data(row.heading, column, role)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return index.row()
        if role == ITEM_ROLE:
            return row.item or row.done
        if role == HEADING_ROLE:
            return False
        if row.done is not None:
            return self._done_data(row.done, column, role)
        assert row.item is not None
        return self._item_data(row.item, column, role)

    def _heading_data(self, title: str, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HEADING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f2933"))
        if role == HEADING_ROLE:
            return True
        return None

    def _item_data(self, item: QueueItem, column: int, role: int) -> object:
        c = item.candidate
        backlog = item.section is Section.BACKLOG
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return self._when(item)
            if column == KIND:
                return kind_label(c.kind)
            if column == CONTACT:
                return c.contact_name
            if column == ACCOUNT:
                return c.account_name or ""
            if column == WHY:  # the When column already says the time or age
                shown = [r for r in item.reasons if r.code not in IN_WHEN] or list(item.reasons)
                return " · ".join(reason_text(r, self.currency) for r in shown)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK:
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [reason_text(r, self.currency) for r in item.reasons]
            lines.append(self.tr("Priority %1").replace("%1", f"{item.score:.0f}"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if backlog:
                return QBrush(MUTED)
            if column == WHEN and item.candidate.checked_in_at is not None:
                return QBrush(ON_SITE)
            if column == WHEN and item.overdue_days:
                return QBrush(OVERDUE if item.urgency is Urgency.OVERDUE else DUE)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WHEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _when(self, item: QueueItem) -> str:
        c = item.candidate
        if c.checked_in_at is not None:
            return self.tr("on site")
        if item.section is Section.FIXED and c.local_start is not None:
            return short_time(c.local_start.time())
        if item.overdue_days == 1:
            return self.tr("1 day late")
        if item.overdue_days:
            return self.tr("%1 days late").replace("%1", str(item.overdue_days))
        return self.tr("today")

    def _done_data(self, done: LoggedActivity, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return short_time(done.completed_at.astimezone(zone(self.zone_name)).time())
            if column == KIND:
                return kind_label(done.kind)
            if column == CONTACT:
                return done.contact
            if column == ACCOUNT:
                return done.account or ""
            if column == WHY:
                return outcome_label(done.outcome) + (f" — {done.note}" if done.note else "")
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK:
            return Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED)
        return None
