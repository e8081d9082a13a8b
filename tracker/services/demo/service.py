"""Loading a demo book into an empty store in one transaction, fast enough for 1,000,000 rows;
and taking it out again in one step.

How the demo's rows are known: a demo load is recorded as a batch in `import_batches` (format
`demo`), and every account and contact it makes carries that batch id in `import_id` — the same
column "Undo last import" uses. Everything else the demo makes (phones, e-mails, tags, deals and
their stage history, activities, series, purchases, referrals, notes) belongs to a demo contact
and goes with it through the foreign keys' ON DELETE CASCADE. So does whatever the rep did *to* a
made-up person (a call logged on one). A real contact is never removed: one whom a demo person
referred keeps everything but the link, and a demo company that a real contact works at stays
(it is no longer marked as demo).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, text, update

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import rep_day
from tracker.services.context import ServiceContext
from tracker.storage.bulk import insert_rows
from tracker.storage.bulk_indexes import indexes_set_aside
from tracker.storage.demo_marks import DEMO_FORMAT, demo_batches
from tracker.storage.engine import CACHE_SIZE
from tracker.storage.records import AccountRecord, Base, ContactRecord, ImportBatchRecord
from tracker.storage.stats import refresh_statistics
from tracker.storage.touch import refresh_account_touches
from tracker.storage.undo_log import clear as clear_undo

if TYPE_CHECKING:  # the generator is imported when a demo is made, not when the window asks
    from tracker.services.demo.generator import Chunk

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


class NoDemoData(RuntimeError):
    """There is no demo data in this book to remove."""


MARKED = ("accounts", "contacts")  # the tables whose rows carry the demo batch id


@dataclass(frozen=True)
class DemoRemoval:
    """What removing the demo data took out, and the demo companies kept for real contacts."""

    contacts: int
    accounts: int
    kept_accounts: int


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
        from tracker.services.demo.generator import COLUMNS, DemoGenerator, DemoSpec

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
            batch = ImportBatchRecord(file_name="demo", format=DEMO_FORMAT, rows=contacts)
            session.add(batch)
            session.flush()
            columns = {
                table: (*COLUMNS[table], "import_id") if table in MARKED else COLUMNS[table]
                for table in COLUMNS
            }

            def marked(table: str, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
                return [(*row, batch.id) for row in rows] if table in MARKED else rows

            # A big page cache keeps the growing indexes in memory during the bulk load.
            session.execute(text("PRAGMA cache_size = -262144"))
            insert_rows(
                session,
                tables["accounts"],
                columns["accounts"],
                marked("accounts", generator.account_rows()),
            )
            done = 0
            with indexes_set_aside(session, BULK_TABLES):
                for chunk in produced_ahead(generator.chunks()):
                    for table in INSERT_ORDER:
                        rows = chunk.rows.get(table)
                        if rows:
                            insert_rows(session, tables[table], columns[table], marked(table, rows))
                    done += len(chunk.rows.get("contacts", ()))
                    if progress is not None:
                        progress(done, contacts)
            refresh_account_touches(session, prefs, today=day)
            clear_undo(session)  # nothing from before the demo is left to take back
            refresh_statistics(session.connection())
            session.execute(text(f"PRAGMA cache_size = {CACHE_SIZE}"))
            counts = generator.counts
            batch.created_count = counts.get("contacts", 0)
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

    def present(self) -> bool:
        """True while the book holds demo data (the window marks such a book)."""
        with self._ctx.db.read() as session:
            return demo_batches(session) != []

    def remove(self) -> Written[DemoRemoval]:
        """Take every demo row out after a verified backup, in one transaction; keep real ones.

        Raises NoDemoData when there is none, BackupError when no backup can be made (then
        nothing is removed).
        """
        from tracker.services.safety.backups import backup_before

        with self._ctx.db.read() as session:
            if not demo_batches(session):
                raise NoDemoData("this book holds no demo data")
        backup_before(self._ctx, "remove-demo")
        with self._ctx.db.write() as session:
            batches = demo_batches(session)
            if not batches:
                raise NoDemoData("this book holds no demo data")
            demo_contacts = select(ContactRecord.id).where(ContactRecord.import_id.in_(batches))
            contacts = session.scalar(select(func.count()).select_from(demo_contacts.subquery()))
            session.execute(delete(ContactRecord).where(ContactRecord.import_id.in_(batches)))
            # A demo company that a real contact works at stays, unmarked.
            in_use = select(ContactRecord.account_id).where(ContactRecord.account_id.is_not(None))
            kept = session.execute(
                update(AccountRecord)
                .where(AccountRecord.import_id.in_(batches), AccountRecord.id.in_(in_use))
                .values(import_id=None)
            ).rowcount  # type: ignore[attr-defined]
            accounts = session.execute(
                delete(AccountRecord).where(AccountRecord.import_id.in_(batches))
            ).rowcount  # type: ignore[attr-defined]
            session.execute(
                update(ImportBatchRecord)
                .where(ImportBatchRecord.id.in_(batches))
                .values(undone_at=self._ctx.now())
            )
            clear_undo(session)  # undo steps may name the removed rows
        return Written(
            DemoRemoval(contacts=contacts or 0, accounts=accounts, kept_accounts=kept),
            Changes(everything=True),
        )
