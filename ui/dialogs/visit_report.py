"""The visit report (opened by check-out), the dialog that corrects a done visit's report, and
the one that corrects its times.

The report lists the visit outcomes with the next step each one schedules, as the outcome
buttons do; whom the rep met, the products or topics discussed, the order's value (orders only)
and a free note; when the rep left (now, unless the check-out was forgotten) and, if wanted,
another date for the next step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.next_step import NextOverride
from tracker.domain.visits import (
    MET_WITH_LENGTH,
    REASON_LENGTH,
    TOPICS_LENGTH,
    VisitFacts,
    VisitReport,
)
from tracker.domain.worklog import OutcomePreview
from ui.dialogs.queue_dialogs import to_date, to_qdate
from ui.display import short_time
from ui.labels import outcome_label
from ui.widgets.outcome_pad import plan_text


def to_qdatetime(moment: datetime, zone_name: str) -> QDateTime:
    """An aware instant as the rep's wall clock in their zone."""
    value = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone(zone_name.encode()))
    return value


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class ReportFields:
    """The report's own fields, the same at check-out and when corrected afterwards: whom the
    rep met, the topics, the order's value (orders only) and the note."""

    def __init__(self, form: QFormLayout, currency: str, facts: VisitFacts | None = None,
                 note: str | None = None, order_cents: int = 0) -> None:  # fmt: skip
        self.met = QLineEdit((facts.met_with if facts else None) or "")
        self.met.setObjectName("metWith")
        self.met.setMaxLength(MET_WITH_LENGTH)
        self.met.setPlaceholderText(
            QCoreApplication.translate("VisitReportDialog", "Name and role, e.g. Anna Berg (buyer)")
        )
        form.addRow(QCoreApplication.translate("VisitReportDialog", "&Met with:"), self.met)
        self.topics = QLineEdit((facts.topics if facts else None) or "")
        self.topics.setObjectName("topics")
        self.topics.setMaxLength(TOPICS_LENGTH)
        self.topics.setPlaceholderText(
            QCoreApplication.translate("VisitReportDialog", "Products or topics discussed")
        )
        form.addRow(QCoreApplication.translate("VisitReportDialog", "&Topics:"), self.topics)
        self.order = QDoubleSpinBox()
        self.order.setObjectName("orderValue")
        self.order.setRange(0, 10_000_000)
        self.order.setDecimals(2)
        self.order.setSuffix(f" {currency}")
        known = facts.order_value_cents if facts and facts.order_value_cents is not None else None
        self.order.setValue((known if known is not None else order_cents) / 100)
        form.addRow(QCoreApplication.translate("VisitReportDialog", "Order &value:"), self.order)
        self.note = QPlainTextEdit(note or "")
        self.note.setObjectName("visitNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        form.addRow(QCoreApplication.translate("VisitReportDialog", "&Note:"), self.note)

    def report(self, outcome: Outcome) -> VisitReport:
        order = round(self.order.value() * 100) if outcome is Outcome.ORDER_TAKEN else None
        return VisitReport(self.met.text(), self.topics.text(), order, self.note.toPlainText())


@dataclass(frozen=True)
class ReportAnswer:
    """What the rep wrote at check-out."""

    outcome: Outcome
    report: VisitReport
    override: NextOverride | None
    left_at: datetime | None  # None: now


class VisitReportDialog(QDialog):
    """Check out of a visit: the outcome with its next step, and the report."""

    def __init__(
        self,
        place: str,
        preview: OutcomePreview,
        *,
        outcome: Outcome | None,
        since: datetime | None,
        leave_at: datetime | None,
        zone_name: str,
        today: date,
        currency: str,
        order_cents: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitReport")
        self.setWindowTitle(self.tr("Visit report: %1").replace("%1", place))
        self.setMinimumWidth(460)
        self.preview = preview
        form = QFormLayout(self)
        if since is not None:
            local = to_qdatetime(since, zone_name)
            stay = QLabel(
                self.tr("On site since %1").replace("%1", short_time(local.time().toPython()))
            )
            stay.setObjectName("onSiteSince")
            form.addRow(self.tr("Checked in:"), stay)
        self.outcome = QComboBox()
        self.outcome.setObjectName("visitOutcome")
        for option in preview.options:
            key = f"{option.key}  " if option.key else ""
            self.outcome.addItem(f"{key}{outcome_label(option.outcome)}", option.outcome.value)
        chosen = outcome or preview.default
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen.value)))
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.next_step = QLabel()
        self.next_step.setObjectName("muted")
        self.other_date = QCheckBox(self.tr("other date:"))
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.next_date.setEnabled(False)
        self.other_date.toggled.connect(self.next_date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.next_step, 1)
        row.addWidget(self.other_date)
        row.addWidget(self.next_date)
        form.addRow(self.tr("Next step:"), row)
        self.fields = ReportFields(form, currency, order_cents=order_cents)
        self.left = QDateTimeEdit()
        self.left.setObjectName("leftAt")
        self.left.setCalendarPopup(True)
        self.left.setTimeZone(QTimeZone(zone_name.encode()))
        self.left.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self._now = leave_at is None
        self.left.setDateTime(to_qdatetime(leave_at or datetime.now(UTC), zone_name))
        self.left.dateTimeChanged.connect(self._left_changed)
        form.addRow(self.tr("&Left at:"), self.left)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Check &out"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.outcome.currentIndexChanged.connect(lambda _: self._outcome_changed())
        self._outcome_changed()

    def _left_changed(self) -> None:
        self._now = False

    def chosen(self) -> Outcome:
        return Outcome(self.outcome.currentData())

    def _outcome_changed(self) -> None:
        option = self.preview.option(self.chosen())
        self.next_step.setText(plan_text(option.plan))
        self.fields.order.setEnabled(option.outcome is Outcome.ORDER_TAKEN)
        if option.plan.day is not None and not self.other_date.isChecked():
            self.next_date.setDate(to_qdate(option.plan.day))

    def answer(self) -> ReportAnswer:
        outcome = self.chosen()
        report = self.fields.report(outcome)
        override = None
        if self.other_date.isChecked():
            override = NextOverride(day=to_date(self.next_date.date()))
        left = None if self._now else from_qdatetime(self.left.dateTime())
        return ReportAnswer(outcome, report, override, left)


