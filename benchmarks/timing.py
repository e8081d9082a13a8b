"""Timing helpers: medians (and worst runs) of repeated runs, and a row of the report table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

RUNS = 7


def samples_ms(action: Callable[[], object], *, runs: int = RUNS, warmup: int = 1) -> list[float]:
    """Wall times of `action` in milliseconds, `runs` runs after `warmup` unmeasured."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def median_ms(action: Callable[[], object], *, runs: int = RUNS, warmup: int = 1) -> float:
    """Median wall time of `action` in milliseconds over `runs` runs after `warmup` unmeasured."""
    return statistics.median(samples_ms(action, runs=runs, warmup=warmup))


def interleaved_ms(
    first: Callable[[], object], second: Callable[[], object], *, runs: int = RUNS
) -> tuple[list[float], list[float]]:
    """Wall times of two actions run alternately (after one unmeasured run of each), so that a
    machine busy with other work slows both alike and their ratio stays fair."""
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for action, samples in ((first, a), (second, b)):
            started = time.perf_counter()
            action()
            samples.append((time.perf_counter() - started) * 1000)
    return a, b


@dataclass(frozen=True)
class Figure:
    """One measured figure with its target (and, where there is one, the hand-written floor).

    `value` is the median of the runs; where the target holds for every run (`worst` given),
    the worst run must meet it too.
    """

    name: str
    value: float
    unit: str
    target: float | None  # None: only the ratio to the floor is a target
    floor: float | None = None
    floor_ratio_target: float | None = None
    worst: float | None = None

    @classmethod
    def of_runs(cls, name: str, samples: list[float], unit: str, target: float) -> Figure:
        """The median of `samples` with the worst of them: a target every run must meet."""
        return cls(name, statistics.median(samples), unit, target, worst=max(samples))

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.value / self.floor

    @property
    def met(self) -> bool:
        ok = self.target is None or (
            self.value <= self.target and (self.worst is None or self.worst <= self.target)
        )
        if self.floor_ratio_target is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.floor_ratio_target
        return ok

    def cells(self) -> list[str]:
        floor = _amount(self.floor, self.unit) if self.floor is not None else ""
        ratio = f"{self.ratio:.1f}×" if self.ratio is not None else ""
        targets = [] if self.target is None else [f"≤ {self.target:g} {self.unit}"]
        if self.target is not None and self.worst is not None:
            targets[0] += " every run"
        if self.floor_ratio_target is not None:
            targets.append(f"≤ {self.floor_ratio_target:g}× floor")
        target = ", ".join(targets)
        worst = _amount(self.worst, self.unit) if self.worst is not None else ""
        return [
            self.name,
            _amount(self.value, self.unit),
            worst,
            target,
            floor,
            ratio,
            "met" if self.met else "MISSED",
        ]


def _amount(value: float, unit: str) -> str:
    return f"{value:.2f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def table(figures: list[Figure], *, markdown: bool = False) -> str:
    header = ["figure", "median", "worst run", "target", "floor", "app ÷ floor", "verdict"]
    rows = [header, *[figure.cells() for figure in figures]]
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
    )
