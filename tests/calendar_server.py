"""A real CalDAV server for the tests: Radicale in a child process on a free loopback port.

Storage lives in a temporary folder and users come from a plain htpasswd file, so every test can
have its own calendars and people. Nothing here fakes CalDAV: the app talks HTTP to Radicale.
`stop()` ends the process (a test of an unreachable server stops it, or asks for `dead_url()`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tools.pg_cluster import free_port

PASSWORD = "correct horse battery"
START_SECONDS = 20.0


class CalendarServer:
    """Radicale serving `http://127.0.0.1:PORT/`, with users added by `add_user`."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder or tempfile.mkdtemp(prefix="gg-radicale-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.users = self.folder / "users"
        self.users.write_text("", encoding="utf-8")
        self.port = free_port()
        self.config = self.folder / "config"
        self.config.write_text(
            "\n".join(
                [
                    "[server]",
                    f"hosts = 127.0.0.1:{self.port}",
                    "[auth]",
                    "type = htpasswd",
                    f"htpasswd_filename = {self.users}",
                    "htpasswd_encryption = plain",
                    "delay = 0",
                    "[storage]",
                    f"filesystem_folder = {self.folder / 'collections'}",
                    "[logging]",
                    "level = warning",
                    "mask_passwords = True",
                    "[web]",
                    "type = none",
                ]
            )
            + "\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None
        self.log = self.folder / "radicale.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def add_user(self, name: str, password: str = PASSWORD) -> None:
        with self.users.open("a", encoding="utf-8") as stream:
            stream.write(f"{name}:{password}\n")

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.config)],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"radicale exited: {self.log.read_text(errors='replace')}")
            try:
                urllib.request.urlopen(self.url + ".well-known/caldav", timeout=1)
                return
            except urllib.error.HTTPError:
                return  # it answers (an error for a request without a user is an answer)
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("radicale did not start in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def dead_url() -> str:
    """A loopback address where nothing listens."""
    return f"http://127.0.0.1:{free_port()}/"


class CalendarApp:
    """The rep's calendar app on the phone: another CalDAV client of the same calendar, which
    moves, cancels and deletes events as a person would (with icalendar, over HTTP)."""

    def __init__(self, server: CalendarServer, calendar_url: str, user: str = "anna") -> None:
        from caldav.collection import Calendar
        from caldav.davclient import DAVClient

        self.client = DAVClient(url=server.url, username=user, password=PASSWORD)
        self.calendar = Calendar(client=self.client, url=calendar_url)

    def events(self) -> dict[str, Any]:
        """uid → the icalendar VCALENDAR of every event in the calendar."""
        from icalendar import Calendar as Ical

        found = {}
        for item in self.calendar.get_events():
            parsed = Ical.from_ical(item.data)
            uid = str(next(iter(parsed.walk("VEVENT")))["UID"])
            found[uid] = parsed
        return found

    def master(self, uid: str) -> Any:
        """The event (the VEVENT without RECURRENCE-ID) of `uid`."""
        calendar = self.events()[uid]
        return next(e for e in calendar.walk("VEVENT") if e.get("RECURRENCE-ID") is None)

    def edit(self, uid: str, change: Any) -> None:
        """Change the event with `change(vcalendar)` and save it, as a calendar app does."""
        item = self.calendar.get_event_by_uid(uid)
        from icalendar import Calendar as Ical

        parsed = Ical.from_ical(item.data)
        change(parsed)
        item.data = parsed.to_ical().decode("utf-8")
        item.save(increase_seqno=False)

    def move(self, uid: str, start: datetime, minutes: int | None = None) -> None:
        """Move the event to `start` (aware), keeping its length unless `minutes` is given."""

        def change(parsed: Any) -> None:
            event = next(e for e in parsed.walk("VEVENT") if e.get("RECURRENCE-ID") is None)
            length = event["DTEND"].dt - event["DTSTART"].dt
            if minutes is not None:
                length = timedelta(minutes=minutes)
            for key in ("DTSTART", "DTEND"):
                del event[key]
            event.add("dtstart", start)
            event.add("dtend", start + length)

        self.edit(uid, change)

    def add(self, text: str) -> None:
        """An event the rep makes by hand in the calendar app."""
        self.calendar.save_event(text)

    def delete(self, uid: str) -> None:
        self.calendar.get_event_by_uid(uid).delete()

    def close(self) -> None:
        self.client.close()
