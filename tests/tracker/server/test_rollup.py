"""The team roll-up on a real team server: each rep's figures equal their own laptop's `report
--json` for the same period, the team's are their sums, done work stays with its author when a
book changes hands, and only a manager may ask."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.team import Laptops, Postgres, TeamServer, book_rows, running
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind, Outcome, Stage
from tracker.domain.report_json import report_json
from tracker.domain.reports import Period
from tracker.services.book import Book
from tracker.sync.errors import ServerFailed

# Figures that describe the report rather than count anything, or that a rep and the server
# word differently (the rep's name; the laptop lists notable outcomes of a day in any order).
NOT_COMPARED = {"rep", "rep_name", "generated_at", "notable", "active", "last_sync"}
PERIODS = (
    Period(date(2026, 11, 1), date(2026, 11, 30)),  # a past month
    Period(date(2026, 11, 23), date(2026, 11, 29)),  # last week
    Period(date(2026, 11, 30), date(2026, 12, 6)),  # this week, today a Tuesday
)


@pytest.fixture
def server(postgres: Postgres, clock: FixedClock) -> Iterator[TeamServer]:
    """A team server whose clock stands where the laptops' does (its today is theirs)."""
    yield from running(postgres, clock=clock)


@pytest.fixture
def laptops(tmp_path: Path, server: TeamServer, clock: FixedClock) -> Iterator[Laptops]:
    made = Laptops(tmp_path / "laptops", server, clock)
    yield made
    made.close()


def rep_book(
    laptops: Laptops,
    name: str,
    *,
    zone: str,
    seed: int,
    day_start_hour: int = 4,
    working_days: frozenset[int] = frozenset(range(5)),
) -> Book:
    """A rep's laptop with a demo book of their own, in their own time zone and working week."""
    laptops.server.add_user(name)
    book = laptops.new(name, name)
    prefs = book.preferences.get()
    book.preferences.save(
        replace(
            prefs,
            time_zone=zone,
            day_start_hour=day_start_hour,
            working_days=working_days,
            rep_name=name.capitalize() + " Berger",
        )
    )
    book.demo.load(seed=seed, contacts=40)
    return book


def set_goal(book: Book, metric: str, period: str, target: int) -> None:
    """Goals have no editor yet: change the stored goal as the rep's book would hold it."""
    connection = sqlite3.connect(book.location.database)
    connection.execute(
        "UPDATE goals SET target = ? WHERE metric = ? AND period = ?", (target, metric, period)
    )
    connection.commit()
    connection.close()


def do_some_work(book: Book, now: datetime) -> None:
    """Today's first calls logged, a visit checked in and out, and a deal moved forward."""
    queue = book.queue.today()
    calls = [
        i for i in queue.items if ":" not in i.id and i.candidate.kind is not ActivityKind.VISIT
    ]
    for item, outcome in zip(
        calls, (Outcome.CONNECTED, Outcome.NO_ANSWER, Outcome.APPOINTMENT_SET), strict=False
    ):
        book.work.log(item.id, outcome)
    visits = [i for i in queue.items if i.candidate.kind is ActivityKind.VISIT]
    if visits:  # on site for 47 minutes, then the report
        book.visits.check_in(visits[0].id, at=now - timedelta(minutes=47, seconds=31))
        book.visits.check_out(visits[0].id, Outcome.MET_DECISION_MAKER, at=now)
    board = book.pipeline.board()
    for column in board.columns:
        if column.stage is Stage.PROPOSAL and column.cards:
            book.pipeline.move(column.cards[0].id, Stage.NEGOTIATION)
            break


@pytest.fixture
def team(laptops: Laptops, server: TeamServer, clock: FixedClock) -> tuple[list[Book], Book]:
    """Three reps — Berlin, New York (day starting at six, Monday to Saturday), London with
    other goals — each with a demo book and today's work, synced; and Maria, their manager."""
    anna = rep_book(laptops, "anna", zone="Europe/Berlin", seed=3)
    bernd = rep_book(
        laptops,
        "bernd",
        zone="America/New_York",
        seed=5,
        day_start_hour=6,
        working_days=frozenset(range(6)),
    )
    carla = rep_book(laptops, "carla", zone="Europe/London", seed=8)
    # Daily call goals low enough for streaks (the demo's reps do a few calls a day).
    set_goal(bernd, "calls", "day", 3)
    set_goal(carla, "calls", "day", 2)
    set_goal(carla, "visits", "week", 4)
    reps = [anna, bernd, carla]
    for book in reps:
        do_some_work(book, clock.now())
        book.team.sync()
    server.add_user("maria", manager=True)
    return reps, laptops.new("maria", "maria")


