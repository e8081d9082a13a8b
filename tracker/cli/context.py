"""What a command handler gets: parsed arguments, output streams and the book, opened on demand.

This module is imported for `--help` and `--version` too, so it loads nothing but the standard
library at import time: the book (SQLAlchemy, the services) is imported when a command asks for it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tracker.domain.clock import Clock
    from tracker.services.book import Book, Mode
    from tracker.services.location import DataLocation


class CliContext:
    """Per-invocation state shared by the command handlers.

    A plain class, not a dataclass: `dataclasses` imports `inspect`, a noticeable part of the
    time `--help` may take.
    """

    def __init__(
        self,
        args: argparse.Namespace,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.args = args
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.clock = clock
        self._book: Book | None = None

    @property
    def location(self) -> DataLocation:
        from tracker.services.location import resolve

        return resolve(self.args.data_dir)

    @property
    def book(self) -> Book:
        if self._book is None:
            from tracker.services.book import Book

            self._book = Book.open(self.location, clock=self.clock, on_wait=self.waiting)
        return self._book

    def waiting(self, mode: Mode) -> None:
        """Say why the command pauses when another Groundgame holds the book."""
        from tracker.services.book import Mode

        if mode is Mode.EXCLUSIVE:
            self.note("waiting for the Groundgame app and other commands to close the book …")
        else:
            self.note("waiting while another Groundgame restores or upgrades the book …")

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None

    def print(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def note(self, text: str) -> None:
        """A remark for a person (progress, hints) on stderr, so stdout stays machine-readable."""
        print(text, file=self.stderr)

    def print_json(self, value: Any) -> None:
        import json

        json.dump(value, self.stdout, ensure_ascii=False, indent=2, default=_json_default)
        self.stdout.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def parse_day(text: str) -> date:
    """A YYYY-MM-DD argument; argparse turns the ValueError into a usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def parse_time(text: str) -> time:
    """An HH:MM argument (a time of day on the wall clock)."""
    try:
        value = time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time (use HH:MM)") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"{text!r}: give the zone with --zone, not in the time")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def score(text: str) -> int | None:
    """A fit or readiness score: 1 … 5, or `none` to clear it."""
    if text.strip().lower() in ("none", ""):
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a score (1 … 5, or none)") from None
    if not 1 <= value <= 5:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 1 and 5")
    return value


def amount_cents(text: str) -> int:
    """An amount of money in currency units (1250, 1250.50 or 1250,50) as integer cents."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount (e.g. 1250.00)") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount of zero or more")
    if value != value.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(f"{text!r} has more than two decimals")
    return int(value * 100)
