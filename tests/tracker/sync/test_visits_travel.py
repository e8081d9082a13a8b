"""Field visits in team mode: a check-in and out with its report, a visit's times corrected with
the reason, and contacts' coordinates reach the team server and the rep's other laptop."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tests.team import Laptops, TeamServer, team_rows_equal
from tracker.domain.clock import FixedClock
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import ActivityKind, Outcome
from tracker.domain.visits import VisitReport
from tracker.server.schema import MIRRORS
from tracker.services.day.planning import PlanDraft

from ..services.book_helpers import add_contact

TODAY = date(2026, 12, 1)


def test_a_visit_report_and_its_corrected_times_travel(
    laptops: Laptops, team_server: TeamServer, clock: FixedClock
) -> None:
    """Laptop A checks in, out (with the report) and corrects the arrival; the server's mirror
    and laptop B hold the same visit, report, audit line and coordinates."""
    team_server.add_user("anna")
    a, b = laptops.new("a", "anna"), laptops.new("b", "anna")
    contact = add_contact(a, "Anna", "Berg")
    draft = a.contacts.detail(contact).draft()
    a.contacts.update(
        contact, ContactDraft(**{**vars(draft), "latitude": 50.94, "longitude": 6.96})
    )
    visit = a.planning.add(PlanDraft(contact, ActivityKind.VISIT, TODAY)).value
    a.visits.check_in(visit)
    clock.advance(timedelta(minutes=45))
    a.visits.check_out(
        visit, Outcome.MET_DECISION_MAKER, report=VisitReport("Anna Berg", "Wartung")
    )
    a.visits.edit_times(
        visit, checked_in_at=clock.now() - timedelta(minutes=60), checked_out_at=None,
        reason="arrived earlier",
    )  # fmt: skip
    for _round in range(2):
        a.team.sync()
        b.team.sync()
    detail = b.visits.detail(visit)
    assert detail.facts.minutes_on_site == 60 and detail.facts.met_with == "Anna Berg"
    assert [edit.reason for edit in detail.edits] == ["arrived earlier"]
    assert (b.contacts.detail(contact).latitude, b.contacts.detail(contact).longitude) == (
        50.94,
        6.96,
    )
    with team_server.engine.connect() as connection:
        mirrored = connection.execute(
            select(MIRRORS["activities"].c.met_with, MIRRORS["activities"].c.topics).where(
                MIRRORS["activities"].c.id == visit
            )
        ).one()
        reasons = connection.execute(select(MIRRORS["visit_time_edits"].c.reason)).scalars().all()
    assert tuple(mirrored) == ("Anna Berg", "Wartung") and reasons == ["arrived earlier"]
    team_rows_equal(a, team_server, "anna")
    team_rows_equal(b, team_server, "anna")
