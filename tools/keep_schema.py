"""Keep a small database of the current schema under tests/data/ (after adding a migration).

    python tools/keep_schema.py            # writes tests/data/schema_<HEAD>.sqlite3

tests/tracker/storage/test_migrations.py upgrades every kept file to the newest schema and checks
that each table keeps its rows, foreign keys and integrity; it also insists that every revision
in KNOWN_REVISIONS has its file. Keep the old files: they are what real reps still have.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.domain.clock import clock_for_day
from tracker.domain.contacts import ContactQuery
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.storage.backup import online_backup
from tracker.storage.migrate import HEAD

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DAY = date(2026, 12, 1)


def main() -> int:
    target = DATA / f"schema_{HEAD}.sqlite3"
    if target.exists():
        print(f"{target} exists already; delete it first to make it anew")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        clock = clock_for_day(DAY, zone_name="Europe/Berlin", hour=9)
        with Book.open(DataLocation(Path(tmp) / "book"), clock=clock) as book:
            book.demo.load(seed=1, contacts=40, today=DAY)
            # One undoable action, so the kept file has an undo step for the upgrade test too.
            first = book.contacts.ids(ContactQuery())[0]
            book.contacts.add_note(first, "Kept with the schema: an undo step to upgrade.")
            online_backup(book.location.database, target)
    print(f"kept {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
