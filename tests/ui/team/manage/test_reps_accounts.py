"""*Reps and accounts* against a real team server: the reps with what they own; the team's
accounts under a filter; the chosen accounts given to a rep (the result in words, the list
reloaded, the rep's laptop holding them after its sync, the manager's laptop synced); all that
match a filter given at once; an empty team explained; a share from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.team import book_rows
from tests.ui.team.manage.conftest import (
    Team,
    answer_next_box,
    idle,
    open_from_menu,
)
from tracker.domain.accounts import AccountDraft
from ui.main_window import MainWindow
from ui.team.manage.reps_accounts import RepsAccountsDialog
from ui.team.manage.widgets import choose_ids

from ....tracker.services.book_helpers import add_contact


def account(book, name: str, postcode: str) -> str:  # type: ignore[no-untyped-def]
    return book.accounts.create(AccountDraft(name=name, postal_code=postcode)).value


def books_with_accounts(team: Team) -> dict[str, str]:
    """Anna has two accounts in 80… and one in 20…, with a contact each; Bernd one in 80…."""
    ids = {
        "Süd AG": account(team.anna, "Süd AG", "80331"),
        "Isar GmbH": account(team.anna, "Isar GmbH", "80469"),
        "Nord AG": account(team.anna, "Nord AG", "20095"),
        "Bernds Laden": account(team.bernd, "Bernds Laden", "80799"),
    }
    for name in ("Süd AG", "Isar GmbH", "Nord AG"):
        add_contact(team.anna, "Kontakt", name.split()[0], account_id=ids[name])
    team.anna.team.sync()
    team.bernd.team.sync()
    return ids


def names(dialog: RepsAccountsDialog) -> dict[str, str]:
    """The listed accounts with their owners."""
    return {a.name: a.owner for a in dialog.account_model.rows()}


def test_the_chosen_accounts_go_to_a_rep(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Maria picks two of Anna's accounts and gives them to Bernd: the dialog says what moved,
    the list shows Bernd as their owner, Bernd's laptop has them (with their contacts) after its
    sync and Anna's has not; Maria's own laptop synced after the move."""
    ids = books_with_accounts(team)
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    reps = {r.name: (r.accounts, r.contacts) for r in dialog.rep_model.rows()}
    assert reps == {"anna": (3, 3), "bernd": (1, 0), "maria": (0, 0)}
    assert names(dialog) == {
        "Nord AG": "anna",
        "Süd AG": "anna",
        "Isar GmbH": "anna",
        "Bernds Laden": "bernd",
    }
    assert dialog.count_label.text() == "4 accounts"
    assert not dialog.give_button.isEnabled()  # nothing chosen yet
    choose_ids(dialog.account_table, [ids["Süd AG"], ids["Isar GmbH"]])
    assert dialog.give_button.isEnabled()
    syncs: list[object] = []
    manager_window.team.runner.started.connect(lambda: syncs.append(True))
    asked: list[str] = []
    answer_next_box("&Give", asked)
    (to_bernd,) = [a for a in dialog.give_menu.actions() if a.text() == "bernd"]
    to_bernd.trigger()
    assert asked == [
        "Give 2 accounts with their 2 contacts to bernd?\nTheir planned calls and visits, deals "
        "and notes go with them: bernd's laptop gets them at its next sync, and the laptops of "
        "their owners now drop them. Work already done stays with whoever did it in the team's "
        "reports."
    ]
    idle(qtbot, dialog)
    assert dialog.notice.shown_text() == (
        "2 accounts and 2 contacts are now bernd's (4 records in all). They reach bernd's laptop "
        "with its next sync."
    )
    assert names(dialog)["Süd AG"] == "bernd" and names(dialog)["Isar GmbH"] == "bernd"
    assert {r.name: r.accounts for r in dialog.rep_model.rows()}["bernd"] == 3
    assert syncs  # Maria's own book followed
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.anna.team.sync()
    team.bernd.team.sync()
    bernds = {row["name"] for row in book_rows(team.bernd)["accounts"].values()}
    assert bernds == {"Süd AG", "Isar GmbH", "Bernds Laden"}
    assert {row["name"] for row in book_rows(team.anna)["accounts"].values()} == {"Nord AG"}
    assert len(book_rows(team.bernd)["contacts"]) == 2


