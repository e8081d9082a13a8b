"""*Hand over a book* against a real team server: the question says what moves; the answer says
what moved (accounts, contacts, activities, deals) and that done work stays with its author;
*Undo this handover* right there gives it back; the recent handovers list it and can undo an
older one; the reps' laptops follow at their sync, the manager's syncs at once."""

from __future__ import annotations

from tests.team import book_rows
from tests.ui.team.manage.conftest import Team, answer_next_box, idle, open_from_menu
from ui.main_window import MainWindow
from ui.team.manage.handover import HandoverDialog


def test_a_handover_and_its_undo_from_the_dialog(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Anna's demo book goes to Bernd: the counts match what Bernd's laptop then holds; the undo
    right there gives all of it back to Anna; the recent list shows it undone."""
    team.anna.demo.load(seed=31, contacts=12)
    team.anna.team.sync()
    before = book_rows(team.anna)
    dialog = open_from_menu(qtbot, manager_window, "handover")
    assert isinstance(dialog, HandoverDialog)
    assert dialog.from_rep.currentData() == "anna"  # the only rep with a book
    dialog.to_rep.setCurrentIndex(dialog.to_rep.findData("bernd"))
    accounts, contacts = len(before["accounts"]), len(before["contacts"])
    assert dialog.summary.text() == f"anna has {accounts} accounts and {contacts} contacts."
    assert dialog.hand_button.isEnabled()
    asked: list[str] = []
    answer_next_box("&Hand over", asked)
    dialog.hand_button.click()
    assert asked[0].startswith("Hand anna's whole book over to bernd?\n")
    assert f"{accounts} accounts and {contacts} contacts become bernd's" in asked[0]
    assert "What anna has done stays anna's in the team's reports." in asked[0]
    idle(qtbot, dialog)
    activities, deals = len(before["activities"]), len(before["deals"])
    assert dialog.notice.shown_text() == (
        f"Handover 1: {accounts} accounts, {contacts} contacts, {activities} activities and "
        f"{deals} deals are now bernd's. The work anna did stays anna's in the reports."
    )
    undo = dialog.notice._buttons["undo"]
    assert undo.isVisible() and undo.text() == "U&ndo this handover"
    assert [(h.number, h.from_rep, h.to_rep, h.undone_at) for h in dialog.model.rows()] == [
        (1, "anna", "bernd", None)
    ]
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.anna.team.sync()
    team.bernd.team.sync()
    assert book_rows(team.bernd)["contacts"] == before["contacts"]
    assert book_rows(team.anna)["contacts"] == {}
    undo.click()
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith(
        f"Handover 1 undone: {accounts} accounts, {contacts} contacts"
    )
    assert dialog.notice.shown_text().endswith("are anna's again.")
    assert dialog.model.rows()[0].undone_at is not None
    assert dialog.model.index(0, 7).data().startswith("undone ")
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.anna.team.sync()
    team.bernd.team.sync()
    assert book_rows(team.anna)["contacts"] == before["contacts"]
    assert book_rows(team.bernd)["contacts"] == {}


def test_an_area_and_an_older_handover_undone_from_the_list(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Only Anna's accounts in 80… go (the summary counts them); the list's undo asks first and
    gives them back; the same rep on both sides cannot be chosen."""
    from tracker.domain.accounts import AccountDraft

    team.anna.accounts.create(AccountDraft(name="Süd AG", postal_code="80331"))
    team.anna.accounts.create(AccountDraft(name="Nord AG", postal_code="20095"))
    team.anna.team.sync()
    dialog = open_from_menu(qtbot, manager_window, "handover")
    assert isinstance(dialog, HandoverDialog)
    dialog.to_rep.setCurrentIndex(dialog.to_rep.findData("anna"))
    assert not dialog.hand_button.isEnabled()
    assert dialog.summary.text() == "Choose another rep to hand the book to."
    dialog.to_rep.setCurrentIndex(dialog.to_rep.findData("bernd"))
    qtbot.keyClicks(dialog.area, "80")
    qtbot.waitUntil(lambda: dialog.summary.text().endswith("starting 80."), timeout=10_000)
    idle(qtbot, dialog)
    assert dialog.summary.text() == "anna has 1 account and 0 contacts with a postcode starting 80."
    answer_next_box("&Hand over")
    dialog.hand_button.click()
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith("Handover 1: 1 account, 0 contacts")
    assert [(h.postcode, h.accounts) for h in dialog.model.rows()] == [("80", 1)]
    assert dialog.model.index(0, 4).data() == "80…"
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    asked: list[str] = []
    answer_next_box("&Yes", asked)
    dialog.undo_button.click()
    assert asked[0].startswith(
        "Give the accounts and contacts of handover 1 back from bernd to anna"
    )
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith("Handover 1 undone: 1 account")
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()  # undone already
    qtbot.waitUntil(lambda: not manager_window.team.runner.running, timeout=30_000)
    team.anna.team.sync()
    assert {r["name"] for r in book_rows(team.anna)["accounts"].values()} == {"Süd AG", "Nord AG"}
