"""The in-process measurements: queue, log, search, contact, exports, import (medians)."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.floors import (
    queue_floor,
    search_floor,
    summary_csv_floor,
    summary_xlsx_floor,
)
from benchmarks.timing import RUNS, interleaved_ms, median_ms
from tracker.domain.enums import ActivityKind, Outcome, Section
from tracker.domain.ids import new_id
from tracker.domain.reports import Period
from tracker.services.book import Book
from tracker.services.day.candidates import Limits
from tracker.services.exports.service import SummaryFormat
from tracker.storage.bulk import sql_date, sql_datetime

SEARCHES = ("Müller", "Schmidt", "Hotel", "Köhler", "Weber", "0151")


def queue_build(book: Book, day: date) -> float:
    return median_ms(lambda: book.queue.today(day))


def queue_and_floor(book: Book, day: date, runs: int = 3 * RUNS) -> tuple[float, float]:
    """Medians (ms) of building the queue and of the floor's query for the same day, run
    alternately, so that both see the same machine and their ratio can be trusted."""
    prefs = book.preferences.get()
    limits = Limits.for_day(prefs.daily_capacity, prefs.new_budget)
    connection = sqlite3.connect(book.location.database)
    try:
        app, floor = interleaved_ms(
            lambda: book.queue.today(day),
            lambda: queue_floor(
                connection,
                day,
                zone_name=prefs.time_zone,
                day_start_hour=prefs.day_start_hour,
                planned=limits.planned,
                base=limits.per_tier,
                new=limits.new,
            ),
            runs=runs,
        )
    finally:
        connection.close()
    return statistics.median(app), statistics.median(floor)


def log_and_refresh(book: Book, day: date) -> list[float]:
    """Log "no answer" on the day's first call that is not at a fixed time, then build the queue
    again, as Today does after a log (the item is picked before the clock starts); the times of
    RUNS logs (ms) after one unmeasured."""
    samples = []
    for _ in range(RUNS + 1):
        queue = book.queue.today(day)
        item = next(
            i
            for i in queue.items
            if i.section not in (Section.FIXED, Section.BACKLOG)
            and i.candidate.kind is not ActivityKind.VISIT
        )
        started = time.perf_counter()
        book.work.log(item.id, Outcome.NO_ANSWER)
        book.queue.today(day)
        samples.append((time.perf_counter() - started) * 1000)
    return samples[1:]


def keystrokes(words: tuple[str, ...] = SEARCHES) -> list[str]:
    """Every prefix of every word, as the palette sees them while the rep types."""
    return [word[:n] for word in words for n in range(1, len(word) + 1)]


def search_per_key(book: Book) -> float:
    typed = keystrokes()
    total = median_ms(lambda: [book.search.search(text) for text in typed], runs=5)
    return total / len(typed)


def search_floor_per_key(book: Book) -> float:
    typed = keystrokes()
    connection = sqlite3.connect(book.location.database)
    try:
        total = median_ms(lambda: [search_floor(connection, text) for text in typed], runs=5)
    finally:
        connection.close()
    return total / len(typed)


def add_long_history(book: Book, day: date, count: int = 500) -> str:
    """Give one contact `count` past activities (a veteran customer); returns the contact id."""
    connection = sqlite3.connect(book.location.database)
    try:
        contact_id, account_id = connection.execute(
            "SELECT id, account_id FROM contacts WHERE lifecycle = 'customer'"
            " AND deleted_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        have = connection.execute(
            "SELECT count(*) FROM activities WHERE contact_id = ?", (contact_id,)
        ).fetchone()[0]
        rng = random.Random(5)
        rows = []
        for n in range(max(0, count - have)):
            done = day - timedelta(days=3 + n * 2)
            moment = datetime(done.year, done.month, done.day, 10, tzinfo=UTC)
            outcome = rng.choice(("no_answer", "connected", "voicemail", "interested"))
            rows.append(
                (new_id(), contact_id, account_id, "call", "done", "cadence", sql_date(done),
                 sql_datetime(moment), sql_date(done), outcome, "called about the order", 1,
                 sql_datetime(moment), sql_datetime(moment))
            )  # fmt: skip
        connection.executemany(
            "INSERT INTO activities (id, contact_id, account_id, kind, status, origin, due_on,"
            " completed_at, done_on, outcome, note, attempt, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.commit()
        return str(contact_id)
    finally:
        connection.close()


def open_contact(book: Book, contact_id: str) -> float:
    """What opening a contact asks of the core: its detail (timeline included) and placement."""

    def once() -> None:
        detail = book.contacts.detail(contact_id)
        assert len(detail.timeline) >= 500
        book.queue.placement_of(contact_id)

    return median_ms(once)


def year(book: Book) -> Period:
    today = book.reports.today()
    return Period(today - timedelta(days=364), today)


def export_seconds(book: Book, fmt: SummaryFormat, runs: int = 3, *, detail: bool = False) -> float:
    period = year(book)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"year.{fmt.value}"
        return (
            median_ms(
                lambda: book.exports.summary(period, fmt, target, detail=detail),
                runs=runs,
                warmup=0,
            )
            / 1000
        )


def _floor_seconds(book: Book, write: Callable[..., object], suffix: str, runs: int) -> float:
    period = year(book)
    connection = sqlite3.connect(book.location.database)
    try:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / f"floor.{suffix}"
            return (
                median_ms(
                    lambda: write(connection, period.start, period.end, target),
                    runs=runs,
                    warmup=0,
                )
                / 1000
            )
    finally:
        connection.close()


def export_csv_floor_seconds(book: Book, runs: int = 3) -> float:
    return _floor_seconds(book, summary_csv_floor, "csv", runs)


def export_xlsx_floor_seconds(book: Book, runs: int = 3) -> float:
    return _floor_seconds(book, summary_xlsx_floor, "xlsx", runs)


def paired(
    app: Callable[[], float], floor: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Medians of the app and its floor measured in turns, one run each per round, so both meet
    the same moments of a busy machine."""
    apps, floors = [], []
    for _ in range(rounds):
        floors.append(floor())
        apps.append(app())
    return statistics.median(apps), statistics.median(floors)


