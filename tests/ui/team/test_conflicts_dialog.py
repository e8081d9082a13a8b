"""The Conflicts dialog against a real team server: a field typed differently on two laptops
shows as a conflict on both; resolved on one (and undone, and resolved again) it is gone on the
other after a sync; Combine starts from both versions; refused changes are listed with the
server's reason and dismissed; an empty list explains what conflicts are. Its two table models
pass Qt's model tester."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.team import Laptops, TeamServer, book_rows
from tests.ui.team.conftest import OpenWindow
from tracker.domain.team import Conflict, Refusal
from tracker.services.book import Book
from ui.main_window import MainWindow
from ui.models.conflicts import conflict_model, refusal_model
from ui.team.conflicts import CombineDialog, ConflictsDialog

from ...tracker.services.book_helpers import add_contact

KEPT_LATER = "Call back after the trade fair"
EARLIER = "Budget approved in March"


def set_field(book: Book, table: str, row_id: str, column: str, value: object) -> None:
    """An edit as stored by the app (a raw write goes through the capture triggers too)."""
    connection = sqlite3.connect(book.location.database)
    connection.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    connection.commit()
    connection.close()


def notes_conflict(laptops: Laptops, server: TeamServer) -> tuple[Book, Book, str]:
    """Two laptops of one rep rewrite a contact's notes offline: B's later edit is kept for now."""
    server.add_user("anna")
    a, b = laptops.new("a", "anna"), laptops.new("b", "anna")
    contact = add_contact(a, "Lena", "Fischer")
    a.team.sync()
    b.team.sync()
    set_field(a, "contacts", contact, "notes", EARLIER)
    set_field(b, "contacts", contact, "notes", KEPT_LATER)
    a.team.sync()
    b.team.sync()
    a.team.sync()
    return a, b, contact


def open_conflicts(qtbot, window: MainWindow) -> ConflictsDialog:  # type: ignore[no-untyped-def]
    """Click the status bar's conflicts button."""
    problems = window.team.status_widget.problems
    qtbot.waitUntil(problems.isVisible, timeout=10_000)
    problems.click()
    dialog = window.team.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog) and dialog.isVisible()
    dialog.activateWindow()  # its shortcuts (Ctrl+Z) work while it is the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3_000)
    return dialog


def test_a_conflict_shows_on_both_laptops_and_resolved_on_one_is_gone_on_the_other(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Both status bars say "1 conflict"; A's dialog shows the record, the field, both values
    and who typed them; Take the other writes it (Ctrl+Z brings the conflict back); after A and
    B sync, B has A's choice and no conflict left."""
    a, b, contact = notes_conflict(laptops, team_server)
    window_a, window_b = open_window(a), open_window(b)
    for window in (window_a, window_b):
        assert window.team.status_widget.problems.text() == "1 conflict"
    dialog = open_conflicts(qtbot, window_a)
    model = dialog.conflicts
    assert model.rowCount() == 1
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[:4] == ["Lena Fischer", "Contact notes", KEPT_LATER, EARLIER]
    assert dialog.kept.toPlainText() == KEPT_LATER and dialog.other.toPlainText() == EARLIER
    assert dialog.kept_title.text() == "Contact notes kept now (from anna)"
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Take the other
    # A mnemonic clicks the button after a short press animation.
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.empty, timeout=3_000)
    assert book_rows(a)["contacts"][contact]["notes"] == EARLIER
    assert dialog.undo_button.text() == "Undo resolving a conflict on Lena Fischer"
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 1 and book_rows(a)["contacts"][contact]["notes"] == KEPT_LATER
    qtbot.waitUntil(lambda: window_a.team.status_widget.problems.isVisible(), timeout=5_000)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    dialog.close()
    qtbot.waitUntil(lambda: window_a.team.status_widget.problems.isHidden(), timeout=5_000)
    for window in (window_a, window_b):
        window.team.sync_now()
        qtbot.waitUntil(lambda w=window: not w.team.runner.running, timeout=30_000)
    assert b.team.conflicts() == []
    assert book_rows(b)["contacts"][contact]["notes"] == EARLIER
    qtbot.waitUntil(lambda: window_b.team.status_widget.problems.isHidden(), timeout=5_000)


def test_combine_starts_from_both_versions_and_saves_the_reps_text(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """Combine… opens an editor holding both values; what the rep saves becomes the notes."""
    a, _b, contact = notes_conflict(laptops, team_server)
    window = open_window(a)
    dialog = open_conflicts(qtbot, window)
    shown: list[str] = []

    def edit() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, CombineDialog)
        text = editor.editor
        assert isinstance(text, QPlainTextEdit)
        shown.append(text.toPlainText())
        text.setPlainText(f"{EARLIER}; then {KEPT_LATER.lower()}")
        editor.accept()

    QTimer.singleShot(0, edit)
    qtbot.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    assert shown == [f"{KEPT_LATER}\n\n{EARLIER}"]
    combined = "Budget approved in March; then call back after the trade fair"
    assert book_rows(a)["contacts"][contact]["notes"] == combined
    assert a.team.conflicts() == []


def test_refused_changes_are_listed_with_the_reason_and_dismissed(
    qtbot, laptops: Laptops, team_server: TeamServer, open_window: OpenWindow
) -> None:  # type: ignore[no-untyped-def]
    """A name the server refuses shows in the dialog's second list with the record and the
    server's reason; Dismiss empties it; with nothing left the dialog explains conflicts."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna")
    contact = add_contact(book, "Karl", "Kurz")
    book.team.sync()
    set_field(book, "contacts", contact, "last_name", "X" * 300)
    window = open_window(book)
    window.team.sync_now()
    qtbot.waitUntil(lambda: not window.team.runner.running, timeout=30_000)
    assert window.team.status_widget.problems.text() == "1 refused"
    dialog = open_conflicts(qtbot, window)
    assert dialog.pages.currentWidget() is dialog.empty
    assert dialog.refused_box.isVisible()
    cells = [dialog.refusals.index(0, c).data() for c in range(dialog.refusals.columnCount())]
    assert cells[0] == "Karl Kurz" and cells[1] == "Contact"
    assert "longer than 100" in cells[2]
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert not dialog.refused_box.isVisible() and book.team.refusals() == []
    qtbot.waitUntil(lambda: window.team.status_widget.problems.isHidden(), timeout=5_000)


def test_the_conflict_and_refusal_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Both lists are consistent Qt table models, with ids in ID_ROLE."""
    moment = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    conflicts = conflict_model()
    conflicts.set_rows(
        [
            Conflict(
                "c1",
                "contacts",
                "r1",
                "notes",
                "Lena Fischer",
                "a\nb",
                None,
                "anna",
                "anna",
                moment,
            ),
            Conflict("c2", "deals", "r2", "title", "Big deal", "x", "y", "anna", "bernd", moment),
        ]
    )
    qtmodeltester.check(conflicts)
    assert conflicts.index(0, 2).data() == "a b"  # one line in the table
    assert conflicts.index(1, 1).data() == "Deal title"
    refusals = refusal_model()
    refusals.set_rows([Refusal(1, "notes", "n1", "too long", moment, record="Lena Fischer")])
    qtmodeltester.check(refusals)
    assert refusals.index(0, 1).data() == "Note"
