"""How fast the command line answers: the whole process of `groundgame --version`, `--help` and
`COMMAND --help`, against the 0.15 s target of issue 13 (prints figures, gates nothing).

    python benchmarks/cli_start.py [--runs 20] [--compare TREE]

Each figure is the median wall time of RUNS child processes, run interleaved with the floor (the
interpreter starting and doing nothing) so a busy machine slows both alike. `--compare TREE` also
times `python TREE/main.py …` for another checkout of the code (e.g. `git archive` of an older
commit unpacked into a folder), interleaved too, so the ratio holds under any load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.15
CASES = (("--version",), ("--help",), ("contact", "--help"), ("log", "--help"))


def wall(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--compare", type=Path, default=None, metavar="TREE")
    args = parser.parse_args()
    python = sys.executable
    script = Path(python).with_name("groundgame")
    commands: dict[str, list[str]] = {"floor: python -c pass": [python, "-c", "pass"]}
    for case in CASES:
        words = " ".join(case)
        if script.exists():
            commands[f"groundgame {words}"] = [str(script), *case]
        commands[f"python main.py {words}"] = [python, str(ROOT / "main.py"), *case]
        if args.compare is not None:
            commands[f"compare: main.py {words}"] = [python, str(args.compare / "main.py"), *case]
    times: dict[str, list[float]] = {name: [] for name in commands}
    env_note = f"load average {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    for _ in range(args.runs):
        for name, argv in commands.items():  # interleaved: load hits every command alike
            times[name].append(wall(argv))
    print(f"{args.runs} runs each, medians ({env_note} at the start)")
    print(f"{'command':<42} {'median':>8} {'min':>8} {'max':>8}  target")
    for name, values in times.items():
        median = statistics.median(values)
        verdict = (
            ""
            if name.startswith(("floor", "compare"))
            else ("met" if median <= TARGET else "MISSED")
        )
        print(f"{name:<42} {median:>7.3f}s {min(values):>7.3f}s {max(values):>7.3f}s  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
