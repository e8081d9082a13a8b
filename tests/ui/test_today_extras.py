"""The day's extras: power hour, end of day, the week, planning with Ctrl+N, reminders, print."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from tests.tracker.services.queue_factory import add_contact, add_planned, rows
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind, Outcome
from tracker.services.book import Book
from ui.dialogs.end_of_day import EndOfDayDialog
from ui.dialogs.plan_activity import PlanActivityDialog
from ui.dialogs.power_hour import PowerHourDialog
from ui.main_window import MainWindow
from ui.printing import day_sheet_html, save_pdf
from ui.reminders import Reminders
from ui.views.today import TodayView


def test_power_hour_works_one_item_at_a_time(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Keys log the shown item and the next appears; S skips; the counters and timer follow."""
    book = demo_window.book
    dialog = PowerHourDialog(book, demo_window.operations, demo_window, elapsed_ms=lambda: 125_000)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.timer_label.text() == "57:55 left"
    first = dialog.item
    assert first is not None and dialog.name.text() == first.candidate.contact_name
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    assert rows(book, "SELECT status FROM activities WHERE id = :a", a=first.id)[0][0] == "done"
    assert "Logged 1" in dialog.counters.text()
    second = dialog.item
    assert second is not None and second.id != first.id
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert dialog.item is not None and dialog.item.id != second.id
    assert rows(book, "SELECT status FROM activities WHERE id = :a", a=second.id)[0][0] == "planned"


def test_end_of_day_shows_the_numbers_and_what_rolls_on(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """After a log, the review lists it with the goals and what moves to tomorrow."""
    book = demo_window.book
    item = next(i for i in book.queue.today().planned if i.kind is ActivityKind.CALL)
    book.work.log(item.id, book.work.preview(item.id).default, note="left a message")
    dialog = EndOfDayDialog(book, demo_window)
    qtbot.addWidget(dialog)
    assert item.candidate.contact_name in dialog.logged.toPlainText()
    assert "left a message" in dialog.logged.toPlainText()
    assert "Fixed times" in dialog.rolling.toPlainText()
    assert dialog.summary.done.calls == 1
    assert dialog.summary.tomorrow.isoformat() == "2026-12-02"


def test_the_week_tab_shows_appointments_and_load(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Alt+W opens the week: today is full, Saturday is a day off, appointments by time."""
    demo_window.show_page("today")
    view = demo_window.views["today"]
    assert isinstance(view, TodayView)
    view.tabs.setCurrentIndex(1)
    tuesday = view.week.columns[1]
    assert tuesday.title.text() == "Tue 1 Dec"
    assert tuesday.load.text() == "0 done · 30 planned"  # the day is full: capacity 30
    plan = demo_window.book.planning.week(date(2026, 11, 30))
    appointments = plan.days[1].appointments
    assert appointments, "the demo plans appointments on its first day"
    for appointment in appointments:
        assert appointment.local_start.strftime("%H:%M") in tuesday.appointments.text()
        assert appointment.contact in tuesday.appointments.text()
    assert view.week.columns[5].load.text() == "day off"
    view.week.move(7)
    assert view.week.columns[0].title.text() == "Mon 7 Dec"


def test_today_the_week_and_the_review_say_the_same_for_the_day(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """After logging, Today's header, the Week tab's column for today and the end-of-day review
    show the same "N done · M planned", counted as the core counts the day."""
    book = demo_window.book
    for item in [i for i in book.queue.today().planned if i.kind is ActivityKind.CALL][:2]:
        book.work.log(item.id, Outcome.NO_ANSWER)
    demo_window.show_page("today")
    view = demo_window.views["today"]
    assert isinstance(view, TodayView)
    view.refresh()
    view.tabs.setCurrentIndex(1)
    tally = book.review.tally()
    words = f"{tally.done} done · {tally.planned} planned"
    assert tally.done == 2
    assert view.summary.text() == f"{words} · backlog {tally.backlog}"
    assert view.week.columns[1].load.text() == words
    dialog = EndOfDayDialog(book, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.tally.text() == view.summary.text()
    assert view.week.columns[0].load.text().endswith(" done")  # Monday: done work only
    assert view.week.columns[2].load.text().endswith(" planned")  # Wednesday: planned only


def test_ctrl_n_plans_a_visit_found_by_typing(qtbot, window: MainWindow, book: Book) -> None:  # type: ignore[no-untyped-def]
    """Type part of a name, pick the contact, set a time: the visit is planned at that time."""
    contact = add_contact(book, "Jürgen", "Müller")
    dialog = PlanActivityDialog(book, window.operations, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.contact, "mul")  # QTest types ASCII only; the search folds umlauts
    assert dialog.hits.rowCount() == 1
    dialog._picked(dialog.hits.index(0, 0))
    assert dialog.contact.text() == "Jürgen Müller"
    dialog.kind.setCurrentIndex(1)  # visit
    dialog.day.setDate(QDate(2026, 12, 4))
    dialog.fixed.setChecked(True)
    dialog.at.setTime(QTime(15, 30))
    dialog.place.setText("Werkstatt")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    planned = rows(book, "SELECT kind, local_start, location, contact_id FROM activities")
    assert tuple(planned[0]) == ("visit", "2026-12-04 15:30:00.000000", "Werkstatt", contact)


def test_a_failed_plan_keeps_what_was_typed(
    qtbot, window: MainWindow, book: Book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Without a chosen contact nothing is saved, the rep is told why, the form stays filled."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = PlanActivityDialog(book, window.operations, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.contact, "Nobody")
    dialog.place.setText("Hauptstraße 5")
    dialog.save()
    assert warnings and "choose a contact" in warnings[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.place.text() == "Hauptstraße 5" and dialog.contact.text() == "Nobody"


def test_a_reminder_comes_once_before_a_fixed_time(book: Book, clock: FixedClock, qapp) -> None:  # type: ignore[no-untyped-def]
    """Ten minutes before a 10:30 callback the rep is reminded — once."""
    contact = add_contact(book, "Rita", "Rückruf")
    add_planned(book, contact, clock.now().date(), starts_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
                local_start=datetime(2026, 12, 1, 10, 30))  # fmt: skip
    shown: list[tuple[str, str]] = []
    reminders = Reminders(book, notify=lambda title, body: shown.append((title, body)))
    clock.instant = datetime(2026, 12, 1, 9, 15, tzinfo=UTC)  # 10:15 Berlin: too early
    assert reminders.check() == 0
    clock.instant = datetime(2026, 12, 1, 9, 21, tzinfo=UTC)  # 10:21: within ten minutes
    assert reminders.check() == 1
    assert reminders.check() == 0
    assert shown[0][0].startswith("Call at ") and "Rita Rückruf" in shown[0][0]


def test_todays_list_prints_to_pdf(demo_book: Book, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The day's list has every planned contact with a phone, and saves as a PDF."""
    queue = demo_book.queue.today()
    html = day_sheet_html(queue, region="DE", currency="EUR")
    for item in queue.planned:
        assert item.candidate.contact_name.replace("&", "&amp;") in html
    path = save_pdf(demo_book, queue, tmp_path / "today.pdf")
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 5000