def comparable(figures: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in figures.items() if key not in NOT_COMPARED}


def notable_set(figures: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (n["day"], n["contact"], n["account"] or "", n["kind"], n["outcome"], n["note"] or "")
        for n in figures["notable"]
    )


def summed(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The team's figures added up from the reps' own reports, written out independently of the
    server's code: counts add, rates come from the added counts."""

    def add(rows: list[dict[str, Any]], key: str, fields: tuple[str, ...]) -> dict[Any, dict]:
        total: dict[Any, dict[str, Any]] = {}
        for row in rows:
            entry = total.setdefault(row[key], {field: 0 for field in fields})
            for field in fields:
                entry[field] += row[field]
        return total

    totals = {
        name: sum(r["totals"][name] for r in reports)
        for name in reports[0]["totals"]
        if name != "connect_rate"
    }
    funnel = add([s for r in reports for s in r["funnel"]], "stage",
                 ("entered", "moved_on", "won", "lost", "still_there"))  # fmt: skip
    coverage = add([c for r in reports for c in r["coverage"]], "tier",
                   ("accounts", "within_ideal", "within_max", "overdue", "never"))  # fmt: skip
    goals = add([g for r in reports for g in r["goals"]], "metric", ("target", "actual"))
    return {
        "totals": totals,
        "connect_rate": round(totals["connects"] / totals["calls"], 4),
        "by_kind_outcome": add(
            [
                {**p, "pair": (p["kind"], p["outcome"])}
                for r in reports
                for p in r["by_kind_outcome"]
            ],
            "pair",
            ("count",),
        ),
        "per_day": add(
            [d for r in reports for d in r["per_day"]],
            "day",
            ("activities", "calls", "connects", "visits", "appointments", "minutes_on_site"),
        ),
        "goals": goals,
        "deals": {k: sum(r["deals"][k] for r in reports) for k in ("advanced", "won", "lost")},
        "won_value": round(sum(r["deals"]["won_value"] for r in reports), 2),
        "funnel": funnel,
        "coverage": coverage,
        "pipeline": add([p for r in reports for p in r["pipeline"]], "stage", ("deals", "value")),
        "notable_total": sum(r["notable_total"] for r in reports),
        "daily_call_goal": sum(r["daily_call_goal"] for r in reports),
    }


def test_each_reps_figures_equal_their_own_report_and_the_team_their_sums(
    team: tuple[list[Book], Book],
) -> None:
    """For a past month, last week and this week: every figure of each rep's `report --json`
    (activities, per day, goals, streak, deals, funnel, coverage, pipeline, notable outcomes)
    comes back from the server for that rep, and the team's figures are the sums of the reps'."""
    reps, maria = team
    for period in PERIODS:
        answer = maria.team.manage(
            "report", {"from": period.start.isoformat(), "to": period.end.isoformat()}
        )
        assert (answer["from"], answer["to"]) == (period.start.isoformat(), period.end.isoformat())
        served = {item["rep"]: item for item in answer["reps"]}
        assert set(served) == {"anna", "bernd", "carla"}
        own = []
        for name, book in zip(("anna", "bernd", "carla"), reps, strict=True):
            mine = report_json(book.reports.summary(period))
            own.append(mine)
            theirs = served[name]
            assert comparable(theirs) == comparable(mine), (name, period)
            assert theirs["rep_name"] == mine["rep"]
            # The latest notable outcomes: the same days; the same ones when all fit the list
            # (within a day the laptop lists them in any order).
            assert sorted(n["day"] for n in theirs["notable"]) == sorted(
                n["day"] for n in mine["notable"]
            )
            if mine["notable_total"] <= len(mine["notable"]):
                assert notable_set(theirs) == notable_set(mine)
        assert sum(r["totals"]["activities"] for r in own) > 0
        if period is PERIODS[-1]:  # this week's: the visits checked in and out count
            assert sum(r["totals"]["minutes_on_site"] for r in own) >= 47
        expected, shown = summed(own), answer["team"]
        assert {k: v for k, v in shown["totals"].items() if k != "connect_rate"} == expected[
            "totals"
        ]
        assert shown["totals"]["connect_rate"] == expected["connect_rate"]
        pairs = {(p["kind"], p["outcome"]): {"count": p["count"]} for p in shown["by_kind_outcome"]}
        assert pairs == expected["by_kind_outcome"]
        days = {
            d["day"]: {
                k: d[k]
                for k in (
                    "activities",
                    "calls",
                    "connects",
                    "visits",
                    "appointments",
                    "minutes_on_site",
                )
            }
            for d in shown["per_day"]
        }
        assert days == expected["per_day"]
        assert {
            g["metric"]: {"target": g["target"], "actual": g["actual"]} for g in shown["goals"]
        } == expected["goals"]
        assert {k: shown["deals"][k] for k in ("advanced", "won", "lost")} == expected["deals"]
        assert shown["deals"]["won_value"] == expected["won_value"]
        assert {
            s["stage"]: {k: s[k] for k in ("entered", "moved_on", "won", "lost", "still_there")}
            for s in shown["funnel"]
        } == expected["funnel"]
        assert {
            c["tier"]: {
                k: c[k] for k in ("accounts", "within_ideal", "within_max", "overdue", "never")
            }
            for c in shown["coverage"]
        } == expected["coverage"]
        assert {
            p["stage"]: {"deals": p["deals"], "value": p["value"]} for p in shown["pipeline"]
        } == {
            stage: {"deals": v["deals"], "value": round(v["value"], 2)}
            for stage, v in expected["pipeline"].items()
        }
        assert shown["notable_total"] == expected["notable_total"]
        assert shown["daily_call_goal"] == expected["daily_call_goal"]
        assert shown["streak"] is None and shown["reps"] == 3


def rollup(manager: Book, period: Period, **extra: str) -> dict[str, Any]:
    body = {"from": period.start.isoformat(), "to": period.end.isoformat(), **extra}
    return manager.team.manage("report", body)


def by_rep(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["rep"]: item for item in answer["reps"]}


WORK = ("totals", "by_kind_outcome", "per_day", "deals", "funnel", "streak", "notable_total")


def test_done_work_stays_with_its_author_when_a_book_changes_hands(
    team: tuple[list[Book], Book],
) -> None:
    """Anna's whole book goes to Bernd: her calls, visits and deal moves still count for her
    (the team's totals do not change), while her accounts and open deals now count for Bernd;
    a call Bernd then makes on one of her former contacts is his."""
    (anna, bernd, _carla), maria = team
    past, week = PERIODS[0], PERIODS[2]
    answers = {period: rollup(maria, period) for period in (past, week)}
    before = {period: by_rep(answer) for period, answer in answers.items()}
    hers = set(book_rows(anna)["contacts"])
    moved = maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    assert moved["moved"]["contacts"] == len(hers)
    anna.team.sync()
    bernd.team.sync()
    for period in (past, week):
        answer = rollup(maria, period)
        after = by_rep(answer)
        for figure in WORK:
            assert after["anna"][figure] == before[period]["anna"][figure], figure
            assert after["bernd"][figure] == before[period]["bernd"][figure], figure
        for tier in range(3):
            assert after["anna"]["coverage"][tier]["accounts"] == 0
            assert (
                after["bernd"]["coverage"][tier]["accounts"]
                == before[period]["anna"]["coverage"][tier]["accounts"]
                + before[period]["bernd"]["coverage"][tier]["accounts"]
            )
        assert all(stage["deals"] == 0 for stage in after["anna"]["pipeline"])
        assert answer["team"]["totals"] == answers[period]["team"]["totals"]
    calls_before = before[week]["bernd"]["totals"]["calls"]
    handed_over = next(
        item
        for item in bernd.queue.today().items
        if ":" not in item.id
        and item.candidate.kind is not ActivityKind.VISIT
        and item.candidate.contact_id in hers
    )
    bernd.work.log(handed_over.id, Outcome.CONNECTED)
    bernd.team.sync()
    after = by_rep(rollup(maria, week))
    assert after["bernd"]["totals"]["calls"] == calls_before + 1
    assert after["anna"]["totals"] == before[week]["anna"]["totals"]


def test_only_a_manager_sees_the_roll_up_and_bad_requests_say_why(
    team: tuple[list[Book], Book],
) -> None:
    """A rep is refused; a period that ends before it starts, a missing day and an unknown rep
    are refused with the reason; `rep` narrows the report to that rep (and the team to them)."""
    (anna, _bernd, _carla), maria = team
    week = PERIODS[2]
    with pytest.raises(ServerFailed, match="only a sales manager can see the team's figures"):
        rollup(anna, week)
    with pytest.raises(ServerFailed, match=r"ends \(2026-11-01\) before it starts"):
        maria.team.manage("report", {"from": "2026-12-01", "to": "2026-11-01"})
    with pytest.raises(ServerFailed, match="needs from and to"):
        maria.team.manage("report", {"from": "2026-12-01"})
    with pytest.raises(ServerFailed, match=r"'1\.12\.2026' is not a date"):
        maria.team.manage("report", {"from": "1.12.2026", "to": "2026-12-06"})
    with pytest.raises(ServerFailed, match="there is no rep 'zoe'"):
        rollup(maria, week, rep="zoe")
    alone = rollup(maria, week, rep="anna")
    assert [item["rep"] for item in alone["reps"]] == ["anna"]
    assert alone["team"]["totals"] == alone["reps"][0]["totals"]


def test_a_laptop_learns_its_users_role(team: tuple[list[Book], Book], server: TeamServer) -> None:
    """The sign-in tells a laptop whether its user is a manager, and every sync says it again:
    a rep made a manager sees it after their next sync without signing in again."""
    (anna, _bernd, _carla), maria = team
    maria_status, anna_status = maria.team.status(), anna.team.status()
    assert maria_status is not None and maria_status.manager
    assert anna_status is not None and not anna_status.manager
    with server.engine.begin() as connection:
        from sqlalchemy import update

        from tracker.server.schema import users

        connection.execute(update(users).where(users.c.name == "anna").values(manager=True))
    anna.team.sync()
    promoted = anna.team.status()
    assert promoted is not None and promoted.manager


def kept_touches(server: TeamServer) -> dict[str, Any]:
    """What the server keeps per account, and the same computed from its history now."""
    from sqlalchemy import select

    from tracker.server.schema import account_touches
    from tracker.server.touches import rebuild_touches

    with server.engine.connect() as connection:
        kept = {row[0]: row[1] for row in connection.execute(select(account_touches))}
        connection.rollback()
        with connection.begin() as transaction:
            rebuild_touches(connection)
            fresh = {row[0]: row[1] for row in connection.execute(select(account_touches))}
            transaction.rollback()
    return {"kept": kept, "fresh": fresh}


def test_each_accounts_last_touch_stays_exact_through_every_kind_of_push(
    team: tuple[list[Book], Book], server: TeamServer
) -> None:
    """The last touch the server keeps per account (which the coverage reads) equals the one
    computed from the history after a log, its undo, a contact moving to another account and a
    contact deleted — each pushed by a laptop."""
    (anna, _bernd, _carla), _maria = team
    touches = kept_touches(server)
    assert touches["kept"] == touches["fresh"] and touches["kept"]
    item = next(
        i
        for i in anna.queue.today().items
        if ":" not in i.id and i.candidate.kind is not ActivityKind.VISIT
    )
    anna.work.log(item.id, Outcome.CONNECTED)
    anna.team.sync()
    anna.undo.undo()
    anna.team.sync()
    touches = kept_touches(server)
    assert touches["kept"] == touches["fresh"]
    connection = sqlite3.connect(anna.location.database)
    two = connection.execute(
        "SELECT c.id, a.id FROM contacts AS c JOIN accounts AS a ON a.id <> c.account_id "
        "WHERE c.account_id IS NOT NULL AND c.last_touch_at IS NOT NULL LIMIT 1"
    ).fetchone()
    connection.execute("UPDATE contacts SET account_id = ? WHERE id = ?", (two[1], two[0]))
    connection.execute(
        "UPDATE contacts SET deleted_at = '2026-12-01 08:00:00.000000' WHERE id = ("
        " SELECT id FROM contacts WHERE account_id IS NOT NULL AND id <> ? "
        " AND last_touch_at IS NOT NULL LIMIT 1)",
        (two[0],),
    )
    connection.commit()
    connection.close()
    anna.team.sync()
    touches = kept_touches(server)
    assert touches["kept"] == touches["fresh"]
