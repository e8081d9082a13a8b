"""Calendar sync on loopback against a real Radicale: how long the first sync of a busy rep's
appointments takes, a sync with nothing to do, one after a handful of changes on each side, and
the status the app reads after every change. Prints figures; gates nothing.

    .venv/bin/python benchmarks/calendar_sync.py [--appointments 200] [--series 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.calendar_server import PASSWORD, CalendarApp, CalendarServer
from tracker.domain.clock import clock_for_day
from tracker.domain.contacts import ContactQuery
from tracker.domain.enums import ActivityKind, ContactState
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft
from tracker.services.location import DataLocation

DAY = date(2026, 12, 1)
ZONE = "Europe/Berlin"


def timed(work, runs: int = 5) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall and CPU milliseconds of `runs` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--appointments", type=int, default=200)
    parser.add_argument("--series", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gg-calbench-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(folder / "keyring")
    server = CalendarServer(folder / "radicale")
    server.add_user("anna")
    server.start()
    try:
        book = Book.open(DataLocation(folder / "book"), clock=clock_for_day(DAY, zone_name=ZONE))
        book.preferences.save(replace(book.preferences.get(), time_zone=ZONE))
        book.demo.load(seed=1, contacts=300, today=DAY)
        contacts = book.contacts.ids(ContactQuery(state=ContactState.ACTIVE))
        for n in range(args.appointments):
            day = DAY + timedelta(days=1 + n % 56)
            book.planning.add(
                PlanDraft(
                    contacts[n % len(contacts)],
                    ActivityKind.VISIT,
                    day,
                    clock_time(8 + n % 9, 0),
                    location="Hauptstraße 1",
                )
            )
        for n in range(args.series):
            book.planning.add(
                PlanDraft(
                    contacts[-1 - n],
                    ActivityKind.CALL,
                    DAY + timedelta(days=1 + n),
                    clock_time(9, 30),
                    repeat="FREQ=WEEKLY",
                )
            )
        status = book.calendar.connect(server.url, "anna", PASSWORD)
        print(f"appointments to write: {status.waiting}")
        wall, cpu = timed(lambda: book.calendar.sync(), runs=1)
        print(f"first sync (writes every event):        {wall:8.0f} ms wall, {cpu:6.0f} ms CPU")
        wall, cpu = timed(lambda: book.calendar.sync())
        print(f"sync with nothing to do (median of 5):  {wall:8.0f} ms wall, {cpu:6.0f} ms CPU")
        wall, cpu = timed(lambda: book.calendar.status())
        print(f"status (the app's line, median of 5):   {wall:8.1f} ms wall, {cpu:6.1f} ms CPU")
        app = CalendarApp(server, status.calendar_url)
        uids = sorted(app.events())[:5]
        for uid in uids:
            start = app.master(uid)["DTSTART"].dt
            app.move(uid, start + timedelta(hours=1))
        report = book.calendar.sync().value
        print(f"5 moved in the calendar: moved {report.moved}, downloaded {report.downloaded}")
        app.close()
        book.close()
    finally:
        server.close()
    print(f"(load average {os.getloadavg()[0]:.1f}; Berlin {datetime.now(ZoneInfo(ZONE)):%H:%M})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
