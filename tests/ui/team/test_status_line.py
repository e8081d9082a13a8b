"""The status bar's team line worded for every state, without a server: synced, waiting, syncing,
offline, signed out, revoked, outdated, failed, conflicts; relative times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tracker.domain.team import SyncPhase, SyncReport, TeamStatus
from tracker.services.progress import Cancelled
from tracker.sync.errors import (
    AccessRevoked,
    BadCredentials,
    Outdated,
    ServerFailed,
    Unreachable,
)
from ui.app import application
from ui.display import number
from ui.team.labels import ago_text
from ui.team.runner import SyncActivity
from ui.team.status import Click, TeamStatusWidget, status_line

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
REPORT = SyncReport(0, 0, 0, 0, 1, 0, 1)
STATUS = TeamStatus(
    server_url="https://team.example.com",
    user="anna",
    client_id="c1",
    cursor=10,
    waiting=3,
    uploading=False,
    last_sync_at=NOW - timedelta(minutes=2),
    last_error=None,
    last_error_at=None,
    conflicts=0,
    refusals=0,
    signed_in=True,
)


@pytest.fixture(autouse=True)
def qt_app() -> None:
    application()


def failed(exc: BaseException) -> SyncActivity:
    return SyncActivity(failure=exc, message=str(exc))


def test_a_synced_book_says_when_and_what_waits() -> None:
    """ "Synced 2 min ago · 3 waiting"; clicking syncs; the tooltip names server, user and F9."""
    line = status_line(STATUS, SyncActivity(report=REPORT), NOW)
    assert line.text == "Synced 2 min ago · 3 waiting"
    assert line.click is Click.SYNC and line.level == "ok"
    assert "https://team.example.com" in line.tooltip and "anna" in line.tooltip
    assert "3 changes made here wait" in line.tooltip and "F9" in line.tooltip
    nothing_waits = status_line(replace(STATUS, waiting=0), SyncActivity(), NOW)
    assert nothing_waits.text == "Synced 2 min ago"


def test_relative_times_read_naturally() -> None:
    """Seconds are "just now", then minutes, hours and days."""
    assert ago_text(NOW - timedelta(seconds=40), NOW) == "just now"
    assert ago_text(NOW - timedelta(minutes=59), NOW) == "59 min ago"
    assert ago_text(NOW - timedelta(hours=3, minutes=5), NOW) == "3 h ago"
    assert ago_text(NOW - timedelta(days=1, hours=2), NOW) == "1 day ago"
    assert ago_text(NOW - timedelta(days=4), NOW) == "4 days ago"


def test_a_running_sync_says_syncing_or_how_far_the_first_one_is() -> None:
    """Syncing…; the first upload and a new laptop's download show their share."""
    running = SyncActivity(running=True)
    assert status_line(STATUS, running, NOW).text == "Syncing…"
    upload = replace(running, phase=SyncPhase.UPLOADING, done=1200, total=4000)
    assert status_line(STATUS, upload, NOW).text == "Uploading your book… 30 %"
    download = replace(running, phase=SyncPhase.PULLING, done=2, total=5, first=True)
    assert status_line(STATUS, download, NOW).text == "Downloading your book… 40 %"
    later_pull = replace(download, first=False)
    assert status_line(STATUS, later_pull, NOW).text == "Syncing…"
    assert status_line(STATUS, running, NOW).click is Click.NOTHING


def test_each_failure_has_its_own_words() -> None:
    """Offline, revoked, outdated (which side), a refused sign-in and other failures."""
    offline = status_line(STATUS, failed(Unreachable("no route")), NOW)
    assert offline.text == "Offline — 3 changes waiting" and offline.level == "warning"
    alone = status_line(replace(STATUS, waiting=1), failed(Unreachable("x")), NOW)
    assert alone.text == "Offline — 1 change waiting"
    revoked = status_line(STATUS, failed(AccessRevoked("revoked")), NOW)
    assert revoked.text == "Access revoked" and revoked.click is Click.SIGN_IN
    app_old = status_line(STATUS, failed(Outdated("old", server_side=False)), NOW)
    assert app_old.text == "Update needed (Groundgame)" and app_old.level == "error"
    server_old = status_line(STATUS, failed(Outdated("old", server_side=True)), NOW)
    assert server_old.text == "Update needed (team server)"
    token = status_line(STATUS, failed(BadCredentials("wrong")), NOW)
    assert token.text == "Sign in again — 3 changes waiting" and token.click is Click.SIGN_IN
    broken = status_line(STATUS, failed(ServerFailed("the server broke")), NOW)
    assert broken.text == "Sync failed — 3 changes waiting"
    assert "Last problem: the server broke" in broken.tooltip
    stopped = status_line(STATUS, failed(Cancelled("cancelled")), NOW)
    assert stopped.text == "Sync stopped — 3 changes waiting"


def test_a_signed_out_book_says_so_and_offers_to_sign_in() -> None:
    """ "Signed out — 3 changes waiting"; clicking opens the sign-in."""
    line = status_line(replace(STATUS, signed_in=False), SyncActivity(), NOW)
    assert line.text == "Signed out — 3 changes waiting"
    assert line.click is Click.SIGN_IN and "Click to sign in." in line.tooltip


def test_a_failure_stored_by_an_earlier_session_shows_until_a_sync_works() -> None:
    """At start, the last sync's stored error shows; after a successful sync it does not."""
    stored = replace(STATUS, last_error="cannot reach the team server at x")
    line = status_line(stored, SyncActivity(), NOW)
    assert line.text == "Sync failed — 3 changes waiting"
    assert "Last problem: Cannot reach the team server at x." in line.tooltip
    assert status_line(stored, SyncActivity(report=REPORT), NOW).text.startswith("Synced")


def test_a_book_never_synced_says_so() -> None:
    """A book that joined but never finished a sync says "Not synced yet"."""
    line = status_line(replace(STATUS, last_sync_at=None, waiting=4000), SyncActivity(), NOW)
    assert line.text == f"Not synced yet · {number(4000)} waiting"


def test_conflicts_and_refusals_get_their_own_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "2 conflicts · 1 refused" shows beside the state only while there are any; no team, no
    widget."""
    widget = TeamStatusWidget()
    qtbot.addWidget(widget)
    line = status_line(replace(STATUS, conflicts=2, refusals=1), SyncActivity(), NOW)
    assert line.problems == "2 conflicts · 1 refused"
    widget.show_line(line)
    assert widget.isVisibleTo(None) and not widget.problems.isHidden()
    assert widget.problems.text() == "2 conflicts · 1 refused"
    widget.show_line(status_line(STATUS, SyncActivity(), NOW))
    assert widget.problems.isHidden()
    widget.show_line(None)
    assert widget.isHidden()
