"""The summary's words in the UI language, and QLocale formats, for the core's exporters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Stage
from tracker.domain.report_texts import ReportTexts
from ui.labels import kind_label, metric_label, outcome_label, stage_label


def format_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def report_texts() -> ReportTexts:
    """A ReportTexts speaking the current UI language (exports made from the app use it)."""
    return ReportTexts(
        title=QCoreApplication.translate("ReportTexts", "Activity summary"),
        rep=QCoreApplication.translate("ReportTexts", "Rep"),
        period=QCoreApplication.translate("ReportTexts", "Period"),
        generated=QCoreApplication.translate("ReportTexts", "Generated"),
        totals=QCoreApplication.translate("ReportTexts", "Totals"),
        activities=QCoreApplication.translate("ReportTexts", "Activities"),
        calls=QCoreApplication.translate("ReportTexts", "Calls"),
        connects=QCoreApplication.translate("ReportTexts", "Connects"),
        connect_rate=QCoreApplication.translate("ReportTexts", "Connect rate"),
        visits=QCoreApplication.translate("ReportTexts", "Visits"),
        follow_ups=QCoreApplication.translate("ReportTexts", "Follow-ups"),
        appointments=QCoreApplication.translate("ReportTexts", "Appointments set"),
        orders=QCoreApplication.translate("ReportTexts", "Orders taken"),
        referrals=QCoreApplication.translate("ReportTexts", "Referrals given"),
        streak=QCoreApplication.translate("ReportTexts", "Streak"),
        streak_note=QCoreApplication.translate(
            "ReportTexts", "working days in a row with at least %1 calls, follow-ups or visits"
        ),
        goals=QCoreApplication.translate("ReportTexts", "Goals"),
        goal=QCoreApplication.translate("ReportTexts", "Goal"),
        actual=QCoreApplication.translate("ReportTexts", "Actual"),
        reached=QCoreApplication.translate("ReportTexts", "Reached"),
        deals=QCoreApplication.translate("ReportTexts", "Deals"),
        deals_advanced=QCoreApplication.translate("ReportTexts", "Deals advanced"),
        deals_won=QCoreApplication.translate("ReportTexts", "Deals won"),
        won_value=QCoreApplication.translate("ReportTexts", "Value won"),
        deals_lost=QCoreApplication.translate("ReportTexts", "Deals lost"),
        funnel=QCoreApplication.translate("ReportTexts", "Stage conversion"),
        stage=QCoreApplication.translate("ReportTexts", "Stage"),
        entered=QCoreApplication.translate("ReportTexts", "Entered"),
        moved_on=QCoreApplication.translate("ReportTexts", "Moved on"),
        conversion=QCoreApplication.translate("ReportTexts", "Conversion"),
        won=QCoreApplication.translate("ReportTexts", "Won"),
        lost=QCoreApplication.translate("ReportTexts", "Lost"),
        still_open=QCoreApplication.translate("ReportTexts", "Still open"),
        funnel_note=QCoreApplication.translate(
            "ReportTexts",
            "Stage conversion follows the deals that entered each stage in this period to where"
            " they stand on %1: moved on to a later stage (won included), lost, or still open."
            " Conversion = moved on ÷ entered.",
        ),
        coverage=QCoreApplication.translate("ReportTexts", "Coverage of the book"),
        tier=QCoreApplication.translate("ReportTexts", "Tier"),
        accounts=QCoreApplication.translate("ReportTexts", "Accounts"),
        within_ideal=QCoreApplication.translate("ReportTexts", "In ideal window"),
        within_max=QCoreApplication.translate("ReportTexts", "Within maximum"),
        overdue=QCoreApplication.translate("ReportTexts", "Overdue"),
        never=QCoreApplication.translate("ReportTexts", "Never touched"),
        per_day=QCoreApplication.translate("ReportTexts", "Per day"),
        per_week=QCoreApplication.translate("ReportTexts", "Per week"),
        day=QCoreApplication.translate("ReportTexts", "Day"),
        week_of=QCoreApplication.translate("ReportTexts", "Week of"),
        call_goal_met=QCoreApplication.translate("ReportTexts", "Call goal met"),
        yes=QCoreApplication.translate("ReportTexts", "yes"),
        no=QCoreApplication.translate("ReportTexts", "no"),
        pipeline=QCoreApplication.translate("ReportTexts", "Open pipeline"),
        value=QCoreApplication.translate("ReportTexts", "Value"),
        notable=QCoreApplication.translate("ReportTexts", "Notable outcomes"),
        more=QCoreApplication.translate("ReportTexts", "… and %1 more"),
        nothing=QCoreApplication.translate("ReportTexts", "Nothing logged in this period."),
        outcomes=QCoreApplication.translate("ReportTexts", "Outcomes"),
        time=QCoreApplication.translate("ReportTexts", "Time"),
        kind=QCoreApplication.translate("ReportTexts", "Kind"),
        outcome=QCoreApplication.translate("ReportTexts", "Outcome"),
        contact=QCoreApplication.translate("ReportTexts", "Contact"),
        account=QCoreApplication.translate("ReportTexts", "Account"),
        deal=QCoreApplication.translate("ReportTexts", "Deal"),
        duration=QCoreApplication.translate("ReportTexts", "Minutes"),
        on_site=QCoreApplication.translate("ReportTexts", "Time on site"),
        on_site_minutes=QCoreApplication.translate("ReportTexts", "On site (min)"),
        attempt=QCoreApplication.translate("ReportTexts", "Attempt"),
        note=QCoreApplication.translate("ReportTexts", "Note"),
        summary_sheet=QCoreApplication.translate("ReportTexts", "Summary"),
        activities_sheet=QCoreApplication.translate("ReportTexts", "Activities"),
        share=QCoreApplication.translate("ReportTexts", "Share"),
        count=QCoreApplication.translate("ReportTexts", "Count"),
        page=QCoreApplication.translate("ReportTexts", "Page %1 of %2"),
        team_title=QCoreApplication.translate("ReportTexts", "Team summary"),
        team=QCoreApplication.translate("ReportTexts", "Team"),
        reps=QCoreApplication.translate("ReportTexts", "Reps"),
        per_rep=QCoreApplication.translate("ReportTexts", "Per rep"),
        user=QCoreApplication.translate("ReportTexts", "User"),
        last_sync=QCoreApplication.translate("ReportTexts", "Last sync"),
        not_synced=QCoreApplication.translate("ReportTexts", "never"),
        team_note=QCoreApplication.translate(
            "ReportTexts",
            "The team's figures are the sums of the reps' figures; rates are worked out from those"
            " sums. Work counts for the rep who did it, accounts and open deals for their owner"
            " now. A streak belongs to one rep.",
        ),
        kinds={kind: kind_label(kind) for kind in ActivityKind},
        outcome_labels={o: outcome_label(o) for o in Outcome},
        stages={stage: stage_label(stage) for stage in Stage},
        metrics={m: metric_label(m) for m in GoalMetric},
        format_day=format_day,
        format_number=format_number,
    )
