"""`make server`: a team server on this machine in one command, for trying team mode.

Starts a private PostgreSQL cluster in `.server/` (Debian's postgresql binaries, no system
service), creates or upgrades the team schema, adds a first manager `admin` with a one-time
password the first time, and serves the sync API on 127.0.0.1:8765 until Ctrl+C (which also
stops the cluster). The cluster and its data stay in `.server/` for the next start.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.pg_cluster import Cluster  # noqa: E402


def groundgame(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "server", *args],
        env=env,
        text=True,
        capture_output=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / ".server")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--pg-port", type=int, default=None)
    args = parser.parse_args(argv)
    # A plain `kill` (or the terminal closing) stops the server and the cluster too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    cluster = Cluster(args.folder / "pg")
    url = cluster.start(args.pg_port)
    env = dict(os.environ, GROUNDGAME_SERVER_DB=url)
    try:
        init = groundgame("init", env=env)
        print(init.stdout.strip() or init.stderr.strip())
        if init.returncode != 0:
            return init.returncode
        users = groundgame("users", "--json", env=env)
        if users.stdout.strip() in ("", "[]"):
            added = groundgame("add-user", "admin", "--manager", env=env)
            print(added.stdout.strip())
        print(f"database: {url}")
        print(f"add reps: GROUNDGAME_SERVER_DB={url} .venv/bin/groundgame server add-user NAME")
        print(f"on each laptop: Team ▸ Sign in to a team… with http://127.0.0.1:{args.port}")
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "server", "run", "--port", str(args.port)],
            env=env,
        )
        try:
            return server.wait()
        finally:
            server.terminate()
            server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.stop()
        print("team server and its database stopped")


if __name__ == "__main__":
    sys.exit(main())
