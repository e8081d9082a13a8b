"""Books changing hands by their roots on a real team server: a move writes one grant and one
revocation per account/contact and leaves the rows below as they were; the new owner's laptops
get every row of the moved subtrees and the old owner's none (an offline laptop's unsent work
included: refused, and kept where the rep sees it); pages stay bounded; an undo restores both
laptops exactly; and nobody reads or changes another's rows through pulls, refetches or pushes."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.team import Laptops, TeamServer, book_rows, engine_for, team_rows_equal
from tracker.domain.enums import ActivityKind
from tracker.domain.ids import new_id
from tracker.server.schema import MIRRORS, grants, revocations
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft
from tracker.sync import local
from tracker.sync.tables import SYNCED

# Tables whose rows hang on an account or contact (a rep's own lists and conflicts do not).
SUBTREE = [
    spec.name
    for spec in SYNCED
    if spec.name not in ("sync_conflicts", "call_lists", "call_list_entries")
]


def sql(book: Book, statement: str, *params: Any) -> None:
    """A write straight into the book (captured by its triggers like any other)."""
    connection = sqlite3.connect(book.location.database)
    try:
        connection.execute(statement, params)
        connection.commit()
    finally:
        connection.close()


def full_book(book: Book) -> dict[str, dict[str, dict[str, Any]]]:
    """A demo book with a row in every table that hangs on a root: notes on a contact and on
    an account, and a recurring series, besides what the demo makes."""
    book.demo.load(seed=31, contacts=12)
    rows = book_rows(book)
    contact = sorted(rows["contacts"])[0]
    account = sorted(rows["accounts"])[0]
    stamp = "2026-11-02 08:00:00.000000"
    sql(
        book,
        "INSERT INTO notes (id, contact_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        new_id(),
        contact,
        "Mag keine Anrufe vor 10",
        stamp,
        stamp,
    )
    sql(
        book,
        "INSERT INTO notes (id, account_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        new_id(),
        account,
        "Lieferung nur dienstags",
        stamp,
        stamp,
    )
    sql(
        book,
        "INSERT INTO activity_series (id, contact_id, kind, rrule, local_start, time_zone, "
        "created_at, updated_at) VALUES (?, ?, 'call', 'FREQ=WEEKLY', '2026-11-02 09:00:00.000000', "
        "'Europe/Berlin', ?, ?)",
        new_id(),
        contact,
        stamp,
        stamp,
    )
    rows = book_rows(book)
    assert all(rows[table] for table in SUBTREE if table != "visit_time_edits")
    return rows


def plan_call(book: Book, contact: str) -> str:
    """A call planned on a contact through the service, as a rep would."""
    draft = PlanDraft(contact_id=contact, kind=ActivityKind.CALL, day=book.queue.current_day())
    return str(book.planning.add(draft).value)


def subtree_of(rows: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return {table: rows[table] for table in SUBTREE}


def count(server: TeamServer, table: Any, **where: Any) -> int:
    with server.engine.connect() as connection:
        conditions = [table.c[name] == value for name, value in where.items()]
        return int(connection.execute(select(func.count()).where(*conditions)).scalar_one())


def test_a_handover_moves_roots_only_and_both_laptops_follow(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Anna's book goes to Bernd: one grant per account and contact for him, one revocation per
    root for her, no row below a root renumbered; Bernd's laptop then holds every row of every
    table of her book, hers none of it."""
    anna, bernd, maria = team
    before = full_book(anna)
    anna.team.sync()
    bernd.team.sync()
    activities = MIRRORS["activities"]
    with team_server.engine.connect() as connection:
        numbers = dict(connection.execute(select(activities.c.id, activities.c.seq)).all())
    roots = len(before["accounts"]) + len(before["contacts"])
    maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    assert count(team_server, grants, user_id=team_server.user_id("bernd")) == roots
    assert count(team_server, revocations, user_id=team_server.user_id("anna")) == roots
    with team_server.engine.connect() as connection:
        assert dict(connection.execute(select(activities.c.id, activities.c.seq)).all()) == numbers
    anna.team.sync()
    bernd.team.sync()
    assert subtree_of(book_rows(bernd)) == subtree_of(before)
    assert all(not rows for rows in subtree_of(book_rows(anna)).values())
    team_rows_equal(anna, team_server, "anna")
    team_rows_equal(bernd, team_server, "bernd")


