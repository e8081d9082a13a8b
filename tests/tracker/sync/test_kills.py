"""Real processes killed with SIGKILL: the team server in the middle of a push, a laptop's
`groundgame sync` in the middle of downloading and applying pages. Nothing is lost, nothing is
doubled, and the next sync finishes the job."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select, text

from tests.team import PASSWORD, Laptops, Postgres, TeamServer, book_rows, team_rows_equal
from tools.pg_cluster import free_port
from tracker.server.schema import MIRRORS
from tracker.services.book import Book
from tracker.services.location import DataLocation
from tracker.sync.errors import SyncError

ROOT = Path(__file__).resolve().parents[3]


def serve(database_url: str, port: int) -> subprocess.Popen[bytes]:
    """`groundgame server run` in a process of its own, once it answers."""
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "server",
            "run",
            "--db",
            database_url,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/v1/status", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server process did not come up")


def test_the_server_killed_in_the_middle_of_pushes_loses_nothing(
    postgres: Postgres, tmp_path: Path
) -> None:
    """A laptop uploads its book in batches while the server process is SIGKILLed again and
    again at random moments; after a restart the upload finishes, every row exactly once."""
    url = postgres.fresh_database()
    port = free_port()
    admin = TeamServer(url)  # only for adding the user and reading the tables
    admin.add_user("anna")
    book = Book.open(DataLocation(tmp_path / "laptop"))
    book.demo.load(seed=21, contacts=60)
    process = serve(url, port)
    book.team.sign_in(f"http://127.0.0.1:{port}", "anna", PASSWORD)
    kills = 0
    try:

        def sync() -> None:
            with contextlib.suppress(SyncError):  # the server died under it: expected
                book.team.sync()

        for delay in (0.05, 0.15, 0.3, 0.5, 0.8):
            worker = threading.Thread(target=sync)
            worker.start()
            time.sleep(delay)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills += 1
            worker.join()
            process = serve(url, port)
        book.team.sync()
        team_rows_equal(book, admin, "anna")
        engine = create_engine(url)
        with engine.connect() as connection:
            for table, rows in book_rows(book).items():
                count = connection.execute(
                    select(func.count()).select_from(MIRRORS[table])
                ).scalar()
                assert count == len(rows), table
            top = max(
                connection.execute(text(f"SELECT coalesce(max(seq), 0) FROM {table}")).scalar_one()
                for table in MIRRORS
            )
            head = connection.execute(text("SELECT seq FROM sync_head")).scalar_one()
            assert top <= head  # no committed change beyond what readers are shown
        engine.dispose()
        assert kills == 5
    finally:
        process.kill()
        book.close()
        admin.stop()


def test_a_laptop_killed_while_applying_pages_resumes_without_damage(
    laptops: Laptops, team_server: TeamServer, tmp_path: Path
) -> None:
    """`groundgame sync` on a new laptop is SIGKILLed at random moments of its first download;
    the book always opens whole, and the next sync completes it to the server's state."""
    team_server.add_user("anna")
    source = laptops.new("source", "anna", sign_in=False)
    source.demo.load(seed=22, contacts=80)
    source.team.sign_in(team_server.url, "anna", PASSWORD)
    source.team.sync()
    folder = tmp_path / "fresh"
    with Book.open(DataLocation(folder)) as fresh:
        fresh.team.sign_in(team_server.url, "anna", PASSWORD)
    environment = dict(os.environ)
    for delay in (0.3, 0.6, 0.9, 1.2):
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=environment,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with Book.open(DataLocation(folder)) as opened:
            assert opened.maintenance.check(full=True).ok
    with Book.open(DataLocation(folder)) as fresh:
        fresh.team.sync()
        team_rows_equal(fresh, team_server, "anna")
