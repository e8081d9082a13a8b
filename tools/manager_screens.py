"""Screenshots of the sales manager's dialogs, filled by a real team server (`make screenshots`
runs it after tools/screenshots.py):

    python tools/manager_screens.py [OUT_DIR] [NAME …]

It starts a private PostgreSQL cluster and a team server on loopback (as the tests do), signs in
three reps with demo books and their manager, lets the manager set territories, send call lists
(which the reps work a little) and hand part of a book over, then opens each dialog from the
manager's Team menu and saves it once its requests are answered. Nothing outside a temporary
folder is touched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDate, QPoint, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import Engine

from tools.pg_cluster import Cluster, free_port
from tracker.domain.clock import clock_for_day
from tracker.domain.team_manager import CallListDraft, TeamFilter
from tracker.services.book import Book
from tracker.services.location import DataLocation
from ui.app import application, create_window
from ui.i18n import install_translators
from ui.main_window import MainWindow

DEMO_DAY = date(2026, 12, 1)
ZONE = "Europe/Berlin"
PASSWORD = "correct horse battery"
REPS = {"Anna": 11, "Bernd": 12, "Clara": 13}  # rep → demo seed
MANAGER = "Maria"
Shot = Callable[[MainWindow], QWidget]


# -- a team on a real server --------------------------------------------------------------------
@contextmanager
def team_server(folder: Path) -> Iterator[tuple[str, Engine]]:
    """A cluster and a team server on loopback; yields the server's address and its database."""
    import uvicorn
    from sqlalchemy import create_engine

    from tracker.server.admin import add_user
    from tracker.server.app import RateLimit, create_app
    from tracker.server.migrate import upgrade

    cluster = Cluster(folder / "pg", fast=True)
    cluster.start()
    try:
        url = cluster.create_database("groundgame")
        engine = create_engine(url)
        upgrade(engine)
        now = datetime.now(UTC)
        for name in REPS:
            add_user(engine, name, manager=False, password=PASSWORD, now=now)
        add_user(engine, MANAGER, manager=True, password=PASSWORD, now=now)
        port = free_port()
        app = create_app(engine, rate=RateLimit(per_second=1e6, burst=10**6))
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        try:
            yield f"http://127.0.0.1:{port}", engine
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            engine.dispose()
    finally:
        cluster.stop()


def laptop(folder: Path, user: str, server: str, seed: int | None) -> Book:
    clock = clock_for_day(DEMO_DAY, zone_name=ZONE, hour=9)
    book = Book.open(DataLocation(folder / user), clock=clock)
    if seed is not None:
        book.demo.load(seed=seed, contacts=60, today=DEMO_DAY)
    book.team.sign_in(server, user, PASSWORD)
    book.team.sync()
    return book


def work_the_lists(book: Book, share: float) -> None:
    """The rep logs calls on part of the call list that came (after it came, by the server's
    clock: the demo book's clock stands on another day)."""
    from tracker.domain.enums import ActivityKind
    from tracker.services.day.planning import PlanDraft

    with sqlite3.connect(book.location.database) as connection:
        entries = [row[0] for row in connection.execute("SELECT contact_id FROM call_list_entries")]
    day = book.queue.current_day()
    calls = [
        book.planning.add(PlanDraft(contact_id=contact, kind=ActivityKind.CALL, day=day)).value
        for contact in entries[: round(len(entries) * share)]
    ]
    connection = sqlite3.connect(book.location.database)
    connection.executemany(
        "UPDATE activities SET status = 'done', outcome = 'connected', done_on = ?, "
        "completed_at = datetime('now', '+1 minute') WHERE id = ?",
        [(str(day), call) for call in calls],
    )
    connection.commit()
    connection.close()
    book.team.sync()


def areas_of(book: Book, rep: str) -> list[str]:
    """The postcode areas (two digits) where a rep has the most accounts, most first."""
    from collections import Counter

    accounts = book.team_manager.accounts(TeamFilter(rep=rep)).rows
    areas = Counter(
        a.postal_code[:2] for a in accounts if a.postal_code and a.postal_code.isdigit()
    )
    return [area for area, _count in areas.most_common()]


