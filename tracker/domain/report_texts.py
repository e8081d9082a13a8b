"""The words and number formats of a summary export; English by default, the UI passes its own.

The core cannot use Qt's translator, so the desktop app hands in a translated `ReportTexts` (and
QLocale-based formatters); the CLI exports in English with ISO dates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Stage


def _english_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def _label(code: str) -> str:
    return code.replace("_", " ").capitalize()


@dataclass(frozen=True)
class ReportTexts:
    """Every label a summary export prints, and how it writes dates and numbers."""

    title: str = "Activity summary"
    rep: str = "Rep"
    period: str = "Period"
    generated: str = "Generated"
    totals: str = "Totals"
    activities: str = "Activities"
    calls: str = "Calls"
    connects: str = "Connects"
    connect_rate: str = "Connect rate"
    visits: str = "Visits"
    follow_ups: str = "Follow-ups"
    appointments: str = "Appointments set"
    orders: str = "Orders taken"
    referrals: str = "Referrals given"
    streak: str = "Streak"
    streak_note: str = "working days in a row with at least %1 calls, follow-ups or visits"
    goals: str = "Goals"
    goal: str = "Goal"
    actual: str = "Actual"
    reached: str = "Reached"
    deals: str = "Deals"
    deals_advanced: str = "Deals advanced"
    deals_won: str = "Deals won"
    won_value: str = "Value won"
    deals_lost: str = "Deals lost"
    funnel: str = "Stage conversion"
    stage: str = "Stage"
    entered: str = "Entered"
    moved_on: str = "Moved on"
    conversion: str = "Conversion"
    won: str = "Won"
    lost: str = "Lost"
    still_open: str = "Still open"
    funnel_note: str = (
        "Stage conversion follows the deals that entered each stage in this period to where they"
        " stand on %1: moved on to a later stage (won included), lost, or still open."
        " Conversion = moved on ÷ entered."
    )
    coverage: str = "Coverage of the book"
    tier: str = "Tier"
    accounts: str = "Accounts"
    within_ideal: str = "In ideal window"
    within_max: str = "Within maximum"
    overdue: str = "Overdue"
    never: str = "Never touched"
    per_day: str = "Per day"
    per_week: str = "Per week"
    day: str = "Day"
    week_of: str = "Week of"
    call_goal_met: str = "Call goal met"
    yes: str = "yes"
    no: str = "no"
    pipeline: str = "Open pipeline"
    value: str = "Value"
    notable: str = "Notable outcomes"
    more: str = "… and %1 more"
    nothing: str = "Nothing logged in this period."
    outcomes: str = "Outcomes"
    time: str = "Time"
    kind: str = "Kind"
    outcome: str = "Outcome"
    contact: str = "Contact"
    account: str = "Account"
    deal: str = "Deal"
    duration: str = "Minutes"
    on_site: str = "Time on site"
    on_site_minutes: str = "On site (min)"
    attempt: str = "Attempt"
    note: str = "Note"
    summary_sheet: str = "Summary"
    activities_sheet: str = "Activities"
    share: str = "Share"
    count: str = "Count"
    page: str = "Page %1 of %2"
    # The team's report (a sales manager's): one row per rep and the team's sums.
    team_title: str = "Team summary"
    team: str = "Team"
    reps: str = "Reps"
    per_rep: str = "Per rep"
    user: str = "User"
    last_sync: str = "Last sync"
    not_synced: str = "never"
    team_note: str = (
        "The team's figures are the sums of the reps' figures; rates are worked out from those"
        " sums. Work counts for the rep who did it, accounts and open deals for their owner now."
        " A streak belongs to one rep."
    )
    kinds: Mapping[ActivityKind, str] = field(default_factory=dict)
    outcome_labels: Mapping[Outcome, str] = field(default_factory=dict)
    stages: Mapping[Stage, str] = field(default_factory=dict)
    metrics: Mapping[GoalMetric, str] = field(default_factory=dict)
    format_day: Callable[[date], str] = date.isoformat
    format_number: Callable[[float, int], str] = _english_number

    def kind_label(self, kind: ActivityKind) -> str:
        return self.kinds.get(kind) or _label(kind.value)

    def outcome_label(self, outcome: Outcome | None) -> str:
        if outcome is None:
            return ""
        return self.outcome_labels.get(outcome) or _label(outcome.value)

    def stage_label(self, stage: Stage) -> str:
        return self.stages.get(stage) or _label(stage.value)

    def metric_label(self, metric: GoalMetric) -> str:
        defaults = {
            GoalMetric.CALLS: self.calls,
            GoalMetric.CONNECTS: self.connects,
            GoalMetric.APPOINTMENTS: self.appointments,
            GoalMetric.VISITS: self.visits,
        }
        return self.metrics.get(metric) or defaults[metric]

    def number(self, value: float, decimals: int = 0) -> str:
        return self.format_number(value, decimals)

    def percent(self, share: float | None) -> str:
        return "–" if share is None else self.number(share * 100, 0) + " %"

    def money(self, cents: int, currency: str) -> str:
        return f"{self.number(cents / 100, 2)} {currency}"

    def hours(self, minutes: int) -> str:
        """Minutes as hours and minutes, "4:05 h" ("–" for none)."""
        if minutes <= 0:
            return "–"
        return f"{minutes // 60}:{minutes % 60:02d} h"

    def period_text(self, start: date, end: date) -> str:
        if start == end:
            return self.format_day(start)
        return f"{self.format_day(start)} – {self.format_day(end)}"
