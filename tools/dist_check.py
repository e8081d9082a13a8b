"""Smoke test of a built bundle, as a rep's fresh machine would run it.

    python tools/dist_check.py [EXECUTABLE]     (`make dist-check`; default dist/groundgame/groundgame)

Every run starts from a clean environment (`env -i`: a fresh HOME, a bare PATH, no Python
variables, Qt offscreen), so nothing from the developer's set-up can help the bundle. It builds
the demo book, checks it, exercises everything the app loads lazily — the PDF, XLSX and CSV
summaries (matplotlib, fpdf2, xlsxwriter), calendar and vCard exports, CSV, XLSX and vCard
imports (charset-normalizer, openpyxl, vobject), search, backup and restore — then starts the
window offscreen with `--self-test` (Today painted, every screen, the Reports charts, the
search palette, printing, the cheat sheet, About, the German translation). It also checks
versions: a book from the first schema is upgraded after a verified backup, and a book written
by a newer Groundgame is refused with a clear message and left byte for byte as it was.
Prints one line per check; exits 1 at the first failure.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "dist" / "groundgame" / "groundgame"
OLD_BOOK = ROOT / "tests" / "data" / "schema_0001.sqlite3"


class Failed(Exception):
    """A check that did not hold."""


class Bundle:
    """Runs the bundled executable in a clean environment with its own HOME."""

    def __init__(self, executable: Path, home: Path) -> None:
        self.executable = executable
        self.home = home
        home.mkdir(parents=True, exist_ok=True)

    def env(self) -> dict[str, str]:
        """Only what a login gives every user: no Python, no venv, no developer settings."""
        env = {"HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}
        if sys.platform == "win32":
            import os

            env |= {
                "SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"),
                "PATH": os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32",
                "USERPROFILE": str(self.home),
                "APPDATA": str(self.home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(self.home / "AppData" / "Local"),
                "TEMP": str(self.home / "Temp"),
                "TMP": str(self.home / "Temp"),
            }
            for folder in ("APPDATA", "LOCALAPPDATA", "TEMP"):
                Path(env[folder]).mkdir(parents=True, exist_ok=True)
        else:
            env |= {
                "PATH": "/usr/bin:/bin",
                "LANG": "C.UTF-8",
                "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            }
            (self.home / "runtime").mkdir(mode=0o700, exist_ok=True)
        return env

    def run(
        self, *args: str, expect: int = 0, x11: bool = False
    ) -> subprocess.CompletedProcess[str]:
        """The bundle with `args`; `x11`: on a real X server (Xvfb, by xvfb-run) instead of
        Qt's offscreen platform, so the xcb plugin loads the system's X11 libraries."""
        env, command = self.env(), [str(self.executable), *args]
        if x11:
            env["QT_QPA_PLATFORM"] = "xcb"
            command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
        done = subprocess.run(
            command,
            env=env,
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != expect:
            raise Failed(
                f"`groundgame {' '.join(args)}` exited {done.returncode}, not {expect}\n"
                f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
            )
        if "Traceback" in done.stderr:
            raise Failed(f"`groundgame {' '.join(args)}` printed a traceback:\n{done.stderr}")
        # A Python warning (a library missing a module the spec left out, say) is for us, not
        # for the rep's terminal.
        if expect == 0 and re.search(r"\w+Warning: ", done.stderr):
            raise Failed(f"`groundgame {' '.join(args)}` printed a warning:\n{done.stderr}")
        return done


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checks(bundle: Bundle, work: Path) -> list[tuple[str, object]]:
    data = str(work / "book")
    out = work / "out"
    out.mkdir()

    def version() -> str:
        with (ROOT / "pyproject.toml").open("rb") as file:
            declared = tomllib.load(file)["project"]["version"]
        shown = bundle.run("--version").stdout.strip()
        if shown != f"Groundgame {declared}":
            raise Failed(f"--version says {shown!r}, pyproject.toml {declared}")
        return shown

    def welcome() -> str:
        said = bundle.run("--data-dir", str(work / "fresh"), "--self-test").stdout
        if "welcome page" not in said:
            raise Failed(f"an empty book did not open on the welcome page:\n{said}")
        return "an empty book opens on the welcome page"

    def demo() -> str:
        return bundle.run("--data-dir", data, "demo", "--seed", "1").stdout.strip()

    def check() -> str:
        return bundle.run("--data-dir", data, "check", "--full").stdout.strip()

    def today() -> str:
        items = json.loads(bundle.run("--data-dir", data, "today", "--json").stdout)
        if not items:
            raise Failed("today --json is empty on the demo book")
        return f"{len(items)} items"

    def search() -> str:
        hits = json.loads(bundle.run("--data-dir", data, "search", "Müller", "--json").stdout)
        if not hits:
            raise Failed("no hits for Müller in the demo book")
        return f"{len(hits)} hits for Müller"

    def exports() -> str:
        today = date.today()
        year_ago = today - timedelta(days=365)
        made = []
        for fmt, magic in (("pdf", b"%PDF"), ("xlsx", b"PK"), ("csv", b"\xef\xbb\xbf")):
            target = out / f"summary.{fmt}"
            bundle.run(
                "--data-dir", data, "export", "summary", "--from", year_ago.isoformat(),
                "--to", today.isoformat(), "--format", fmt, "-o", str(target),
            )  # fmt: skip
            if not target.read_bytes().startswith(magic):
                raise Failed(f"summary.{fmt} does not look like a {fmt.upper()} file")
            made.append(f"{fmt.upper()} {target.stat().st_size // 1024} KB")
        bundle.run("--data-dir", data, "export", "calendar", "-o", str(out / "plan.ics"))
        for fmt in ("csv", "vcf"):
            bundle.run(
                "--data-dir", data, "export", "contacts", "--format", fmt,
                "-o", str(out / f"contacts.{fmt}"),
            )  # fmt: skip
        if b"BEGIN:VCALENDAR" not in (out / "plan.ics").read_bytes():
            raise Failed("the calendar export is not iCalendar")
        bundle.run("--data-dir", data, "route", "--pdf", str(out / "route.pdf"))
        if not (out / "route.pdf").read_bytes().startswith(b"%PDF"):
            raise Failed("the route sheet is not a PDF")
        return ", ".join(made) + ", calendar, contacts as CSV and vCard, the route sheet"

    def imports() -> str:
        said = []
        for fmt in ("csv", "vcf"):
            report = json.loads(
                bundle.run(
                    "--data-dir",
                    str(work / f"import-{fmt}"),
                    "import",
                    str(out / f"contacts.{fmt}"),
                    "--json",
                ).stdout
            )
            if not report["new"]:
                raise Failed(f"importing the exported {fmt} made no contacts: {report}")
            said.append(f"{fmt}: {report['new']} new")
        # A spreadsheet too (openpyxl): the exported CSV written as XLSX by the bundle's own
        # summary path is not a contact list, so make one from the CSV rows here.
        xlsx = out / "contacts.xlsx"
        _csv_to_xlsx(out / "contacts.csv", xlsx)
        report = json.loads(
            bundle.run(
                "--data-dir", str(work / "import-xlsx"), "import", str(xlsx), "--dry-run", "--json"
            ).stdout
        )
        if report["format"] != "xlsx" or not report["new"]:
            raise Failed(f"the XLSX import found nothing: {report}")
        said.append(f"xlsx: {report['new']} new (dry run)")
        return ", ".join(said)

    def backup_restore() -> str:
        bundle.run("--data-dir", data, "backup")
        bundle.run("--data-dir", data, "restore", "--latest")
        return bundle.run("--data-dir", data, "check").stdout.strip()

    def team_client() -> str:
        """The laptop's sync client is in the bundle (and the server is not): signing in to an
        address where nothing listens fails in plain words, and the server commands say what to
        install."""
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]  # closed again: nothing listens there
        done = subprocess.run(
            [str(bundle.executable), "--data-dir", str(work / "team"), "sync", "login",
             f"http://127.0.0.1:{port}", "--user", "anna"],
            env=bundle.env(), cwd=bundle.home, capture_output=True, text=True, timeout=120,
            input="a password\n",
        )  # fmt: skip
        if done.returncode != 1 or "cannot reach the team server" not in done.stderr:
            raise Failed(f"sync login did not say the server is unreachable: {done.stderr}")
        server = bundle.run("server", "init", "--db", "postgresql://x@127.0.0.1/x", expect=1)
        if "groundgame[server]" not in server.stderr:
            raise Failed(f"the server commands did not name what to install: {server.stderr}")
        return "sync client present, server left out"

    def calendar() -> str:
        """keyring is in the bundle and finds no keyring in a bare session: connecting says so
        in plain words and connects nothing (the CalDAV client itself: the self-test)."""
        done = subprocess.run(
            [str(bundle.executable), "--data-dir", str(work / "calendar"), "calendar", "connect",
             "http://127.0.0.1:9/", "--user", "anna"],
            env=bundle.env(), cwd=bundle.home, capture_output=True, text=True, timeout=120,
            input="a password\n",
        )  # fmt: skip
        if done.returncode != 1 or "no system keyring" not in done.stderr:
            raise Failed(f"calendar connect did not say there is no keyring: {done.stderr}")
        if "Traceback" in done.stderr:
            raise Failed(f"calendar connect printed a traceback:\n{done.stderr}")
        status = bundle.run("--data-dir", str(work / "calendar"), "calendar", "status", "--json")
        if '"connected": false' not in status.stdout:
            raise Failed(f"a calendar was connected after all: {status.stdout}")
        return done.stderr.strip()

    def window() -> str:
        said = bundle.run("--data-dir", data, "--self-test").stdout
        painted = [line for line in said.splitlines() if "Today painted" in line]
        if not painted or "self-test passed" not in said:
            raise Failed(f"the window's self-test did not pass:\n{said}")
        return " | ".join(line for line in said.splitlines() if line.startswith("ok"))

    def x11_window() -> str:
        if shutil.which("xvfb-run") is None:
            raise Failed("xvfb-run is missing (Debian's xvfb; `make` installs it for the bundle)")
        said = bundle.run("--data-dir", data, "--self-test", x11=True).stdout
        if "self-test passed" not in said:
            raise Failed(f"the window's self-test did not pass on X11:\n{said}")
        painted = next(line for line in said.splitlines() if "Today painted" in line)
        return "X11 (Xvfb): " + painted.removeprefix("ok ")

    def upgrade() -> str:
        folder = work / "old"
        folder.mkdir()
        shutil.copy(OLD_BOOK, folder / "groundgame.sqlite3")
        bundle.run("--data-dir", str(folder), "check")
        backups = list((folder / "backups").glob("*before-upgrade-0001*"))
        if len(backups) != 1:
            raise Failed(f"no backup before the upgrade: {list((folder / 'backups').iterdir())}")
        with sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True) as saved:
            if saved.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise Failed("the backup before the upgrade does not pass quick_check")
            if saved.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "0001":
                raise Failed("the backup before the upgrade is not the old book")
        return f"schema 0001 upgraded; backup {backups[0].name} verified"

    def newer_book() -> str:
        folder = work / "newer"
        folder.mkdir()
        shutil.copy(Path(data) / "groundgame.sqlite3", folder / "groundgame.sqlite3")
        book = folder / "groundgame.sqlite3"
        with sqlite3.connect(book) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.close()
        before = digest(book)
        refused = bundle.run("--data-dir", str(folder), "check", expect=1).stderr.strip()
        bundle.run("--data-dir", str(folder), "today", expect=1)
        if "newer version of Groundgame" not in refused or len(refused.splitlines()) != 1:
            raise Failed(f"a newer book was not refused in one clear line: {refused!r}")
        if digest(book) != before:
            raise Failed("the newer book was changed")
        # Reading a WAL book leaves SQLite's -shm index and an empty -wal beside it; what
        # counts is that nothing was written, not even into the log.
        wal = book.with_name(book.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise Failed(f"the refusal wrote {wal.stat().st_size} bytes into the book's log")
        return f"{refused} (file unchanged, log empty)"

    return [
        ("version", version),
        ("welcome", welcome),
        ("demo", demo),
        ("check", check),
        ("today", today),
        ("search", search),
        ("exports", exports),
        ("imports", imports),
        ("backup and restore", backup_restore),
        ("team client", team_client),
        ("calendar", calendar),
        ("window", window),
        *([("window on X11", x11_window)] if sys.platform.startswith("linux") else []),
        ("upgrade an older book", upgrade),
        ("refuse a newer book", newer_book),
    ]


def _csv_to_xlsx(source: Path, target: Path) -> None:
    """The exported contacts CSV as a one-sheet workbook (written with the developer's
    xlsxwriter; only the bundle reads it)."""
    import xlsxwriter  # type: ignore[import-untyped]

    with source.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    workbook = xlsxwriter.Workbook(str(target))
    sheet = workbook.add_worksheet()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    workbook.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    executable = args.executable.resolve()
    if not executable.is_file():
        print(f"dist-check: no bundle at {executable} (run `make dist` first)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="groundgame-dist-check-") as folder:
        work = Path(folder)
        bundle = Bundle(executable, work / "home")
        for name, check in checks(bundle, work):
            began = time.perf_counter()
            try:
                said = check()  # type: ignore[operator]
            except Failed as failure:
                print(f"FAILED {name}: {failure}", file=sys.stderr)
                return 1
            print(f"ok {name} ({time.perf_counter() - began:.1f} s): {said}", flush=True)
    print(f"dist-check passed in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