def stage(folder: Path, server: str) -> tuple[Book, list[Book]]:
    """Three reps with their books, a manager, territories, call lists half worked, a handover
    and its undo, and an account shared."""
    reps = [laptop(folder, name, server, seed) for name, seed in REPS.items()]
    maria = laptop(folder, MANAGER, server, None)
    manager = maria.team_manager
    for prefix, rep in (("80", "Bernd"), ("10", "Anna"), ("20", "Clara"), ("50", "Clara")):
        manager.add_territory(prefix, rep)
    bernds_area, annas_area = areas_of(maria, "Bernd")[0], areas_of(maria, "Anna")[0]
    fair = manager.contacts(TeamFilter(postcode=bernds_area, rep="Bernd"), limit=12).rows
    follow_up = manager.contacts(TeamFilter(postcode=annas_area, rep="Anna"), limit=8).rows
    everyone = tuple(REPS)
    manager.send_list(
        CallListDraft(
            "Winteraktion Tier A",
            everyone,
            tuple(c.id for c in manager.contacts(TeamFilter(tier="A"), limit=60).rows),
            note="Neue Preisliste erwähnen",
            due_to=date(2026, 12, 18),
        )
    )
    manager.send_list(
        CallListDraft(
            "Messe-Kontakte",
            ("Bernd",),
            tuple(c.id for c in fair),
            due_from=date(2026, 12, 1),
            due_to=date(2026, 12, 11),
        )
    )
    manager.send_list(CallListDraft("Nachfassen", ("Anna",), tuple(c.id for c in follow_up)))
    for book, share in zip(reps, (0.6, 0.35, 0.1), strict=True):
        book.team.sync()
        work_the_lists(book, share)
    first, second = areas_of(maria, "Clara")[:2]
    old = manager.handover("Clara", "Anna", postcode=first)
    manager.undo_handover(old.handover)
    manager.handover("Clara", "Bernd", postcode=second)
    shared = manager.accounts(TeamFilter(rep="Anna", tier="A"), limit=1).rows
    if shared:
        manager.share(shared[0].id, ["Clara"])
    for book in (*reps, maria):
        book.team.sync()
    return maria, reps


# -- the screens --------------------------------------------------------------------------------
def settle(seconds: float = 0.3) -> None:
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def answered(dialog: QDialog) -> QDialog:
    """Wait until every request of the dialog is answered (at most 20 s)."""
    end = time.monotonic() + 20
    settle(0.1)
    while dialog.requests.busy and time.monotonic() < end:  # type: ignore[attr-defined]
        settle(0.05)
    settle(0.2)
    return dialog


def opened(window: MainWindow, key: str) -> QDialog:
    manage = window.team.manage
    action = {
        "reps": manage.reps_action,
        "territories": manage.territories_action,
        "share": manage.share_action,
        "lists": manage.lists_action,
        "handover": manage.handover_action,
    }[key]
    action.trigger()
    return answered(manage.dialogs[key])


def team_menu(window: MainWindow) -> QWidget:
    """The Team menu as a manager sees it."""
    menu = window.team.menu
    menu.popup(window.mapToGlobal(QPoint(600, 30)))
    settle()
    return menu


def reps_and_accounts(window: MainWindow) -> QWidget:
    """Bernd's accounts in Munich, three chosen and given to Anna: the result in words."""
    from ui.team.manage.reps_accounts import RepsAccountsDialog
    from ui.team.manage.widgets import choose_ids

    dialog = opened(window, "reps")
    assert isinstance(dialog, RepsAccountsDialog)
    dialog.filters.postcode.setText("80")
    dialog.filters.set_rep("Bernd")
    answered(dialog)
    chosen = [account.id for account in dialog.found.rows[:3]]
    dialog.requests.write("assign", lambda m: m.assign(chosen, "Anna"), dialog._given)
    answered(dialog)
    dialog.filters.set_rep("")
    answered(dialog)
    choose_ids(dialog.account_table, [account.id for account in dialog.found.rows[3:6]])
    dialog.account_table.setFocus()
    settle()
    return dialog


