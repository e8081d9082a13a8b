"""The CLI answers at once: `--version` and `--help` load no database, service or Qt code, and a
command imports only what it needs. Checked on the modules a child process really imported, not on
the clock (timing lives in benchmarks/cli_start.py)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.cli.app import build_parser
from tracker.domain.accounts import AccountDraft
from tracker.services.book import Book
from tracker.services.location import DataLocation

ROOT = Path(__file__).resolve().parents[3]

# Runs main.main(argv) and writes its exit code and the names of every module then loaded.
CHILD = """
import json, sys
argv, report = json.loads(sys.argv[1]), sys.argv[2]
import main
try:
    code = main.main(argv)
except SystemExit as exit_:
    code = exit_.code or 0
with open(report, "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""
# What a help text may load of the project: the CLI's front and the stable codes (stdlib only).
HELP_MAY_LOAD = ("tracker", "tracker.cli", "tracker.domain", "tracker.domain.enums")
NEVER_FOR_HELP = (
    "sqlalchemy", "PySide6", "alembic", "phonenumbers", "dateutil", "platformdirs", "caldav",
    "keyring",
)  # fmt: skip
# Libraries only the file formats need: reports and exports, imports.
FILE_FORMATS = (
    "fontTools", "xlsxwriter", "fpdf", "openpyxl", "icalendar", "vobject", "charset_normalizer",
)  # fmt: skip


def loaded_modules(tmp_path: Path, *argv: str) -> set[str]:
    report = tmp_path / f"modules-{len(list(tmp_path.iterdir()))}.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(list(argv)), str(report)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    ran = json.loads(report.read_text())
    assert ran["code"] == 0, result.stderr
    return set(ran["modules"])


def top_level(modules: set[str], names: tuple[str, ...]) -> set[str]:
    return {module for module in modules if module.split(".")[0] in names}


def command_paths() -> list[tuple[str, ...]]:
    """Every command and sub-command: ("today",), ("contact",), ("contact", "add"), …"""

    def below(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        found = [path] if path else []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in sorted(action.choices.items()):
                    found += below(sub, (*path, name))
        return found

    return below(build_parser(), ())


@pytest.mark.parametrize(
    "argv",
    [("--version",), ("--help",), *((*path, "--help") for path in command_paths())],
    ids=lambda argv: " ".join(argv),
)
def test_help_and_version_load_no_book_code(tmp_path: Path, argv: tuple[str, ...]) -> None:
    """Help texts and the version come from argparse alone: no SQLAlchemy, Qt or services."""
    modules = loaded_modules(tmp_path, *argv)
    assert top_level(modules, NEVER_FOR_HELP) == set()
    project = {m for m in modules if m == "tracker" or m.startswith(("tracker.", "ui", "main"))}
    extra = {
        m for m in project - {"main"} if m not in HELP_MAY_LOAD and not m.startswith("tracker.cli.")
    }
    assert extra == set()


@pytest.fixture(scope="module")
def small_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A current book with a little demo data and one undoable action, closed (so no command
    has to migrate it)."""
    from datetime import date

    from tracker.domain.clock import clock_for_day

    root = tmp_path_factory.mktemp("fast") / "book"
    clock = clock_for_day(date(2026, 12, 1), zone_name="Europe/Berlin", hour=9)
    with Book.open(DataLocation(root), clock=clock) as book:
        book.demo.load(seed=1, contacts=30, today=date(2026, 12, 1))
        book.accounts.create(AccountDraft(name="For undo"))
    return root


@pytest.mark.parametrize(
    "argv",
    [
        ("today", "--json"),
        ("search", "anna"),
        ("base",),
        ("check",),
        ("contact", "list"),
        ("account", "list"),
        ("pipeline",),
        ("prefs", "get"),
        ("undo",),
    ],
    ids=lambda argv: " ".join(argv),
)
def test_commands_leave_the_file_format_libraries_alone(
    tmp_path: Path, small_book: Path, argv: tuple[str, ...]
) -> None:
    """Only exports and imports load the chart, spreadsheet, PDF, calendar and vCard libraries;
    no command loads Qt, and none loads Alembic on a book that needs no upgrade."""
    modules = loaded_modules(tmp_path, "--data-dir", str(small_book), *argv)
    assert top_level(modules, (*FILE_FORMATS, "PySide6", "alembic")) == set()
    assert "tracker.services.exports.service" not in modules
    assert "tracker.services.imports.service" not in modules


def test_the_export_command_loads_its_formats_only_when_it_runs(
    tmp_path: Path, small_book: Path
) -> None:
    """The check above is not vacuous: writing a PDF summary does load the PDF library."""
    target = tmp_path / "week.pdf"
    modules = loaded_modules(
        tmp_path, "--data-dir", str(small_book), "export", "summary",
        "--from", "2026-11-23", "--to", "2026-11-29", "--format", "pdf", "-o", str(target),
    )  # fmt: skip
    assert target.exists()
    assert "fpdf" in top_level(modules, FILE_FORMATS)


def test_written_out_choices_match_the_codes() -> None:
    """Choices spelt out for a fast --help stay equal to the codes the services use."""
    from tracker.cli.commands import calendar, export, import_file
    from tracker.domain.calendar import CalendarSide
    from tracker.domain.import_matching import Decision
    from tracker.services.exports.service import ContactsFormat, SummaryFormat

    assert tuple(f.value for f in SummaryFormat) == export.SUMMARY_FORMATS
    assert tuple(f.value for f in ContactsFormat) == export.CONTACTS_FORMATS
    assert tuple(d.value for d in Decision) == import_file.DUPLICATE_POLICIES
    assert tuple(side.value for side in CalendarSide) == calendar.SIDES
