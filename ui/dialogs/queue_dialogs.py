"""Small dialogs of the queue: what an outcome needs (a time, a name, an amount), park, reschedule.

Each opens filled with what the button promised, so Enter schedules exactly that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.next_step import NextOverride, NextPlan
from tracker.services.day.outcome_effects import ReferralDraft
from tracker.services.day.work import OutcomeDetails
from ui.labels import outcome_label


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


@dataclass(frozen=True)
class Answer:
    """What the rep filled in: an override of the next step and the outcome's details."""

    override: NextOverride | None
    details: OutcomeDetails


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)

    def date_edit(self, value: date, minimum: date | None = None) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        if minimum is not None:
            edit.setMinimumDate(to_qdate(minimum))
        return edit


class OutcomeDetailsDialog(_Form):
    """Asks what an outcome needs, filled with the next step the button showed."""

    def __init__(
        self,
        outcome: Outcome,
        plan: NextPlan,
        *,
        today: date,
        amount_cents: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(outcome_label(outcome), parent)
        self.outcome = outcome
        self.plan = plan
        self.day: QDateEdit | None = None
        self.at: QTimeEdit | None = None
        self.place: QLineEdit | None = None
        self.duration: QSpinBox | None = None
        self.name: QLineEdit | None = None
        self.phone: QLineEdit | None = None
        self.amount: QDoubleSpinBox | None = None
        tomorrow = date.fromordinal(today.toordinal() + 1)
        if outcome in (Outcome.APPOINTMENT_SET, Outcome.CALLBACK_REQUESTED, Outcome.NOT_NOW):
            self.day = self.date_edit(plan.day or tomorrow, tomorrow)
            label = self.tr("Parked until:") if outcome is Outcome.NOT_NOW else self.tr("Date:")
            self.form.addRow(label, self.day)
        if outcome in (Outcome.APPOINTMENT_SET, Outcome.CALLBACK_REQUESTED):
            start = plan.local_start.time() if plan.local_start else time(10, 0)
            self.at = QTimeEdit(QTime(start.hour, start.minute))
            self.form.addRow(self.tr("Time:"), self.at)
        if outcome is Outcome.APPOINTMENT_SET:
            self.place = QLineEdit(plan.location or "")
            self.form.addRow(self.tr("Place:"), self.place)
            self.duration = QSpinBox()
            self.duration.setRange(5, 600)
            self.duration.setSingleStep(15)
            self.duration.setSuffix(self.tr(" min"))
            self.duration.setValue(plan.duration_minutes or 60)
            self.form.addRow(self.tr("Duration:"), self.duration)
        if outcome is Outcome.REFERRAL_GIVEN:
            self.name = QLineEdit()
            self.name.setPlaceholderText(self.tr("First and last name"))
            self.phone = QLineEdit()
            self.form.addRow(self.tr("Referred person:"), self.name)
            self.form.addRow(self.tr("Their phone:"), self.phone)
        if outcome is Outcome.ORDER_TAKEN:
            self.amount = QDoubleSpinBox()
            self.amount.setRange(0, 10_000_000)
            self.amount.setDecimals(2)
            self.amount.setValue(amount_cents / 100)
            self.form.addRow(self.tr("Order amount:"), self.amount)
        self.finish()

    def answer(self) -> Answer:
        override = None
        if self.day is not None:
            override = NextOverride(
                day=to_date(self.day.date()),
                at=to_time(self.at.time()) if self.at is not None else None,
                place=self.place.text().strip() if self.place is not None else None,
                duration_minutes=self.duration.value() if self.duration is not None else None,
            )
        referral = None
        if self.name is not None and self.name.text().strip():
            phone = self.phone.text().strip() if self.phone is not None else ""
            referral = ReferralDraft.from_name(self.name.text(), phone=phone or None)
        amount = round(self.amount.value() * 100) if self.amount is not None else None
        return Answer(override, OutcomeDetails(amount_cents=amount, referral=referral))


class ParkDialog(_Form):
    """Not until a date, with a reason."""

    REASONS = (
        QT_TRANSLATE_NOOP("ParkDialog", "budget next year"),
        QT_TRANSLATE_NOOP("ParkDialog", "after the holidays"),
        QT_TRANSLATE_NOOP("ParkDialog", "decision maker away"),
        QT_TRANSLATE_NOOP("ParkDialog", "not ready yet"),
    )

    def __init__(self, name: str, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Park %1").replace("%1", name), parent)
        tomorrow = date.fromordinal(today.toordinal() + 1)
        self.until = self.date_edit(date.fromordinal(today.toordinal() + 30), tomorrow)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([self.tr(text) for text in self.REASONS])
        self.form.addRow(self.tr("Until:"), self.until)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.finish()

    def values(self) -> tuple[date, str]:
        return to_date(self.until.date()), self.reason.currentText().strip()


class RescheduleDialog(_Form):
    """Another day, and optionally a fixed time."""

    def __init__(
        self,
        name: str,
        *,
        today: date,
        current: date,
        at: time | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reschedule %1").replace("%1", name), parent)
        self.day = self.date_edit(max(current, today), today)
        self.fixed = QCheckBox(self.tr("At a fixed time"))
        self.fixed.setChecked(at is not None)
        start = at or time(10, 0)
        self.at = QTimeEdit(QTime(start.hour, start.minute))
        self.at.setEnabled(at is not None)
        self.fixed.toggled.connect(self.at.setEnabled)
        self.form.addRow(self.tr("Date:"), self.day)
        self.form.addRow(self.fixed, self.at)
        self.finish()

    def values(self) -> tuple[date, time | None]:
        at = to_time(self.at.time()) if self.fixed.isChecked() else None
        return to_date(self.day.date()), at
