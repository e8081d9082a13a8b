"""The summary's words in the UI language, and QLocale formats, for the core's exporters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Stage
from tracker.domain.report_texts import ReportTexts
from ui.labels import GOAL_METRIC_LABELS, KIND_LABELS, OUTCOME_LABELS, STAGE_LABELS, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportTexts", text)


def format_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def report_texts() -> ReportTexts:
    """A ReportTexts speaking the current UI language (exports made from the app use it)."""
    return ReportTexts(
        title=_tr("Activity summary"),
        rep=_tr("Rep"),
        period=_tr("Period"),
        generated=_tr("Generated"),
        totals=_tr("Totals"),
        activities=_tr("Activities"),
        calls=_tr("Calls"),
        connects=_tr("Connects"),
        connect_rate=_tr("Connect rate"),
        visits=_tr("Visits"),
        follow_ups=_tr("Follow-ups"),
        appointments=_tr("Appointments set"),
        orders=_tr("Orders taken"),
        referrals=_tr("Referrals given"),
        streak=_tr("Streak"),
        streak_note=_tr("working days in a row at the daily call goal of %1"),
        goals=_tr("Goals"),
        goal=_tr("Goal"),
        actual=_tr("Actual"),
        reached=_tr("Reached"),
        deals=_tr("Deals"),
        deals_advanced=_tr("Deals advanced"),
        deals_won=_tr("Deals won"),
        won_value=_tr("Value won"),
        deals_lost=_tr("Deals lost"),
        funnel=_tr("Stage conversion"),
        stage=_tr("Stage"),
        entered=_tr("Entered"),
        moved_on=_tr("Moved on"),
        conversion=_tr("Conversion"),
        coverage=_tr("Coverage of the book"),
        tier=_tr("Tier"),
        accounts=_tr("Accounts"),
        within_ideal=_tr("In ideal window"),
        within_max=_tr("Within maximum"),
        overdue=_tr("Overdue"),
        never=_tr("Never touched"),
        per_day=_tr("Per day"),
        per_week=_tr("Per week"),
        day=_tr("Day"),
        week_of=_tr("Week of"),
        call_goal_met=_tr("Call goal met"),
        yes=_tr("yes"),
        no=_tr("no"),
        pipeline=_tr("Open pipeline"),
        value=_tr("Value"),
        notable=_tr("Notable outcomes"),
        more=_tr("… and %1 more"),
        nothing=_tr("Nothing logged in this period."),
        outcomes=_tr("Outcomes"),
        time=_tr("Time"),
        kind=_tr("Kind"),
        outcome=_tr("Outcome"),
        contact=_tr("Contact"),
        account=_tr("Account"),
        deal=_tr("Deal"),
        duration=_tr("Minutes"),
        attempt=_tr("Attempt"),
        note=_tr("Note"),
        kind_code=_tr("Kind code"),
        outcome_code=_tr("Outcome code"),
        page=_tr("Page %1 of %2"),
        kinds={kind: label(KIND_LABELS, kind.value) for kind in ActivityKind},
        outcome_labels={o: label(OUTCOME_LABELS, o.value) for o in Outcome},
        stages={stage: label(STAGE_LABELS, stage.value) for stage in Stage},
        metrics={m: label(GOAL_METRIC_LABELS, m.value) for m in GoalMetric},
        format_day=format_day,
        format_number=format_number,
    )
