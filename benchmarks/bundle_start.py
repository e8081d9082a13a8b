"""Cold start of the bundle against the source run: process start → Today painted.

    python benchmarks/bundle_start.py [EXECUTABLE] [--runs N] [--contacts N]

Builds a demo book (default 300 contacts, the size a rep tries first), then starts, alternately,
the bundle (`dist/groundgame/groundgame --self-test`) and the source run
(`python main.py --self-test`) on copies of it, N times each, and times from spawning the
process to the line saying Today has painted its queue. Alternating keeps the two under the
same machine load. Prints medians and spreads; gates nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_to_today(command: list[str], data_dir: Path, home: Path) -> tuple[float, float]:
    """Seconds from spawning `command` to its "Today painted" line, and the CPU seconds the
    process had used by then (which other load on the machine hardly changes)."""
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir), "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    painted = None
    cpu = 0.0
    for line in process.stdout:
        if "Today painted" in line and painted is None:
            painted = time.perf_counter() - started
            cpu = float(line.split("(")[-1].split(" s of CPU")[0])
    process.wait(timeout=120)
    if painted is None:
        raise SystemExit(f"{command[0]} never painted Today")
    return painted, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", default=str(ROOT / "dist/groundgame/groundgame"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--contacts", type=int, default=300)
    args = parser.parse_args()
    commands = {
        "bundle": [args.executable],
        "source": [sys.executable, str(ROOT / "main.py")],
    }
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        book = work / "book"
        subprocess.run(
            [args.executable, "--data-dir", str(book), "demo", "--contacts", str(args.contacts)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs + 1):
            for name, command in commands.items():
                copy = work / f"{name}-{run}"
                shutil.copytree(book, copy)
                home = work / f"home-{name}-{run}"
                home.mkdir()
                seconds, cpu_seconds = time_to_today(command, copy, home)
                if run:  # the first round warms the file cache for both
                    times[name].append(seconds)
                    cpu[name].append(cpu_seconds)
    for name, samples in times.items():
        print(
            f"{name}: median {statistics.median(samples):.2f} s "
            f"(min {min(samples):.2f}, max {max(samples):.2f}, {len(samples)} runs); "
            f"CPU median {statistics.median(cpu[name]):.2f} s"
        )
    ratio = statistics.median(times["bundle"]) / statistics.median(times["source"])
    print(f"bundle ÷ source: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
