"""A contact's page shows why the queue would put them where it does."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from tests.ui.test_book_screens import contacts_view
from tracker.domain.contacts import ContactQuery
from tracker.domain.enums import ContactState
from ui.main_window import MainWindow


def test_a_contact_in_todays_queue_shows_score_factors_and_reasons(demo_window: MainWindow) -> None:
    """The first due item of the day: its section, score and factors, and its reasons."""
    book = demo_window.book
    queue = book.queue.today(date(2026, 12, 1))
    item = next(i for i in queue.items if not i.id.startswith(("new:", "base:")))
    panel = contacts_view(demo_window).contacts
    panel.open_contact(item.candidate.contact_id)
    shown = panel.detail.priority
    placed = book.queue.placement_of(item.candidate.contact_id)
    assert placed is not None
    assert QLocale().toString(placed.priority.score, "f", 1) in shown.summary.text()
    assert shown.summary.text().startswith("In today's queue")
    assert "×" in shown.summary.text()
    assert shown.why.text()


def test_a_parked_contact_is_not_in_the_queue(demo_window: MainWindow) -> None:
    """Parked contacts say plainly that the queue will not offer them now."""
    book = demo_window.book
    parked_ids = book.contacts.ids(ContactQuery(state=ContactState.PARKED))
    parked = book.contacts.rows(list(parked_ids[:1]))[0]
    panel = contacts_view(demo_window).contacts
    panel.open_contact(parked.id)
    assert book.queue.placement_of(parked.id) is None
    assert panel.detail.priority.summary.text().startswith("Not in the queue")


def test_a_contact_due_later_shows_when(demo_window: MainWindow) -> None:
    """A base customer not due yet: the day they come up, and no score computed ahead of time."""
    book = demo_window.book
    today = date(2026, 12, 1)
    later = None
    for contact_id in book.contacts.ids(ContactQuery(state=ContactState.ACTIVE)):
        placed = book.queue.placement_of(contact_id)
        if placed is not None and placed.candidate.due_on > today:
            later = placed
            break
    assert later is not None
    panel = contacts_view(demo_window).contacts
    panel.open_contact(later.candidate.contact_id)
    assert panel.detail.priority.summary.text().startswith("Next in the queue on")
    assert not panel.detail.priority.why.isVisible()
