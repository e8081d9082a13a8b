"""The background sync against a real team server: at start, after the rep's changes (debounced),
never on its own pulls, later and later while the server cannot be reached, not at all while
access is revoked, and never on top of an import or a backup."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from tests.team import PASSWORD, Laptops, TeamServer, book_rows
from tests.ui.team.conftest import OpenWindow
from tracker.domain.drafts import ContactDraft
from tracker.server.admin import add_user, revoke
from ui.main_window import MainWindow
from ui.team.schedule import BACKOFF_MS, DEBOUNCE_MS, PERIOD_MS, backoff_ms

from ...tracker.services.book_helpers import add_contact


def test_backoff_grows_to_a_quarter_of_an_hour() -> None:
    """30 s, 1, 2, 4, 8 minutes, then every 15 minutes."""
    assert [backoff_ms(n) // 1000 for n in range(1, 9)] == [30, 60, 120, 240, 480, 900, 900, 900]
    assert BACKOFF_MS[-1] == 15 * 60_000


def add_in_window(window: MainWindow, first: str) -> None:
    """A contact added the way the app's forms add one (announced on the bus)."""
    window.operations.write(
        lambda: window.book.contacts.create(ContactDraft(first_name=first, last_name="Neu")),
        initiator=window,
    )


def wait_idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.team.runner.running, timeout=10_000)
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)


def test_syncs_at_start_and_after_the_reps_last_change(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Started, the schedule syncs at once, then every five minutes; a change arms the
    20-second debounce (shortened here) and its sync carries the change to the server; the
    screens' refresh after a pull does not arm it again."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    window = open_window(book)
    schedule = window.team.schedule
    schedule.start(0)
    wait_idle(qtbot, window)
    assert schedule.next_sync.isActive() and schedule.next_sync.interval() == PERIOD_MS
    assert schedule.debounce.interval() == DEBOUNCE_MS
    schedule.debounce.setInterval(10)
    add_in_window(window, "Debounced")
    assert schedule.debounce.isActive()
    wait_idle(qtbot, window)
    assert {row["first_name"] for row in team_server.rows("anna")["contacts"].values()} == {
        "Debounced"
    }
    other = laptops.new("b", "anna")
    add_contact(other, "Von", "Drüben")
    other.team.sync()
    window.team.sync_now()
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)
    assert len(book_rows(book)["contacts"]) == 2  # pulled: the screens were told
    assert not schedule.debounce.isActive()  # …but a pull is no reason to sync again


def test_an_unreachable_server_is_tried_later_and_later(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Each failure to reach the server doubles the wait; changes meanwhile do not hurry it; the
    status line says Offline and no dialog appears."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    window = open_window(book)
    schedule = window.team.schedule
    schedule.start(0)
    wait_idle(qtbot, window)
    team_server.stop()
    for failures in (1, 2):
        schedule.sync_due()
        qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)
        assert schedule.failures == failures
        assert schedule.next_sync.interval() == backoff_ms(failures)
    add_in_window(window, "Offline")
    assert not schedule.debounce.isActive()
    line = window.team.status_widget.state
    qtbot.waitUntil(lambda: line.text() == "Offline — 1 change waiting", timeout=5_000)


def test_revoked_access_stops_the_schedule_until_the_rep_signs_in(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """After "revoked" nothing is tried by itself, changes included; signing in again (once the
    administrator gave access back) resumes it."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    window = open_window(book)
    schedule = window.team.schedule
    schedule.start(0)
    wait_idle(qtbot, window)
    revoke(team_server.engine, "anna", now=datetime.now(UTC))
    schedule.sync_due()
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)
    assert schedule.paused and not schedule.next_sync.isActive()
    add_in_window(window, "Waits")
    assert not schedule.debounce.isActive()
    schedule.sync_due()
    assert not window.team.runner.running
    add_user(team_server.engine, "anna", manager=False, password=PASSWORD, now=datetime.now(UTC))
    window.team.sign_in()
    dialog = window.team.sign_in_dialog
    assert dialog is not None
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: window.team.sign_in_dialog is None, timeout=30_000)
    assert not schedule.paused and schedule.failures == 0
    assert {row["first_name"] for row in team_server.rows("anna")["contacts"].values()} == {"Waits"}


def test_no_background_sync_on_top_of_another_long_job(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """While an import, restore or backup runs, a due sync waits and tries again shortly."""
    team_server.add_user("anna")
    window = open_window(laptops.new("a", "anna"))
    schedule = window.team.schedule
    schedule.active = True
    release = threading.Event()
    window.operations.run_background(lambda: release.wait(30))
    qtbot.waitUntil(lambda: window.operations.busy, timeout=5_000)
    schedule.sync_due()
    assert not window.team.runner.running and schedule.next_sync.isActive()
    release.set()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    schedule.sync_due()
    assert window.team.runner.running
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)
