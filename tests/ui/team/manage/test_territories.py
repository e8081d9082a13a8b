"""*Territories* against a real team server: a prefix added for a rep is listed and holds on the
server (a new account there becomes that rep's); a prefix that is no prefix is refused in words
before asking; Delete removes the chosen territory."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.team import book_rows
from tests.ui.team.manage.conftest import Team, idle, open_from_menu
from tracker.domain.accounts import AccountDraft
from ui.main_window import MainWindow
from ui.team.manage.territories import TerritoriesDialog


def listed(dialog: TerritoriesDialog) -> list[tuple[str, str]]:
    return [(t.prefix, t.rep) for t in dialog.model.rows()]


def test_a_territory_added_and_removed(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Typing 80, choosing Bernd and pressing Enter adds the territory; an account Maria then
    makes in 80… reaches Bernd; Delete on the row removes it again."""
    dialog = open_from_menu(qtbot, manager_window, "territories")
    assert isinstance(dialog, TerritoriesDialog)
    assert dialog.pages.currentWidget() is dialog.empty
    assert [dialog.rep.itemText(i) for i in range(dialog.rep.count())] == [
        "anna",
        "bernd",
        "maria (manager)",
    ]
    dialog.rep.setCurrentIndex(dialog.rep.findData("bernd"))
    qtbot.keyClicks(dialog.prefix, "8 0")
    qtbot.keyClick(dialog.prefix, Qt.Key.Key_Return)
    idle(qtbot, dialog)
    assert listed(dialog) == [("80", "bernd")]
    assert dialog.notice.shown_text() == "New accounts with a postcode starting 80 now go to bernd."
    assert dialog.prefix.text() == ""
    assert dialog.model.index(0, 0).data() == "80…"
    made = team.maria.accounts.create(AccountDraft(name="Neu München", postal_code="80469")).value
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.maria.team.sync()
    team.bernd.team.sync()
    assert made in book_rows(team.bernd)["accounts"]
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    idle(qtbot, dialog)
    assert listed(dialog) == []
    assert (
        dialog.notice.shown_text() == "Postcodes starting 80 no longer go to bernd by themselves."
    )
    assert team.maria.team_manager.territories() == []


def test_a_prefix_that_is_no_prefix_is_refused_in_words(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """ "80-1" is said to be no prefix under the field, nothing is asked of the server, and the
    typed text stays."""
    dialog = open_from_menu(qtbot, manager_window, "territories")
    assert isinstance(dialog, TerritoriesDialog)
    qtbot.keyClicks(dialog.prefix, "80-1")
    dialog.add_button.click()
    assert not dialog.requests.busy
    assert dialog.error.text() == "A postcode prefix has only letters and digits, like 80 or 803."
    assert dialog.prefix.text() == "80-1"
    assert listed(dialog) == []
