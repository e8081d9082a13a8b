"""`make bench-sync`: team mode at scale on loopback, against the targets of issue 14.

    python benchmarks/sync_bench.py [--only NAME,…] [--markdown] [--seconds S]

NAMEs: converge, roundtrip, first-sync, concurrent. A private PostgreSQL cluster (fsync on, as a
real server runs) lives in bench-data/team-pg; the team server runs as its own process
(`groundgame server run`); laptops are real books in temporary folders. The first-sync figure
uploads the 100,000-contact / 1,000,000-activity benchmark book once (kept in the cluster for
later runs) and times a fresh `groundgame sync` process downloading it. Nothing here gates CI.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from benchmarks.books import LARGE, ensure  # noqa: E402
from tools.pg_cluster import Cluster, free_port  # noqa: E402
from tracker.domain.ids import new_id  # noqa: E402
from tracker.server.admin import add_user  # noqa: E402
from tracker.server.migrate import upgrade  # noqa: E402
from tracker.services.book import Book  # noqa: E402
from tracker.services.location import DataLocation  # noqa: E402
from tracker.sync.tables import SYNCED  # noqa: E402

DATA = ROOT / "bench-data"
PASSWORD = "bench-password"
DATABASE = "bench"


@dataclass(frozen=True)
class Row:
    name: str
    value: str
    target: str
    verdict: str


class Setup:
    """The cluster, a database for this run, and the server process."""

    def __init__(self) -> None:
        self.cluster = Cluster(DATA / "team-pg")
        self.cluster.start()
        self.url = self.cluster.create_database(DATABASE)
        self.engine = create_engine(self.url)
        upgrade(self.engine)
        self.port = free_port()
        self.server_url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "server",
                "run",
                "--db",
                self.url,
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{self.server_url}/v1/status", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the team server did not start") from None
                time.sleep(0.1)
        self.template = Path(tempfile.mkdtemp(prefix="gg-bench-book-"))
        Book.open(DataLocation(self.template)).close()

    def user(self, name: str) -> str:
        with self.engine.connect() as connection:
            known = connection.execute(
                text("SELECT 1 FROM users WHERE name = :n"), {"n": name}
            ).first()
        if not known:
            add_user(self.engine, name, manager=False, password=PASSWORD, now=datetime.now(UTC))
        return name

    def empty(self) -> None:
        """Every team table emptied, except the large book of the first-sync figure."""
        with self.engine.begin() as connection:
            big = connection.execute(text("SELECT id FROM users WHERE name = 'big'")).scalar()
            for spec in SYNCED:
                if big is None:
                    connection.execute(text(f"TRUNCATE {spec.name}"))
                else:
                    connection.execute(
                        text(f"DELETE FROM {spec.name} WHERE owner_id <> :big"), {"big": big}
                    )

    def laptop(self, folder: Path, user: str) -> Book:
        folder.mkdir(parents=True)
        shutil.copy(self.template / "groundgame.sqlite3", folder / "groundgame.sqlite3")
        book = Book.open(DataLocation(folder))
        book.team.sign_in(self.server_url, user, PASSWORD)
        return book

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()
        self.engine.dispose()
        self.cluster.stop()
        shutil.rmtree(self.template, ignore_errors=True)


def offline_changes(book: Book, inserts: int, edits: int, seed: int) -> int:
    """`inserts` new contacts and `edits` field edits of existing ones, as the rep's writes
    reach the book (each through the capture triggers); returns the outbox entries made."""
    rng = random.Random(seed)
    connection = sqlite3.connect(book.location.database)
    connection.execute("PRAGMA foreign_keys = ON")
    before = connection.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    connection.executemany(
        "INSERT INTO contacts (id, first_name, last_name, lifecycle, state, unanswered_attempts,"
        " created_at, updated_at) VALUES (?, ?, ?, 'lead', 'active', 0, ?, ?)",
        [(new_id(), f"N{seed}-{n}", "Bench", now, now) for n in range(inserts)],
    )
    ids = [row[0] for row in connection.execute("SELECT id FROM contacts")]
    for n in range(edits):
        column = rng.choice(("city", "job_title", "notes", "source"))
        connection.execute(
            f"UPDATE contacts SET {column} = ?, updated_at = ? WHERE id = ?",
            (f"{column}-{seed}-{n}", now, rng.choice(ids)),
        )
    connection.commit()
    made = connection.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] - before
    connection.close()
    return int(made)


def rows_of(book: Book) -> dict[str, set[tuple[Any, ...]]]:
    connection = sqlite3.connect(book.location.database)
    try:
        return {
            spec.name: set(connection.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name}"))
            for spec in SYNCED
        }
    finally:
        connection.close()


# -- the figures ----------------------------------------------------------------------------------


def converge(setup: Setup, work: Path) -> list[Row]:
    """20 laptops (10 reps × 2) make 2,000 changes each offline, then all sync in parallel."""
    setup.empty()
    laptops: list[tuple[str, Book]] = []
    for rep in range(10):
        user = setup.user(f"rep{rep:02d}")
        first = setup.laptop(work / f"c{rep}a", user)
        offline_changes(first, 200, 0, seed=rep)
        first.team.sync()
        second = setup.laptop(work / f"c{rep}b", user)
        second.team.sync()
        laptops += [(user, first), (user, second)]
    made = [
        offline_changes(book, 1000, 1000, seed=1000 + n) for n, (_u, book) in enumerate(laptops)
    ]
    expected = {user: 0 for user, _b in laptops}
    for user, book in laptops:
        expected[user] = len(rows_of(book)["contacts"])
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(laptops)) as pool:
        for _round in range(2):
            list(pool.map(lambda pair: pair[1].team.sync(), laptops))
    seconds = time.perf_counter() - started
    lost = duplicated = differing = 0
    by_user: dict[str, list[Book]] = {}
    for user, book in laptops:
        by_user.setdefault(user, []).append(book)
    with setup.engine.connect() as connection:
        for user, books in by_user.items():
            a, b = (rows_of(book) for book in books)
            differing += sum(a[t] != b[t] for t in a)
            created = {row[0] for row in a["contacts"]}
            server = {
                row[0]
                for row in connection.execute(
                    text(
                        "SELECT c.id FROM contacts c JOIN users u ON u.id = c.owner_id "
                        "WHERE u.name = :u"
                    ),
                    {"u": user},
                )
            }
            # 200 shared + 1,000 new on each laptop.
            want = 200 + 2 * 1000
            lost += max(0, want - len(server & created))
            duplicated += max(0, len(server) - want)
    for _u, book in laptops:
        book.close()
    return [
        Row(
            f"converge: 20 laptops × {min(made):,}+ offline changes",
            f"{seconds:.1f} s; lost {lost}, duplicated {duplicated}, books differing {differing}",
            "0 lost, 0 duplicated",
            "met" if lost == duplicated == differing == 0 else "MISSED",
        )
    ]


def roundtrip(setup: Setup, work: Path) -> list[Row]:
    """1,000 changes pushed by one laptop and pulled by another, five times; median."""
    setup.empty()
    user = setup.user("roundtrip")
    a = setup.laptop(work / "ra", user)
    b = setup.laptop(work / "rb", user)
    offline_changes(a, 300, 0, seed=7)
    a.team.sync()
    b.team.sync()
    samples = []
    from tracker.services.team import credentials
    from tracker.sync.engine import SyncEngine
    from tracker.sync.transport import Transport

    def engine(book: Book) -> SyncEngine:
        stored = credentials.load(book.location)
        assert stored is not None
        return SyncEngine(
            book._ctx.db, book.clock, Transport(stored.server_url, token=stored.token)
        )

    for n in range(5):
        made = offline_changes(a, 500, 500, seed=100 + n)
        assert made == 1000
        started = time.perf_counter()
        engine(a).push()
        pulled = engine(b).pull()[0]
        samples.append(time.perf_counter() - started)
        assert pulled > 0
    a.close()
    b.close()
    value = statistics.median(samples)
    return [
        Row(
            "push + pull of 1,000 changes (loopback)",
            f"{value:.2f} s (runs {min(samples):.2f}–{max(samples):.2f})",
            "≤ 1 s",
            "met" if value <= 1 else "MISSED",
        )
    ]


def first_sync(setup: Setup, work: Path) -> list[Row]:
    """The 100k/1M book downloaded by a new laptop: a `groundgame sync` process, timed."""
    rows: list[Row] = []
    user = setup.user("big")
    stamp = DATA / "team-pg" / "big-uploaded.json"
    if not stamp.exists() or json.loads(stamp.read_text()) != LARGE.stamp:
        ensure(LARGE)
        folder = work / "uploader"
        shutil.copytree(LARGE.folder, folder)
        uploader = Book.open(DataLocation(folder))
        uploader.team.sign_in(setup.server_url, user, PASSWORD)
        started = time.perf_counter()
        report = uploader.team.sync().value
        seconds = time.perf_counter() - started
        uploader.close()
        stamp.write_text(json.dumps(LARGE.stamp))
        rows.append(
            Row(
                "join a team with the 100k/1M book (first upload)",
                f"{seconds:.0f} s for {report.pushed:,} rows ({report.pushed / seconds:,.0f}/s)",
                "(no target)",
                "—",
            )
        )
    fresh = work / "fresh"
    book = setup.laptop(fresh, user)
    book.close()
    probe = (
        "import sys, main; rc = main.main(['--data-dir', sys.argv[1], 'sync', '--json']);"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
        "print('PEAK', int(peak) // 1024); sys.exit(rc)"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, str(fresh)], capture_output=True, text=True, cwd=ROOT
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"first sync failed: {done.stderr.strip()}")
    peak = int(done.stdout.split("PEAK")[-1])
    pulled = json.loads(done.stdout.split("PEAK")[0])["pulled"]
    rows.append(
        Row(
            f"first sync of the 100k/1M book to a new laptop ({pulled:,} rows)",
            f"{seconds:.1f} s",
            "≤ 60 s",
            "met" if seconds <= 60 else "MISSED",
        )
    )
    rows.append(
        Row(
            "peak memory of that sync (VmHWM)",
            f"{peak} MB",
            "≤ 400 MB",
            "met" if peak <= 400 else "MISSED",
        )
    )
    return rows


def _client_process(args: tuple[str, list[str], float, Path, int]) -> tuple[int, list[float]]:
    """Several laptops (threads) of one process syncing in a loop; (changes, latencies)."""
    server_url, users, seconds, folder, seed = args
    template = folder / "template"
    template.mkdir(parents=True)
    Book.open(DataLocation(template)).close()
    books = []
    for n, user in enumerate(users):
        target = folder / f"l{n}"
        target.mkdir()
        shutil.copy(template / "groundgame.sqlite3", target / "groundgame.sqlite3")
        book = Book.open(DataLocation(target))
        book.team.sign_in(server_url, user, PASSWORD)
        book.team.sync()
        books.append(book)
    deadline = time.monotonic() + seconds
    changes = 0
    latencies: list[float] = []
    lock = threading.Lock()

    def run(book: Book, k: int) -> None:
        nonlocal changes
        n = 0
        while time.monotonic() < deadline:
            made = offline_changes(book, 10, 10, seed=seed * 1000 + k * 100 + n)
            started = time.perf_counter()
            book.team.sync()
            with lock:
                latencies.append(time.perf_counter() - started)
                changes += made
            n += 1

    threads = [threading.Thread(target=run, args=(book, k)) for k, book in enumerate(books)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for book in books:
        book.close()
    return changes, latencies


def concurrent(setup: Setup, work: Path, seconds: float) -> list[Row]:
    """50 laptops (50 reps) in 5 processes sync 20 changes at a time for `seconds`."""
    setup.empty()
    users = [setup.user(f"c{n:02d}") for n in range(50)]
    jobs = [
        (setup.server_url, users[k * 10 : (k + 1) * 10], seconds, work / f"p{k}", k)
        for k in range(5)
    ]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(5) as pool:
        results = pool.map(_client_process, jobs)
    elapsed = time.perf_counter() - started
    changes = sum(r[0] for r in results)
    latencies = sorted(latency for r in results for latency in r[1])
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else float("nan")
    return (
        [
            Row(
                "50 concurrent laptops: changes synced per second",
                f"{changes / seconds:,.0f} /s ({changes:,} in {seconds:.0f} s; "
                f"{len(latencies):,} syncs)",
                "(report)",
                "—",
            ),
            Row(
                "50 concurrent laptops: sync (push + pull) p95",
                f"{p95 * 1000:.0f} ms",
                "(report)",
                "—",
            ),
            Row("  …and median", f"{statistics.median(latencies) * 1000:.0f} ms", "(report)", "—"),
        ]
        if elapsed
        else []
    )


def render(rows: list[Row], markdown: bool) -> str:
    header = ("figure", "measured", "target", "verdict")
    table = [header, *[(r.name, r.value, r.target, r.verdict) for r in rows]]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
        lines += ["| " + " | ".join(row) + " |" for row in table[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in table
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="converge,roundtrip,first-sync,concurrent")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the concurrent run")
    args = parser.parse_args(argv)
    wanted = args.only.split(",")
    setup = Setup()
    work = Path(tempfile.mkdtemp(prefix="gg-bench-sync-"))
    rows: list[Row] = []
    try:
        if "converge" in wanted:
            rows += converge(setup, work / "converge")
            print(render(rows[-1:], False), flush=True)
        if "roundtrip" in wanted:
            rows += roundtrip(setup, work / "roundtrip")
            print(render(rows[-1:], False), flush=True)
        if "first-sync" in wanted:
            rows += first_sync(setup, work / "first")
            print(render(rows[-2:], False), flush=True)
        if "concurrent" in wanted:
            rows += concurrent(setup, work / "concurrent", args.seconds)
    finally:
        setup.close()
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(render(rows, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
