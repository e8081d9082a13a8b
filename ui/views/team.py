"""The Team screen, a sales manager's: the team's figures for a period from the team server —
totals, calls and connects per rep, a row per rep with the team's sums, coverage per tier — the
call lists' progress and the team's members.

Everything comes from the server (`book.team.report`, `manage("lists")`, `manage("reps")`), so
it loads on a worker thread (`operations.run_background`) and the screen says what it is doing:
loading, offline (the sync's own sentence), signed out, not a manager, no reps yet. Navigation
shows this screen only to a user the server calls a manager (ui/main_window.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.domain.reports import Period, PeriodKind, ReportError
from tracker.domain.team_report import TeamReport
from tracker.services.book import Book
from ui.bus import Bus
from ui.display import plural
from ui.models.team import (
    SORT_ROLE,
    CallListsModel,
    MembersModel,
    RepFiguresModel,
    TeamLastProxy,
    rep_rows,
)
from ui.operations import Operations
from ui.report_texts import report_texts
from ui.team.failures import failure_text
from ui.views.base import View
from ui.views.reports import Tile
from ui.widgets.empty_state import EmptyState
from ui.widgets.period_picker import PeriodPicker


@dataclass(frozen=True)
class TeamData:
    """What one load brought from the team server."""

    period: Period
    report: TeamReport
    lists: list[dict[str, Any]]
    members: list[dict[str, Any]]


def _sorted(source: Any) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    return proxy


def _table(proxy: QSortFilterProxyModel) -> QTableView:
    """A read-only table sorting on the model's native values (SORT_ROLE)."""
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # one line a row: long names end in "…", rows stay even
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return view


def _fit(table: QTableView) -> None:
    """Tall enough for every row (and a scroll bar where a narrow window may need one), so the
    page scrolls and not the table."""
    rows = max(table.model().rowCount(), 1)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += rows * table.verticalHeader().defaultSectionSize()
    if table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)


