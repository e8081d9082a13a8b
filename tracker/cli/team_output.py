"""A team's report on the command line: one line per rep and the team's sums, as a manager reads
them in a terminal (the JSON is tracker.domain.team_report.team_report_json)."""

from __future__ import annotations

from tracker.domain.team_report import TeamReport


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"


HEADING = (
    f"{'rep':<22} {'calls':>6} {'connects':>8} {'rate':>5} {'visits':>6} {'appts':>5} "
    f"{'won':>4} {'A':>5} {'B':>5} {'C':>5} {'never':>6} {'streak':>6}  last sync"
)


def team_report_text(report: TeamReport) -> list[str]:
    period = report.period
    lines = [
        f"Team · {period.start.isoformat()} – {period.end.isoformat()} · {len(report.reps)} reps",
        "",
        HEADING,
    ]
    synced = {rep.user: rep.last_sync for rep in report.reps}
    for rep in (*report.reps, None):
        figures = rep.summary if rep is not None else report.team
        t = figures.totals
        coverage = " ".join(f"{_percent(c.share_within_ideal):>5}" for c in figures.coverage)
        never = sum(c.never for c in figures.coverage)
        if rep is None:
            name, streak, last = "Team (sum)", "–", ""
        else:
            name = f"{rep.name[:16]} ({rep.user})" if rep.name != rep.user else rep.user
            streak = str(figures.streak)
            at = synced.get(rep.user)
            last = at.strftime("%Y-%m-%d %H:%M UTC") if at else "never"
            if not rep.active:
                last += " (revoked)"
        lines.append(
            f"{name[:22]:<22} {t.calls:>6,} {t.connects:>8,} {_percent(t.connect_rate):>5} "
            f"{t.visits:>6,} {t.appointments:>5,} {figures.deals.won:>4,} {coverage} "
            f"{never:>6,} {streak:>6}  {last}".rstrip()
        )
    lines += [
        "",
        "A, B, C: accounts of the tier touched within their window, as of the last day.",
        "The team's figures are the reps' sums; its rates are worked out from those sums.",
    ]
    return lines
