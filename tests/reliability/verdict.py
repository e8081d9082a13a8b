"""What a crash-harness workload is, and what its check finds (tests/reliability/workloads.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from tracker.services.book import Book


@dataclass(frozen=True)
class Verdict:
    """One workload's findings after a crash: acknowledged writes, lost ones, half-applied ones."""

    acknowledged: int
    lost: int = 0
    half_applied: int = 0
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Workload:
    name: str
    write: Callable[[Book, int], str | None]
    verify: Callable[[sqlite3.Connection, list[str]], Verdict]