class VisitReportEditDialog(QDialog):
    """Correct a done visit's report; the outcome stays (it is shown, not offered)."""

    def __init__(
        self,
        place: str,
        outcome: Outcome,
        facts: VisitFacts,
        note: str | None,
        *,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitReportEdit")
        self.setWindowTitle(self.tr("Visit report: %1").replace("%1", place))
        self.setMinimumWidth(460)
        self.outcome = outcome
        form = QFormLayout(self)
        shown = QLabel(outcome_label(outcome))
        shown.setToolTip(self.tr("To log another outcome, undo the check-out and check out again"))
        form.addRow(self.tr("Outcome:"), shown)
        self.fields = ReportFields(form, currency, facts, note)
        self.fields.order.setEnabled(outcome is Outcome.ORDER_TAKEN)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answer(self) -> VisitReport:
        return self.fields.report(self.outcome)


class VisitTimesDialog(QDialog):
    """Correct when a visit began and ended; the reason is required and kept."""

    def __init__(
        self,
        place: str,
        *,
        since: datetime | None,
        until: datetime | None,
        zone_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitTimes")
        self.setWindowTitle(self.tr("Visit times: %1").replace("%1", place))
        form = QFormLayout(self)
        now = datetime.now(UTC)
        self.arrived = self._edit(since or until or now, zone_name)
        self.left = self._edit(until or since or now, zone_name)
        self.left.setEnabled(until is not None)
        form.addRow(self.tr("&Arrived:"), self.arrived)
        form.addRow(self.tr("&Left:"), self.left)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("Why the times change (kept with the visit)"))
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form.addRow(self.buttons)

    @staticmethod
    def _edit(moment: datetime, zone_name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setTimeZone(QTimeZone(zone_name.encode()))
        edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        edit.setDateTime(to_qdatetime(moment, zone_name))
        return edit

    def answer(self) -> tuple[datetime, datetime | None, str]:
        left = from_qdatetime(self.left.dateTime()) if self.left.isEnabled() else None
        return from_qdatetime(self.arrived.dateTime()), left, self.reason.text()
