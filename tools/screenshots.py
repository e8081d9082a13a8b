"""Render the main screens with demo data into PNG files (run offscreen: `make screenshots`).

Each entry of SCREENS names a file and a function that brings the window into the state to show;
features add their screens here. The demo book is made in a temporary folder, so the rep's own
data is never touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication, QWidget

from tracker.domain.clock import clock_for_day
from tracker.services.book import Book
from tracker.services.location import DataLocation
from ui.app import application, create_window
from ui.i18n import install_translators
from ui.main_window import MainWindow

DEMO_DAY = date(2026, 12, 1)
ZONE = "Europe/Berlin"
Shot = Callable[[MainWindow], QWidget]


def page(key: str) -> Shot:
    def show(window: MainWindow) -> QWidget:
        window.show_page(key)
        return window

    return show


def preferences(window: MainWindow) -> QWidget:
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.book, window.operations, window)
    dialog.show()
    return dialog


def reports(window: MainWindow) -> QWidget:
    from tracker.domain.reports import PeriodKind
    from ui.views.reports import ReportsView

    window.show_page("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    view.show_range(PeriodKind.LAST_WEEK)
    return window


def reports_funnel(window: MainWindow) -> QWidget:
    """November's Reports scrolled to the stage conversion: the cohort table and its note."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QScrollArea

    from tracker.domain.reports import PeriodKind
    from ui.views.reports import ReportsView

    window.show_page("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    view.show_range(PeriodKind.CUSTOM)
    view.start.setDate(QDate(2026, 11, 1))
    view.end.setDate(QDate(2026, 11, 30))
    view.refresh()
    settle(QApplication.instance())  # type: ignore[arg-type]
    scroll = view.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(view.funnel_note, 0, 40)
    scroll.verticalScrollBar().setValue(
        view.funnel_chart.mapTo(scroll.widget(), view.funnel_chart.rect().topLeft()).y() - 20
    )
    return window


def export_dialog(window: MainWindow) -> QWidget:
    """File ▸ Export… for last week as a workbook, the activity list asked for."""
    from tracker.domain.reports import PeriodKind
    from ui.dialogs.export import ExportDialog

    period = window.book.reports.period(PeriodKind.LAST_WEEK)
    dialog = ExportDialog(window.book, window.operations, window, period=period)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.detail.setChecked(True)
    dialog.show()
    return dialog


def import_preview(window: MainWindow) -> QWidget:
    """The preview of a messy CSV from another CRM (semicolons, cp1252, duplicates, bad e-mails)."""
    from ui.dialogs.import_contacts import ImportWizard

    path = Path(tempfile.mkdtemp()) / "crm-export.csv"
    path.write_bytes(SAMPLE_CSV.encode("cp1252"))
    table = window.book.imports.read(path)
    wizard = ImportWizard(window.book, window.operations, table, window)
    wizard.show()
    wizard.next()
    page = wizard.preview_page
    deadline = 200
    while page.report is None and deadline:
        QApplication.processEvents()
        QThread.msleep(20)
        deadline -= 1
    settle(QApplication.instance())  # type: ignore[arg-type]
    return wizard


def summary_pdf(window: MainWindow, page_number: int = 0) -> QWidget:
    """A page of last week's PDF summary, rendered with PDFium (pypdfium2)."""
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QLabel

    from tracker.domain.reports import PeriodKind
    from tracker.services.exports.service import SummaryFormat
    from ui.report_texts import report_texts

    path = Path(tempfile.mkdtemp()) / "summary.pdf"
    period = window.book.reports.period(PeriodKind.LAST_WEEK)
    window.book.exports.summary(period, SummaryFormat.PDF, path, texts=report_texts())
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    image = document[page_number].render(scale=1.35).to_pil()
    png = Path(tempfile.mkdtemp()) / "page.png"
    image.save(png)
    document.close()
    label = QLabel()
    label.setPixmap(QPixmap(str(png)))
    label.resize(label.pixmap().size())
    label.show()
    return label


SAMPLE_CSV = (
    "Vorname;Nachname;Firma;Telefon;Mobil;E-Mail;Straße;PLZ;Ort;Kategorie\n"
    "Jürgen;Müller;Bäckerei Köhler;030 1234567;;juergen@koehler-baeckerei.de;Hauptstraße 1;10115;Berlin;Messe\n"
    "Zoë;Weiß;Café Übersee;+49 40 7654321;0170 5550101;zoe@cafe-uebersee.de;Elbchaussee 8;22763;Hamburg;\n"
    "Sören;Groß;Bäckerei Köhler;+49 (30) 123-4567;;soeren@koehler-baeckerei.de;;;;Messe\n"
    ";;;;;;;;;\n"
    "Ute;Schäfer;Optik Schäfer;0221 998877;;ute.schaefer(at)optik.de;Domplatz 2;50667;Köln;\n"
    "Andrea;Bauer;Metallbau Schulz GmbH & Co. KG;;+49 1542 632423;;;;;\n"
    "Heike;Krüger;Straßenbau Weiß KG;089 445566;;heike@strassenbau-weiss.de;Leopoldstr. 3;80802;München;Neukunde\n"
    "Ömer;Öztürk;;0711 223344;0151 22334455;oemer@oeztuerk.de;;70173;Stuttgart;\n"
    "Björn;;Getränke Nord;040 1112233;;bjoern@getraenke-nord.de;;;Hamburg;\n"
    ";Nowak;;;;;;;;\n"
    "Paul;Dupont;Café Übersee;;;paul@cafe-uebersee.de;;;;\n"
)


def power_hour(window: MainWindow) -> QWidget:
    from ui.dialogs.power_hour import PowerHourDialog

    window.show_page("today")
    dialog = PowerHourDialog(window.book, window.operations, window, elapsed_ms=lambda: 17 * 60_000)
    dialog.resize(1100, 720)
    dialog.show()
    return dialog


def damaged_start(window: MainWindow) -> QWidget:
    """The dialog a truncated book gets at start."""
    from datetime import UTC, datetime

    from tracker.services.safety.recovery import BackupInfo, Damage, DamageReport
    from ui.dialogs.damaged import DamagedDialog

    location = window.book.location
    backup = BackupInfo(
        location.backups / "groundgame-20261201-073000-000000-start.sqlite3",
        datetime(2026, 12, 1, 7, 30, tzinfo=UTC),
        "start",
        2_400_000,
    )
    report = DamageReport(
        location.database,
        Damage.TRUNCATED,
        "the file is cut short",
        backup,
        location.damaged / "20261201-080000",
    )
    dialog = DamagedDialog(report, window)
    dialog.show()
    return dialog


def week(window: MainWindow) -> QWidget:
    window.show_page("today")
    view = window.views["today"]
    tabs = view.tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(1)
    return window


def end_of_day(window: MainWindow) -> QWidget:
    """An afternoon's work logged first, so the review has something to show."""
    from tracker.domain.enums import ActivityKind, Outcome
    from ui.dialogs.end_of_day import EndOfDayDialog

    book = window.book
    calls = (Outcome.NO_ANSWER, Outcome.CONNECTED, Outcome.VOICEMAIL, Outcome.INTERESTED,
             Outcome.NO_ANSWER, Outcome.CONNECTED, Outcome.NO_ANSWER, Outcome.BUSY)  # fmt: skip
    items = [i for i in book.queue.today().planned if i.kind is not ActivityKind.VISIT]
    for item, outcome in zip(items, calls, strict=False):
        book.work.log(item.id, outcome)
    visit = next(i for i in book.queue.today().planned if i.kind is ActivityKind.VISIT)
    book.work.log(visit.id, Outcome.MET_DECISION_MAKER, note="Wants a quote for two sites")
    window.show_page("today")
    dialog = EndOfDayDialog(book, window)
    dialog.resize(900, 640)
    dialog.show()
    return dialog


def read_only(window: MainWindow) -> QWidget:
    """The window on a book whose folder cannot be written."""
    book = Book.open(window.book.location, clock=window.book.clock, read_only=True)
    other = create_window(book, window.settings)
    other.resize(1280, 800)
    other.show_page("today")
    other.show()
    other.destroyed.connect(book.close)
    return other


def welcome(window: MainWindow) -> QWidget:
    """The first start on an empty book: the welcome page with its choices and the language."""
    book = Book.open(
        DataLocation(window.book.location.root.parent / "fresh"), clock=window.book.clock
    )
    other = create_window(book, window.settings)
    other.resize(1280, 800)
    other.show()
    other.destroyed.connect(book.close)
    return other


def cheat_sheet(window: MainWindow) -> QWidget:
    from ui.dialogs.cheat_sheet import CheatSheet

    sheet = CheatSheet(window)
    sheet.resize(900, 760)
    sheet.show()
    return sheet


def about(window: MainWindow) -> QWidget:
    from ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.book, window)
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Shot]] = [
    ("today", page("today")),
    ("contacts", page("contacts")),
    ("pipeline", page("pipeline")),
    ("base", page("base")),
    ("reports", reports),
    ("preferences", preferences),
    ("import-preview", import_preview),
    ("summary-pdf", summary_pdf),
    ("power-hour", power_hour),
    ("week", week),
    ("end-of-day", end_of_day),
]