def test_an_undone_handover_restores_both_laptops_exactly(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """After a handover and its undo, with Bernd working on the book in between, Anna's laptop
    holds her book as before plus Bernd's work on it, and Bernd's holds exactly what it held
    before the handover."""
    anna, bernd, maria = team
    full_book(anna)
    anna.team.sync()
    bernd.team.sync()
    bernds_before = book_rows(bernd)
    done = maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    anna.team.sync()
    bernd.team.sync()
    contact = sorted(book_rows(bernd)["contacts"])[0]
    sql(bernd, "UPDATE contacts SET job_title = 'Einkauf' WHERE id = ?", contact)
    bernd.team.sync()
    maria.team.manage("handover/undo", {"handover": done["handover"]})
    anna.team.sync()
    bernd.team.sync()
    assert book_rows(bernd) == bernds_before
    annas = book_rows(anna)
    assert annas["contacts"][contact]["job_title"] == "Einkauf"
    team_rows_equal(anna, team_server, "anna")
    team_rows_equal(bernd, team_server, "bernd")


def test_an_offline_laptops_unsent_work_on_a_moved_contact_is_refused_and_kept(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Anna edits a note on an activity and logs a new call on a contact while offline; Maria
    hands the contact's account to Bernd meanwhile. When Anna syncs, both changes are refused
    and listed for her with what she typed, her laptop drops the whole subtree, and Bernd's has
    it as the server does — without her edits."""
    anna, bernd, maria = team
    rows = full_book(anna)
    anna.team.sync()
    activity_id, activity = next(
        (row_id, row)
        for row_id, row in sorted(rows["activities"].items())
        if rows["contacts"][row["contact_id"]]["state"] == "active"
    )
    contact = activity["contact_id"]
    account = rows["contacts"][contact]["account_id"]
    sql(anna, "UPDATE activities SET note = 'Rückruf zugesagt' WHERE id = ?", activity_id)
    logged = plan_call(anna, contact)
    if account is not None:
        maria.team.manage("assign", {"to": "bernd", "accounts": [account]})
    else:
        maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    anna.team.sync()
    bernd.team.sync()
    refused = {(r.table, r.row_id): r for r in anna.team.refusals()}
    assert ("activities", activity_id) in refused and ("activities", logged) in refused
    assert contact not in book_rows(anna)["contacts"]
    assert activity_id not in book_rows(anna)["activities"]
    theirs = book_rows(bernd)["activities"]
    assert activity_id in theirs and logged not in theirs
    assert theirs[activity_id]["note"] != "Rückruf zugesagt"
    team_rows_equal(anna, team_server, "anna")
    team_rows_equal(bernd, team_server, "bernd")


def test_rows_leaving_with_their_root_keep_what_was_typed(
    team: tuple[Book, Book, Book],
) -> None:
    """A page that revokes a contact drops everything on it in the page's transaction, without
    recording those deletions for the push; a call typed on it while the sync ran (still in the
    outbox) is kept where the rep sees refused changes, not silently lost."""
    anna, _bernd, _maria = team
    rows = full_book(anna)
    anna.team.sync()
    contact = sorted(
        {a["contact_id"] for a in rows["activities"].values()}
        & {c for c, row in rows["contacts"].items() if row["state"] == "active"}
    )[0]
    hanging = {
        table: {row_id for row_id, row in rows[table].items() if row.get("contact_id") == contact}
        for table in ("activities", "contact_phones", "deals")
    }
    assert hanging["activities"]
    typed = plan_call(anna, contact)
    page = {
        "tables": [{"t": "contacts", "columns": ["id"], "rows": [[10**9, True, contact]]}],
        "cursor": 10**9,
        "hlc": 0,
    }
    with anna._ctx.db.write() as session:
        local.apply_page(session, page, now=datetime(2026, 11, 3, 10, 5))
    after = book_rows(anna)
    for table, ids in hanging.items():
        assert not ids & set(after[table]), table
    assert typed not in after["activities"]
    connection = sqlite3.connect(anna.location.database)
    try:
        assert connection.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    finally:
        connection.close()
    kept = [r for r in anna.team.refusals() if r.row_id == typed]
    assert len(kept) == 1 and "another rep" in kept[0].reason


def test_grants_keep_pages_bounded_and_a_small_paged_pull_ends_complete(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """With pages of 40 rows, a laptop receiving a handed-over book of 300-odd rows gets pages
    of at most 40 rows unless one contact alone holds more, and ends with all of it."""
    anna, bernd, maria = team
    before = full_book(anna)
    anna.team.sync()
    maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    seen: list[int] = []
    original = local.apply_page

    def watching(session: Any, page: dict[str, Any], **options: Any) -> Any:
        seen.append(sum(len(t["rows"]) for t in page.get("tables", [])))
        return original(session, page, **options)

    local.apply_page = watching  # type: ignore[assignment]
    try:
        engine_for(bernd, page_rows=40).sync()
    finally:
        local.apply_page = original  # type: ignore[assignment]
    largest = max(
        1 + sum(1 for a in before["activities"].values() if a["contact_id"] == contact)
        for contact in before["contacts"]
    )
    assert len(seen) > 5
    assert max(seen) <= max(40, largest + 20)
    assert subtree_of(book_rows(bernd)) == subtree_of(before)


def test_the_old_owner_reads_and_changes_nothing_of_a_moved_book(
    team: tuple[Book, Book, Book], team_server: TeamServer, laptops: Laptops
) -> None:
    """After a handover, a new laptop of Anna's pulls none of her former rows (though they last
    changed while hers), asking for one again brings nothing, and Bernd's later edits never
    reach her; her push to one of them is refused."""
    anna, bernd, maria = team
    rows = full_book(anna)
    anna.team.sync()
    maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    bernd.team.sync()
    activity_id = next(iter(rows["activities"]))
    sql(bernd, "UPDATE activities SET note = 'nur für Bernd' WHERE id = ?", activity_id)
    bernd.team.sync()
    fresh = laptops.new("anna2", "anna")
    fresh.team.sync()
    assert all(not found for found in subtree_of(book_rows(fresh)).values())
    with fresh._ctx.db.read() as session:
        state = local.read_state(session)
    assert state is not None
    answer = engine_for(fresh).transport.pull(
        {
            "client_id": state.client_id,
            "cursor": state.cursor,
            "limit": 100,
            "refetch": [["activities", activity_id]],
        }
    )
    assert not any(t["rows"] for t in answer["tables"])
    anna.team.sync()
    assert book_rows(anna)["activities"] == {}
    # A laptop that pushes a whole contact of Bernd's (every field, as if it were new) is
    # refused, and Bernd's contact stays as it was.
    contact, values = next(iter(rows["contacts"].items()))
    forged = {**values, "last_name": "Fälschung", "updated_at": "2026-11-03 10:00:00.000000"}
    sql(
        fresh,
        f"INSERT INTO contacts ({', '.join(forged)}) VALUES ({', '.join('?' for _ in forged)})",
        *forged.values(),
    )
    fresh.team.sync()
    assert any(r.row_id == contact for r in fresh.team.refusals())
    bernd.team.sync()
    assert book_rows(bernd)["contacts"][contact]["last_name"] == values["last_name"]


def test_a_laptop_killed_while_applying_a_handover_resumes_and_ends_complete(
    team: tuple[Book, Book, Book], team_server: TeamServer
) -> None:
    """Bernd's laptop dies applying the third page of a handed-over book (its transaction rolls
    back with the cursor); the next sync continues from the last page applied and ends with
    every row, none twice."""
    anna, bernd, maria = team
    before = full_book(anna)
    anna.team.sync()
    maria.team.manage("handover", {"from": "anna", "to": "bernd"})
    original = local.apply_page
    applied = {"pages": 0}

    def dying(session: Any, page: dict[str, Any], **options: Any) -> Any:
        applied["pages"] += 1
        if applied["pages"] == 3:
            original(session, page, **options)
            raise KeyboardInterrupt("killed while applying a page")
        return original(session, page, **options)

    local.apply_page = dying  # type: ignore[assignment]
    try:
        with pytest.raises(KeyboardInterrupt):
            engine_for(bernd, page_rows=40).sync()
    finally:
        local.apply_page = original  # type: ignore[assignment]
    assert subtree_of(book_rows(bernd)) != subtree_of(before)
    engine_for(bernd, page_rows=40).sync()
    assert subtree_of(book_rows(bernd)) == subtree_of(before)
    team_rows_equal(bernd, team_server, "bernd")
