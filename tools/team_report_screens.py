"""Screenshots of the Team screen against a real team server (`make screenshots` runs this too):

    python tools/team_report_screens.py [OUT_DIR]

Starts a private PostgreSQL cluster (tools/pg_cluster.py) and the team server on a loopback port
in this process, signs in four reps' laptops with demo books of their own (other seeds, other
goals, one in London), sends a call list, syncs, and opens the manager's window on the Team
screen: last week in English and German, and the screen when the server cannot be reached.
Everything lives in a temporary folder and is removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine

from tools.pg_cluster import Cluster, free_port
from tracker.domain.clock import clock_for_day
from tracker.domain.enums import ActivityKind, Outcome
from tracker.domain.reports import PeriodKind
from tracker.server.admin import add_user
from tracker.server.app import RateLimit, create_app
from tracker.server.migrate import upgrade
from tracker.services.book import Book
from tracker.services.location import DataLocation
from ui.app import application, create_window
from ui.i18n import install_translators
from ui.views.team import TeamView

DAY = date(2026, 12, 1)
ZONE = "Europe/Berlin"
PASSWORD = "screenshot password"
REPS = (  # user, name, demo seed, zone, daily call goal
    ("anna", "Anna Berger", 3, ZONE, 6),
    ("bernd", "Bernd Vogel", 5, ZONE, 5),
    ("carla", "Carla Neumann", 8, "Europe/London", 4),
    ("david", "David Schulz", 12, ZONE, 6),
)


class Server:
    """The team server's app served by uvicorn in a thread, its clock on the demo day."""

    def __init__(self, url: str, clock: object) -> None:
        self.engine = create_engine(url)
        upgrade(self.engine)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(self.engine, clock=clock, rate=RateLimit(per_second=1e6, burst=10**6))  # type: ignore[arg-type]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.engine.dispose()


def laptop(root: Path, server: Server, user: str, clock: object) -> Book:
    book = Book.open(DataLocation(root / user), clock=clock)  # type: ignore[arg-type]
    book.preferences.save(replace(book.preferences.get(), time_zone=ZONE))
    book.team.sign_in(server.url, user, PASSWORD)
    return book


def stage(root: Path, server: Server, clock: object) -> Book:
    """Four reps with a month of history and today's first calls, synced; the manager's laptop."""
    for user, _name, _seed, _zone, _goal in REPS:
        add_user(server.engine, user, manager=False, password=PASSWORD, now=datetime.now(UTC))
    add_user(server.engine, "maria", manager=True, password=PASSWORD, now=datetime.now(UTC))
    contacts: list[str] = []
    for user, name, seed, zone, goal in REPS:
        book = laptop(root, server, user, clock)
        book.preferences.save(replace(book.preferences.get(), rep_name=name, time_zone=zone))
        book.demo.load(seed=seed, contacts=70, today=DAY)
        connection = sqlite3.connect(book.location.database)
        connection.execute(
            "UPDATE goals SET target = ? WHERE metric = 'calls' AND period = 'day'", (goal,)
        )
        connection.commit()
        contacts += [row[0] for row in connection.execute("SELECT id FROM contacts LIMIT 6")]
        connection.close()
        calls = [
            i
            for i in book.queue.today().items
            if ":" not in i.id and i.candidate.kind is not ActivityKind.VISIT
        ]
        for item in calls[: 2 + seed % 3]:
            book.work.log(item.id, Outcome.CONNECTED if seed % 2 else Outcome.NO_ANSWER)
        book.team.sync()
        book.close()
    maria = laptop(root, server, "maria", clock)
    maria.team.manage("lists/send", {"name": "Winter offer", "to": ["anna", "bernd"],
                                     "contacts": contacts[:12], "due_to": "2026-12-11"})  # fmt: skip
    maria.team.manage("lists/send", {"name": "C customers, December", "to": ["carla", "david"],
                                     "contacts": contacts[12:], "due_to": "2026-12-18"})  # fmt: skip
    for user, *_rest in REPS[:2]:
        book = Book.open(DataLocation(root / user), clock=clock)  # type: ignore[arg-type]
        book.team.sync()  # the list arrives; work one of its contacts
        listed = [
            i
            for i in book.queue.today().items
            if ":" not in i.id and i.candidate.kind is not ActivityKind.VISIT
        ]
        if listed:
            book.work.log(listed[0].id, Outcome.APPOINTMENT_SET)
        book.team.sync()
        book.close()
    maria.team.sync()
    return maria


def shoot(maria: Book, out_dir: Path, name: str, language: str, *, offline: bool = False) -> Path:
    app = QApplication.instance() or application()
    install_translators(app, language)  # type: ignore[arg-type]
    settings_dir = Path(tempfile.mkdtemp(prefix="gg-team-shot-"))
    settings = QSettings(str(settings_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = create_window(maria, settings)
    window.resize(1280, 900)
    window.show()
    window.show_page("team")
    view = window.views["team"]
    assert isinstance(view, TeamView)
    view.show_range(PeriodKind.LAST_WEEK)
    deadline = time.monotonic() + 60
    while (view.loading or view.data is None) and time.monotonic() < deadline and not offline:
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.02)
    while offline and view.loading and time.monotonic() < deadline:
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()  # type: ignore[union-attr]
    path = out_dir / f"{name}.png"
    window.grab().save(str(path))
    window.team.shutdown()
    window.close()
    shutil.rmtree(settings_dir, ignore_errors=True)
    return path


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="gg-team-screens-"))
    clock = clock_for_day(DAY, zone_name=ZONE, hour=9)
    cluster = Cluster(root / "pg", fast=True)
    url = cluster.start()
    server = Server(url, clock)
    try:
        application()
        maria = stage(root, server, clock)
        print(shoot(maria, out_dir, "team-report", "en"))
        print(shoot(maria, out_dir, "team-report-de", "de"))
        server.stop()
        print(shoot(maria, out_dir, "team-report-offline", "en", offline=True))
        maria.close()
    finally:
        server.stop()
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
