"""`groundgame today` and `groundgame log`: the documented JSON, the table, ids by prefix, and
one-line errors with the right exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tracker.cli.app import main
from tracker.domain.clock import FixedClock, SystemClock
from tracker.services.book import Book

ROOT = Path(__file__).resolve().parents[3]
ITEM_FIELDS = {
    "id", "kind", "contact", "account", "due", "time", "overdue_days", "priority", "reasons",
    "section",
}  # fmt: skip
SECTIONS = ["fixed", "due", "base", "new", "backlog"]


@pytest.fixture
def data_dir(demo_book: Book, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> str:
    """The demo book's folder, with the CLI's wall clock standing where the fixture's does."""
    monkeypatch.setattr(SystemClock, "now", lambda self: clock.now())
    return str(demo_book.location.root)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in this process; argparse's usage errors exit, their code is returned too."""
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_today_json_follows_the_contract(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    """An array of items with every documented field and type, sections in order."""
    code, out, _ = cli(capsys, "--data-dir", data_dir, "today", "--json")
    assert code == 0
    items = json.loads(out)
    assert items
    for item in items:
        assert set(item) >= ITEM_FIELDS
        assert item["kind"] in {"call", "visit", "follow_up"}
        assert isinstance(item["overdue_days"], int) and isinstance(item["priority"], float)
        assert all(isinstance(reason, str) for reason in item["reasons"]) and item["reasons"]
        assert item["time"] is None or datetime.fromisoformat(item["time"]).tzinfo is not None
    order = [SECTIONS.index(item["section"]) for item in items]
    assert order == sorted(order) and set(order) == set(range(5))


def test_today_prints_a_table_a_rep_can_read(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Section headings with counts, a time or age per line, and ids to type."""
    code, out, _ = cli(capsys, "--data-dir", data_dir, "today")
    assert code == 0
    assert out.startswith("Tuesday 2026-12-01 · 0 done · 30 planned · capacity 30")
    for heading in ("Fixed times (", "Due (", "Base customers due a touch (", "New prospects ("):
        assert heading in out
    assert "d late" in out and "new:" in out


def test_log_by_prefix_prints_what_was_logged_and_the_next_item(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A unique prefix is enough; `next` has the fields of a today item."""
    _, out, _ = cli(capsys, "--data-dir", data_dir, "today", "--json")
    item = next(i for i in json.loads(out) if i["section"] == "due" and i["kind"] == "call")
    prefix = item["id"][:14]
    code, out, err = cli(capsys, "--data-dir", data_dir, "log", prefix, "voicemail",
                         "--note", "left a message", "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["logged"]["outcome"] == "voicemail"
    assert result["logged"]["note"] == "left a message"
    assert result["logged"]["contact"] == item["contact"]
    assert set(result["next"]) >= ITEM_FIELDS
    assert result["next"]["due"] == "2026-12-03"  # voicemail: two working days on


def test_log_with_next_none_plans_nothing(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--next none logs the outcome and schedules no next step."""
    _, out, _ = cli(capsys, "--data-dir", data_dir, "today", "--json")
    item = next(i for i in json.loads(out) if i["section"] == "new")
    code, out, _ = cli(
        capsys, "--data-dir", data_dir, "log", item["id"], "interested", "--next", "none"
    )
    assert code == 0
    assert "Logged interested for" in out and "No next step." in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["log", "new:x", "maybe"], 2, "'maybe' is not an outcome; use one of: no_answer"),
        (["log", "ffffffff", "no_answer"], 1, "no open item 'ffffffff'"),
        (["log", "ffffffff", "no_answer", "--next", "soon"], 2, "--next 'soon' is not +3d"),
        (["log", "ffffffff", "referral_given"], 2, "referral_given needs --referral NAME"),
        (["log", "ffffffff", "not_a_fit", "--next", "+3d"], 2, "drop --next"),
        (["today", "--date", "1.12.2026"], 2, "is not a date"),
    ],
)
def test_bad_input_gets_one_line_and_the_right_exit_code(
    data_dir: str,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    """Usage errors exit 2, other failures 1, each with one line on stderr and no traceback."""
    result, _, err = cli(capsys, "--data-dir", data_dir, *args)
    assert result == code
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_real_shell_gets_exit_code_one_for_an_unknown_item(tmp_path: Path) -> None:
    """Run as a rep would: an unknown id is one line on stderr and exit code 1."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "d"), "log",
         "abcdef12", "no_answer"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "groundgame: no open item 'abcdef12' (see `groundgame today`)"
