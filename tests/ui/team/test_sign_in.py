"""Signing in from the Team menu against a real team server: plain words for a wrong password, an
address that answers nothing and a bad address; a one-time password asks for the rep's own; the
first sync uploads a book with history in batches, with its progress, and can be stopped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from shiboken6 import isValid

from tests.conftest import DEMO_DAY
from tests.team import PASSWORD, Laptops, TeamServer, team_rows_equal
from tests.ui.team.conftest import OpenWindow, server_stalled
from tracker.domain.team import SyncPhase
from tracker.server.admin import add_user
from tracker.services.book import Book
from ui.display import number
from ui.main_window import MainWindow
from ui.team.sign_in import SignInDialog


def open_sign_in(window: MainWindow) -> SignInDialog:
    window.team.sign_in_action.trigger()
    dialog = window.team.sign_in_dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    return dialog


def fill(dialog: SignInDialog, server: str, user: str, password: str) -> None:
    dialog.server.setText(server)
    dialog.user.setText(user)
    dialog.password.setText(password)


def submit(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_a_wrong_password_is_said_in_the_dialog_then_the_right_one_signs_in(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """The dialog stays open with "Wrong user name or password." and the password selected;
    with the right one the book joins the team, syncs, and the status bar says so."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna", sign_in=False)
    window = open_window(book)
    dialog = open_sign_in(window)
    fill(dialog, team_server.url, "anna", "not my password")
    submit(qtbot, dialog)
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.isVisible() and dialog.password.hasFocus()
    assert book.team.status() is None  # nothing joined
    dialog.password.setText(PASSWORD)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: window.team.sign_in_dialog is None, timeout=30_000)
    status = book.team.status()
    assert status is not None and status.signed_in and status.last_sync_at is not None
    line = window.team.status_widget
    qtbot.waitUntil(lambda: line.state.text() == "Synced just now", timeout=10_000)
    assert line.isVisible() and team_server.url in line.state.toolTip()
    visible = [a.text() for a in window.team.menu.actions() if a.isVisible() and a.text()]
    assert visible == ["S&ync now", "&Conflicts…", "Sign &out", "&Leave the team…"]


