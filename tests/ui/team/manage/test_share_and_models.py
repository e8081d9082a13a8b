"""*Share an account* from the Team menu: the account found by part of its name, the reps it is
shared with already ticked for good; and the manager's table models pass Qt's model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from tests.ui.team.manage.conftest import Team, idle, open_from_menu
from tracker.domain.accounts import AccountDraft
from tracker.domain.team_manager import (
    Handover,
    ListProgress,
    Rep,
    TeamAccount,
    TeamContact,
    TeamFilter,
    Territory,
)
from ui.main_window import MainWindow
from ui.models.team_manage import (
    account_model,
    contact_model,
    handover_model,
    progress_model,
    rep_model,
    territory_model,
)
from ui.team.manage.share import ShareDialog


def test_share_an_account_found_by_name(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Typing "gemein" finds Anna's account; Bernd is ticked and shared with; opened again, Bernd
    stays ticked and cannot be unticked, and Share waits for a new rep."""
    team.anna.accounts.create(AccountDraft(name="Gemeinsam GmbH", postal_code="80331"))
    team.anna.accounts.create(AccountDraft(name="Privat GmbH", postal_code="80331"))
    team.anna.team.sync()
    dialog = open_from_menu(qtbot, manager_window, "share")
    assert isinstance(dialog, ShareDialog)
    qtbot.keyClicks(dialog.search, "gemein")
    qtbot.waitUntil(lambda: dialog.account_model.rowCount() == 1, timeout=10_000)
    idle(qtbot, dialog)
    assert dialog.account is not None and dialog.account.name == "Gemeinsam GmbH"
    assert not dialog.share_button.isEnabled()
    dialog.rep_list.tick(["bernd"])
    dialog.share_button.click()
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith("Gemeinsam GmbH is now shared with bernd.")
    (bernd,) = [
        dialog.rep_list.item(r)
        for r in range(dialog.rep_list.count())
        if dialog.rep_list.item(r).text() == "bernd"
    ]
    assert bernd.checkState() == Qt.CheckState.Checked
    assert not bernd.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.rep_list.chosen() == [] and not dialog.share_button.isEnabled()
    (row,) = team.maria.team_manager.accounts(TeamFilter(name="gemein")).rows
    assert row.shared_with == ("bernd",)


def test_the_manager_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Each table model of the manager's dialogs, filled and sorted, is a well-behaved Qt model."""
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    reps = rep_model(lambda: now)
    reps.set_rows([Rep("anna", False, True, 3, 12, now), Rep("old", False, False, 0, 0, None)])
    accounts = account_model()
    accounts.set_rows([TeamAccount("a1", "Süd AG", "A", "80331", "München", "anna", 2, ("bernd",))])
    contacts = contact_model()
    contacts.set_rows([TeamContact("c1", "Eva Süd", None, None, None, "anna")])
    territories = territory_model()
    territories.set_rows([Territory("80", "bernd"), Territory("20", "anna")])
    lists = progress_model()
    lists.set_rows(
        [
            ListProgress("l1", "Winter", date(2026, 12, 11), "anna", 12, 3),
            ListProgress("l1", "Winter", None, "bernd", 0, 0),
        ]
    )
    handovers = handover_model()
    handovers.set_rows([Handover(1, "anna", "bernd", "maria", "80", now, None, 4, 9)])
    for model in (reps, accounts, contacts, territories, lists, handovers):
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    # Names descending: "old" (never synced, no access) first.
    assert [reps.index(0, c).data() for c in (0, 1, 4)] == ["old", "no access", "never"]
    assert reps.index(1, 4).data() == "just now"
    assert lists.index(1, 2).data() == "0 of 0"
