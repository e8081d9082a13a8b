"""The Reports screen: a period's numbers, goals, charts and per-day table, and the summary export."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.changes import Changes
from tracker.domain.clock import zone
from tracker.domain.reports import Period, PeriodKind, ReportError, SummaryReport
from tracker.services.book import Book
from ui.bus import Bus
from ui.models.report_days import SORT_ROLE, DayFiguresModel
from ui.models.report_funnel import FunnelModel
from ui.operations import Operations
from ui.report_texts import report_texts
from ui.views.base import View
from ui.widgets.period_picker import PeriodPicker


class Tile(QFrame):
    """A number with its label."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("reportTile")
        self.setStyleSheet(
            "#reportTile { background: #f0f4f8; border-radius: 6px; }"
            " QLabel#tileValue { font-size: 20px; font-weight: 600; color: #1f2933; }"
            " QLabel#tileCaption { color: #52606d; }"
        )
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class ReportsView(View):
    """Ranges today / this week / last week / this month / custom; charts drawn from SVG."""

    RANGES = (
        PeriodKind.TODAY,
        PeriodKind.THIS_WEEK,
        PeriodKind.LAST_WEEK,
        PeriodKind.THIS_MONTH,
        PeriodKind.CUSTOM,
    )

    def __init__(self, book: Book, bus: Bus, operations: Operations, parent: QWidget | None = None):
        super().__init__(book, bus, operations, parent)
        self.report: SummaryReport | None = None
        self.picker = PeriodPicker(book, self.RANGES, initial=PeriodKind.THIS_WEEK)
        self.range, self.start, self.end = self.picker.range, self.picker.start, self.picker.end
        self.export_button = QPushButton(self.tr("&Export summary…"))
        self.export_button.setToolTip(self.tr("Save this period as PDF, Excel or CSV (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_summary)
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        captions = (
            ("calls", self.tr("Calls")), ("connects", self.tr("Connects")),
            ("rate", self.tr("Connect rate")), ("appointments", self.tr("Appointments set")),
            ("visits", self.tr("Visits")), ("advanced", self.tr("Deals advanced")),
            ("won", self.tr("Deals won")), ("streak", self.tr("Streak (days at goal)")),
        )  # fmt: skip
        for index, (key, caption) in enumerate(captions):
            tile = Tile(caption)
            self.tiles[key] = tile
            tiles.addWidget(tile, index // 4, index % 4)
        self.goals = QGridLayout()
        self.goal_rows: list[tuple[QLabel, QProgressBar]] = []
        self.activity_chart = QLabel()
        self.outcome_chart = QLabel()
        self.funnel_chart = QLabel()
        self.coverage_chart = QLabel()
        for chart in (
            self.activity_chart,
            self.outcome_chart,
            self.funnel_chart,
            self.coverage_chart,
        ):
            chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        charts_row = QHBoxLayout()
        charts_row.addWidget(self.outcome_chart)
        charts_row.addWidget(self.funnel_chart)
        charts_row.addWidget(self.coverage_chart)
        self.days = DayFiguresModel()
        from PySide6.QtCore import QSortFilterProxyModel

        self.days_proxy = QSortFilterProxyModel()
        self.days_proxy.setSourceModel(self.days)
        self.days_proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.days_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.funnel = FunnelModel()
        self.funnel_table = QTableView()
        self.funnel_table.setObjectName("funnelTable")
        self.funnel_table.setModel(self.funnel)
        self.funnel_table.verticalHeader().hide()
        self.funnel_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.funnel_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.funnel_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.funnel_note = QLabel()
        self.funnel_note.setObjectName("funnelNote")
        self.funnel_note.setWordWrap(True)
        self.funnel_note.setStyleSheet("color: #52606d;")

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addLayout(tiles)
        goals_title = QLabel(self.tr("Goals"))
        goals_title.setStyleSheet("font-weight: 600;")
        column.addWidget(goals_title)
        column.addLayout(self.goals)
        column.addWidget(self.activity_chart)
        column.addLayout(charts_row)
        funnel_title = QLabel(self.tr("Stage conversion"))
        funnel_title.setStyleSheet("font-weight: 600;")
        column.addWidget(funnel_title)
        column.addWidget(self.funnel_table)
        column.addWidget(self.funnel_note)
        days_title = QLabel(self.tr("Per day"))
        days_title.setStyleSheet("font-weight: 600;")
        column.addWidget(days_title)
        column.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.picker.changed.connect(self._period_changed)
        self._period_changed()

    # -- state -----------------------------------------------------------------------------------
    def concerns(self, changes: Changes) -> bool:
        return bool(
            changes.everything or changes.activities or changes.deals or changes.goals
            or changes.accounts or changes.preferences
        )  # fmt: skip

    def show_range(self, kind: PeriodKind) -> None:
        self.picker.show_range(kind)

    def period(self) -> Period:
        return self.picker.period()

    def _period_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.mark_stale()

    def refresh(self) -> None:
        try:
            period = self.period()
        except ReportError as exc:
            self.title.setText(str(exc))
            return
        self.report = self.book.reports.summary(period)
        self._show(self.report)

    # -- drawing ---------------------------------------------------------------------------------
    def _show(self, report: SummaryReport) -> None:
        texts = report_texts()
        locale = QLocale()
        period = texts.period_text(report.period.start, report.period.end)
        self.title.setText(f"{report.rep_name} · {period}" if report.rep_name else period)
        t = report.totals
        values = {
            "calls": locale.toString(t.calls),
            "connects": locale.toString(t.connects),
            "rate": texts.percent(t.connect_rate),
            "appointments": locale.toString(t.appointments),
            "visits": locale.toString(t.visits),
            "advanced": locale.toString(report.deals.advanced),
            "won": f"{locale.toString(report.deals.won)} · "
            + texts.money(report.deals.won_value_cents, report.currency),
            "streak": locale.toString(report.streak),
        }
        for key, value in values.items():
            self.tiles[key].value.setText(value)
        while self.goal_rows:
            caption, bar = self.goal_rows.pop()
            caption.deleteLater()
            bar.deleteLater()
        for row, goal in enumerate(report.goals):
            caption = QLabel(texts.metric_label(goal.metric))
            bar = QProgressBar()
            bar.setMaximum(max(goal.target, 1))
            bar.setValue(min(goal.actual, max(goal.target, 1)))
            bar.setFormat(
                self.tr("%1 of %2").replace("%1", locale.toString(goal.actual))
                .replace("%2", locale.toString(goal.target))
            )  # fmt: skip
            bar.setTextVisible(True)
            self.goals.addWidget(caption, row, 0)
            self.goals.addWidget(bar, row, 1)
            self.goal_rows.append((caption, bar))
        self.days.set_rows(list(report.per_day))
        self.funnel.set_rows(list(report.funnel))
        self._fit_rows(self.funnel_table)
        local = report.generated_at.astimezone(zone(report.time_zone)).date()
        self.funnel_note.setText(texts.funnel_note.replace("%1", texts.format_day(local)))
        self._draw_charts(report, texts)

    @staticmethod
    def _fit_rows(table: QTableView) -> None:
        """Tall enough for every row, so the page scrolls and not the table."""
        rows = table.model().rowCount()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(rows))
        table.setFixedHeight(height)

    def _draw_charts(self, report: SummaryReport, texts: object) -> None:
        from tracker.domain.report_texts import ReportTexts
        from tracker.services.exports import charts
        from ui.widgets.chart_picture import chart_pixmap

        assert isinstance(texts, ReportTexts)
        ratio = self.devicePixelRatioF() or 1.0
        pairs = (
            (self.activity_chart, charts.activity_chart, charts.ChartSize(9.6, 2.6)),
            (self.outcome_chart, charts.outcome_chart, charts.ChartSize(3.1, 2.8)),
            (self.funnel_chart, charts.funnel_chart, charts.ChartSize(3.1, 2.8)),
            (self.coverage_chart, charts.coverage_chart, charts.ChartSize(3.1, 2.8)),
        )
        for label, draw, size in pairs:
            svg = draw(report, texts, size)
            label.setPixmap(chart_pixmap(svg, size.width, size.height, ratio))

    def export_summary(self) -> None:
        from ui.dialogs.export import ExportDialog

        try:
            period = self.period()
        except ReportError as exc:
            self.operations.show_error(exc, self)
            return
        ExportDialog(self.book, self.operations, self, period=period).exec()
