"""`groundgame calendar …` against a real Radicale: connect with the password on standard input,
sync, a conflict listed and settled from the command line, and the failures a rep meets."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.calendar_server import PASSWORD, CalendarApp, CalendarServer
from tracker.cli.app import main
from tracker.domain.clock import SystemClock
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import ActivityKind
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft
from tracker.services.location import DataLocation

BERLIN = ZoneInfo("Europe/Berlin")


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def folder(tmp_path: Path, book: Book, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test book's folder (closed), with a visit planned, and the commands' clock on its."""
    contact = book.contacts.create(ContactDraft(first_name="Jan", last_name="Ott")).value
    book.planning.add(PlanDraft(contact, ActivityKind.VISIT, date(2026, 12, 3), time(10, 0)))
    clock = book.clock
    monkeypatch.setattr(SystemClock, "now", lambda self: clock.now())
    book.close()
    return str(book.location.root)


def test_connect_sync_and_settle_a_conflict(
    capsys: pytest.CaptureFixture[str], folder: str, calendar_server: CalendarServer
) -> None:
    """Connect reads the password from standard input; sync writes the visit; a move on both
    sides is listed by `conflicts` and settled by `resolve --keep calendar`."""
    base = ("--data-dir", folder, "calendar")
    code, out, err = run(capsys, *base, "connect", calendar_server.url, "--user", "anna",
                         stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0, err
    assert "connected to the calendar 'Groundgame'" in out
    code, out, _ = run(capsys, *base, "sync", "--json")
    assert json.loads(out)["created"] == 1
    with Book.open(DataLocation(Path(folder))) as book:
        status = book.calendar.status()
    assert status is not None
    app = CalendarApp(calendar_server, status.calendar_url)
    [uid] = app.events()
    app.move(uid, datetime(2026, 12, 8, 16, 0, tzinfo=BERLIN))
    app.close()
    with Book.open(DataLocation(Path(folder))) as book:
        activity_id = uid.partition("@")[0]
        book.work.reschedule(activity_id, date(2026, 12, 4), time(9, 0))
    code, out, _ = run(capsys, *base, "sync", "--json")
    assert json.loads(out)["conflicts"] == 1
    code, out, _ = run(capsys, *base, "conflicts", "--json")
    [conflict] = json.loads(out)
    assert conflict["groundgame"]["start"] == "2026-12-04T09:00:00+01:00"
    assert conflict["calendar"]["start"] == "2026-12-08T16:00:00+01:00"
    code, out, _ = run(capsys, *base, "conflicts")
    assert "calendar:    2026-12-08T16:00:00+01:00 (60 min)" in out
    code, out, err = run(capsys, *base, "resolve", conflict["id"][:8], "--keep", "calendar")
    assert code == 0, err
    assert out.startswith("kept the calendar's version of Visit: Jan Ott")
    code, out, _ = run(capsys, *base, "status", "--json")
    assert json.loads(out)["conflicts"] == 0


def test_the_failures_a_rep_meets(
    capsys: pytest.CaptureFixture[str], folder: str, calendar_server: CalendarServer
) -> None:
    """Each failure is one line on stderr with exit 1 (2 for usage), never a traceback."""
    base = ("--data-dir", folder, "calendar")
    code, _, err = run(capsys, *base, "sync")
    assert (code, err.strip()) == (
        1, "groundgame: this book is not connected to a calendar: connect one first"
    )  # fmt: skip
    code, _, err = run(capsys, *base, "connect", calendar_server.url, "--user", "anna")
    assert code == 2 and "no password on standard input" in err
    code, _, err = run(capsys, *base, "connect", calendar_server.url, "--user", "anna",
                       stdin="wrong\n")  # fmt: skip
    assert code == 1 and "refused the user name or password" in err
    code, _, _ = run(capsys, *base, "connect", calendar_server.url, "--user", "anna",
                     stdin=PASSWORD + "\n")  # fmt: skip
    calendar_server.stop()
    code, _, err = run(capsys, *base, "sync")
    assert code == 1
    assert err.strip() == (
        f"groundgame: cannot reach the calendar server at {calendar_server.url} "
        "(offline, or a wrong address?)"
    )
    code, out, _ = run(capsys, *base, "status")
    assert "waiting:     1 changes" in out and "last error:  cannot reach" in out
    code, _, err = run(capsys, *base, "resolve", "zz", "--keep", "mine")
    assert code == 2
    assert "Traceback" not in err
