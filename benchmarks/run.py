"""`make bench`: Groundgame at 100,000 contacts and 1,000,000 activities, against its targets.

    python benchmarks/run.py [--reuse-books] [--markdown] [--only NAME,NAME]

Builds the large demo book (timed; --reuse-books keeps one already built by this script), works
on a copy of it, and prints the median of repeated runs for every figure of issue 7 with its
target, the worst run where the target holds for every run (cold start, log + refresh), and for
the queue and search the "floor" (the same result from one hand-written sqlite3 query, see
benchmarks/floors.py) and the ratio app ÷ floor; the queue and its floor run alternately.
Nothing here gates CI.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import measures  # noqa: E402
from benchmarks.books import DAY, GROWTH, LARGE, BookSpec, ensure  # noqa: E402
from benchmarks.timing import Figure, table  # noqa: E402
from tracker.domain.clock import clock_for_day  # noqa: E402
from tracker.services.book import Book  # noqa: E402
from tracker.services.exports.service import SummaryFormat  # noqa: E402
from tracker.services.location import DataLocation  # noqa: E402

TODAY = date.fromisoformat(DAY)
STARTS = 5
SLOW_RUNS = 5  # exports and imports: the fewest runs issue 7 allows
DETAIL_RUNS = 3  # a million-row workbook and its floor take a minute or more each


def scratch_copy(spec: BookSpec, into: Path) -> DataLocation:
    """A private copy of a benchmark book (online backup), so measurements may write to it."""
    location = DataLocation(into / spec.name)
    location.root.mkdir(parents=True)
    source = sqlite3.connect(spec.folder / "groundgame.sqlite3")
    target = sqlite3.connect(location.database)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    # Write the copy out now, so the figures do not pay for flushing a gigabyte in the background
    # (a rep's laptop is not copying its book while they log calls).
    os.sync()
    return location


def open_book(location: DataLocation) -> Book:
    prefs_zone = "UTC"  # the benchmark books are made with the machine's (UTC) zone
    return Book.open(location, clock=clock_for_day(TODAY, zone_name=prefs_zone, hour=9))


def probe(location: DataLocation, *extra: str) -> tuple[float, dict[str, str]]:
    """Start the app in a child process; seconds until it reported PAINTED, and what it printed.

    The child finds Python's bytecode cached, as an installed app does (pip compiles it) and as
    every start after the first does: a development shell's PYTHONDONTWRITEBYTECODE would
    otherwise make each start compile the app's modules from source again (~0.1 s). The cache
    is the run's own, written by the first, unmeasured start.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["GROUNDGAME_CONFIG_DIR"] = str(location.root.parent / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(location.root.parent / "bytecode")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.probes.start", str(location.root), *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    lines: dict[str, str] = {}
    painted = float("nan")
    for line in child.stdout:
        word, _, rest = line.strip().partition(" ")
        lines[word] = rest
        if word == "PAINTED":
            painted = time.perf_counter() - started
            if not extra:
                child.kill()  # the start-up backup of a 1 GB book would run on for seconds
                break
        if word in ("RSS", "FAILED"):
            break
    child.wait()
    return painted, lines


def cold_start(location: DataLocation) -> Figure:
    probe(location)  # once unmeasured: the file cache and the bytecode, as after a first start
    times = [probe(location)[0] for _ in range(STARTS)]
    return Figure.of_runs("a. cold start → Today painted", times, "s", 1.0)


def memory(location: DataLocation) -> Figure:
    _, lines = probe(location, "--visit-all")
    return Figure(
        "h. peak RSS after visiting every screen", float(lines.get("RSS", "nan")), "MB", 300
    )


def run(only: set[str] | None, reuse: bool) -> list[Figure]:
    figures: list[Figure] = []

    def want(name: str) -> bool:
        return only is None or name in only

    built = ensure(LARGE, rebuild=not reuse)
    if built is not None:
        figures.append(Figure("demo 100,000 contacts / 1,000,000 activities", built, "s", 60))
    with tempfile.TemporaryDirectory(prefix="groundgame-bench-") as tmp:
        location = scratch_copy(LARGE, Path(tmp))
        if want("start"):
            figures.append(cold_start(location))
        book = open_book(location)
        try:
            figures.extend(in_process(book, want))
        finally:
            book.close()
        if want("growth"):
            figures.extend(growth(Path(tmp), figures))
        if want("memory"):
            figures.append(memory(location))
    return figures


