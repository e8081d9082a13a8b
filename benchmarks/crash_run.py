"""The long crash run: ≥ 1,000 SIGKILLs of a child writing through the real services.

    python benchmarks/crash_run.py [--trials 1000] [--block 50] [--seed 1]

Trials run in blocks of `--block` on a fresh data folder each (so backups do not pile up); every
fifth block kills a child that restores backups, the others one that writes a demo book,
preferences, undoable ORM groups, outcome logs, new contacts, imports, account merges, backups
and field visits checked in and out (tests/reliability/workloads.py). Prints the figures
for the README: trials, acknowledged writes, lost, half-applied, integrity failures.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reliability.harness import Figures, merged, run_trials
from tests.reliability.workloads import RESTORE, WORKLOADS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--block", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    parts: list[Figures] = []
    done = 0
    block = 0
    with tempfile.TemporaryDirectory(prefix="groundgame-crash-") as tmp:
        while done < args.trials:
            count = min(args.block, args.trials - done)
            folder = Path(tmp) / f"block-{block}"
            restore = block % 5 == 4
            workloads = [WORKLOADS[0], RESTORE] if restore else list(WORKLOADS)
            figures = run_trials(folder, count, seed=args.seed * 1000 + block, workloads=workloads)
            parts.append(figures)
            done += count
            block += 1
            kind = "restore" if restore else "mixed"
            print(f"block {block} ({kind}): {figures.line()}", flush=True)
            for problem in figures.problems[:5]:
                print(f"  problem: {problem}", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    total = merged(*parts)
    minutes = (time.monotonic() - started) / 60
    print(f"\nworkloads: {', '.join(w.name for w in WORKLOADS)}; {RESTORE.name} (every 5th block)")
    print(f"TOTAL: {total.line()} in {minutes:.1f} min")
    return 0 if total.clean and not total.problems else 1


if __name__ == "__main__":
    sys.exit(main())
