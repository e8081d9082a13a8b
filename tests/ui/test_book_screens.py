"""Contacts, Pipeline and Base screens on the demo book, worked by keyboard where it matters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tracker.domain.contacts import ContactQuery
from tracker.domain.enums import Segment, Stage
from ui.main_window import MainWindow
from ui.views.contacts import ContactsView
from ui.views.loyalty import BaseView
from ui.views.pipeline import PipelineView


def contacts_view(window: MainWindow) -> ContactsView:
    window.show_page("contacts")
    view = window.views["contacts"]
    assert isinstance(view, ContactsView)
    return view


def test_the_contact_list_filters_and_shows_the_detail(demo_window: MainWindow) -> None:
    """All demo contacts are listed; a filter narrows them; the current one is shown in detail."""
    panel = contacts_view(demo_window).contacts
    assert panel.model.rowCount() == 300
    panel.filter.setText("mueller")
    panel.requery()
    rows = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    names = [row.name for row in rows]

    def mentions_mueller(row: object) -> bool:
        text = " ".join(str(getattr(row, f) or "") for f in ("name", "account", "email")).lower()
        return any(variant in text for variant in ("müller", "mueller", "muller"))

    assert rows and all(mentions_mueller(row) for row in rows)
    panel.table.selectRow(0)
    assert panel.detail.detail is not None and panel.detail.title.text() == names[0]
    assert panel.detail.timeline.rowCount() == len(panel.detail.detail.timeline)


def test_delete_by_key_and_undo(
    qtbot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Del deletes the selected contacts after a question; Ctrl+Z brings them back, selected."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel = contacts_view(demo_window).contacts
    demo_window.activateWindow()
    panel.table.setFocus()
    panel.table.selectRow(0)
    first = panel.current_id()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 299 and panel.model.row_of(first) is None
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.rowCount() == 300
    assert first in demo_window.book.contacts.ids(ContactQuery())


def test_bulk_tag_from_the_list(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Several selected contacts get a tag in one step, shown in the list's tag filter."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("roadshow", True))
    panel = contacts_view(demo_window).contacts
    ids = panel.model.ids()[:5]
    panel.add_tag(ids)
    assert all("roadshow" in r.tags for r in demo_window.book.contacts.rows(ids))
    assert panel.tag.findData("roadshow") >= 0


def first_card(view: PipelineView, stage: Stage):  # type: ignore[no-untyped-def]
    column = view.columns[stage]
    column.list.setFocus()
    column.list.setCurrentIndex(column.model.index(0))
    return column.model.card_at(0)


def test_pipeline_moves_a_deal_by_keyboard(
    qtbot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+→ moves the focused deal a stage on; W wins it; L asks why and loses it."""
    demo_window.show_page("pipeline")
    view = demo_window.views["pipeline"]
    assert isinstance(view, PipelineView)
    demo_window.activateWindow()
    card = first_card(view, Stage.NEW)
    before = view.board.column(Stage.CONTACTED).count
    qtbot.keyClick(
        view.columns[Stage.NEW].list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    assert view.board.column(Stage.CONTACTED).count == before + 1
    assert view.columns[Stage.CONTACTED].model.row_of(card.id) is not None
    assert view.columns[Stage.CONTACTED].list.hasFocus()  # the deal keeps the focus
    qtbot.keyClick(view.columns[Stage.CONTACTED].list, Qt.Key.Key_W)
    assert view.columns[Stage.WON].model.row_of(card.id) is not None
    from ui.dialogs.deals import LostDialog

    monkeypatch.setattr(LostDialog, "exec", lambda self: 1)
    monkeypatch.setattr(LostDialog, "text", lambda self: "price")
    other = first_card(view, Stage.PROPOSAL)
    qtbot.keyClick(view.columns[Stage.PROPOSAL].list, Qt.Key.Key_L)
    lost = view.columns[Stage.LOST].model
    assert lost.card_at(lost.row_of(other.id)).lost_reason == "price"
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.columns[Stage.PROPOSAL].model.row_of(other.id) is not None


def test_pipeline_arrow_keys_walk_the_stages(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """→ without Ctrl only moves the focus to the next stage's cards."""
    demo_window.show_page("pipeline")
    view = demo_window.views["pipeline"]
    assert isinstance(view, PipelineView)
    demo_window.activateWindow()
    first_card(view, Stage.NEW)
    count = view.board.column(Stage.NEW).count
    qtbot.keyClick(view.columns[Stage.NEW].list, Qt.Key.Key_Right)
    assert view.columns[Stage.CONTACTED].list.hasFocus()
    assert view.board.column(Stage.NEW).count == count


def test_the_base_ranks_and_filters_by_segment(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Base lists customers best first; a segment chip shows only that segment."""
    demo_window.show_page("base")
    view = demo_window.views["base"]
    assert isinstance(view, BaseView)
    qtbot.waitUntil(lambda: view.ranking is not None and not view.busy(), timeout=20000)
    entries = view.model.rows()
    assert entries and [e.rank for e in entries] == sorted(e.rank for e in entries)
    view.chips[Segment.CHAMPIONS].click()
    assert {e.segment for e in view.model.rows()} == {Segment.CHAMPIONS}
    view.table.selectRow(0)
    assert view.customer.text() == view.model.rows()[0].contact
    opened: list[str] = []
    view.open_contact_requested.disconnect()
    view.open_contact_requested.connect(opened.append)
    view.open_button.click()
    assert opened == [view.model.rows()[0].contact_id]