def test_an_unreachable_or_malformed_address_is_said_plainly(
    qtbot, laptops: Laptops, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """No server listening: "Cannot reach …"; an address that is none: says what it should be;
    empty fields are named before anything is sent."""
    book = laptops.new("a", "anna", sign_in=False)
    window = open_window(book)
    dialog = open_sign_in(window)
    fill(dialog, "", "anna", PASSWORD)
    submit(qtbot, dialog)
    assert dialog.error.text() == "Enter the address of your team server."
    fill(dialog, "127.0.0.1:9", "anna", PASSWORD)
    submit(qtbot, dialog)
    assert dialog.error.text().startswith("Cannot reach the team server at 127.0.0.1:9.")
    fill(dialog, "http://[::1", "anna", PASSWORD)
    submit(qtbot, dialog)
    assert dialog.error.text().startswith("“http://[::1” is not the address of a team server.")
    assert dialog.server.hasFocus() and book.team.status() is None


def test_a_one_time_password_asks_for_the_reps_own_twice(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """The admin's one-time password opens two new-password fields in the same dialog; a short
    or a mistyped one is refused there; the chosen one works from then on."""
    secret = add_user(
        team_server.engine, "carla", manager=False, password=None, now=datetime.now(UTC)
    )
    assert secret is not None
    book = laptops.new("a", "carla", sign_in=False)
    window = open_window(book)
    dialog = open_sign_in(window)
    assert not dialog.new_password.isVisible()
    fill(dialog, team_server.url, "carla", secret)
    submit(qtbot, dialog)
    assert dialog.new_password.isVisible() and dialog.repeat_password.isVisible()
    assert dialog.error.text().startswith("This is a one-time password.")
    assert dialog.new_password.hasFocus()
    dialog.new_password.setText("short")
    dialog.repeat_password.setText("short")
    submit(qtbot, dialog)
    assert dialog.error.text() == "Choose a password of at least 8 characters."
    dialog.new_password.setText("carla's own secret")
    dialog.repeat_password.setText("carla's own secrte")
    submit(qtbot, dialog)
    assert dialog.error.text() == "The two new passwords differ. Type the same one twice."
    dialog.repeat_password.setText("carla's own secret")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: window.team.sign_in_dialog is None, timeout=30_000)
    other = laptops.new("b", "carla", sign_in=False)
    assert other.team.sign_in(team_server.url, "carla", "carla's own secret").signed_in


def while_open(window: MainWindow, dialog: SignInDialog, each: Callable[[], object]) -> None:
    """Call `each` whenever the sync reports progress, as long as the dialog exists."""
    window.team.runner.changed.connect(lambda: isValid(dialog) and each())


def demo_book(laptops: Laptops, name: str) -> Book:
    """A laptop's book with history (about 2,900 rows that travel), not yet in a team."""
    book = laptops.new(name, "anna", sign_in=False)
    book.demo.load(seed=1, contacts=120, today=DEMO_DAY)
    return book


def test_the_first_sync_uploads_a_book_with_history_and_a_new_laptop_downloads_it(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Right after signing in the dialog shows "Uploading your book to the team… 2,000 of N"
    with a progress bar; when done it closes and the server holds the whole book. A second
    laptop signing in downloads it ("Downloading your book… 100 %") and leaves the welcome page."""
    team_server.add_user("anna")
    book = demo_book(laptops, "a")
    window = open_window(book)
    dialog = open_sign_in(window)
    seen: list[tuple[str, int, int]] = []
    while_open(
        window,
        dialog,
        lambda: seen.append((dialog.phase_label.text(), dialog.bar.value(), dialog.bar.maximum())),
    )
    fill(dialog, team_server.url, "anna", PASSWORD)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: window.team.sign_in_dialog is None, timeout=60_000)
    uploads = [entry for entry in seen if entry[0].startswith("Uploading your book to the team…")]
    assert uploads, seen
    total = uploads[0][2]
    assert total > 2000  # more than one batch
    assert (
        f"Uploading your book to the team… {number(2000)} of {number(total)}",
        2000,
        total,
    ) in uploads
    team_rows_equal(book, team_server, "anna")
    laptop = laptops.new("b", "anna", sign_in=False)  # a new laptop downloads the team's copy
    second = open_window(laptop)
    dialog = open_sign_in(second)
    texts: list[str] = []
    while_open(second, dialog, lambda: texts.append(dialog.phase_label.text()))
    fill(dialog, team_server.url, "anna", PASSWORD)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: second.team.sign_in_dialog is None, timeout=60_000)
    assert "Downloading your book… 100 %" in texts
    team_rows_equal(laptop, team_server, "anna")
    assert second.current_page() == "today"  # the welcome page gave way to the pulled book


def test_stopping_the_first_sync_keeps_what_went_and_the_rest_follows(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Stop ends the first upload after the batch in flight; the dialog closes, the status bar
    says what waits, and the next sync uploads the rest (nothing lost or doubled)."""
    team_server.add_user("anna")
    book = demo_book(laptops, "a")
    window = open_window(book)
    dialog = open_sign_in(window)
    runner = window.team.runner
    fill(dialog, team_server.url, "anna", PASSWORD)
    with server_stalled(team_server):  # the first batch is on its way when the rep stops
        submit(qtbot, dialog)
        qtbot.waitUntil(lambda: runner.activity.phase is SyncPhase.UPLOADING, timeout=20_000)
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        assert dialog.phase_label.text() == "Stopping after this step…"
    qtbot.waitUntil(
        lambda: window.team.sign_in_dialog is None and not runner.running, timeout=60_000
    )
    status = book.team.status()
    assert status is not None and status.uploading and status.waiting > 0
    line = window.team.status_widget.state
    assert line.text() == f"Sync stopped — {number(status.waiting)} changes waiting"
    window.team.sync_now()
    qtbot.waitUntil(lambda: line.text() == "Synced just now", timeout=60_000)
    team_rows_equal(book, team_server, "anna")
