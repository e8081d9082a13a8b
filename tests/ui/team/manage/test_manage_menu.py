"""The Team menu's *Manage the team* part: shown to a signed-in manager only — never to a rep,
a solo book or a signed-out manager; a refusal by the server is shown plainly and hides the part;
an unreachable server shows its sentence in the dialog, which offers to try again; no dialog
takes an Alt+letter twice, in English or German."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QTabWidget
from sqlalchemy import update

from tests.team import Laptops
from tests.ui.team.conftest import OpenWindow
from tests.ui.team.manage.conftest import Team, idle, menu_texts, open_from_menu
from tracker.server.schema import users
from ui.app import application
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.team.manage.reps_accounts import RepsAccountsDialog

MANAGE = [
    "Manage the team",
    "&Reps and accounts…",
    "&Territories…",
    "Sh&are an account…",
    "Send a call l&ist…",
    "&Hand over a book…",
]


def test_a_manager_sees_the_manage_part_after_the_conflicts(manager_window: MainWindow) -> None:
    """Signed in as a manager: the part sits between Conflicts and Sign out."""
    assert menu_texts(manager_window) == [
        "S&ync now",
        "&Conflicts…",
        *MANAGE,
        "Sign &out",
        "&Leave the team…",
    ]


def test_a_rep_and_a_solo_book_see_none_of_it(
    team: Team, laptops: Laptops, open_window: OpenWindow
) -> None:
    """Anna (a rep) and a book in no team get no manage entries."""
    anna = open_window(team.anna)
    solo = open_window(laptops.new("solo", "nobody", sign_in=False))
    for window in (anna, solo):
        assert not set(MANAGE) & set(menu_texts(window))
        assert not any(action.isVisible() for action in window.team.manage.actions)


def test_signing_out_hides_the_part(qtbot, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A signed-out manager cannot reach the server: the part goes with the sign-in."""
    manager_window.team.sign_out_action.trigger()
    qtbot.waitUntil(lambda: "Sign &out" not in menu_texts(manager_window), timeout=20_000)
    assert not set(MANAGE) & set(menu_texts(manager_window))


def test_a_refusal_is_shown_plainly_and_hides_the_part(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """When the server no longer counts Maria as a manager, the dialog says the server's words
    and the menu stops offering what it would refuse."""
    with team.server.engine.begin() as connection:
        connection.execute(update(users).where(users.c.name == "maria").values(manager=False))
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    assert dialog.notice.shown_text().startswith("Only a sales manager can list the team")
    qtbot.waitUntil(lambda: not manager_window.team.manage.reps_action.isVisible(), timeout=5_000)
    assert not set(MANAGE) & set(menu_texts(manager_window))
    assert QApplication.activeModalWidget() is dialog  # no error box on top


def test_offline_says_the_sentence_and_tries_again(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """With the server down every dialog opens and says it cannot reach the server; *Try again*
    asks again (and says so again), without a crash or an error box."""
    team.server.stop()
    for key in ("reps", "territories", "share", "lists", "handover"):
        dialog = open_from_menu(qtbot, manager_window, key)
        text = dialog.notice.shown_text()  # type: ignore[attr-defined]
        assert text.startswith(f"Cannot reach the team server at {team.server.url}."), key
        assert QApplication.activeModalWidget() is dialog
        dialog.reject()
        qtbot.waitUntil(lambda k=key: k not in manager_window.team.manage.dialogs)
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    retry = dialog.notice._buttons["retry"]
    assert retry.isVisible()
    retry.click()
    assert dialog.notice.isHidden() or dialog.requests.busy
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith("Cannot reach the team server")


def mnemonics(dialog: QDialog) -> list[str]:
    """The Alt+letter keys of a dialog's buttons, labelled fields and tabs."""
    texts = [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    return [found.group(1).lower() for text in texts if (found := re.search(r"&([^&])", text))]


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_dialog_gives_each_key_once(qtbot, manager_window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    """In English and German, no Alt+letter is taken twice in any of the manager's dialogs (a
    clash would make the key cycle instead of act)."""
    locale = QLocale()  # put back after: other tests read dates in the default locale
    install_translators(application(), language)
    titles = []
    try:
        for key in ("reps", "territories", "share", "lists", "handover"):
            dialog = open_from_menu(qtbot, manager_window, key)
            titles.append(dialog.windowTitle())
            keys = mnemonics(dialog)
            assert len(keys) >= 3, key
            assert sorted(keys) == sorted(set(keys)), (key, keys)
            dialog.reject()
            qtbot.waitUntil(lambda k=key: k not in manager_window.team.manage.dialogs)
    finally:
        install_translators(application(), "")
        QLocale.setDefault(locale)
    assert ("Anruflisten" in titles) == (language == "de")
