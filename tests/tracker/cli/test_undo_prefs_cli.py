"""`groundgame undo` across processes (a real child process beside a book held open as the app
holds it) and `groundgame prefs get|set`, checked as the Preferences dialog checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tracker.cli.conftest import Gg, one_line_error
from tracker.cli.commands.undo import UNDO_WORDS
from tracker.domain.accounts import AccountQuery
from tracker.domain.enums import ActivityKind, Outcome
from tracker.services.book import Book
from tracker.services.safety.undo import UndoInfo
from tracker.storage.records import AccountRecord

ROOT = Path(__file__).resolve().parents[3]


def groundgame(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a child process, as a rep's terminal runs it."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )


def test_a_command_takes_back_what_the_app_did(data_dir: Path, open_book: Book) -> None:
    """The app (a book held open here) logs an outcome; `groundgame undo` in another process takes
    it back — the next step with it — and the app sees the history move on."""
    item = next(i for i in open_book.queue.today().items if i.candidate.kind is ActivityKind.CALL)
    logged = open_book.work.log(item.id, Outcome.VOICEMAIL).value
    assert logged.next is not None
    result = groundgame(data_dir, "undo", "--json")
    assert result.returncode == 0, result.stderr
    undone = json.loads(result.stdout)["undone"]
    assert undone == {
        "action": "log_outcome",
        "subject": item.candidate.contact_name,
        "label": f"the log of {item.candidate.contact_name}",
    }
    assert open_book.queue.item(item.id).id == item.id  # open again, as before the log
    assert open_book.undo.peek() is None


def test_the_app_takes_back_what_a_command_did(data_dir: Path, open_book: Book) -> None:
    """`groundgame account add` in another process; the app's undo sees it and removes it."""
    result = groundgame(data_dir, "account", "add", "Vom Terminal", "--json")
    assert result.returncode == 0, result.stderr
    account = json.loads(result.stdout)["id"]
    assert open_book.undo.peek() == UndoInfo("add_account", "Vom Terminal")
    open_book.undo.undo()
    assert account not in open_book.accounts.ids(AccountQuery())


def test_undo_names_what_comes_next(gg: Gg) -> None:
    """Two actions, two undos, newest first; then nothing is left (exit 1, one line)."""
    gg("account add 'Erst'")
    gg("account add 'Dann'")
    first = gg("undo")
    assert first.out.splitlines() == [
        "Undid adding Dann.",
        "Next undo would take back adding Erst.",
    ]
    assert gg("undo --json").json == {
        "undone": {"action": "add_account", "subject": "Erst", "label": "adding Erst"},
        "next": None,
    }
    one_line_error(gg("undo"), 1, "nothing to undo")


def test_an_undo_later_work_stands_in_the_way_of_changes_nothing(gg: Gg, open_book: Book) -> None:
    """A later change the undo would overwrite: exit 1, the reason, nothing changed."""
    account = gg("account add 'Erst Neu' --json").json["id"]
    with open_book._ctx.db.write() as session:  # a change no undo step covers
        session.get(AccountRecord, account).notes = "changed elsewhere"
    one_line_error(
        gg("undo"), 1, "cannot undo add account (Erst Neu): the account changed after it"
    )
    assert gg(f"account show {account} --json").json["notes"] == "changed elsewhere"
    one_line_error(gg("undo"), 1, "nothing to undo")


def test_every_undo_action_has_words_in_both_frontends() -> None:
    """The CLI words and the app's translated labels cover the same action codes."""
    from ui.labels import UNDO_ACTIONS

    assert set(UNDO_WORDS) == set(UNDO_ACTIONS)


def test_prefs_get_lists_every_key_with_its_meaning(gg: Gg) -> None:
    """All preferences and tier cadences, one per line; --json gives typed values."""
    lines = gg("prefs get").out.splitlines()
    assert len(lines) == 30
    assert lines[0].split()[0] == "rep_name"
    assert "working_days           mon,tue,wed,thu,fri  your working days" in "\n".join(lines)
    values = gg("prefs get --json").json
    assert values["working_days"] == ["mon", "tue", "wed", "thu", "fri"]
    assert (values["daily_capacity"], values["time_zone"]) == (30, "Europe/Berlin")
    assert values["tier_a.touch_kind"] == "visit"
    assert gg("prefs get easy_day_share --json").json == {"easy_day_share": 50}


def test_route_preferences_take_coordinates_a_time_and_a_decimal(gg: Gg) -> None:
    """A start as a geo: URI is kept in one spelling; a road factor takes a decimal comma; what
    is no place or no time is a usage error naming the preference."""
    assert gg("prefs set route_start geo:50.94,6.96").out.strip() == "route_start = 50.94, 6.96"
    assert gg("prefs set road_factor 1,4 --json").json == {"road_factor": 1.4}
    one_line_error(gg("prefs set route_start Köln"), 2, "route_start: 'Köln' is not a pair of")
    one_line_error(
        gg("prefs set route_departure '8 Uhr'"), 2, "route_departure: '8 Uhr' is not a time of"
    )


def test_prefs_set_changes_the_book(gg: Gg, open_book: Book) -> None:
    """Set values are what the book uses from then on, weekdays and tier windows included."""
    assert gg("prefs set working_days mon-thu --json").json == {
        "working_days": ["mon", "tue", "wed", "thu"]
    }
    assert gg("prefs set easy_days Thursday").out.strip() == "easy_days = thu"
    assert gg("prefs set language system").out.strip() == "language = (none)"
    gg("prefs set tier_b.ideal_days 21")
    prefs = open_book.preferences.get()
    assert (prefs.working_days, prefs.easy_days) == (frozenset({0, 1, 2, 3}), frozenset({3}))
    assert next(p for p in open_book.tiers.policies() if p.tier.value == "B").ideal_days == 21


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("prefs get colour", "'colour' is not a preference; the keys are: rep_name, language"),
        ("prefs set daily_capacity many", "daily_capacity: 'many' is not a whole number"),
        ("prefs set daily_capacity 0", "daily_capacity: 0 is not between 1 and 500"),
        ("prefs set easy_days sat", "easy_days: easy days must be working days"),
        ("prefs set working_days funday", "working_days: 'funday' is not a weekday"),
        ("prefs set working_days none", "working_days: at least one working day is needed"),
        ("prefs set time_zone Mars/Olympus", "time_zone: 'Mars/Olympus' is not an IANA time zone"),
        ("prefs set default_region XX", "default_region: 'XX' is not a country code"),
        ("prefs set language fr", "language: use en, de, or nothing"),
        ("prefs set tier_a.max_days 3", "tier A: the maximum (3 days) must be at least the ideal"),
        ("prefs set tier_a.touch_kind email", "tier_a.touch_kind: 'email' is not call, visit"),
        ("prefs set daily_capacity", "the following arguments are required: VALUE"),
    ],
)
def test_prefs_refuse_what_the_dialog_refuses(
    gg: Gg, open_book: Book, words: str, message: str
) -> None:
    """Exit 2 with one line naming the preference and why; nothing is stored."""
    before = open_book.preferences.get(), open_book.tiers.policies()
    one_line_error(gg(words), 2, message)
    assert (open_book.preferences.get(), open_book.tiers.policies()) == before