def _fit_columns(table: QTableView) -> None:
    """Each column as wide as its heading or its widest cell. Qt's own fitting keeps room for
    the sort arrow in every heading; eleven columns of figures then need a wider window."""
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(metrics.horizontalAdvance(heading) + 18, table.sizeHintForColumn(column))
        header.resizeSection(column, width)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class TeamView(View):
    """This week / last week / this month / a custom range; charts drawn from SVG."""

    RANGES = (PeriodKind.THIS_WEEK, PeriodKind.LAST_WEEK, PeriodKind.THIS_MONTH, PeriodKind.CUSTOM)
    MESSAGE, CONTENT = range(2)

    def __init__(self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None):
        super().__init__(book, bus, operations, parent)
        self.data: TeamData | None = None
        self.loading = False
        self._again = False  # a load was asked for while one ran: run it when that one ends
        self.picker = PeriodPicker(book, self.RANGES, initial=PeriodKind.THIS_WEEK)
        self.range, self.start, self.end = self.picker.range, self.picker.start, self.picker.end
        self.state = QLabel()
        self.state.setObjectName("teamState")
        self.state.setStyleSheet("color: #52606d;")
        self.refresh_button = QPushButton(self.tr("Re&load"))
        self.refresh_button.setToolTip(self.tr("Ask the team server again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save these figures as PDF, Excel or CSV"))
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addSpacing(12)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)

        self.message = EmptyState()
        self.message.action_triggered.connect(self._message_action)
        self.sign_in_button = self.message.add_action("sign_in", self.tr("&Sign in…"), primary=True)

        self.title = QLabel()
        self.title.setObjectName("teamTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #52606d;")
        self.tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        captions = (
            ("calls", self.tr("Calls")), ("connects", self.tr("Connects")),
            ("rate", self.tr("Connect rate")), ("appointments", self.tr("Appointments set")),
            ("visits", self.tr("Visits")), ("won", self.tr("Deals won")),
            ("coverage", self.tr("Tier A accounts in window")), ("never", self.tr("Never touched")),
        )  # fmt: skip
        for index, (key, caption) in enumerate(captions):
            tile = Tile(caption)
            self.tiles[key] = tile
            tiles.addWidget(tile, index // 4, index % 4)
        self.rep_chart = QLabel()
        self.coverage_chart = QLabel()
        for chart in (self.rep_chart, self.coverage_chart):
            chart.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        charts = QHBoxLayout()
        charts.addWidget(self.rep_chart, 2)
        charts.addWidget(self.coverage_chart, 1)

        self.figures = RepFiguresModel()
        self.figures_proxy = TeamLastProxy()
        self.figures_proxy.setSourceModel(self.figures)
        self.figures_table = _table(self.figures_proxy)
        self.figures_table.setObjectName("teamFigures")
        self.figures_table.sortByColumn(RepFiguresModel.REP, Qt.SortOrder.AscendingOrder)
        # Every column as wide as it needs (_fit_columns); the reps' names take the rest.
        self.figures_table.horizontalHeader().setSectionResizeMode(
            RepFiguresModel.REP, QHeaderView.ResizeMode.Stretch
        )
        self.lists = CallListsModel()
        self.lists_table = _table(_sorted(self.lists))
        self.lists_table.setObjectName("teamLists")
        self.lists_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lists_table.horizontalHeader().setSectionResizeMode(
            CallListsModel.NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        self.no_lists = QLabel(self.tr("No call lists sent yet."))
        self.no_lists.setStyleSheet("color: #52606d;")
        self.members = MembersModel()
        self.members_table = _table(_sorted(self.members))
        self.members_table.setObjectName("teamMembers")
        self.members_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (MembersModel.ROLE, MembersModel.SYNCED):
            self.members_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addLayout(tiles)
        column.addLayout(charts)
        column.addWidget(_title(self.tr("Per rep")))
        column.addWidget(self.figures_table)
        lower = QHBoxLayout()
        lists_column = QVBoxLayout()
        lists_column.addWidget(_title(self.tr("Call lists")))
        lists_column.addWidget(self.lists_table)
        lists_column.addWidget(self.no_lists)
        lists_column.addStretch(1)
        members_column = QVBoxLayout()
        members_column.addWidget(_title(self.tr("The team")))
        members_column.addWidget(self.members_table)
        members_column.addStretch(1)
        lower.addLayout(lists_column, 1)
        lower.addLayout(members_column, 1)
        column.addLayout(lower)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.picker.changed.connect(self._period_changed)
        self._period_changed()

    # -- state -----------------------------------------------------------------------------------
    def concerns(self, changes: Changes) -> bool:
        """A sync may have changed what the server holds (and whether this user may see it)."""
        return bool(changes.team or changes.everything)

    def show_range(self, kind: PeriodKind) -> None:
        self.picker.show_range(kind)

    def period(self) -> Period:
        return self.picker.period()

    def _period_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.mark_stale()

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the team server for the period's figures (on a worker thread)."""
        try:
            period = self.period()
        except ReportError as exc:
            self.state.setText(str(exc))
            return
        status = self.book.team.status()
        if status is None or not status.signed_in:
            self._show_message(
                self.tr("Sign in to see your team"),
                self.tr(
                    "The Team screen shows your reps' figures from the team server. Sign in as a "
                    "sales manager to see them."
                ),
                sign_in=True,
            )
            return
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._again = False
        self.state.setText(self.tr("Loading the team's figures…"))
        self.refresh_button.setEnabled(False)
        team = self.book.team
        server = status.server_url

        def work() -> TeamData:
            return TeamData(
                period,
                team.report(period),
                list(team.manage("lists")["lists"]),
                list(team.manage("reps")["reps"]),
            )

        self.operations.run_background(
            work, on_done=self._loaded, on_failed=lambda exc: self._failed(exc, server)
        )

    def _finish(self) -> bool:
        """The load ended; True when another was asked for meanwhile (and is now started)."""
        self.loading = False
        self.refresh_button.setEnabled(True)
        if self._again:
            self.refresh()
            return True
        return False

    def _loaded(self, data: Any) -> None:
        if self._finish():
            return
        assert isinstance(data, TeamData)
        self.data = data
        self.state.setText(
            self.tr("As of %1").replace(
                "%1",
                QLocale().toString(
                    data.report.generated_at.astimezone(), QLocale.FormatType.ShortFormat
                ),
            )
        )
        if not data.report.reps:
            self._show_message(
                self.tr("No reps on the team yet"),
                self.tr(
                    "Once reps are added on the team server and their laptops have synced, their "
                    "figures appear here."
                ),
            )
            return
        self._show(data)

    def _failed(self, exc: BaseException, server: str) -> None:
        if self._finish():
            return
        self.state.setText(self.tr("Could not load the team's figures."))
        text = failure_text(exc, server=server, log_dir=self.book.location.logs)
        self._show_message(self.tr("The team's figures are not available"), text)

    def _show_message(self, title: str, text: str, *, sign_in: bool = False) -> None:
        self.message.set_content(title, text)
        self.sign_in_button.setVisible(sign_in)
        self.export_button.setEnabled(False)
        self.stack.setCurrentIndex(self.MESSAGE)

    def _message_action(self, key: str) -> None:
        window = self.window()
        team = getattr(window, "team", None)
        if key == "sign_in" and team is not None:
            team.sign_in()

    # -- drawing ---------------------------------------------------------------------------------
    def _show(self, data: TeamData) -> None:
        texts = report_texts()
        locale = QLocale()
        report = data.report
        team = report.team
        t = team.totals
        period = texts.period_text(report.period.start, report.period.end)
        reps = plural(len(report.reps), self.tr("%n rep"), self.tr("%n reps"))
        self.title.setText(f"{self.tr('Team')} · {period} · {reps}")
        self.note.setText(
            self.tr(
                "Figures as each rep's laptop last synced them. Work counts for the rep who did "
                "it, accounts for their owner; the team's figures are the reps' sums."
            )
        )
        coverage = {c.tier.value: c for c in team.coverage}
        won = locale.toString(team.deals.won)
        if not report.mixed_currencies:
            won += " · " + texts.money(team.deals.won_value_cents, team.currency)
        values = {
            "calls": locale.toString(t.calls),
            "connects": locale.toString(t.connects),
            "rate": texts.percent(t.connect_rate),
            "appointments": locale.toString(t.appointments),
            "visits": locale.toString(t.visits),
            "won": won,
            "coverage": texts.percent(coverage["A"].share_within_ideal),
            "never": locale.toString(sum(c.never for c in team.coverage)),
        }
        for key, value in values.items():
            self.tiles[key].value.setText(value)
        self.figures.set_rows(rep_rows(report))
        _fit_columns(self.figures_table)
        _fit(self.figures_table)
        self.lists.set_rows(data.lists)
        self.lists_table.setVisible(bool(data.lists))
        self.no_lists.setVisible(not data.lists)
        _fit(self.lists_table)
        self.members.set_rows(data.members)
        _fit(self.members_table)
        self._draw_charts(report)
        self.export_button.setEnabled(True)
        self.stack.setCurrentIndex(self.CONTENT)

    def _draw_charts(self, report: TeamReport) -> None:
        from tracker.services.exports import charts
        from tracker.services.exports.team_charts import rep_chart
        from ui.widgets.chart_picture import chart_pixmap

        texts = report_texts()
        ratio = self.devicePixelRatioF() or 1.0
        height = max(1.8, 0.34 * len(report.reps) + 0.9)
        reps_size, coverage_size = charts.ChartSize(6.4, height), charts.ChartSize(3.4, 2.4)
        pairs = (
            (self.rep_chart, rep_chart(report, texts, reps_size), reps_size),
            (self.coverage_chart, charts.coverage_chart(report.team, texts, coverage_size), coverage_size),
        )  # fmt: skip
        for label, svg, size in pairs:
            label.setPixmap(chart_pixmap(svg, size.width, size.height, ratio))

    # -- export ----------------------------------------------------------------------------------
    def export(self) -> None:
        """Save the figures on screen as PDF, Excel or CSV (made here, from what the server sent)."""
        if self.data is None:
            return
        from tracker.services.exports.service import SummaryFormat

        report = self.data.report
        filters = {
            self.tr("PDF (*.pdf)"): SummaryFormat.PDF,
            self.tr("Excel workbook (*.xlsx)"): SummaryFormat.XLSX,
            self.tr("CSV (*.csv)"): SummaryFormat.CSV,
        }
        suggested = f"team-{report.period.start.isoformat()}-{report.period.end.isoformat()}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the team's figures"), suggested, ";;".join(filters)
        )
        if not path:
            return
        fmt = filters.get(chosen, SummaryFormat.PDF)
        target = Path(path)
        if target.suffix.lower() != f".{fmt.value}":
            target = target.with_suffix(f".{fmt.value}")
        texts = report_texts()
        exports = self.book.exports

        def done(result: Any) -> None:
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if bar is not None:
                bar().showMessage(self.tr("Saved %1").replace("%1", str(result.path)), 10_000)

        self.operations.run_job(
            self.tr("Exporting the team's figures…"),
            lambda _progress: exports.team_summary(report, fmt, target, texts=texts),
            on_done=done,
            parent=self,
        )
