"""Shared fixtures: real SQLite files in temporary folders, a fixed clock, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tracker.domain.clock import FixedClock, clock_for_day
from tracker.services.book import Book
from tracker.services.location import DataLocation

DEMO_DAY = date(2026, 12, 1)  # a Tuesday
ZONE = "Europe/Berlin"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data or UI settings."""
    monkeypatch.setenv("GROUNDGAME_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("GROUNDGAME_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data")


@pytest.fixture
def clock() -> FixedClock:
    return clock_for_day(DEMO_DAY, zone_name=ZONE, hour=9)


@pytest.fixture
def book(location: DataLocation, clock: FixedClock) -> Iterator[Book]:
    """An empty book in Berlin time, its clock standing at 09:00 on the demo day."""
    from dataclasses import replace

    opened = Book.open(location, clock=clock)
    opened.preferences.save(replace(opened.preferences.get(), time_zone=ZONE))
    yield opened
    opened.close()


@pytest.fixture
def demo_book(book: Book) -> Book:
    """The empty book filled with the default demo (seed 1, 300 contacts)."""
    book.demo.load(seed=1, contacts=300, today=DEMO_DAY)
    return book


# -- team mode: a real PostgreSQL and a real team server (started only when a test asks) ---------


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL cluster for the whole session, on a free loopback port in a temp folder."""
    from tests.team import Postgres

    cluster = Postgres()
    yield cluster
    cluster.close()


@pytest.fixture
def team_server(postgres: object) -> Iterator[object]:
    """A team server on a fresh database, served over HTTP on loopback."""
    from tests.team import Postgres, running

    assert isinstance(postgres, Postgres)
    yield from running(postgres)


@pytest.fixture
def laptops(tmp_path: Path, team_server: object, clock: FixedClock) -> Iterator[object]:
    """A factory of books that sign in to the team server: `laptops.new("a", "anna")`."""
    from tests.team import Laptops, TeamServer

    assert isinstance(team_server, TeamServer)
    made = Laptops(tmp_path / "laptops", team_server, clock)
    yield made
    made.close()


@pytest.fixture
def team(laptops: object, team_server: object) -> object:
    """Anna and Bernd (reps) and Maria (their manager), each on a laptop of their own: a tuple
    of three books. (Tests that need another team define their own `team`.)"""
    from tests.team import Laptops, TeamServer

    assert isinstance(laptops, Laptops) and isinstance(team_server, TeamServer)
    team_server.add_user("anna")
    team_server.add_user("bernd")
    team_server.add_user("maria", manager=True)
    return laptops.new("anna", "anna"), laptops.new("bernd", "bernd"), laptops.new("maria", "maria")


# -- calendar sync: a real CalDAV server (Radicale) and a file keyring (only when a test asks) ---


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """keyrings.alt's plain-text file keyring in the test's folder, chosen the way a rep would
    choose a backend (PYTHON_KEYRING_BACKEND); the system keyring is never touched."""
    import keyring
    import keyring.core

    folder = tmp_path / "keyring"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    keyring.core.init_backend()
    yield folder
    keyring.set_keyring(keyring.backends.fail.Keyring())  # nothing later finds this one


@pytest.fixture
def calendar_server(tmp_path: Path, file_keyring: Path) -> Iterator[object]:
    """Radicale on a free loopback port with a user `anna`, its storage in the test's folder."""
    from tests.calendar_server import CalendarServer

    server = CalendarServer(tmp_path / "radicale")
    server.add_user("anna")
    server.start()
    yield server
    server.close()
