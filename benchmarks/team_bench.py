"""`make bench-team`: the team roll-up and assignment by territory at team scale, against the
targets of issue 15 (week roll-up ≤ 1 s, year roll-up ≤ 3 s, 10,000 accounts by territory ≤ 5 s).

    python benchmarks/team_bench.py [--rebuild] [--runs N] [--only rollup|assign] [--markdown]

The team (benchmarks/team_data.py: 50 reps, 500,000 contacts, 5,000,000 activities) lives in a
PostgreSQL cluster in bench-data/team-rollup, built once (fsync on, as a real server runs). A
roll-up is timed as the server's route does it — the statements in one REPEATABLE READ snapshot,
the reports built and the JSON written — median of `--runs`; the assignment commits, alternating
the territory between rep45 and rep01, with VACUUM ANALYZE between runs (untimed: autovacuum's
work on a real server). `EXPLAIN (ANALYZE, BUFFERS)` of every statement of both roll-ups and
the time of each statement of one assignment go to bench-data/team-explain.md. Gates nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, create_engine, event, text  # noqa: E402

from benchmarks import team_data  # noqa: E402
from tools.pg_cluster import Cluster  # noqa: E402
from tracker.domain.clock import clock_for_day  # noqa: E402
from tracker.domain.reports import Period  # noqa: E402
from tracker.domain.team_report import team_report_json  # noqa: E402
from tracker.server.migrate import upgrade  # noqa: E402
from tracker.server.team import moves, rollup  # noqa: E402
from tracker.server.team.common import Selection  # noqa: E402

DATA = ROOT / "bench-data"
DATABASE = "rollup"
NOW = clock_for_day(team_data.TODAY, zone_name="Europe/Berlin", hour=9).now()
WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))  # last week
YEAR = Period(date(2025, 12, 1), date(2026, 11, 30))  # the last twelve months
# PostgreSQL's own defaults suit a tiny machine (128 MB of shared buffers); a team server gets a
# quarter of its memory, as PostgreSQL's documentation advises: here a server with 4 GB.
SERVER_SETTINGS = {"shared_buffers": "1GB"}


@dataclass(frozen=True)
class Row:
    name: str
    seconds: float
    target: float
    spread: str

    @property
    def verdict(self) -> str:
        return "met" if self.seconds <= self.target else "MISSED"


def snapshot(engine: Engine) -> Any:
    connection = engine.connect().execution_options(
        isolation_level="REPEATABLE READ", postgresql_readonly=True
    )
    return connection


def report(engine: Engine, period: Period, rep: str | None = None) -> bytes:
    """What the route does: the roll-up in one snapshot, written as JSON."""
    with snapshot(engine) as connection, connection.begin():
        figures = rollup.team_report(connection, period, now=NOW, rep=rep)
    return json.dumps(team_report_json(figures)).encode()


def timed(
    action: Callable[[], object], runs: int, *, between: Callable[[], object] | None = None
) -> list[float]:
    action()  # warm: the plans and the pages a server has in memory after its first report
    samples = []
    for _ in range(runs):
        if between is not None:
            between()
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def row(name: str, samples: list[float], target: float) -> Row:
    return Row(name, statistics.median(samples), target, f"{min(samples):.2f}–{max(samples):.2f}")


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, Any, float]]]:
    """Every statement the engine runs inside the block, with its parameters and seconds."""
    seen: list[tuple[str, Any, float]] = []
    started: list[float] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        started.append(time.perf_counter())

    def after(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters, time.perf_counter() - started.pop()))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def explain(engine: Engine, period: Period) -> list[tuple[float, str, str]]:
    """EXPLAIN (ANALYZE, BUFFERS) of each statement of a roll-up: (seconds, first line, plan)."""
    with statements(engine) as seen:
        report(engine, period)
    plans = []
    with snapshot(engine) as connection, connection.begin():
        for statement, parameters, seconds in seen:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            if statement.lstrip().upper().startswith("SET"):  # the roll-up's settings
                cursor.execute(statement, parameters)
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            plan = "\n".join(line for (line,) in cursor.fetchall())
            plans.append((seconds, " ".join(statement.split())[:90], plan))
    return plans


def assign_to(engine: Engine, rep: str) -> dict[str, Any]:
    with engine.begin() as connection:
        return moves.assign(connection, to=rep, selection=Selection(postcode=team_data.TERRITORY))


def vacuum(engine: Engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM (ANALYZE)"))


def measure_assign(engine: Engine, runs: int, evidence: list[str]) -> Row:
    """Runs alternate the territory rep45 → rep01 → rep45 …; an odd count ends with one more
    (untimed) move back, so the next run of the benchmark starts from the same team."""
    holder = {"rep": _territory_holder(engine)}
    answers: list[dict[str, Any]] = []

    def move() -> None:
        target = "rep01" if holder["rep"] == team_data.TERRITORY_REP else team_data.TERRITORY_REP
        answers.append(assign_to(engine, target))
        holder["rep"] = target

    samples = timed(move, runs, between=lambda: vacuum(engine))
    vacuum(engine)
    with statements(engine) as seen:
        started = time.perf_counter()
        move()
        total = time.perf_counter() - started
    if holder["rep"] != team_data.TERRITORY_REP:
        move()
    vacuum(engine)
    evidence += [
        "## Assigning 10,000 accounts by territory: each statement of one run",
        "",
        f"{answers[-2]['accounts']:,} accounts, {answers[-2]['contacts']:,} contacts and "
        f"{answers[-2]['rows']:,} rows in all changed hands (a grant and a revocation per account "
        f"and contact; no row below them rewritten); {total:.2f} s in all.",
        "",
        "| seconds | statement |",
        "|---|---|",
    ]
    for statement, _parameters, seconds in sorted(seen, key=lambda item: -item[2])[:15]:
        evidence.append(f"| {seconds:.3f} | `{' '.join(statement.split())[:110]}` |")
    evidence.append("")
    return row("assign 10,000 accounts by territory (commit included)", samples, 5.0)


def _territory_holder(engine: Engine) -> str:
    with engine.connect() as connection:
        return str(
            connection.execute(
                text(
                    "SELECT u.name FROM accounts AS a JOIN users AS u ON u.id = a.owner_id "
                    "WHERE a.postal_code LIKE :p LIMIT 1"
                ),
                {"p": team_data.TERRITORY + "%"},
            ).scalar_one()
        )


def render(rows: list[Row], markdown: bool) -> str:
    if markdown:
        lines = ["| figure | median | runs (min–max) | target | verdict |", "|---|---|---|---|---|"]
        lines += [
            f"| {r.name} | {r.seconds:.2f} s | {r.spread} s | ≤ {r.target:g} s | {r.verdict} |"
            for r in rows
        ]
        return "\n".join(lines)
    return "\n".join(
        f"{r.name:<60} {r.seconds:7.2f} s  ({r.spread} s)  target ≤ {r.target:g} s  {r.verdict}"
        for r in rows
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="load the team again")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("rollup", "assign"), default=None)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    cluster = Cluster(DATA / "team-rollup", settings=SERVER_SETTINGS)
    cluster.start()
    engine = create_engine(cluster.create_database(DATABASE))
    try:
        if args.rebuild or not team_data.built(engine):
            print("loading the team (once; a few minutes)…", flush=True)
            started = time.perf_counter()
            engine.dispose()
            cluster.drop_database(DATABASE)
            engine = create_engine(cluster.create_database(DATABASE))
            upgrade(engine)
            team_data.load(engine)
            print(f"loaded in {time.perf_counter() - started:.0f} s", flush=True)
        upgrade(engine)
        print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
        rows: list[Row] = []
        evidence = [f"# Team benchmark evidence ({date.today()})", ""]
        if args.only in (None, "rollup"):
            for name, period, target, rep in (
                ("team roll-up, a week (50 reps)", WEEK, 1.0, None),
                ("team roll-up, a year (50 reps)", YEAR, 3.0, None),
                ("one rep's roll-up, a year", YEAR, 3.0, "rep07"),
            ):
                rows.append(
                    row(
                        name, timed(lambda p=period, r=rep: report(engine, p, r), args.runs), target
                    )
                )
                print(render(rows[-1:], False), flush=True)
            for label, period in (("week", WEEK), ("year", YEAR)):
                evidence += [
                    f"## The {label}'s roll-up: EXPLAIN (ANALYZE, BUFFERS) of each statement",
                    "",
                ]
                for seconds, first, plan in explain(engine, period):
                    evidence += [f"### {seconds:.3f} s — `{first}…`", "", "```", plan, "```", ""]
        if args.only in (None, "assign"):
            rows.append(measure_assign(engine, args.runs + 1, evidence))
            print(render(rows[-1:], False), flush=True)
        (DATA / "team-explain.md").write_text("\n".join(evidence) + "\n", encoding="utf-8")
        print()
        print(render(rows, args.markdown))
        print(f"\nload average {os.getloadavg()[0]:.1f}; plans in {DATA / 'team-explain.md'}")
    finally:
        engine.dispose()
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
