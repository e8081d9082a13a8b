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
from pathlib import Path

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
