"""The count of waiting changes the status line shows: a batch the server never acknowledged is
counted once, not once in the outbox and again as in flight."""

from __future__ import annotations

import pytest

from tests.team import Laptops, TeamServer, engine_for, flaky_for
from tracker.sync.errors import Unreachable
from tracker.sync.protocol import PUSH

from ..services.book_helpers import add_contact


def test_a_batch_lost_on_the_way_is_counted_once(laptops: Laptops, team_server: TeamServer) -> None:
    """An edit whose push was lost still counts as one waiting change, also during the first
    upload; after the retry nothing waits."""
    team_server.add_user("anna")
    book = laptops.new("a", "anna", sign_in=False)
    add_contact(book, "Schon", "Da")  # uploaded by the first sync
    book.team.sign_in(team_server.url, "anna", "correct horse battery")
    flaky = flaky_for(book)
    flaky.lose_request[PUSH] = 1
    with pytest.raises(Unreachable):
        engine_for(book, flaky).sync()
    status = book.team.status()
    assert status is not None and status.uploading and status.waiting == 1
    book.team.sync()
    add_contact(book, "Neu", "Dazu")
    flaky.lose_answer[PUSH] = 1
    with pytest.raises(Unreachable):
        engine_for(book, flaky).sync()
    status = book.team.status()
    assert status is not None and status.waiting == 1
    book.team.sync()
    status = book.team.status()
    assert status is not None and status.waiting == 0
