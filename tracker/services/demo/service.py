"""Loading a demo book into an empty store in one transaction, fast enough for 1,000,000 rows."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import rep_day
from tracker.services.context import ServiceContext
from tracker.services.demo.generator import COLUMNS, Chunk, DemoGenerator, DemoSpec
from tracker.storage.bulk import insert_rows
from tracker.storage.bulk_indexes import indexes_set_aside
from tracker.storage.engine import CACHE_SIZE
from tracker.storage.records import Base, ContactRecord
from tracker.storage.stats import refresh_statistics
from tracker.storage.touch import refresh_account_touches
from tracker.storage.undo_log import clear as clear_undo

Progress = Callable[[int, int], None]

# Parents before children, so every foreign key points at a row already there.
INSERT_ORDER = (
    "contacts",
    "contact_phones",
    "contact_emails",
    "contact_tags",
    "deals",
    "deal_stage_changes",
    "activity_series",
    "activities",
    "purchases",
    "referrals",
)


# The big tables of a demo book, whose indexes are built once after the load (the book is empty).
BULK_TABLES = ("activities", "deal_stage_changes", "purchases", "deals", "contacts")


def produced_ahead(chunks: Iterator[Chunk], depth: int = 2) -> Iterator[Chunk]:
    """The chunks, generated on a worker thread while the caller inserts the previous ones.

    SQLite releases the GIL while it writes, so making rows and storing them overlap on two
    cores. The order is kept; an error while generating is raised here.
    """
    handoff: queue.Queue[Chunk | BaseException | None] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for chunk in chunks:
                while not stop.is_set():
                    try:
                        handoff.put(chunk, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            handoff.put(None)
        except BaseException as exc:  # handed to the consumer, which raises it
            handoff.put(exc)

    worker = threading.Thread(target=produce, name="demo-rows", daemon=True)
    worker.start()
    try:
        while True:
            item = handoff.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


class BookNotEmpty(RuntimeError):
    """Demo data goes only into an empty book, so it never mixes with real customers."""


@dataclass(frozen=True)
class DemoReport:
    """How much the demo made and how long it took."""

    accounts: int
    contacts: int
    deals: int
    activities: int
    purchases: int
    referrals: int
    seconds: float


class DemoService:
    """Fills an empty book with generated demo data."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def load(
        self,
        *,
        seed: int = 1,
        contacts: int = 300,
        activities: int | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> Written[DemoReport]:
        """Generate and insert a demo book; raises BookNotEmpty when contacts exist already."""
        if contacts < 1:
            raise ValueError("--contacts must be at least 1")
        if activities is not None and activities < 0:
            raise ValueError("--activities cannot be negative")
        started = time.perf_counter()
        tables = Base.metadata.tables
        with self._ctx.db.write() as session:
            existing = session.scalar(select(func.count()).select_from(ContactRecord)) or 0
            if existing:
                raise BookNotEmpty(
                    f"the book already holds {existing} contacts; demo data needs an empty data folder"
                )
            prefs = self._ctx.preferences(session)
            day = today or rep_day(
                self._ctx.now(), zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
            )
            spec = DemoSpec(
                seed=seed,
                contacts=contacts,
                activities=contacts * 12 if activities is None else activities,
                today=day,
            )
            generator = DemoGenerator(spec, prefs)
            # A big page cache keeps the growing indexes in memory during the bulk load.
            session.execute(text("PRAGMA cache_size = -262144"))
            insert_rows(session, tables["accounts"], COLUMNS["accounts"], generator.account_rows())
            done = 0
            with indexes_set_aside(session, BULK_TABLES):
                for chunk in produced_ahead(generator.chunks()):
                    for table in INSERT_ORDER:
                        rows = chunk.rows.get(table)
                        if rows:
                            insert_rows(session, tables[table], COLUMNS[table], rows)
                    done += len(chunk.rows.get("contacts", ()))
                    if progress is not None:
                        progress(done, contacts)
            refresh_account_touches(session, prefs, today=day)
            clear_undo(session)  # nothing from before the demo is left to take back
            refresh_statistics(session.connection())
            session.execute(text(f"PRAGMA cache_size = {CACHE_SIZE}"))
            counts = generator.counts
        report = DemoReport(
            accounts=len(generator.accounts),
            contacts=counts.get("contacts", 0),
            deals=counts.get("deals", 0),
            activities=counts.get("activities", 0),
            purchases=counts.get("purchases", 0),
            referrals=counts.get("referrals", 0),
            seconds=time.perf_counter() - started,
        )
        return Written(report, Changes(everything=True))
