"""`groundgame report`, `week` and `review`: the documented JSON, text a rep can read, and
one-line errors with the right exit codes."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from tests.tracker.cli.test_today_log import cli, data_dir  # noqa: F401 (a fixture)
from tracker.domain.enums import Section
from tracker.domain.reports import Period
from tracker.services.book import Book

TALLY = {"day", "done", "planned", "capacity", "backlog", "backlog_at_least"}
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_report_json_has_every_figure_of_the_reports_screen(
    data_dir: str,  # noqa: F811
    demo_book: Book,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Totals, kinds and outcomes, goals, deals, the cohort funnel and coverage: the same
    numbers as the report the app shows for the period."""
    code, out, _ = cli(
        capsys, "--data-dir", data_dir, "report", "--from", "2026-11-01", "--to", "2026-11-30",
        "--json",
    )  # fmt: skip
    assert code == 0
    shown = json.loads(out)
    report = demo_book.reports.summary(NOVEMBER)
    assert (shown["start"], shown["end"]) == ("2026-11-01", "2026-11-30")
    assert shown["totals"]["calls"] == report.totals.calls
    assert shown["totals"]["connect_rate"] == pytest.approx(report.totals.connect_rate, abs=1e-4)
    assert sum(p["count"] for p in shown["by_kind_outcome"]) == report.totals.activities
    assert [g["metric"] for g in shown["goals"]] == [g.metric.value for g in report.goals]
    assert shown["deals"]["won_value"] == report.deals.won_value_cents / 100
    assert [s["stage"] for s in shown["funnel"]] == [
        "new", "contacted", "meeting_set", "proposal", "negotiation", "won",
    ]  # fmt: skip
    for step, expected in zip(shown["funnel"], report.funnel, strict=True):
        assert (step["entered"], step["moved_on"], step["won"], step["lost"]) == (
            expected.entered, expected.moved_on, expected.won, expected.lost,
        )  # fmt: skip
        assert step["still_there"] == expected.still_there
        assert step["conversion"] == (
            None if expected.conversion is None else round(expected.conversion, 4)
        )
    assert {c["tier"] for c in shown["coverage"]} == {"A", "B", "C"}
    assert len(shown["per_day"]) == len(report.per_day)


def test_report_text_and_bad_periods(
    data_dir: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The text names the period and the stage conversion; a backwards period or a missing
    --to is a usage error (exit 2) in one line."""
    code, out, _ = cli(
        capsys, "--data-dir", data_dir, "report", "--from", "2026-11-01", "--to", "2026-11-30"
    )
    assert code == 0 and out.startswith("2026-11-01 – 2026-11-30")
    assert "Stage conversion" in out and "Coverage" in out
    code, _, err = cli(
        capsys, "--data-dir", data_dir, "report", "--from", "2026-11-30", "--to", "2026-11-01"
    )
    assert code == 2 and "ends (2026-11-01) before it starts" in err and err.count("\n") == 1
    code, _, err = cli(capsys, "--data-dir", data_dir, "report", "--from", "2026-11-30")
    assert code == 2 and "--to" in err
    code, _, err = cli(
        capsys, "--data-dir", data_dir, "report", "--from", "30.11.2026", "--to", "2026-12-01"
    )
    assert code == 2 and "'30.11.2026' is not a date" in err


def test_week_json_counts_days_as_the_app_does(
    data_dir: str,  # noqa: F811
    demo_book: Book,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Seven days from Monday: each day's tally as the Week view has it, and the appointments
    with their time in their own zone."""
    code, out, _ = cli(capsys, "--data-dir", data_dir, "week", "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["start"], shown["end"], shown["today"]) == (
        "2026-11-30", "2026-12-06", "2026-12-01",
    )  # fmt: skip
    plan = demo_book.planning.week(date(2026, 11, 30))
    for day, load in zip(shown["days"], plan.days, strict=True):
        assert set(day) == TALLY | {"appointments"}
        assert (day["day"], day["done"], day["planned"]) == (
            load.day.isoformat(), load.tally.done, load.tally.planned,
        )  # fmt: skip
        assert len(day["appointments"]) == len(load.appointments)
        for appointment in day["appointments"]:
            assert datetime.fromisoformat(appointment["time"]).tzinfo is not None
    tuesday = shown["days"][1]
    assert tuesday["done"] == 0 and tuesday["planned"] == 30 and tuesday["backlog"] > 0
    assert shown["days"][0]["planned"] is None and shown["days"][2]["done"] is None


def test_week_text_says_what_the_app_says(
    data_dir: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each day in the app's words; --from moves the week; a bad date is a usage error."""
    code, out, _ = cli(capsys, "--data-dir", data_dir, "week")
    assert code == 0
    assert (
        "\nTue 2026-12-01  0 done · 30 planned · backlog " in out and "(capacity 30, today)" in out
    )
    assert "\nSat 2026-12-05  day off" in out
    code, out, _ = cli(capsys, "--data-dir", data_dir, "week", "--from", "2026-12-07")
    assert code == 0 and out.startswith("Week of Mon 2026-12-07 – Sun 2026-12-13")
    code, _, err = cli(capsys, "--data-dir", data_dir, "week", "--from", "next monday")
    assert code == 2 and "is not a date" in err


def test_review_json_is_the_end_of_day(
    data_dir: str,  # noqa: F811
    demo_book: Book,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """After a log: the tally, the goals, the streak, the logged outcome and what rolls on."""
    item = next(i for i in demo_book.queue.today().items if i.section is Section.DUE)
    demo_book.work.log(item.id, demo_book.work.preview(item.id).default, note="left a message")
    code, out, _ = cli(capsys, "--data-dir", data_dir, "review", "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["day"], shown["tomorrow"]) == ("2026-12-01", "2026-12-02")
    assert set(shown["tally"]) == TALLY and shown["tally"]["done"] == 1
    assert shown["tally"]["planned"] == len(shown["rolling"])
    assert [entry["note"] for entry in shown["logged"]] == ["left a message"]
    assert {g["metric"] for g in shown["goals"]["daily"]} >= {"calls", "visits"}
    assert all(set(g) == {"metric", "target", "done", "met"} for g in shown["goals"]["weekly"])
    assert isinstance(shown["streak"], int) and shown["streak_target"] == 25
    code, out, _ = cli(capsys, "--data-dir", data_dir, "review")
    assert code == 0 and out.startswith("Tuesday 2026-12-01 · 1 done · ")
    assert "left a message" in out and "Rolls on to Wed 2026-12-02" in out
    code, out, _ = cli(capsys, "--data-dir", data_dir, "review", "--date", "2026-11-30")
    monday = demo_book.review.tally(date(2026, 11, 30)).done
    assert code == 0 and out.startswith(f"Monday 2026-11-30 · {monday} done\n")
