"""`groundgame --self-test`: start the app, show every screen once, and quit — for packagers.

An installed bundle can miss a module that the freezer did not see (one imported only when a
screen first opens, a translation file, an image plugin). This walks the places that load
something lazily — Today, every screen, the Reports charts (matplotlib), the search palette,
the printed day list (Qt's PDF writer), the cheat sheet, About, the German translation, the
calendar sync's CalDAV client — and
prints one line per step. It exits 0 when every step worked, else 1 naming the step. It does
what opening the app does and no more (no exit backup), so it can run on a rep's data.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from ui import startup
from ui.app import Launched, launch
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.navigation import PAGES


class _PaintWatch(QObject):
    """Notes when the watched widget first paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def _settle(app: QApplication, window: MainWindow, key: str | None = None) -> None:
    """Process events until the screen (or every background job) is done, 30 s at most."""
    until = time.perf_counter() + 30
    while time.perf_counter() < until:
        app.processEvents()
        view = window.views.get(key) if key else None
        busy = getattr(view, "busy", None) if view is not None else window.operations.busy
        if not (callable(busy) and busy()):
            return
        time.sleep(0.02)
    raise TimeoutError(f"{key or 'a background job'} still busy after 30 s")


def _steps(launched: Launched, started: float) -> list[tuple[str, Callable[[], str]]]:
    app, window, book = launched.app, launched.window, launched.book

    def first_screen() -> str:
        if window.current_page() == "welcome":
            return "welcome page (the book is empty)"
        watch = _PaintWatch()
        view = window.views["today"]
        view.installEventFilter(watch)
        window.show_page("today")
        until = time.perf_counter() + 30
        while watch.painted_at is None and time.perf_counter() < until:
            app.processEvents()
        if watch.painted_at is None:
            raise TimeoutError("Today did not paint within 30 s")
        # CPU time too: unlike the wall clock it hardly moves when other work shares the machine.
        return (
            f"Today painted {watch.painted_at - started:.2f} s after start "
            f"({time.process_time():.2f} s of CPU since the process began)"
        )

    def every_screen() -> str:
        if window.current_page() == "welcome":
            return "skipped: the book is empty"
        for page in PAGES:
            window.show_page(page.key)
            _settle(app, window, page.key)
        return ", ".join(page.key for page in PAGES)

    def search() -> str:
        window.book_actions.open_search()
        palette = window.book_actions.palette
        palette.search("Mü")  # type: ignore[union-attr]
        palette.hide()  # type: ignore[union-attr]
        hits = book.search.search("a")
        return f"{len(hits)} hits for 'a'"

    def print_list() -> str:
        from ui.printing import save_pdf

        with tempfile.TemporaryDirectory() as folder:
            path = save_pdf(book, book.queue.today(), Path(folder) / "today.pdf")
            size = path.stat().st_size
            if not path.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("the day list is not a PDF")
        return f"day list as PDF, {size} bytes"

    def field_day() -> str:
        """The Route tab (built on first use), its sheet as PDF, and the visit report dialog."""
        from tracker.services.exports.route_sheet import write_route_sheet
        from ui.dialogs.visit_report import VisitReportDialog
        from ui.views.today import TodayView

        today = window.views["today"]
        if not isinstance(today, TodayView):
            return "skipped: no Today"
        window.show_page("today")
        today.show_route()
        _settle(app, window, "today")
        day = book.route.plan()
        with tempfile.TemporaryDirectory() as folder:
            path = write_route_sheet(day, Path(folder) / "route.pdf")
            if not path.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("the route sheet is not a PDF")
        visit = next(iter(day.visits), None)
        if visit is not None:
            prefs = book.preferences.get()
            report = VisitReportDialog(
                visit, book.work.preview(visit), outcome=None, since=None, leave_at=None,
                zone_name=prefs.time_zone, today=day.day, currency=prefs.currency, parent=window,
            )  # fmt: skip
            report.deleteLater()
        today.tabs.setCurrentIndex(0)
        return f"route of {len(day.visits)} visits, {day.route.km:.0f} km, sheet and report"

    def dialogs() -> str:
        from ui.dialogs.about import AboutDialog
        from ui.dialogs.cheat_sheet import CheatSheet

        sheet = CheatSheet(window)
        about = AboutDialog(book, window)
        shown = f"cheat sheet with {sheet.shortcut_count()} shortcuts, About"
        sheet.deleteLater()
        about.deleteLater()
        return shown

    def german() -> str:
        install_translators(app, "de")
        try:
            heute = QCoreApplication.translate("Navigation", "Today")
            if heute == "Today":
                raise RuntimeError("the German translation did not load")
        finally:
            install_translators(app, book.preferences.get().language)
        return f"'Today' is '{heute}'"

    def calendar_client() -> str:
        """caldav and its HTTP and XML libraries load and run: a loopback port where nothing
        listens is told apart from a refused password (no network beyond this machine)."""
        import socket

        from tracker.domain.calendar import CalendarUnreachable
        from tracker.services.calendar.remote import RemoteCalendar

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]  # closed again: nothing listens there
        remote = RemoteCalendar(f"http://127.0.0.1:{port}/", "self-test", "self-test")
        try:
            remote.choose(None)
        except CalendarUnreachable:
            return "caldav loads; a closed port is 'cannot reach'"
        finally:
            remote.close()
        raise RuntimeError("a closed port answered like a calendar server")

    return [
        ("first screen", first_screen),
        ("every screen", every_screen),
        ("field day", field_day),
        ("search", search),
        ("printing", print_list),
        ("dialogs", dialogs),
        ("translations", german),
        ("calendar client", calendar_client),
    ]


def run_self_test(data_dir: str | None) -> int:
    """Start the app on `data_dir`, run every step, print what happened; the exit code."""
    startup.RAISE_INSTEAD_OF_ASKING = True
    started = time.perf_counter()
    try:
        launched = launch(data_dir=data_dir)
    except Exception:
        traceback.print_exc()
        print("FAILED start", flush=True)
        return 1
    if not isinstance(launched, Launched):
        print(f"FAILED start: exit {launched}", flush=True)
        return 1
    failed = 0
    settings = launched.window.settings
    last_page = settings.value("main/page")  # the screen the rep left, kept as it was
    try:
        for name, step in _steps(launched, started):
            began = time.perf_counter()
            try:
                said = step()
            except Exception as exc:
                traceback.print_exc()
                print(f"FAILED {name}: {type(exc).__name__}: {exc}", flush=True)
                failed += 1
                continue
            print(f"ok {name} ({time.perf_counter() - began:.2f} s): {said}", flush=True)
    finally:
        launched.window.close()
        if last_page is not None:
            settings.setValue("main/page", last_page)
            settings.sync()
        launched.book.close()  # no exit backup: the self-test leaves the book as it was
        launched.instance.release()
    print("self-test passed" if not failed else f"self-test: {failed} step(s) failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover - run through main.py
    sys.exit(run_self_test(sys.argv[1] if len(sys.argv) > 1 else None))
