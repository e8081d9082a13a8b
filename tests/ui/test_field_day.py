"""A field day in the app: I checks in (the list and a banner say on site), O opens the visit
report and checks out, a forgotten check-out is asked about the next day, the Route tab orders
the visits and applies the order, the forms take coordinates; the route model passes Qt's
model tester."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from tests.tracker.services.queue_factory import add_account, add_contact, add_planned, rows
from tracker.domain.clock import FixedClock
from tracker.domain.enums import ActivityKind, Tier
from tracker.services.book import Book
from ui.dialogs.account_edit import AccountDialog
from ui.dialogs.visit_report import VisitReportDialog
from ui.main_window import MainWindow
from ui.models.queue_model import ID_ROLE
from ui.models.route import RouteModel
from ui.views.today import TodayView

TODAY = date(2026, 12, 1)
EAST = {"Eins": 7.00, "Drei": 7.20, "Zwei": 7.10}


def field_day(book: Book) -> dict[str, str]:
    book.preferences.save(replace(book.preferences.get(), route_start="50.94, 6.96"))
    visits = {}
    for name, lon in EAST.items():
        account = add_account(book, f"{name} GmbH", Tier.B, latitude=50.94, longitude=lon)
        contact = add_contact(book, "Kai", name, account_id=account)
        visits[name] = add_planned(
            book, contact, TODAY, kind=ActivityKind.VISIT, account_id=account
        )
    return visits


def today(window: MainWindow, qtbot, item_id: str) -> TodayView:  # type: ignore[no-untyped-def]
    window.show_page("today")
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.refresh()
    view.follow(item_id)
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.detail.pad.preview is not None)
    assert view.current_item() is not None and view.current_item().id == item_id
    return view


def test_i_checks_in_and_o_checks_out_with_the_report(
    qtbot, book: Book, clock: FixedClock, settings
) -> None:  # type: ignore[no-untyped-def]
    """I starts the time on site (the list says "on site", the banner where); O opens the
    report, whose answers are what the visit keeps; the banner goes."""
    from ui.app import application, create_window

    visits = field_day(book)
    application()
    window = create_window(book, settings)
    qtbot.addWidget(window)
    window.show()
    view = today(window, qtbot, visits["Eins"])
    qtbot.keyClick(view.table, Qt.Key.Key_I)
    assert view.visit_banner.isVisible() and "On site at Eins GmbH since" in (
        view.visit_banner.label.text()
    )
    assert view.detail.on_site.isVisible() and view.detail.check_out.isVisible()
    row = view.model.row_of(visits["Eins"])
    assert view.model.index(row, 1).data() == "on site"
    clock.advance(timedelta(minutes=40))

    def report() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VisitReportDialog)
        dialog.fields.met.setText("Frau Eins")
        dialog.fields.topics.setText("Wartung")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, report)
    qtbot.keyClick(view.table, Qt.Key.Key_O)
    assert rows(
        book, "SELECT status, met_with, topics FROM activities WHERE id = :id", id=visits["Eins"]
    ) == [("done", "Frau Eins", "Wartung")]
    assert book.visits.detail(visits["Eins"]).facts.minutes_on_site == 40
    assert not view.visit_banner.isVisible()
    window.close()


def test_a_visit_never_checked_out_is_asked_about_the_next_day(
    qtbot, book: Book, clock: FixedClock, settings
) -> None:  # type: ignore[no-untyped-def]
    """Checked in yesterday and forgotten: Today's banner asks "still on site?" and Discard
    takes the check-in back."""
    from ui.app import application, create_window

    visits = field_day(book)
    book.visits.check_in(visits["Zwei"])
    clock.advance(timedelta(days=1))
    application()
    window = create_window(book, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("today")
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.refresh()
    assert "Still on site at Zwei GmbH since" in view.visit_banner.label.text()
    discard = next(b for b in view.visit_banner.findChildren(type(view.power_button))
                   if b.objectName() == "discard")  # fmt: skip
    discard.click()
    assert book.visits.open_visits() == ()
    assert not view.visit_banner.isVisible()
    window.close()


def test_the_route_tab_orders_the_visits_and_applies_the_order(qtbot, book: Book, settings) -> None:  # type: ignore[no-untyped-def]
    """The Route tab lists the visits east along the line, Apply order makes the Day list them
    so, and Directions hands one link to the desktop."""
    from ui.app import application, create_window

    visits = field_day(book)
    application()
    window = create_window(book, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("today")
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.show_route()
    route = view.route
    assert route is not None
    listed = [route.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)]
    assert listed == [visits["Eins"], visits["Zwei"], visits["Drei"]]
    assert route.apply_button.isEnabled()
    route.apply_button.click()
    assert not route.apply_button.isEnabled()
    order = [
        view.model.index(r, 0).data(ID_ROLE)
        for r in range(view.model.rowCount())
        if view.model.index(r, 0).data(ID_ROLE) in visits.values()
    ]
    assert order == listed
    opened: list[QUrl] = []
    route.open_url = lambda url: opened.append(url)  # type: ignore[method-assign]
    route.directions_button.click()
    assert opened and opened[0].toString().startswith("https://www.google.com/maps/dir/")
    window.close()


def test_the_route_model_passes_the_model_tester(qtmodeltester, book: Book) -> None:  # type: ignore[no-untyped-def]
    """Placed and unplaced visits form a consistent Qt table model."""
    field_day(book)
    nowhere = add_contact(book, "Nina", "Nirgends")
    add_planned(book, nowhere, TODAY, kind=ActivityKind.VISIT)
    model = RouteModel()
    model.set_route(book.route.plan())
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(3, RouteModel.DRIVE).data() == "no position"


def test_the_account_form_keeps_bad_coordinates_and_saves_good_ones(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Nonsense in Coordinates keeps the form open with the reason; a geo: URI saves."""
    dialog = AccountDialog(window.book, window.operations, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ort AG")
    dialog.coordinates.setText("Köln")
    dialog.save()
    assert not dialog.error.isHidden() and "not a pair of coordinates" in dialog.error.text()
    assert dialog.coordinates.text() == "Köln"
    dialog.coordinates.setText("geo:50.9375,6.9603")
    dialog.save()
    assert dialog.saved_id is not None
    draft = window.book.accounts.detail(dialog.saved_id).draft
    assert (draft.latitude, draft.longitude) == (50.9375, 6.9603)


def test_a_done_visits_report_is_corrected_from_today(
    qtbot, book: Book, clock: FixedClock, settings
) -> None:  # type: ignore[no-untyped-def]
    """On a checked-out visit, *Edit report…* opens the report as written; what the rep
    corrects there is what the visit keeps, and one undo takes it back."""
    from tracker.domain.enums import Outcome
    from tracker.domain.visits import VisitReport
    from ui.app import application, create_window
    from ui.dialogs.visit_report import VisitReportEditDialog

    visits = field_day(book)
    book.visits.check_in(visits["Zwei"])
    clock.advance(timedelta(minutes=25))
    book.visits.check_out(
        visits["Zwei"], Outcome.MET_OTHER, report=VisitReport("Herr Zwo", "Wartung", None, "ok")
    )
    application()
    window = create_window(book, settings)
    qtbot.addWidget(window)
    window.show()
    view = window.views["today"]
    assert isinstance(view, TodayView)
    window.show_page("today")
    view.refresh()
    view.follow(visits["Zwei"])
    qtbot.waitUntil(lambda: view.detail.report.isVisible())
    seen: list[tuple[str, str, str]] = []

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VisitReportEditDialog)
        fields = dialog.fields
        seen.append((fields.met.text(), fields.topics.text(), fields.note.toPlainText()))
        assert not fields.order.isEnabled()  # not an order
        fields.met.setText("Herr Zwei (Einkauf)")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, correct)
    qtbot.mouseClick(view.detail.report, Qt.MouseButton.LeftButton)
    assert seen == [("Herr Zwo", "Wartung", "ok")]
    assert rows(
        book, "SELECT met_with, topics, note FROM activities WHERE id = :id", id=visits["Zwei"]
    ) == [("Herr Zwei (Einkauf)", "Wartung", "ok")]
    book.undo.undo()
    assert rows(book, "SELECT met_with FROM activities WHERE id = :id", id=visits["Zwei"]) == [
        ("Herr Zwo",)
    ]
    window.close()
