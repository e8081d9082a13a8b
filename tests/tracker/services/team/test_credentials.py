"""The sign-in file beside the book: the manager role kept with the token (an older file
without it reads as a rep), private to the user, and saved whole even by threads at once."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

from tracker.services.location import DataLocation
from tracker.services.team import credentials
from tracker.services.team.credentials import Credentials


def test_the_role_is_kept_and_an_older_file_reads_as_a_rep(tmp_path: Path) -> None:
    """Saved as a manager it loads as one; a file written before the role was kept loads as a
    rep (signing in again asks the server)."""
    location = DataLocation(tmp_path)
    credentials.save(location, Credentials("http://s", "maria", "t", manager=True))
    assert credentials.load(location) == Credentials("http://s", "maria", "t", manager=True)
    path = credentials.token_path(location)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text(json.dumps({"server_url": "http://s", "user": "maria", "token": "t"}))
    assert credentials.load(location) == Credentials("http://s", "maria", "t", manager=False)


def test_threads_saving_at_once_leave_one_whole_file(tmp_path: Path) -> None:
    """Eight threads saving at once: none fails, the file is one of the versions, whole, and no
    temporary file is left."""
    location = DataLocation(tmp_path)
    failures: list[BaseException] = []

    def save(number: int) -> None:
        try:
            for _ in range(20):
                credentials.save(location, Credentials("http://s", "maria", f"token-{number}"))
        except BaseException as exc:  # collected for the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    loaded = credentials.load(location)
    assert loaded is not None and loaded.token.startswith("token-")
    assert [p.name for p in tmp_path.iterdir()] == ["team-token"]
