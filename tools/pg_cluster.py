"""A private PostgreSQL cluster in a folder, on a free loopback port: for `make server`, the tests
and the benchmarks. Uses Debian's `postgresql` binaries (initdb, pg_ctl); no system service.

PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` system user
(which the Debian package creates) and its folder belongs to that user.

    python tools/pg_cluster.py start FOLDER [--port P]   prints the database URL
    python tools/pg_cluster.py stop FOLDER
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DB = "groundgame"


def bin_dir() -> Path:
    """The folder holding initdb and pg_ctl (the newest installed version)."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError(
        "PostgreSQL is not installed (no initdb): `make` installs Debian's postgresql package"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """One cluster: `data/` (the cluster), `run/` (its socket), `postgres.log`, `port`."""

    def __init__(
        self, folder: Path, *, fast: bool = False, settings: dict[str, str] | None = None
    ) -> None:
        self.folder = folder.resolve()
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "run"
        self.log = self.folder / "postgres.log"
        self.fast = fast  # no fsync: for tests and benchmarks, never for a real server
        self.settings = settings or {}  # more server settings (`-c name=value`)
        self.bin = bin_dir()
        self.user = "postgres" if os.geteuid() == 0 else None

    @property
    def port_file(self) -> Path:
        return self.folder / "port"

    @property
    def port(self) -> int:
        return int(self.port_file.read_text())

    def url(self, database: str = DEFAULT_DB) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    def _own(self, path: Path) -> None:
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def init(self) -> None:
        if (self.data / "PG_VERSION").exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        for path in (self.folder, self.socket_dir):
            self._own(path)
        if self.user is not None:
            # The postgres user must be able to reach the folder.
            for parent in self.folder.parents:
                if parent == Path("/"):
                    break
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    os.chmod(parent, mode | 0o001)
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
        )

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def start(self, port: int | None = None) -> str:
        """Start (initialising first if needed); returns the URL of the default database."""
        self.init()
        if self.running():
            return self.url()
        for _attempt in range(5):
            chosen = port or free_port()
            options = (
                f"-p {chosen} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
                "-c max_connections=200 -c shared_buffers=128MB"
            )
            if self.fast:
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            options += "".join(f" -c {name}={value}" for name, value in self.settings.items())
            try:
                self._run(
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-l",
                    str(self.log),
                    "-w",
                    "-t",
                    "60",
                    "start",
                )
            except subprocess.CalledProcessError:
                if port is not None:
                    raise
                continue
            self.port_file.write_text(str(chosen))
            self.create_database(DEFAULT_DB)
            return self.url()
        raise RuntimeError(f"PostgreSQL did not start; see {self.log}")

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.running():
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(
                    str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"
                )
        deadline = time.monotonic() + 10
        while self.running() and time.monotonic() < deadline:
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    cluster = Cluster(args.folder)
    if args.action == "start":
        print(cluster.start(args.port))
    else:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
