"""A SummaryReport as the documented JSON of `report --json`, and back.

One shape for every place a summary travels as text: `groundgame report --json`, each rep in the
team server's roll-up (`team report --json`), and the manager's laptop reading that roll-up back
into reports it can draw and export. Keys are always present; null where nothing applies.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from tracker.domain.enums import ActivityKind, GoalMetric, Outcome, Stage, Tier
from tracker.domain.reports import (
    ActivityTotals,
    DayFigures,
    DealFigures,
    FunnelStep,
    GoalProgress,
    KindOutcomeCount,
    NotableOutcome,
    Period,
    PipelineStage,
    SummaryReport,
    TierCoverage,
)


def share(value: float | None) -> float | None:
    """A fraction as the JSON gives it: four places, null where nothing was divided."""
    return None if value is None else round(value, 4)


def _cents(amount: Any) -> int:
    return round(float(amount) * 100)


def report_json(report: SummaryReport) -> dict[str, Any]:
    t = report.totals
    return {
        "start": report.period.start.isoformat(),
        "end": report.period.end.isoformat(),
        "rep": report.rep_name,
        "generated_at": report.generated_at.isoformat(),
        "currency": report.currency,
        "totals": {
            "activities": t.activities,
            "calls": t.calls,
            "connects": t.connects,
            "connect_rate": share(t.connect_rate),
            "follow_ups": t.follow_ups,
            "visits": t.visits,
            "appointments": t.appointments,
            "orders": t.orders,
            "referrals": t.referrals,
            "minutes_on_site": t.minutes_on_site,
        },
        "by_kind_outcome": [
            {
                "kind": p.kind.value,
                "outcome": p.outcome.value if p.outcome else None,
                "count": p.count,
            }
            for p in report.by_kind_outcome
        ],
        "per_day": [
            {
                "day": d.day.isoformat(),
                "activities": d.activities,
                "calls": d.calls,
                "connects": d.connects,
                "visits": d.visits,
                "appointments": d.appointments,
                "minutes_on_site": d.minutes_on_site,
                "call_goal_met": d.call_goal_met,
            }
            for d in report.per_day
        ],
        "goals": [
            {
                "metric": g.metric.value,
                "target": g.target,
                "actual": g.actual,
                "share": share(g.share),
            }
            for g in report.goals
        ],
        "streak": report.streak,
        "daily_call_goal": report.daily_call_goal,
        "deals": {
            "advanced": report.deals.advanced,
            "won": report.deals.won,
            "won_value": report.deals.won_value_cents / 100,
            "lost": report.deals.lost,
        },
        "funnel": [
            {
                "stage": s.stage.value,
                "entered": s.entered,
                "moved_on": s.moved_on,
                "won": s.won,
                "lost": s.lost,
                "still_there": s.still_there,
                "conversion": share(s.conversion),
            }
            for s in report.funnel
        ],
        "coverage": [
            {
                "tier": c.tier.value,
                "accounts": c.accounts,
                "within_ideal": c.within_ideal,
                "within_max": c.within_max,
                "overdue": c.overdue,
                "never": c.never,
                "share_within_ideal": share(c.share_within_ideal),
            }
            for c in report.coverage
        ],
        "pipeline": [
            {"stage": p.stage.value, "deals": p.deals, "value": p.value_cents / 100}
            for p in report.pipeline
        ],
        "notable": [notable_json(n) for n in report.notable],
        "notable_total": report.notable_total,
    }


def notable_json(item: NotableOutcome) -> dict[str, Any]:
    shown = {
        "day": item.day.isoformat(),
        "contact": item.contact,
        "account": item.account,
        "kind": item.kind.value,
        "outcome": item.outcome.value,
        "note": item.note,
    }
    if item.rep is not None:  # the team's list says whose it was
        shown["rep"] = item.rep
    return shown


def report_from_json(data: dict[str, Any], *, time_zone: str = "UTC") -> SummaryReport:
    """The SummaryReport a `report_json` object describes (KeyError or ValueError when it is not
    one). Figures that cannot be summed arrive as null for a team and are read as 0."""
    t = data["totals"]
    deals = data["deals"]
    return SummaryReport(
        rep_name=str(data.get("rep") or ""),
        period=Period(date.fromisoformat(data["start"]), date.fromisoformat(data["end"])),
        generated_at=datetime.fromisoformat(data["generated_at"]),
        today=date.fromisoformat(data.get("today") or data["end"]),
        time_zone=time_zone,
        currency=str(data.get("currency") or ""),
        totals=ActivityTotals(
            activities=int(t["activities"]),
            calls=int(t["calls"]),
            connects=int(t["connects"]),
            visits=int(t["visits"]),
            follow_ups=int(t["follow_ups"]),
            appointments=int(t["appointments"]),
            orders=int(t["orders"]),
            referrals=int(t["referrals"]),
            minutes_on_site=int(t.get("minutes_on_site") or 0),
        ),
        by_kind_outcome=tuple(
            KindOutcomeCount(
                ActivityKind(p["kind"]), Outcome(p["outcome"]) if p["outcome"] else None, p["count"]
            )
            for p in data["by_kind_outcome"]
        ),
        per_day=tuple(
            DayFigures(
                day=date.fromisoformat(d["day"]),
                activities=int(d["activities"]),
                calls=int(d["calls"]),
                connects=int(d["connects"]),
                visits=int(d["visits"]),
                appointments=int(d["appointments"]),
                call_goal_met=bool(d["call_goal_met"]),
                minutes_on_site=int(d.get("minutes_on_site") or 0),
            )
            for d in data["per_day"]
        ),
        goals=tuple(
            GoalProgress(GoalMetric(g["metric"]), int(g["target"]), int(g["actual"]))
            for g in data["goals"]
        ),
        daily_call_goal=int(data.get("daily_call_goal") or 0),
        streak=int(data.get("streak") or 0),
        deals=DealFigures(
            advanced=int(deals["advanced"]),
            won=int(deals["won"]),
            won_value_cents=_cents(deals["won_value"] or 0),
            lost=int(deals["lost"]),
        ),
        funnel=tuple(
            FunnelStep(
                Stage(s["stage"]),
                int(s["entered"]),
                int(s["moved_on"]),
                int(s["won"]),
                int(s["lost"]),
                int(s["still_there"]),
            )
            for s in data["funnel"]
        ),
        coverage=tuple(
            TierCoverage(
                Tier(c["tier"]),
                int(c["accounts"]),
                int(c["within_ideal"]),
                int(c["within_max"]),
                int(c["overdue"]),
                int(c["never"]),
            )
            for c in data["coverage"]
        ),
        pipeline=tuple(
            PipelineStage(Stage(p["stage"]), int(p["deals"]), _cents(p["value"] or 0))
            for p in data["pipeline"]
        ),
        notable=tuple(
            NotableOutcome(
                date.fromisoformat(n["day"]),
                str(n["contact"]),
                n["account"],
                ActivityKind(n["kind"]),
                Outcome(n["outcome"]),
                n["note"],
                rep=n.get("rep"),
            )
            for n in data["notable"]
        ),
        notable_total=int(data["notable_total"]),
    )
