"""How long the sales manager's requests take (what each dialog of *Manage the team* waits for),
on loopback against a team of three reps with demo books, right after their upload (no statistics
yet) and after ANALYZE:

    python benchmarks/manager_reads.py [--contacts N] [--repeat R]

A private PostgreSQL cluster (no fsync) and a team server in this process, as
tools/manager_screens.py starts them; each figure is the median of R runs of one request through
`book.team_manager`, HTTP and JSON included. Prints figures, gates nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from tools.manager_screens import MANAGER, PASSWORD, REPS, team_server  # noqa: E402
from tracker.domain.clock import clock_for_day  # noqa: E402
from tracker.domain.team_manager import CallListDraft, TeamFilter  # noqa: E402
from tracker.services.book import Book  # noqa: E402
from tracker.services.location import DataLocation  # noqa: E402
from tracker.services.team.manager import TeamManager  # noqa: E402

DEMO_DAY = date(2026, 12, 1)


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=2000, help="contacts per rep")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="gg-manager-bench-"))
    books: list[Book] = []
    try:
        with team_server(folder) as (url, database):
            clock = clock_for_day(DEMO_DAY, zone_name="Europe/Berlin", hour=9)
            started = time.perf_counter()
            for seed, name in enumerate(REPS, start=21):
                book = Book.open(DataLocation(folder / name), clock=clock)
                book.demo.load(seed=seed, contacts=args.contacts, today=DEMO_DAY)
                book.team.sign_in(url, name, PASSWORD)
                book.team.sync()
                books.append(book)
            maria = Book.open(DataLocation(folder / MANAGER), clock=clock)
            maria.team.sign_in(url, MANAGER, PASSWORD)
            books.append(maria)
            print(
                f"{len(REPS)} reps × {args.contacts:,} contacts uploaded in "
                f"{time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.1f}"
            )
            manager: TeamManager = maria.team_manager
            anna = next(iter(REPS))
            listed = manager.contacts(TeamFilter(rep=anna), limit=500).rows
            manager.send_list(CallListDraft("Bench", tuple(REPS), tuple(c.id for c in listed)))
            reads: list[tuple[str, Callable[[], object]]] = [
                ("reps", manager.reps),
                ("accounts, no filter (500 of them)", lambda: manager.accounts(TeamFilter())),
                ("accounts, postcode 80", lambda: manager.accounts(TeamFilter(postcode="80"))),
                ("accounts, name contains 'bau'", lambda: manager.accounts(TeamFilter(name="bau"))),
                ("contacts, no filter (500)", lambda: manager.contacts(TeamFilter())),
                ("contacts, postcode 80 + rep", lambda: manager.contacts(
                    TeamFilter(postcode="80", rep=anna))),
                ("contacts, search 'müller'", lambda: manager.contacts(
                    TeamFilter(), search="müller")),
                ("contacts, 500 pasted ids", lambda: manager.contacts(
                    TeamFilter(), ids=[c.id for c in listed])),
                ("call-list progress", manager.list_progress),
                ("territories", manager.territories),
                ("recent handovers", manager.handovers),
            ]  # fmt: skip
            # Right after the uploads PostgreSQL has no statistics of the new rows yet (its
            # autovacuum analyzes them within a minute or so); then as it runs from then on.
            fresh = {label: median_ms(work, args.repeat) for label, work in reads}
            with database.connect() as connection:
                connection.execute(text("ANALYZE"))
                connection.commit()
            analyzed = {label: median_ms(work, args.repeat) for label, work in reads}
            print(f"{'request':<40} {'not analyzed':>13} {'analyzed':>10}")
            for label, _work in reads:
                print(f"{label:<40} {fresh[label]:10.1f} ms {analyzed[label]:7.1f} ms")
            # Moves: each runs once (they change the team); the undo puts the book back.
            started = time.perf_counter()
            moved = manager.handover(anna, list(REPS)[1])
            handover_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            manager.undo_handover(moved.handover)
            undo_ms = (time.perf_counter() - started) * 1000
            print(
                f"{'handover of a whole book (' + str(moved.rows) + ' rows)':<40} "
                f"{handover_ms:8.1f} ms\n{'its undo':<40} {undo_ms:8.1f} ms"
            )
    finally:
        for book in books:
            book.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
