"""The crash harness's field visit: plan a visit, check in, check out with its report — three
transactions, any of which the kill may cut.

Acknowledged (the token) once the check-out returned: that visit must be done with both times and
its report. Whatever was cut must be whole on its own terms: a visit with a report is a done visit
with both times; a visit checked in and not out is still planned (open, as the next morning's
question shows it) — never a done visit without its check-out, or a check-out without its check-in.
"""

from __future__ import annotations

import sqlite3

from tests.reliability.verdict import Verdict
from tracker.services.book import Book

MARK = "crashvisit-"


def field_visit(book: Book, n: int) -> str:
    from tracker.domain.contacts import ContactQuery
    from tracker.domain.enums import ActivityKind, Outcome
    from tracker.domain.visits import VisitReport
    from tracker.services.day.planning import PlanDraft

    for stale in book.visits.open_visits():  # a check-in the previous kill left open
        book.visits.discard_check_in(stale.activity_id)
    contacts = book.contacts.ids(ContactQuery())
    contact = contacts[n % len(contacts)]
    today = book.queue.today().day
    draft = PlanDraft(contact, ActivityKind.VISIT, today, note=f"{MARK}{n}")  # marked if cut here
    visit = book.planning.add(draft).value
    book.visits.check_in(visit)
    book.visits.check_out(
        visit, Outcome.MET_DECISION_MAKER, report=VisitReport(met_with=f"{MARK}{n}")
    )
    return f"{MARK}{n}"


def verify_visits(db: sqlite3.Connection, tokens: list[str]) -> Verdict:
    reported = {
        str(row[0]): row[1:]
        for row in db.execute(
            "SELECT met_with, status, checked_in_at, checked_out_at FROM activities"
            " WHERE met_with LIKE ? AND deleted_at IS NULL",
            (MARK + "%",),
        )
    }
    lost = [t for t in tokens if t not in reported]
    half = [
        marker
        for marker, (status, checked_in, checked_out) in reported.items()
        if status != "done" or checked_in is None or checked_out is None
    ]
    odd = db.execute(
        "SELECT count(*) FROM activities WHERE kind = 'visit' AND deleted_at IS NULL"
        " AND ((status = 'done' AND checked_in_at IS NOT NULL AND checked_out_at IS NULL)"
        " OR (checked_out_at IS NOT NULL AND checked_in_at IS NULL))"
    ).fetchone()[0]
    details = (
        tuple(f"visit {t} lost" for t in lost[:3])
        + tuple(f"visit {h} reported but not done with both times" for h in half[:3])
        + ((f"{odd} visits done without their check-out times",) if odd else ())
    )
    return Verdict(len(tokens), lost=len(lost), half_applied=len(half) + odd, details=details)
