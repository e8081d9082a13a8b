"""The Team screen's tables (never a database): each rep's figures with the team's row, the call
lists' progress, and the team's members. Rows are the dicts and dataclasses the team server's
answers became (tracker.domain.team_report; `team/lists` and `team/reps` as JSON objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from tracker.domain.reports import SummaryReport
from tracker.domain.team_report import TeamReport

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # a rep's user name ("" for the team's row)
Row = TypeVar("Row")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _percent(share: float | None) -> str:
    if share is None:
        return "–"
    return QLocale().toString(share * 100, "f", 0) + " %"


def _when(at: datetime | None) -> str:
    if at is None:
        return QCoreApplication.translate("TeamModels", "never")
    local = at.astimezone()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class RepRow:
    """A line of the table: a rep's figures, or the team's sums (user "")."""

    user: str
    name: str
    figures: SummaryReport
    last_sync: datetime | None
    active: bool = True

    @property
    def team(self) -> bool:
        return not self.user


def rep_rows(report: TeamReport) -> list[RepRow]:
    team_name = QCoreApplication.translate("TeamModels", "Team")
    rows = [RepRow(r.user, r.name, r.summary, r.last_sync, r.active) for r in report.reps]
    return [*rows, RepRow("", team_name, report.team, None)]


class _TeamTable(QAbstractTableModel, Generic[Row]):
    """Rows given whole by `set_rows`; headings (and tooltips) translated in TeamModels."""

    HEADINGS: tuple[str, ...] = ()
    TIPS: dict[int, str] = {}

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TeamModels", self.HEADINGS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.TIPS:
            return QCoreApplication.translate("TeamModels", self.TIPS[section])
        return None


class RepFiguresModel(_TeamTable[RepRow]):
    """Each rep's figures for the period and the team's sums in the last row."""

    REP, CALLS, CONNECTS, RATE, VISITS, APPOINTMENTS, WON, GOAL, COVERAGE, NEVER, STREAK = range(11)  # fmt: skip
    HEADINGS = (
        QT_TRANSLATE_NOOP("TeamModels", "Rep"),
        QT_TRANSLATE_NOOP("TeamModels", "Calls"),
        QT_TRANSLATE_NOOP("TeamModels", "Connects"),
        QT_TRANSLATE_NOOP("TeamModels", "Connect rate"),
        QT_TRANSLATE_NOOP("TeamModels", "Visits"),
        QT_TRANSLATE_NOOP("TeamModels", "Appointments"),
        QT_TRANSLATE_NOOP("TeamModels", "Deals won"),
        QT_TRANSLATE_NOOP("TeamModels", "Call goal"),
        QT_TRANSLATE_NOOP("TeamModels", "In window: A · B · C"),
        QT_TRANSLATE_NOOP("TeamModels", "Never touched"),
        QT_TRANSLATE_NOOP("TeamModels", "Streak"),
    )
    TIPS = {
        GOAL: QT_TRANSLATE_NOOP("TeamModels", "Share of the calls goal reached in the period"),
        COVERAGE: QT_TRANSLATE_NOOP(
            "TeamModels",
            "Share of the A, B and C accounts touched within their tier's window, as of the "
            "period's last day (sorted by A)",
        ),
    }

    def _value(self, row: RepRow, column: int) -> Any:
        """The column's native value (what it sorts by); None where nothing applies."""
        f = row.figures
        t = f.totals
        coverage = {c.tier.value: c.share_within_ideal for c in f.coverage}
        calls_goal = next((g.share for g in f.goals if g.metric.value == "calls"), None)
        return (
            row.name, t.calls, t.connects, t.connect_rate, t.visits, t.appointments, f.deals.won,
            calls_goal, coverage.get("A"), sum(c.never for c in f.coverage),
            None if row.team else f.streak,
        )[column]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        value = self._value(row, column)
        if role == ID_ROLE:
            return row.user
        if role == SORT_ROLE:
            return value if value is not None else -1
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.REP:
                return row.name
            if column in (self.RATE, self.GOAL):
                return _percent(value)
            if column == self.COVERAGE:
                shares = [c.share_within_ideal for c in row.figures.coverage]
                if all(share is None for share in shares):
                    return "–"
                numbers = [
                    "–" if share is None else QLocale().toString(share * 100, "f", 0)
                    for share in shares
                ]
                return " · ".join(numbers) + " %"
            return "–" if value is None else QLocale().toString(int(value))
        if role == Qt.ItemDataRole.FontRole and row.team:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REP and not row.team:
            tip = QCoreApplication.translate("TeamModels", "%1 · last sync %2")
            tip = tip.replace("%1", row.user).replace("%2", _when(row.last_sync))
            if not row.active:
                tip += "\n" + QCoreApplication.translate(
                    "TeamModels", "This rep's access was revoked."
                )
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.REP:
            return RIGHT
        return None


