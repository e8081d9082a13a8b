"""Crash safety in team mode: a child that writes and syncs with a real team server is SIGKILLed
at random (in the middle of pushes and of applied pages); afterwards one more sync brings the
server to exactly the book's content, with every acknowledged write on it once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.reliability.workloads import by_name
from tests.team import PASSWORD, TeamServer, book_rows, team_rows_equal
from tracker.services.book import Book
from tracker.services.location import DataLocation


def test_killing_a_syncing_child_loses_nothing(tmp_path: Path, team_server: TeamServer) -> None:
    """Twelve kills of a child making contacts, undoable groups and outcome logs and syncing
    between them: every check passes after each kill, and after a last sync the server holds
    the book exactly, each acknowledged contact once."""
    team_server.add_user("anna")
    folder = tmp_path / "team-book"
    with Book.open(DataLocation(folder)) as book:
        book.demo.load(seed=11, contacts=15)
        book.team.sign_in(team_server.url, "anna", PASSWORD)
    workloads = by_name("contact,undoable,sync")
    from tests.reliability.harness import Run

    run = Run(folder, seed=41, max_delay=1.5)
    run.workloads = workloads
    for _ in range(12):
        run.trial()
    figures = run.figures
    assert figures.trials == 12
    assert figures.clean, figures.problems[:5]
    assert len(run.tokens["sync"]) > 0, "no sync ever completed before a kill"
    with Book.open(DataLocation(folder)) as book:
        book.team.sync()
        team_rows_equal(book, team_server, "anna")
        held = team_server.rows("anna")["contacts"]
        for marker in run.tokens["contact"]:
            assert sum(row["last_name"] == marker for row in held.values()) == 1, marker
        assert len(held) == len(book_rows(book)["contacts"])
    db = sqlite3.connect(folder / "groundgame.sqlite3")
    assert db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    db.close()