def test_all_that_match_a_filter_go_at_once(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Postcode 80 and rep Anna list Anna's two accounts there; *Give all that match* to Maria
    moves exactly those (not Bernd's in the same area) after a question that counts them."""
    books_with_accounts(team)
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    assert not dialog.give_all_button.isEnabled()  # no filter: that is a handover's job
    qtbot.keyClicks(dialog.filters.postcode, "80")
    dialog.filters.set_rep("anna")
    idle(qtbot, dialog)
    assert names(dialog) == {"Süd AG": "anna", "Isar GmbH": "anna"}
    assert dialog.count_label.text() == "2 accounts match"
    assert dialog.give_all_button.isEnabled()
    asked: list[str] = []
    answer_next_box("&Give", asked)
    (to_maria,) = [a for a in dialog.give_all_menu.actions() if a.text() == "maria (manager)"]
    to_maria.trigger()
    assert asked[0].startswith("Give all 2 accounts that match the filter to maria")
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith("2 accounts and 2 contacts are now maria's")
    assert names(dialog) == {}  # none of Anna's left in 80…
    assert dialog.account_pages.currentWidget() is dialog.empty_accounts
    dialog.filters.set_rep("")
    idle(qtbot, dialog)
    assert names(dialog) == {"Süd AG": "maria", "Isar GmbH": "maria", "Bernds Laden": "bernd"}
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.maria.team.sync()
    mine = {row["name"] for row in book_rows(team.maria)["accounts"].values()}
    assert mine == {"Süd AG", "Isar GmbH"}


def test_cancelling_the_question_moves_nothing(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the question: no request, the owner stays."""
    ids = books_with_accounts(team)
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    choose_ids(dialog.account_table, [ids["Nord AG"]])
    answer_next_box("Cancel")
    (to_bernd,) = [a for a in dialog.give_menu.actions() if a.text() == "bernd"]
    to_bernd.trigger()
    assert not dialog.requests.busy
    assert dialog.notice.isHidden()
    assert names(dialog)["Nord AG"] == "anna"


def test_keyboard_reaches_the_moves(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """From the accounts table: Ctrl+A chooses all, *Give to…* (Alt+G) holds the reps; Enter on a
    rep in the reps table lists that rep's accounts."""
    books_with_accounts(team)
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    dialog.activateWindow()
    dialog.account_table.setFocus()
    qtbot.keyClick(dialog.account_table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.chosen_accounts()) == 4
    assert dialog.give_button.isEnabled()
    assert dialog.give_button.text() == "&Give to…" and dialog.give_button.menu() is not None
    assert [a.text() for a in dialog.give_menu.actions()] == ["anna", "bernd", "maria (manager)"]
    dialog.rep_table.setFocus()
    dialog.rep_table.selectRow(1)  # bernd
    qtbot.keyClick(dialog.rep_table, Qt.Key.Key_Return)
    idle(qtbot, dialog)
    assert names(dialog) == {"Bernds Laden": "bernd"}


def test_an_empty_team_is_explained(qtbot, laptops, team_server, open_window) -> None:  # type: ignore[no-untyped-def]
    """A manager alone on the server sees why the lists are empty and how reps are added."""
    team_server.add_user("maria", manager=True)
    window = open_window(laptops.new("maria", "maria"))
    dialog = open_from_menu(qtbot, window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    assert dialog.pages.currentWidget() is dialog.empty_team
    assert dialog.notice.isHidden()


def test_share_from_the_list(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """*Share…* on one of Anna's accounts, ticking Bernd: Bernd's laptop sees it after its sync;
    the list says it is shared with him."""
    from ui.team.manage.share import ShareDialog

    ids = books_with_accounts(team)
    dialog = open_from_menu(qtbot, manager_window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    choose_ids(dialog.account_table, [ids["Nord AG"]])
    dialog.share_button.click()
    (share,) = dialog.findChildren(ShareDialog)
    idle(qtbot, share)
    offered = [share.rep_list.item(r).text() for r in range(share.rep_list.count())]
    assert offered == ["bernd", "maria (manager)"]  # not the owner
    share.rep_list.tick(["bernd"])
    assert share.share_button.isEnabled()
    share.share_button.click()
    idle(qtbot, share)
    assert share.notice.shown_text() == (
        "Nord AG is now shared with bernd. They see it after their next sync."
    )
    idle(qtbot, dialog)
    assert {a.name: a.shared_with for a in dialog.account_model.rows()}["Nord AG"] == ("bernd",)
    share.reject()
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.bernd.team.sync()
    assert ids["Nord AG"] in book_rows(team.bernd)["accounts"]
