"""The app's calendar sync against a real Radicale: the connect dialog (its errors keep what
was typed), the status line, a background sync, and a conflict settled in its dialog."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.calendar_server import PASSWORD, CalendarApp, CalendarServer
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import ActivityKind
from tracker.services.day.planning import PlanDraft
from ui.calendar.conflicts import CalendarConflictsDialog
from ui.calendar.connect import ConnectCalendarDialog

BERLIN = ZoneInfo("Europe/Berlin")


def test_connect_dialog_says_what_went_wrong_and_then_connects(
    qtbot: QtBot, window: object, calendar_server: CalendarServer
) -> None:
    """A wrong password is said in the dialog with the form kept; the right one connects, the
    status line appears and the first sync writes the appointments."""
    book = window.book
    contact = book.contacts.create(ContactDraft(first_name="Jan", last_name="Ott")).value
    book.planning.add(PlanDraft(contact, ActivityKind.VISIT, date(2026, 12, 3), time(10, 0)))
    window.calendar.connect_calendar()
    dialog = window.calendar.dialog
    assert isinstance(dialog, ConnectCalendarDialog)
    dialog.url.setText(calendar_server.url)
    dialog.user.setText("anna")
    dialog.password.setText("wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text() == "The server refused this user name or password."
    assert (dialog.url.text(), dialog.user.text()) == (calendar_server.url, "anna")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.calendar.runner.running, timeout=20_000)
    assert book.calendar.status().events == 1
    line = window.findChild(QLabel, "calendarStatus")
    qtbot.waitUntil(lambda: line.text() == "Calendar synced just now", timeout=10_000)
    assert not window.calendar.connect_action.isVisible()


def test_a_conflict_is_settled_in_its_dialog(
    qtbot: QtBot, window: object, calendar_server: CalendarServer
) -> None:
    """Both sides moved: the status line names the conflict; *Take the calendar's* moves the
    appointment and the line goes back to normal."""
    book = window.book
    contact = book.contacts.create(ContactDraft(first_name="Jan", last_name="Ott")).value
    visit = book.planning.add(
        PlanDraft(contact, ActivityKind.VISIT, date(2026, 12, 3), time(10, 0))
    ).value
    status = book.calendar.connect(calendar_server.url, "anna", PASSWORD)
    book.calendar.sync()
    app = CalendarApp(calendar_server, status.calendar_url)
    app.move(f"{visit}@groundgame", datetime(2026, 12, 8, 16, 0, tzinfo=BERLIN))
    app.close()
    book.work.reschedule(visit, date(2026, 12, 4), time(9, 0))
    window.calendar.sync_now()
    qtbot.waitUntil(lambda: book.calendar.conflict_count() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not window.calendar.runner.running, timeout=20_000)
    line = window.findChild(QLabel, "calendarStatus")
    qtbot.waitUntil(lambda: "1 calendar conflict" in line.text(), timeout=10_000)
    window.calendar.show_conflicts()
    dialog = window.calendar.dialog
    assert isinstance(dialog, CalendarConflictsDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Europe/Berlin" in text and "16:00" in text for text in labels)
    assert any("Europe/Berlin" in text and "09:00" in text for text in labels)
    take = next(b for b in dialog.findChildren(QPushButton) if "calendar's" in b.text())
    take.click()
    assert book.calendar.conflict_count() == 0
    qtbot.waitUntil(lambda: not window.calendar.runner.running, timeout=20_000)
    qtbot.waitUntil(lambda: line.text() == "Calendar synced just now", timeout=10_000)