def territories(window: MainWindow) -> QWidget:
    from ui.team.manage.territories import TerritoriesDialog

    dialog = opened(window, "territories")
    assert isinstance(dialog, TerritoriesDialog)
    dialog.prefix.setText("97")
    dialog.rep.setCurrentIndex(dialog.rep.findData("Bernd"))
    dialog.add()
    answered(dialog)
    dialog.prefix.setText("04")
    dialog.rep.setCurrentIndex(dialog.rep.findData("Anna"))
    return dialog


def share(window: MainWindow) -> QWidget:
    from ui.team.manage.share import ShareDialog

    dialog = opened(window, "share")
    assert isinstance(dialog, ShareDialog)
    dialog.search.setText("bau")
    dialog.find_accounts()
    answered(dialog)
    dialog.rep_list.tick(["Bernd"])
    return dialog


def new_call_list(window: MainWindow) -> QWidget:
    from ui.team.manage.call_lists import CallListsDialog

    dialog = opened(window, "lists")
    assert isinstance(dialog, CallListsDialog)
    dialog.name.setText("Jahresgespräche Tier B")
    dialog.note.setText("Termin für Januar vereinbaren")
    dialog.due_day.setDate(QDate(2026, 12, 22))
    dialog.rep_list.tick(["Anna", "Bernd"])
    index = dialog.picker.filters.tier.findData("B")
    dialog.picker.filters.tier.setCurrentIndex(index)
    answered(dialog)
    dialog.picker.add(list(dialog.picker.found.rows[:9]))
    dialog.picker.found_table.selectRow(9)
    return dialog


def call_list_progress(window: MainWindow) -> QWidget:
    from ui.team.manage.call_lists import CallListsDialog

    dialog = opened(window, "lists")
    assert isinstance(dialog, CallListsDialog)
    dialog.tabs.setCurrentIndex(1)
    return answered(dialog)


def handover(window: MainWindow) -> QWidget:
    """Clara's accounts in her biggest area handed to Anna: what moved, and the undo right
    there."""
    from ui.team.manage.handover import HandoverDialog

    dialog = opened(window, "handover")
    assert isinstance(dialog, HandoverDialog)
    area = areas_of(window.book, "Clara")[0]
    dialog.from_rep.setCurrentIndex(dialog.from_rep.findData("Clara"))
    dialog.to_rep.setCurrentIndex(dialog.to_rep.findData("Anna"))
    dialog.area.setText(area)
    dialog.load_preview()
    answered(dialog)
    dialog.requests.write(
        "handover", lambda m: m.handover("Clara", "Anna", area), dialog._handed_over
    )
    answered(dialog)
    return dialog


SCREENS: list[tuple[str, Shot]] = [
    ("team-manage-menu", team_menu),
    ("team-reps-accounts", reps_and_accounts),
    ("team-territories", territories),
    ("team-share", share),
    ("team-call-list", new_call_list),
    ("team-call-list-progress", call_list_progress),
    ("team-handover", handover),
]


def render(out_dir: Path, only: set[str] | None = None) -> list[Path]:
    app = application()
    install_translators(app, "en")
    written: list[Path] = []
    folder = Path(tempfile.mkdtemp(prefix="gg-manager-screens-"))
    try:
        with team_server(folder) as (server, _database):
            maria, reps = stage(folder / "laptops", server)
            settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
            window = create_window(maria, settings)
            window.resize(1280, 800)
            window.show()
            settle()
            out_dir.mkdir(parents=True, exist_ok=True)
            for name, shot in SCREENS:
                if only is not None and name not in only:
                    continue
                widget = shot(window)
                settle()
                path = out_dir / f"{name}.png"
                widget.grab().save(str(path))
                written.append(path)
                widget.close()
                settle()
            window.close()
            window.team.runner.wait(30_000)
            for book in (maria, *reps):
                book.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return written


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for path in render(out_dir, set(sys.argv[2:]) or None):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
