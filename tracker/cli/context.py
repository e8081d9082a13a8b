"""What a command handler gets: parsed arguments, output streams and the book, opened on demand."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TextIO

from tracker.domain.clock import Clock
from tracker.services.book import Book, Mode
from tracker.services.location import DataLocation, resolve


@dataclass
class CliContext:
    """Per-invocation state shared by the command handlers."""

    args: argparse.Namespace
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    clock: Clock | None = None
    _book: Book | None = None

    @property
    def location(self) -> DataLocation:
        return resolve(self.args.data_dir)

    @property
    def book(self) -> Book:
        if self._book is None:
            self._book = Book.open(self.location, clock=self.clock, on_wait=self.waiting)
        return self._book

    def waiting(self, mode: Mode) -> None:
        """Say why the command pauses when another Groundgame holds the book."""
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


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value