class TeamLastProxy(QSortFilterProxyModel):
    """Sorts the reps by any column, keeping the team's row last in either order."""

    def lessThan(self, left: Index, right: Index) -> bool:
        left_team = not left.data(ID_ROLE)
        right_team = not right.data(ID_ROLE)
        if left_team or right_team:
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            # The team's row is "greatest" ascending and "least" descending: last either way.
            return right_team != descending and left_team == descending
        return bool(super().lessThan(left, right))


class CallListsModel(_TeamTable[dict[str, Any]]):
    """The call lists the manager sent, per rep: contacts worked of those on the list."""

    NAME, REP, WORKED, DUE = range(4)
    HEADINGS = (
        QT_TRANSLATE_NOOP("TeamModels", "Call list"),
        QT_TRANSLATE_NOOP("TeamModels", "Rep"),
        QT_TRANSLATE_NOOP("TeamModels", "Worked"),
        QT_TRANSLATE_NOOP("TeamModels", "Due"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        worked, contacts = int(row.get("worked") or 0), int(row.get("contacts") or 0)
        if role == SORT_ROLE:
            return (row.get("name") or "", row.get("rep") or "",
                    worked / contacts if contacts else 0.0, row.get("due") or "")[column]  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.get("name") or ""
            if column == self.REP:
                return row.get("rep") or ""
            if column == self.WORKED:
                text = QCoreApplication.translate("TeamModels", "%1 of %2 (%3)")
                share = _percent(worked / contacts if contacts else None)
                return (
                    text.replace("%1", QLocale().toString(worked))
                    .replace("%2", QLocale().toString(contacts))
                    .replace("%3", share)
                )
            due = row.get("due")
            if not due:
                return "–"
            day = datetime.fromisoformat(due).date()
            from PySide6.QtCore import QDate

            return QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.WORKED:
            return RIGHT
        return None


class MembersModel(_TeamTable[dict[str, Any]]):
    """The team's users: role, the accounts and contacts they own, their last sync."""

    NAME, ROLE, ACCOUNTS, CONTACTS, SYNCED = range(5)
    HEADINGS = (
        QT_TRANSLATE_NOOP("TeamModels", "Name"),
        QT_TRANSLATE_NOOP("TeamModels", "Role"),
        QT_TRANSLATE_NOOP("TeamModels", "Accounts"),
        QT_TRANSLATE_NOOP("TeamModels", "Contacts"),
        QT_TRANSLATE_NOOP("TeamModels", "Last sync"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        synced = datetime.fromisoformat(row["last_sync"]) if row.get("last_sync") else None
        if role == SORT_ROLE:
            return (row["name"], bool(row["manager"]), int(row["accounts"]),
                    int(row["contacts"]), synced.timestamp() if synced else 0.0)[column]  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row["name"]
            if column == self.ROLE:
                role_text = (
                    QT_TRANSLATE_NOOP("TeamModels", "Sales manager")
                    if row["manager"]
                    else QT_TRANSLATE_NOOP("TeamModels", "Rep")
                )
                text = QCoreApplication.translate("TeamModels", role_text)
                if not row["active"]:
                    text += " · " + QCoreApplication.translate("TeamModels", "access revoked")
                return text
            if column in (self.ACCOUNTS, self.CONTACTS):
                return QLocale().toString(
                    int(row["accounts" if column == self.ACCOUNTS else "contacts"])
                )
            return _when(synced)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ACCOUNTS, self.CONTACTS):
            return RIGHT
        return None
