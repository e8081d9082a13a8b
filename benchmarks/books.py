"""The large demo books the benchmarks run on, built once and kept in bench-data/."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench-data"
DAY = "2026-12-01"
SEED = 42


@dataclass(frozen=True)
class BookSpec:
    name: str
    contacts: int
    activities: int

    @property
    def folder(self) -> Path:
        return DATA / self.name

    @property
    def stamp(self) -> dict[str, object]:
        return {"contacts": self.contacts, "activities": self.activities, "seed": SEED, "day": DAY}


LARGE = BookSpec("large", 100_000, 1_000_000)
GROWTH = (BookSpec("growth-10k", 100_000, 10_000), BookSpec("growth-100k", 100_000, 100_000))


def ensure(spec: BookSpec, *, rebuild: bool = False) -> float | None:
    """Build the book unless an identical one exists; returns the seconds the build took."""
    stamp_file = spec.folder / "bench-stamp.json"
    if not rebuild and stamp_file.exists() and json.loads(stamp_file.read_text()) == spec.stamp:
        return None
    if spec.folder.exists():
        import shutil

        shutil.rmtree(spec.folder)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(spec.folder),
            "demo",
            "--seed",
            str(SEED),
            "--contacts",
            str(spec.contacts),
            "--activities",
            str(spec.activities),
            "--today",
            DAY,
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    stamp_file.write_text(json.dumps(spec.stamp))
    return seconds