# -- Issue 16: the first run, the cheat sheet, About
SCREENS += [("welcome", welcome), ("cheat-sheet", cheat_sheet), ("about", about)]


# -- Issue 4: contacts, accounts, a contact's detail, the Base ranked, search, the contact form --
def _wait(condition: Callable[[], bool]) -> None:
    import time

    app = QApplication.instance()
    deadline = time.monotonic() + 30
    while not condition() and time.monotonic() < deadline:
        if app is not None:
            app.processEvents()
        time.sleep(0.01)


def _contacts_view(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("contacts")
    return window.views["contacts"]


def contacts(window: MainWindow) -> QWidget:
    """The People tab with a busy customer selected."""
    view = _contacts_view(window)
    view.tabs.setCurrentIndex(0)
    panel = view.contacts
    rows = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    busy = next(r for r in rows if r is not None and r.lifecycle.value == "customer" and r.account)
    panel.show_id(busy.id)
    return window


def contact_detail(window: MainWindow) -> QWidget:
    """A customer in today's queue (with the queue's reasons), on the timeline."""
    ranking = window.book.loyalty.ranking()
    today = window.book.contacts.today()
    placements = {
        e.contact_id: window.book.queue.placement_of(e.contact_id) for e in ranking.entries
    }
    queued = [
        e
        for e in ranking.entries
        if (placed := placements[e.contact_id]) is not None and placed.candidate.due_on <= today
    ]
    referrer = next((e for e in queued if e.referrals >= 2), queued[0])
    view = _contacts_view(window)
    view.open_contact(referrer.contact_id)
    view.contacts.detail.tabs.setCurrentIndex(0)
    return window


def accounts(window: MainWindow) -> QWidget:
    """The Accounts tab: tiers and where each account stands against its cadence."""
    view = _contacts_view(window)
    view.tabs.setCurrentIndex(1)
    panel = view.accounts
    rows = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    tiered = next(r for r in rows if r is not None and r.tier is not None and r.contacts > 1)
    panel.show_id(tiered.id)
    return window


def base(window: MainWindow) -> QWidget:
    """The Base once ranked, its first referrer selected."""
    window.show_page("base")
    view = window.views["base"]
    _wait(lambda: view.ranking is not None and not view.busy())
    rows = view.model.rows()
    pick = next((e for e in rows if e.referrals), rows[0])
    view.select_contact(pick.contact_id)
    return window


def search(window: MainWindow) -> QWidget:
    """The search palette over the window after typing a few letters."""
    window.show_page("contacts")
    window.book_actions.open_search()
    palette = window.book_actions.palette
    palette.query.setText("mueller")  # one spelling: finds Müller, Mueller and Muller
    palette.search("mueller")
    settle(QApplication.instance())  # type: ignore[arg-type]
    # The palette is a window of its own: paint it over the main window as the rep sees it.
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QLabel

    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap((window.width() - palette.width()) // 2, 70, palette.grab())
    painter.end()
    palette.close()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    return label


def contact_edit(window: MainWindow) -> QWidget:
    """The contact form warning about a duplicate before it saves."""
    from ui.dialogs.contact_edit import ContactDialog

    view = _contacts_view(window)
    row = view.contacts.model.row_at(0)
    detail = window.book.contacts.detail(row.id)
    dialog = ContactDialog(window.book, window.operations, window)
    dialog.first_name.setText(detail.first_name)
    dialog.last_name.setText(detail.last_name)
    if detail.phones:
        dialog.phone_rows[0][0].setText(detail.phones[0].number)
    dialog.save()  # shows the warning, saves nothing
    dialog.show()
    return dialog


def duplicates(window: MainWindow) -> QWidget:
    """Find duplicates after a company was typed in again with its umlaut spelled out and no
    legal form: the account cluster first, the people below. What it adds is undone after."""
    from PySide6.QtWidgets import QLabel

    from tracker.domain.accounts import AccountDraft, AccountQuery
    from tracker.domain.drafts import ContactDraft
    from tracker.domain.duplicates import LEGAL_FORMS
    from ui.dialogs.duplicates import DuplicatesDialog

    book = window.book
    rows = book.accounts.rows(list(book.accounts.ids(AccountQuery())))
    umlauts = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
    original = next(
        r for r in rows if r.contacts > 1 and r.phone and r.name != r.name.translate(umlauts)
    )
    place = book.accounts.detail(original.id).draft
    words = []
    for word in original.name.split():
        if word.strip(".,&").lower() in LEGAL_FORMS or word == "&":
            break
        words.append(word)
    twin = book.accounts.create(
        AccountDraft(" ".join(words).translate(umlauts), postal_code=place.postal_code,
                     city=place.city)
    ).value  # fmt: skip
    book.contacts.create(ContactDraft("Lena", "Schäfer", account_id=twin))
    dialog = DuplicatesDialog(book, window.operations, book.duplicates.clusters(), window)
    dialog.show()
    settle(QApplication.instance())  # type: ignore[arg-type]
    label = QLabel()
    label.setPixmap(dialog.grab())
    label.resize(dialog.size())
    dialog.close()
    for _ in range(2):
        book.undo.undo()
    return label


SCREENS[1] = ("contacts", contacts)
SCREENS[3] = ("base", base)
SCREENS += [
    ("contact-detail", contact_detail),
    ("accounts", accounts),
    ("search", search),
    ("contact-edit", contact_edit),
    ("duplicates", duplicates),
    ("damaged-start", damaged_start),
    ("read-only", read_only),
    # Issue 13: the stage funnel as a cohort, the export with its activity list, the PDF's tables.
    ("reports-funnel", reports_funnel),
    ("export", export_dialog),
    ("summary-pdf-2", lambda window: summary_pdf(window, 1)),
]


# -- Issue 17: a field day around Cologne ---------------------------------------------------------
FIELD_DAY: dict[str, str] = {}  # what the first of these shots staged: visit ids by role


def field_day(window: MainWindow) -> None:
    """Six visits today at accounts in and around Cologne (one at 11:00, one whose account has
    no position), the drive starting at the office: staged once, for the shots below."""
    if FIELD_DAY.get("book") == str(id(window.book)):
        return
    FIELD_DAY.clear()
    FIELD_DAY["book"] = str(id(window.book))
    from dataclasses import replace
    from datetime import time, timedelta

    from tracker.domain.accounts import AccountQuery
    from tracker.domain.contacts import ContactQuery
    from tracker.domain.enums import ActivityKind
    from tracker.services.day.planning import PlanDraft

    book = window.book
    book.preferences.save(
        replace(book.preferences.get(), route_start="50.9413, 6.9583", route_departure="08:00")
    )
    # The demo's own visits today are all over the country: they move to next week.
    for item in book.queue.today().items:
        if item.kind is ActivityKind.VISIT:
            book.work.reschedule(item.id, DEMO_DAY + timedelta(days=7))
    accounts = [
        a for a in book.accounts.ids(AccountQuery(text="Köln"))
        if book.contacts.ids(ContactQuery(account_id=a))
    ][:6]  # fmt: skip
    for n, account in enumerate(accounts):
        contact = book.contacts.ids(ContactQuery(account_id=account))[0]
        at = time(11, 0) if n == 2 else None
        if n == 5:  # an address without coordinates still takes part, after the route
            draft = book.accounts.detail(account).draft
            book.accounts.update(account, replace(draft, latitude=None, longitude=None))
        visit = book.planning.add(
            PlanDraft(
                contact, ActivityKind.VISIT, DEMO_DAY, at=at, duration_minutes=45 if at else None
            )
        ).value
        FIELD_DAY.setdefault("first", visit)
        if at is not None:
            FIELD_DAY["fixed"] = visit
    window.views["today"].refresh()


def visit_checkin(window: MainWindow) -> QWidget:
    """Today with the rep checked in at the first visit of the field day: banner and detail."""
    from ui.views.today import TodayView

    field_day(window)
    window.show_page("today")
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.tabs.setCurrentIndex(0)
    window.book.visits.check_in(FIELD_DAY["fixed"])
    view.refresh()
    view.follow(FIELD_DAY["fixed"])
    settle(QApplication.instance())  # type: ignore[arg-type]
    return window


def visit_report(window: MainWindow) -> QWidget:
    """The visit report as check-out opens it, filled in."""
    from datetime import timedelta

    from tracker.domain.enums import Outcome
    from ui.dialogs.visit_report import VisitReportDialog

    book = window.book
    (visit,) = book.visits.open_visits()
    prefs = book.preferences.get()
    dialog = VisitReportDialog(
        visit.place, book.work.preview(visit.activity_id), outcome=Outcome.ORDER_TAKEN,
        since=visit.checked_in_at, leave_at=visit.checked_in_at + timedelta(minutes=50),
        zone_name=prefs.time_zone, today=DEMO_DAY, currency=prefs.currency,
        order_cents=248_000, parent=window,
    )  # fmt: skip
    dialog.fields.met.setText("Frau Keller (Einkauf)")
    dialog.fields.topics.setText("Winterkollektion, Rahmenvertrag 2027")
    dialog.fields.note.setPlainText("Möchte das Angebot bis Freitag; Muster dalassen.")
    dialog.show()
    return dialog


def route(window: MainWindow) -> QWidget:
    """Today's Route tab for the field day."""
    from ui.views.today import TodayView

    field_day(window)
    window.show_page("today")
    view = window.views["today"]
    assert isinstance(view, TodayView)
    view.show_route()
    settle(QApplication.instance())  # type: ignore[arg-type]
    return window


def route_sheet(window: MainWindow) -> QWidget:
    """The printable route sheet (PDF), rendered with PDFium."""
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QLabel

    from tracker.services.exports.route_sheet import write_route_sheet
    from ui.views.route import sheet_texts

    field_day(window)
    path = Path(tempfile.mkdtemp()) / "route.pdf"
    write_route_sheet(window.book.route.plan(), path, sheet_texts())
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    image = document[0].render(scale=1.2).to_pil()
    png = Path(tempfile.mkdtemp()) / "route.png"
    image.save(png)
    document.close()
    label = QLabel()
    label.setPixmap(QPixmap(str(png)))
    label.resize(label.pixmap().size())
    label.show()
    return label


SCREENS += [
    ("route", route),
    ("route-sheet", route_sheet),
    ("visit-checkin", visit_checkin),
    ("visit-report", visit_report),
]


# Team mode (issue 14): last, since the first of them makes the demo book a team member.
from tools.calendar_screens import SCREENS as CALENDAR_SCREENS  # noqa: E402
from tools.team_screens import SCREENS as TEAM_SCREENS  # noqa: E402

SCREENS += TEAM_SCREENS
# Calendar sync (issue 17): after the team's, since they connect the book to a calendar.
SCREENS += CALENDAR_SCREENS


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


@contextlib.contextmanager
def _scratch_folder() -> Iterator[Path]:
    folder = Path(tempfile.gettempdir()) / "groundgame-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def render(out_dir: Path, language: str = "en", only: set[str] | None = None) -> list[Path]:
    app = application()
    install_translators(app, language)
    written: list[Path] = []
    # A fixed folder, so the data path in the status bar is the same in every run.
    with _scratch_folder() as tmp:
        clock = clock_for_day(DEMO_DAY, zone_name=ZONE, hour=9)
        book = Book.open(DataLocation(Path(tmp) / "data"), clock=clock)
        prefs = book.preferences.get()
        from dataclasses import replace

        book.preferences.save(replace(prefs, time_zone=ZONE, rep_name="Alex Berger"))
        book.demo.load(seed=1, contacts=300, today=DEMO_DAY)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = create_window(book, settings)
        window.resize(1280, 800)
        window.show()
        settle(app)
        out_dir.mkdir(parents=True, exist_ok=True)
        suffix = "" if language == "en" else f"-{language}"
        for name, shot in SCREENS:
            if only is not None and name not in only:
                continue
            widget = shot(window)
            settle(app)
            path = out_dir / f"{name}{suffix}.png"
            widget.grab().save(str(path))
            written.append(path)
            if widget is not window:
                widget.close()
        window.close()
        book.close()
    return written


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    only = set(sys.argv[2:]) or None
    for path in render(out_dir, "en", only):
        print(path)
    german = {"today", "preferences", "welcome", "route"} & (
        only or {"today", "preferences", "welcome", "route"}
    )
    if german:
        for path in render(out_dir, "de", german):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
