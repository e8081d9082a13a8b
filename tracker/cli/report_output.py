"""A period's report on the command line: the documented JSON and a plain-text summary.

Every figure the Reports screen shows, from one SummaryReport (README: "report --json"); the JSON
itself is tracker.domain.report_json, which the team roll-up shares.
"""

from __future__ import annotations

from tracker.domain.enums import Stage
from tracker.domain.report_json import report_json
from tracker.domain.reports import SummaryReport

__all__ = ["report_json", "report_text"]


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"


def _words(code: str) -> str:
    return code.replace("_", " ")


def report_text(report: SummaryReport) -> list[str]:
    """The report as a person reads it in a terminal."""
    t, d = report.totals, report.deals
    period = report.period
    who = f"{report.rep_name} · " if report.rep_name else ""
    lines = [
        f"{who}{period.start.isoformat()} – {period.end.isoformat()}",
        "",
        f"Activities {t.activities:,} · calls {t.calls:,} (follow-ups included)"
        f" · connects {t.connects:,} ({_percent(t.connect_rate)})",
        f"Appointments set {t.appointments:,} · visits {t.visits:,} · orders {t.orders:,}"
        f" · referrals {t.referrals:,} · streak {report.streak}",
        f"Deals advanced {d.advanced:,} · won {d.won:,} ({d.won_value_cents / 100:,.2f}"
        f" {report.currency}) · lost {d.lost:,}",
    ]
    if report.goals:
        lines += ["", "Goals"]
        lines += [
            f"  {_words(g.metric.value):<13} {g.actual:>7,} of {g.target:<7,} {_percent(g.share)}"
            for g in report.goals
        ]
    lines += ["", "Outcomes"]
    lines += [
        f"  {p.kind.value.replace('_', '-'):<10} {_words(p.outcome.value) if p.outcome else '–':<20}"
        f" {p.count:>7,}"
        for p in report.by_kind_outcome
    ] or ["  nothing logged"]
    lines += [
        "",
        "Stage conversion (deals that entered each stage in the period, where they are now)",
        f"  {'stage':<12} {'entered':>8} {'moved on':>9} {'conv.':>6} {'won':>7} {'lost':>7}"
        f" {'open':>7}",
    ]
    for s in report.funnel:
        moved = "–" if s.stage is Stage.WON else f"{s.moved_on:,}"
        lines.append(
            f"  {_words(s.stage.value):<12} {s.entered:>8,} {moved:>9} {_percent(s.conversion):>6}"
            f" {s.won:>7,} {s.lost:>7,} {s.still_there:>7,}"
        )
    lines += ["", "Coverage (accounts touched within their tier's window, as of the last day)"]
    lines += [
        f"  tier {c.tier.value}  {c.accounts:>6,} accounts  {_percent(c.share_within_ideal):>5}"
        f" in window · {c.within_max:,} within maximum · {c.overdue:,} overdue"
        f" · {c.never:,} never"
        for c in report.coverage
    ]
    return lines
