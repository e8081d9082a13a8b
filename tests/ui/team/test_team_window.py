"""Team mode in the main window against a real team server: a solo book sees only the sign-in
entry; Sync now brings another laptop's change into the open screens; the status bar follows
the sync through offline, revoked and signed-out states without a dialog; leaving asks first
and says what would be lost; logging an outcome never waits for a sync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.team import Laptops, TeamServer, book_rows
from tests.ui.team.conftest import OpenWindow, server_stalled
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind
from tracker.domain.team import SyncPhase
from tracker.server.admin import revoke
from tracker.services.day.planning import PlanDraft
from ui.main_window import MainWindow
from ui.views.contacts import ContactsView
from ui.views.today import TodayView

from ...tracker.services.book_helpers import add_contact


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.team.menu.actions() if a.isVisible() and a.text()]


def state_text(window: MainWindow) -> str:
    return window.team.status_widget.state.text()


def sync_with_f9(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Press F9 in the window and wait for the sync it starts to end."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.team.runner.running
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)


def test_a_solo_book_shows_only_the_sign_in_entry(window: MainWindow) -> None:
    """Without a team: a Team menu holding "Sign in to a team…" alone, F9 does nothing, and the
    status bar shows no team line."""
    assert menu_texts(window) == ["&Sign in to a team…"]
    assert window.team.sign_in_action.isEnabled()
    assert window.team.status_widget.isHidden()
    assert not window.team.sync_action.isVisible()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Team", "&Help"]


def test_sync_now_brings_another_laptops_change_into_the_open_window(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """B adds a contact and plans a call for today; after F9 on A the contacts list and Today
    show them, without reopening anything."""
    team_server.add_user("anna")
    a, b = laptops.new("a", "anna"), laptops.new("b", "anna")
    add_contact(a, "Erste", "Kundin", phones=("+49 30 1234567",))
    a.team.sync()
    b.team.sync()
    window = open_window(a)
    window.show_page("contacts")
    contacts = window.views["contacts"]
    assert isinstance(contacts, ContactsView)
    assert contacts.contacts.model.rowCount() == 1
    newcomer = add_contact(b, "Neu", "Vonbe", phones=("+49 30 7654321",))
    b.planning.add(
        PlanDraft(contact_id=newcomer, kind=ActivityKind.CALL, day=b.queue.current_day())
    )
    b.team.sync()
    sync_with_f9(qtbot, window)
    assert contacts.contacts.model.rowCount() == 2
    names = {contacts.contacts.model.row_at(r).name for r in range(2)}
    assert "Neu Vonbe" in names
    window.show_page("today")
    today = window.views["today"]
    assert isinstance(today, TodayView)
    assert any(item.candidate.contact_id == newcomer for item in today.queue.planned)
    assert state_text(window) == "Synced just now"


def test_the_status_bar_follows_the_sync_without_any_dialog(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Waiting changes are counted, the time since the sync grows, an unreachable server reads
    "Offline — 1 change waiting", revoked access "Access revoked" — and no dialog pops up."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    window = open_window(book)
    sync_with_f9(qtbot, window)
    assert state_text(window) == "Synced just now"
    add_contact(book, "Wartet", "Noch")
    window.team.refresh()
    assert state_text(window) == "Synced just now · 1 waiting"
    clock.advance(timedelta(minutes=2))
    window.team.minute.timeout.emit()  # the minute tick
    assert state_text(window) == "Synced 2 min ago · 1 waiting"
    revoke(team_server.engine, "anna", now=datetime.now(UTC))
    sync_with_f9(qtbot, window)
    assert state_text(window) == "Access revoked"
    assert "revoked" in window.team.status_widget.state.toolTip()
    assert window.team.schedule.paused  # no point trying again by itself
    assert "&Sign in again…" in menu_texts(window)
    team_server.stop()
    sync_with_f9(qtbot, window)
    assert state_text(window) == "Offline — 1 change waiting"
    assert "Cannot reach the team server" in window.team.status_widget.state.toolTip()
    assert QApplication.activeModalWidget() is None


def test_signing_out_keeps_the_team_and_offers_to_sign_in_again(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Sign out: the line says "Signed out — 1 change waiting", the menu offers "Sign in again…",
    and clicking the line opens the sign-in with the team's server and user filled in."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    add_contact(book, "Bleibt", "Hier")
    window = open_window(book)
    window.team.sign_out_action.trigger()
    qtbot.waitUntil(lambda: state_text(window).startswith("Signed out"), timeout=20_000)
    assert state_text(window) == "Signed out — 1 change waiting"
    assert menu_texts(window) == ["&Sign in again…", "&Conflicts…", "&Leave the team…"]
    assert "1 change waits for your next sign-in" in window.statusBar().currentMessage()
    window.team.status_widget.state.click()
    dialog = window.team.sign_in_dialog
    assert dialog is not None
    assert dialog.server.text() == team_server.url and dialog.server.isReadOnly()
    assert dialog.user.text() == "anna"
    dialog.reject()


def test_leaving_the_team_asks_first_and_says_what_would_be_lost(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """The question names the changes that never reached the team; Cancel keeps the team,
    Leave removes it and the status line, and the book keeps its contacts."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    add_contact(book, "Nie", "Hochgeladen")
    window = open_window(book)
    asked: list[str] = []

    def answer(leave: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        chosen = [b for b in box.buttons() if b.text() == "&Leave the team"] if leave else []
        (chosen or [box.button(QMessageBox.StandardButton.Cancel)])[0].click()

    QTimer.singleShot(0, lambda: answer(leave=False))
    window.team.leave_action.trigger()
    assert "1 change made on this laptop has not reached the team and never will." in asked[0]
    assert book.team.status() is not None
    QTimer.singleShot(0, lambda: answer(leave=True))
    window.team.leave_action.trigger()
    assert book.team.status() is None
    assert window.team.status_widget.isHidden()
    assert menu_texts(window) == ["&Sign in to a team…"]
    assert len(book_rows(book)["contacts"]) == 1


def test_logging_an_outcome_while_a_sync_waits_on_the_server(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """With the server stuck in the middle of a push, Space in Today logs at once; the sync
    finishes once the server answers, and the logged outcome reaches the other laptop."""
    from tests.conftest import DEMO_DAY

    team_server.add_user("anna")
    book = laptops.new("a", "anna", sign_in=False)
    book.demo.load(seed=1, contacts=60, today=DEMO_DAY)
    book.team.sign_in(team_server.url, "anna", "correct horse battery")
    window = open_window(book)
    window.show_page("today")
    today = window.views["today"]
    assert isinstance(today, TodayView)
    today.table.setFocus()
    qtbot.waitUntil(lambda: today.detail.pad.preview is not None)
    item = today.current_item()
    assert item is not None
    runner = window.team.runner
    with server_stalled(team_server):
        window.team.sync_now()
        qtbot.waitUntil(lambda: runner.activity.phase is SyncPhase.UPLOADING, timeout=20_000)
        qtbot.keyClick(today.table, Qt.Key.Key_Space)
        assert today.model.done_at(today.model.row_of(item.id)) is not None  # logged
        assert runner.running  # while the sync still waits on the server
        assert state_text(window) == "Syncing…" or state_text(window).startswith("Uploading")
    qtbot.waitUntil(lambda: not runner.running, timeout=30_000)
    sync_with_f9(qtbot, window)  # the log went into the outbox during the first sync
    other = laptops.new("b", "anna")
    other.team.sync()
    done = book_rows(other)["activities"][item.id]
    assert done["status"] == "done"
