"""The crash harness's child: opens a book and writes through the real services until killed.

    python -m tests.reliability.child DATA_DIR WORKLOAD[,WORKLOAD…] FIRST_N

Prints `READY` once the book is open, then `ACK <workload> <token>` after each write returned
(committed), flushed at once so the parent sees every acknowledgement it was given.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from tests.reliability.workloads import by_name
from tracker.services.book import Book
from tracker.services.location import DataLocation


def main(argv: list[str]) -> int:
    data_dir, names, first = argv[0], argv[1], int(argv[2])
    workloads = by_name(names)
    book = Book.open(DataLocation(Path(data_dir)))
    print("READY", flush=True)
    for n in count(first):
        for workload in workloads:
            token = workload.write(book, n)
            if token is not None:
                print(f"ACK {workload.name} {token}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