def write_import_csv(path: Path, rows: int = 10_000, *, existing_phones: list[str]) -> None:
    """A CRM export: semicolons, cp1252, umlauts, some numbers already in the book."""
    rng = random.Random(11)
    first = ("Jürgen", "Anna", "Sören", "Käthe", "Björn", "Zoë", "Günther", "Heike", "Uwe")
    last = ("Müller", "Groß", "Weiß", "Schäfer", "Köhler", "Öztürk", "Krüger", "Bäcker")
    lines = ["Vorname;Nachname;Firma;Telefon;E-Mail;Ort"]
    for n in range(rows):
        if existing_phones and n % 10 == 0:
            phone = existing_phones[n % len(existing_phones)]
        else:
            phone = f"0{rng.choice(('30', '40', '89', '221'))} {rng.randint(2000000, 9999999)}"
        name_first, name_last = rng.choice(first), rng.choice(last)
        lines.append(
            f"{name_first};{name_last};{name_last} GmbH;{phone};"
            f"{name_first.lower()}.{n}@example.de;München"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def import_seconds(book: Book, path: Path) -> float:
    """Read, map and import the file (duplicate checks included) once; then undo it.

    Each import writes a verified backup of the whole book first (a gigabyte here). The disk is
    given time to write out the previous run's backup before the clock starts, as it has before
    a rep's import; otherwise each run would also pay for the one before it.
    """
    os.sync()
    started = time.perf_counter()
    table = book.imports.read(path)
    mapping = book.imports.suggest(table).mapping
    book.imports.apply(table, mapping)
    seconds = time.perf_counter() - started
    book.imports.undo_last()
    return seconds


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def national_phones(book: Book, count: int) -> list[str]:
    """Numbers already in the book, written the way a spreadsheet from another CRM has them."""
    from tracker.domain.contact_fields import format_phone

    connection = sqlite3.connect(book.location.database)
    try:
        rows = connection.execute(
            "SELECT number FROM contact_phones WHERE number LIKE '+49%' LIMIT ?", (count,)
        ).fetchall()
    finally:
        connection.close()
    return [format_phone(number, "DE") for (number,) in rows]
