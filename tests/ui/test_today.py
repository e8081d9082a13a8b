"""Today by keyboard only: number keys log what their buttons promised, Space, B, C, Ctrl+Z;
the queue model passes Qt's model tester."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog

from tests.tracker.services.queue_factory import rows
from tracker.domain.enums import Section
from tracker.domain.outcomes import Step
from ui.main_window import MainWindow
from ui.models.queue_model import CONTACT, ID_ROLE, ITEM_ROLE, QueueModel
from ui.views.today import TodayView
from ui.widgets.item_detail import ItemDetail


def today_view(window: MainWindow, qtbot) -> TodayView:  # type: ignore[no-untyped-def]
    window.show_page("today")
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.detail.pad.preview is not None)
    return view


def next_step_of(window: MainWindow, activity_id: str) -> tuple[str, str] | None:
    """(due_on, kind) of the activity planned after the given one, if any."""
    found = rows(
        window.book,
        "SELECT due_on, kind FROM activities WHERE previous_id = :a AND status = 'planned'",
        a=activity_id,
    )
    return (found[0].due_on, found[0].kind) if found else None


def test_the_queue_model_passes_the_model_tester(qtmodeltester, demo_book) -> None:  # type: ignore[no-untyped-def]
    """Headings and items of the demo day form a consistent Qt table model."""
    model = QueueModel()
    model.set_rows(demo_book.queue.today(), demo_book.review.logged())
    qtmodeltester.check(model)
    assert model.rowCount() > 30
    assert model.is_heading(0) and not model.is_heading(1)
    assert model.index(1, CONTACT).data(ID_ROLE) is not None


def test_five_outcomes_by_number_keys_then_undo_one(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Keys 1–4 and Space log five items, each scheduling exactly the date its button showed;
    Ctrl+Z takes the last one back."""
    view = today_view(demo_window, qtbot)
    logged: list[tuple[str, str, str | None]] = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_Space):
        item = view.current_item()
        preview = view.detail.pad.preview
        assert item is not None and preview is not None and preview.item_id == item.id
        option = (
            preview.option(preview.default)
            if key == Qt.Key.Key_Space
            else preview.by_key(key - Qt.Key.Key_0)
        )
        assert option is not None and not option.needs_details
        promise = option.plan
        qtbot.keyClick(view.table, key)
        status = rows(
            demo_window.book, "SELECT status, outcome FROM activities WHERE id = :a", a=item.id
        )
        assert tuple(status[0]) == ("done", option.outcome.value)
        if promise.step in (Step.RETRY, Step.WORKING, Step.CALENDAR):
            assert next_step_of(demo_window, item.id) == (
                promise.day.isoformat(),
                promise.kind.value,
            )  # type: ignore[union-attr]
        logged.append(
            (item.id, option.outcome.value, promise.day.isoformat() if promise.day else None)
        )
        assert view.current_item() is not None and view.current_item().id != item.id  # type: ignore[union-attr]
    assert len({entry[0] for entry in logged}) == 5
    done = rows(demo_window.book, "SELECT count(*) FROM activities WHERE done_on = '2026-12-01'")
    assert done[0][0] == 5

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    last = logged[-1][0]
    assert (
        rows(demo_window.book, "SELECT status FROM activities WHERE id = :a", a=last)[0][0]
        == "planned"
    )
    assert next_step_of(demo_window, last) is None
    assert (
        rows(demo_window.book, "SELECT count(*) FROM activities WHERE done_on = '2026-12-01'")[0][0]
        == 4
    )
    assert view.model.row_of(last) >= 0  # back in the list


def test_done_items_are_ticked_off_at_the_end(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A logged item leaves its section and shows, ticked, under "Done today"."""
    view = today_view(demo_window, qtbot)
    item = view.current_item()
    assert item is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    row = view.model.row_of(item.id)
    assert view.model.done_at(row) is not None
    assert view.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_b_buries_the_item_until_tomorrow(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """B moves the selected item to the backlog with its reason; the next one is selected."""
    view = today_view(demo_window, qtbot)
    item = view.current_item()
    assert item is not None
    qtbot.keyClick(view.table, Qt.Key.Key_B)
    moved = view.model.index(view.model.row_of(item.id), 0).data(ITEM_ROLE)
    assert moved.section is Section.BACKLOG and moved.reasons[0].code == "buried"
    assert view.current_item().id != item.id  # type: ignore[union-attr]


def test_an_outcome_that_needs_details_asks_then_schedules_the_promise(  # type: ignore[no-untyped-def]
    qtbot, demo_window: MainWindow
) -> None:
    """Callback requested opens a form filled with the promised time; Enter keeps it."""
    view = today_view(demo_window, qtbot)
    due = view.model.row_of(view.queue.section(Section.DUE)[0].id)  # type: ignore[union-attr]
    view.table.setCurrentIndex(view.model.index(due, CONTACT))
    item = view.current_item()
    preview = view.detail.pad.preview
    assert item is not None and preview is not None
    key = next(o.key for o in preview.options if o.outcome.value == "callback_requested")
    promise = next(o.plan for o in preview.options if o.outcome.value == "callback_requested")

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, accept)
    qtbot.keyClick(view.table, Qt.Key(Qt.Key.Key_0 + key))  # type: ignore[operator]
    planned = rows(
        demo_window.book,
        "SELECT local_start, due_on FROM activities WHERE previous_id = :a",
        a=item.id,
    )
    assert planned[0].due_on == promise.day.isoformat()  # type: ignore[union-attr]
    assert planned[0].local_start.startswith(promise.local_start.strftime("%Y-%m-%d %H:%M"))  # type: ignore[union-attr]


def test_c_calls_the_first_number(qtbot, demo_window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """C opens the softphone with a tel: link of the contact's first number."""
    opened: list[QUrl] = []
    monkeypatch.setattr(ItemDetail, "open_url", staticmethod(lambda url: opened.append(url)))
    view = today_view(demo_window, qtbot)
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    assert opened and opened[0].scheme() == "tel"
    assert opened[0].toString().startswith("tel:+")


def test_another_next_date_shows_on_the_buttons(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ticking "other next date" makes the buttons promise that date, exits excepted."""
    view = today_view(demo_window, qtbot)
    view.detail.next_date.setDate(view.detail.next_date.date().addDays(9))
    view.detail.other_date.setChecked(True)
    chosen = view.detail.override_day()
    preview = view.detail.pad.preview
    assert chosen is not None and preview is not None
    for option in preview.options:
        if option.plan.step in (Step.WORKING, Step.RETRY, Step.CALENDAR):
            assert option.plan.day == chosen
    assert isinstance(chosen, date)
