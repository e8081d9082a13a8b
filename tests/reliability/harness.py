"""The crash harness: SIGKILL a child that writes through the real services, then check the book.

A run is a series of trials on one data folder. Each trial starts a child (`child.py`), lets it
write for a random moment — sometimes killing it while it still opens the book — and SIGKILLs it.
Then the parent opens the book the way the app does (start-up inspection, log recovery), runs
`integrity_check`, `foreign_key_check` and the FTS index's own check, and asks every workload
whether each write the child acknowledged is there and no transaction is half-applied. The next
trial continues on the same, recovered folder, so acknowledgements accumulate.

SIGKILL is a crash of the app, not a power cut: what reached the OS survives it. Durability
against power loss rests on SQLite's WAL with synchronous=FULL, which this cannot show.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.workloads import WORKLOADS, Workload
from tracker.services.book import Book
from tracker.services.location import DataLocation

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figures:
    """What a run found: every number the README reports."""

    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    half_applied: int = 0
    integrity_failures: int = 0
    killed_while_opening: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.lost == 0 and self.half_applied == 0 and self.integrity_failures == 0

    def line(self) -> str:
        return (
            f"trials {self.trials}, acknowledged writes {self.acknowledged}, lost {self.lost}, "
            f"half-applied {self.half_applied}, integrity failures {self.integrity_failures} "
            f"(killed while opening: {self.killed_while_opening})"
        )


@dataclass
class Run:
    """Trials on one data folder with the given workloads."""

    folder: Path
    workloads: list[Workload] = field(default_factory=lambda: list(WORKLOADS))
    seed: int = 1
    max_delay: float = 0.4
    tokens: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    figures: Figures = field(default_factory=Figures)
    next_n: int = 0

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)

    def trial(self) -> None:
        """One child, one kill, one verification."""
        names = ",".join(w.name for w in self.workloads)
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.child",
                str(self.folder),
                names,
                str(self.next_n),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        ready = threading.Event()
        reader = threading.Thread(target=_read, args=(child, lines, ready), daemon=True)
        reader.start()
        early = self.random.random() < 0.1  # now and then kill it while it opens the book
        if early:
            time.sleep(self.random.uniform(0.2, 0.8))
        else:
            deadline = time.monotonic() + 60
            while not ready.wait(timeout=0.05):
                if child.poll() is not None or time.monotonic() > deadline:
                    self.figures.integrity_failures += 1  # the book could not even be opened
                    self.figures.problems.append("child never became ready")
                    break
            else:
                time.sleep(self.random.uniform(0.0, self.max_delay))
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join(timeout=30)
        stderr = child.stderr.read() if child.stderr else ""
        if "Traceback" in stderr:
            self.figures.problems.append(stderr.strip().splitlines()[-1])
        if early and not ready.is_set():
            self.figures.killed_while_opening += 1
        for line in lines:
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[0] == "ACK":
                self.tokens[parts[1]].append(parts[2])
        # Start the next child's numbers past anything this one may have committed unacknowledged.
        self.next_n += 100_000
        self.figures.trials += 1
        self.verify()

    def verify(self) -> None:
        """Open the book as the app would, check it whole, and check every workload's writes."""
        location = DataLocation(self.folder)
        try:
            with Book.open(location) as book:
                report = book.maintenance.check(full=True)
            if not report.ok:
                raise RuntimeError(f"check: {report.integrity}, {report.foreign_key_problems} fk")
            db = sqlite3.connect(f"file:{location.database}?mode=ro", uri=True)
            try:
                db.execute("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")
            except sqlite3.OperationalError as exc:
                if "readonly" not in str(exc):
                    raise
            try:
                for workload in self.workloads:
                    verdict = workload.verify(db, list(self.tokens[workload.name]))
                    self.figures.lost += verdict.lost
                    self.figures.half_applied += verdict.half_applied
                    self.figures.problems.extend(verdict.details)
            finally:
                db.close()
        except Exception as exc:
            self.figures.integrity_failures += 1
            self.figures.problems.append(f"{type(exc).__name__}: {exc}")
        self.figures.acknowledged = sum(len(t) for t in self.tokens.values())


def _read(child: subprocess.Popen[str], lines: list[str], ready: threading.Event) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if not line.endswith("\n"):
            break  # cut off by the kill: not an acknowledgement
        if line == "READY\n":
            ready.set()
        else:
            lines.append(line.rstrip("\n"))


def run_trials(
    folder: Path,
    trials: int,
    *,
    seed: int = 1,
    max_delay: float = 0.4,
    workloads: list[Workload] | None = None,
) -> Figures:
    """`trials` kills on one data folder; the figures of them all."""
    run = Run(folder, seed=seed, max_delay=max_delay)
    if workloads is not None:
        run.workloads = workloads
    for _ in range(trials):
        run.trial()
    return run.figures


def merged(*parts: Figures) -> Figures:
    total = Figures()
    for part in parts:
        total.trials += part.trials
        total.acknowledged += part.acknowledged
        total.lost += part.lost
        total.half_applied += part.half_applied
        total.integrity_failures += part.integrity_failures
        total.killed_while_opening += part.killed_while_opening
        total.problems.extend(part.problems)
    return total