def in_process(book: Book, want: Callable[[str], bool]) -> list[Figure]:
    figures: list[Figure] = []
    if want("queue"):
        value, floor = measures.queue_and_floor(book, TODAY)
        figures.append(Figure("b. build today's queue", value, "ms", 30, floor, 3))
    if want("log"):
        figures.append(
            Figure.of_runs(
                "c. log an outcome + refresh the queue",
                measures.log_and_refresh(book, TODAY),
                "ms",
                20,
            )
        )
    if want("search"):
        floor = measures.search_floor_per_key(book)
        value = measures.search_per_key(book)
        figures.append(Figure("d. search as you type, per keystroke", value, "ms", 15, floor, 3))
    if want("contact"):
        contact_id = measures.add_long_history(book, TODAY)
        figures.append(
            Figure(
                "e. open a contact with 500 activities",
                measures.open_contact(book, contact_id),
                "ms",
                50,
            )
        )
    figures.extend(exports(book, want))
    if want("import"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "crm.csv"
            measures.write_import_csv(path, existing_phones=measures.national_phones(book, 200))
            runs = [measures.import_seconds(book, path) for _ in range(SLOW_RUNS)]
        figures.append(Figure("g. import a 10,000-row CSV", statistics.median(runs), "s", 5))
    return figures


def exports(book: Book, want: Callable[[str], bool]) -> list[Figure]:
    """The year's summary in each format; the CSV and the activity list against their floors,
    measured in turns with them (see benchmarks/floors.py)."""
    figures: list[Figure] = []
    every = want("export")
    if every or want("csv"):
        app, floor = measures.paired(
            lambda: measures.export_seconds(book, SummaryFormat.CSV, runs=1),
            lambda: measures.export_csv_floor_seconds(book, runs=1),
            SLOW_RUNS,
        )
        figures.append(Figure("f. year summary as CSV", app, "s", None, floor, 1.5))
    if every or want("xlsx"):
        seconds = measures.export_seconds(book, SummaryFormat.XLSX, runs=SLOW_RUNS)
        figures.append(Figure("f. year summary as XLSX (summary workbook)", seconds, "s", 3))
    if every or want("detail"):
        app, floor = measures.paired(
            lambda: measures.export_seconds(book, SummaryFormat.XLSX, runs=1, detail=True),
            lambda: measures.export_xlsx_floor_seconds(book, runs=1),
            DETAIL_RUNS,
        )
        name = "f. year XLSX with every activity (--detail)"
        figures.append(Figure(name, app, "s", None, floor, 1.2))
    if every or want("pdf"):
        seconds = measures.export_seconds(book, SummaryFormat.PDF, runs=SLOW_RUNS)
        figures.append(Figure("f. year summary as PDF", seconds, "s", 2.5))
    return figures


def growth(tmp: Path, figures: list[Figure]) -> list[Figure]:
    """The queue at 10,000 and 100,000 activities, and the 1,000,000 one over the 10,000 one."""
    found: list[Figure] = []
    at: dict[str, float] = {}
    for spec in GROWTH:
        ensure(spec)
        location = scratch_copy(spec, tmp)
        book = open_book(location)
        try:
            at[spec.name] = measures.queue_build(book, TODAY)
        finally:
            book.close()
        found.append(Figure(f"b. queue at {spec.activities:,} activities", at[spec.name], "ms", 30))
    large = next((f.value for f in figures if f.name.startswith("b. build")), None)
    if large is not None:
        ratio = large / at[GROWTH[0].name]
        found.append(Figure("b. queue 1,000,000 ÷ 10,000 activities", ratio, "×", 2))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse-books", action="store_true", help="keep books built earlier")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--only", help="comma-separated: start,queue,log,search,contact,"
                        "export (= csv,xlsx,detail,pdf),import,growth,memory")  # fmt: skip
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    started = time.perf_counter()
    figures = run(only, reuse=args.reuse_books)
    print(table(figures, markdown=args.markdown))
    missed = [f.name for f in figures if not f.met]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} targets met"
          f" ({time.perf_counter() - started:.0f} s on {os.cpu_count()} cores)")  # fmt: skip
    results = ROOT / "bench-data" / "results.json"
    results.write_text(
        json.dumps([f.__dict__ | {"met": f.met} for f in figures], indent=2), encoding="utf-8"
    )
    shutil.copy(results, results.with_name(f"results-{date.today().isoformat()}.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
