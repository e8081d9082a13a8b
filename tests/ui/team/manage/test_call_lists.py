"""*Send a call list* against a real team server: contacts found by a search and added, a rep
ticked, a due date; the list reaches the rep's book (`call_lists`) and its progress shows, and
grows once the rep has worked a contact; pasted ids are looked up (unknown ones named); a
missing part is said before anything is sent; a rep who can see none of the contacts is named."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import QDate

from tests.team import book_rows
from tests.ui.team.manage.conftest import Team, idle, open_from_menu
from tracker.domain.enums import ActivityKind
from tracker.services.day.planning import PlanDraft
from ui.display import short_date
from ui.main_window import MainWindow
from ui.team.manage.call_lists import CallListsDialog
from ui.team.manage.contact_picker import pasted_ids

from ....tracker.services.book_helpers import add_contact


def annas_contacts(team: Team) -> tuple[str, str]:
    first = add_contact(team.anna, "Lisa", "Liste", postal_code="80331")
    second = add_contact(team.anna, "Max", "Liste", postal_code="80469")
    add_contact(team.bernd, "Nicht", "Dabei", postal_code="20095")
    team.anna.team.sync()
    team.bernd.team.sync()
    return first, second


def progress(dialog: CallListsDialog) -> list[tuple[str, str, str, str]]:
    model = dialog.progress_model
    return [
        tuple(model.index(row, column).data() for column in range(4))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_a_call_list_reaches_the_rep_and_its_progress_shows(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Search "liste", add both found, tick Anna, due 11 Dec: Anna's laptop gets the list with
    both contacts; Progress shows 0 of 2, then 1 of 2 after Anna logged a call."""
    first, second = annas_contacts(team)
    dialog = open_from_menu(qtbot, manager_window, "lists")
    assert isinstance(dialog, CallListsDialog)
    assert len(dialog.picker.found.rows) == 3  # the team's contacts, before any search
    qtbot.keyClicks(dialog.name, "Winteraktion")
    dialog.note.setText("Neues Angebot erwähnen")
    qtbot.keyClicks(dialog.picker.filters.name, "liste")
    qtbot.waitUntil(lambda: len(dialog.picker.found.rows) == 2, timeout=10_000)
    assert dialog.picker.found_label.text() == "2 contacts found"
    dialog.picker.add_all_button.click()
    assert set(dialog.picker.chosen_ids()) == {first, second}
    assert dialog.picker.list_label.text() == "2 contacts on the list"
    dialog.rep_list.tick(["anna"])
    dialog.due_day.setDate(QDate(2026, 12, 11))
    dialog.send_button.click()
    idle(qtbot, dialog)
    assert dialog.notice.shown_text() == (
        "Sent “Winteraktion”: anna 2 contacts. It shows in their Today after their next sync."
    )
    assert dialog.tabs.currentIndex() == 1
    assert progress(dialog) == [("Winteraktion", "anna", "0 of 2", short_date(date(2026, 12, 11)))]
    assert dialog.name.text() == "" and dialog.picker.chosen_ids() == []
    team.anna.team.sync()
    (sent,) = book_rows(team.anna)["call_lists"].values()
    assert (sent["name"], sent["note"], sent["due_to"], sent["sent_by"]) == (
        "Winteraktion",
        "Neues Angebot erwähnen",
        "2026-12-11",
        "maria",
    )
    entries = book_rows(team.anna)["call_list_entries"].values()
    assert {row["contact_id"] for row in entries} == {first, second}
    call = team.anna.planning.add(
        PlanDraft(contact_id=first, kind=ActivityKind.CALL, day=team.anna.queue.current_day())
    ).value
    connection = sqlite3.connect(team.anna.location.database)
    # Called after the list came (the server compares with its own clock, not the book's).
    connection.execute(
        "UPDATE activities SET status = 'done', outcome = 'no_answer', done_on = ?, "
        "completed_at = datetime('now', '+1 minute') WHERE id = ?",
        (str(team.anna.queue.current_day()), call),
    )
    connection.commit()
    connection.close()
    team.anna.team.sync()
    dialog.reload()
    idle(qtbot, dialog)
    assert progress(dialog)[0][2] == "1 of 2"


def test_pasted_ids_and_a_rep_who_sees_none(qtbot, team: Team, manager_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Pasted ids add the contacts the server knows and name the rest; sent to Anna and Bernd,
    Bernd's copy is empty and the result says why."""
    first, second = annas_contacts(team)
    dialog = open_from_menu(qtbot, manager_window, "lists")
    assert isinstance(dialog, CallListsDialog)
    assert pasted_ids(f"{first},\n{second} ; {first}  nope") == [first, second, "nope"]
    dialog.picker.add_ids([first, second, "nope"])
    idle(qtbot, dialog)
    assert set(dialog.picker.chosen_ids()) == {first, second}
    assert dialog.notice.shown_text() == (
        "2 contacts added. 1 id is no contact on the team server: nope"
    )
    dialog.name.setText("Nur Anna")
    dialog.rep_list.tick(["anna", "bernd"])
    dialog.send_button.click()
    idle(qtbot, dialog)
    assert dialog.notice.shown_text().startswith(
        "Sent “Nur Anna”: anna 2 contacts, bernd 0 contacts."
    )
    assert dialog.notice.shown_text().endswith(
        "bernd got an empty list: none of its contacts are theirs or shared with them."
    )


def test_what_is_missing_is_said_before_sending(
    qtbot, team: Team, manager_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """No name, no rep, no contacts, a due date before the start: each is said under the form,
    the field gets the focus, nothing is sent and the typed text stays."""
    first, _second = annas_contacts(team)
    dialog = open_from_menu(qtbot, manager_window, "lists")
    assert isinstance(dialog, CallListsDialog)
    dialog.send_button.click()
    assert dialog.error.text() == "Give the list a name."
    dialog.name.setText("Liste")
    dialog.send_button.click()
    assert dialog.error.text() == "Tick the reps to send it to."
    dialog.rep_list.tick(["anna"])
    dialog.send_button.click()
    assert dialog.error.text() == "Add contacts to the list: find them, then Add to the list."
    dialog.picker.add([c for c in dialog.picker.found.rows if c.id == first])
    dialog.starts.setChecked(True)
    dialog.start_day.setDate(QDate(2026, 12, 20))
    dialog.due_day.setDate(QDate(2026, 12, 11))
    dialog.send_button.click()
    assert dialog.error.text() == "The list cannot be due before it starts."
    assert not dialog.requests.busy
    assert dialog.name.text() == "Liste"
    assert team.maria.team_manager.list_progress() == []
    assert dialog.draft() is None
    dialog.due_day.setDate(QDate(2026, 12, 22))
    draft = dialog.draft()
    assert draft is not None
    assert (draft.due_from, draft.due_to) == (date(2026, 12, 20), date(2026, 12, 22))
