"""CLI fixtures: a demo book built once per module and copied for each test, and `gg(...)` to run
a command on it in this process (as main.py would), with the commands' clock on the demo day."""

from __future__ import annotations

import json
import shlex
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.cli.app import main
from tracker.domain.clock import SystemClock, clock_for_day
from tracker.services.book import Book
from tracker.services.location import DataLocation

DAY = date(2026, 12, 1)  # a Tuesday
ZONE = "Europe/Berlin"


@dataclass(frozen=True)
class Ran:
    """What a command did: its exit code and both streams."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


Gg = Callable[..., Ran]


@pytest.fixture(scope="module")
def template_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo book of 60 contacts ending on the demo day, in Berlin time."""
    root = tmp_path_factory.mktemp("cli") / "book"
    with Book.open(DataLocation(root), clock=clock_for_day(DAY, zone_name=ZONE, hour=9)) as book:
        book.preferences.save(replace(book.preferences.get(), time_zone=ZONE))
        book.demo.load(seed=1, contacts=60, today=DAY)
    return root


@pytest.fixture
def data_dir(template_book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the demo book; the commands' wall clock stands at 09:00 on the demo day."""
    copy = tmp_path / "book"
    shutil.copytree(template_book, copy)
    clock = clock_for_day(DAY, zone_name=ZONE, hour=9)
    monkeypatch.setattr(SystemClock, "now", lambda self: clock.now())
    return copy


@pytest.fixture
def gg(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Gg:
    """`gg("contact show abcd --json")` runs the command on the copy; words are split as a
    shell would, or given one by one."""

    def run(*words: str) -> Ran:
        argv = shlex.split(words[0]) if len(words) == 1 else list(words)
        try:
            code = main(["--data-dir", str(data_dir), *argv])
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return run


@pytest.fixture
def open_book(data_dir: Path) -> Iterator[Book]:
    """The copied book opened in this process, as the app would hold it beside the commands."""
    book = Book.open(DataLocation(data_dir), clock=clock_for_day(DAY, zone_name=ZONE, hour=9))
    yield book
    book.close()


def one_line_error(ran: Ran, code: int, message: str) -> None:
    """The exit code, and exactly one line on stderr holding the message — no traceback."""
    assert ran.code == code, ran.err
    assert message in ran.err
    assert len(ran.err.strip().splitlines()) == 1 and "Traceback" not in ran.err
