"""A team for the manager's dialogs: Anna and Bernd (reps) and Maria (their manager) on laptops
of their own, against a real team server; Maria's main window; helpers to open a dialog from the
Team menu, wait for its requests and answer its questions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.team import Laptops, TeamServer
from tests.ui.team.conftest import OpenWindow
from tracker.services.book import Book
from ui.main_window import MainWindow


@dataclass
class Team:
    anna: Book
    bernd: Book
    maria: Book
    server: TeamServer

    def sync_all(self) -> None:
        for book in (self.anna, self.bernd, self.maria):
            book.team.sync()


@pytest.fixture
def team(laptops: Laptops, team_server: TeamServer) -> Team:
    team_server.add_user("anna")
    team_server.add_user("bernd")
    team_server.add_user("maria", manager=True)
    return Team(
        laptops.new("anna", "anna"),
        laptops.new("bernd", "bernd"),
        laptops.new("maria", "maria"),
        team_server,
    )


@pytest.fixture
def manager_window(team: Team, open_window: OpenWindow) -> MainWindow:
    """Maria's main window (the schedule is not started: syncs run when something asks)."""
    return open_window(team.maria)


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.team.menu.actions() if a.isVisible() and a.text()]


def open_from_menu(qtbot, window: MainWindow, key: str) -> QDialog:  # type: ignore[no-untyped-def]
    """Trigger the Team menu's entry for `key` and wait until the dialog's first answers came."""
    manage = window.team.manage
    action = {
        "reps": manage.reps_action,
        "territories": manage.territories_action,
        "share": manage.share_action,
        "lists": manage.lists_action,
        "handover": manage.handover_action,
    }[key]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = manage.dialogs[key]
    assert dialog.isVisible()
    idle(qtbot, dialog)
    return dialog


def idle(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    """Wait until every request the dialog made has been answered (and the answer shown)."""
    qtbot.waitUntil(lambda: not dialog.requests.busy, timeout=20_000)  # type: ignore[attr-defined]


def answer_next_box(button_text: str, asked: list[str] | None = None) -> None:
    """Click `button_text` in the next message box (its question goes to `asked`)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        if asked is not None:
            asked.append(box.text() + "\n" + box.informativeText())
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def wait_for_own_sync(qtbot, window: MainWindow, started: Callable[[], bool]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(started, timeout=10_000)
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)
