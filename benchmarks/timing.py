"""Timing helpers: medians of repeated runs, and a row of the report table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

RUNS = 7


def median_ms(action: Callable[[], object], *, runs: int = RUNS, warmup: int = 1) -> float:
    """Median wall time of `action` in milliseconds over `runs` runs after `warmup` unmeasured."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


@dataclass(frozen=True)
class Figure:
    """One measured figure with its target (and, where there is one, the hand-written floor)."""

    name: str
    value: float
    unit: str
    target: float | None  # None: only the ratio to the floor is a target
    floor: float | None = None
    floor_ratio_target: float | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.value / self.floor

    @property
    def met(self) -> bool:
        ok = self.target is None or self.value <= self.target
        if self.floor_ratio_target is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.floor_ratio_target
        return ok

    def cells(self) -> list[str]:
        floor = f"{self.floor:.2f} {self.unit}" if self.floor is not None else ""
        ratio = f"{self.ratio:.1f}×" if self.ratio is not None else ""
        targets = [] if self.target is None else [f"≤ {self.target:g} {self.unit}"]
        if self.floor_ratio_target is not None:
            targets.append(f"≤ {self.floor_ratio_target:g}× floor")
        target = ", ".join(targets)
        return [
            self.name,
            f"{self.value:.2f} {self.unit}"
            if self.value < 100
            else f"{self.value:.0f} {self.unit}",
            target,
            floor,
            ratio,
            "met" if self.met else "MISSED",
        ]


def table(figures: list[Figure], *, markdown: bool = False) -> str:
    header = ["figure", "median", "target", "floor", "app ÷ floor", "verdict"]
    rows = [header, *[figure.cells() for figure in figures]]
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
    )
