"""`groundgame plan`, `deal add|move|show` and `pipeline`: work and deals planned as the app plans
them, in the documented JSON, with one-line errors naming the option."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.tracker.cli.conftest import Gg, one_line_error

TODAY_ITEM = {
    "id", "kind", "contact", "account", "due", "time", "overdue_days", "priority", "reasons",
    "section", "contact_id", "phone", "location", "urgency",
}  # fmt: skip


def some_contact(gg: Gg) -> str:
    return next(r["id"] for r in gg("contact list --state active --json").json if r["account_id"])


def test_a_fixed_visit_keeps_its_wall_time_in_its_zone(gg: Gg) -> None:
    """10:30 in New York is stored as that wall time in that zone; the planned item is a today
    item on its day, and the zone is reported."""
    contact = some_contact(gg)
    ran = gg(
        f"plan visit --contact {contact} --on 2026-12-08 --at 10:30 --zone America/New_York "
        "--place '5th Avenue' --minutes 45 --json"
    )
    assert ran.code == 0, ran.err
    result = ran.json
    planned = result["planned"]
    assert set(planned) >= TODAY_ITEM
    assert (planned["kind"], planned["due"], planned["location"]) == (
        "visit",
        "2026-12-08",
        "5th Avenue",
    )
    assert datetime.fromisoformat(planned["time"]).isoformat() == "2026-12-08T10:30:00-05:00"
    assert (result["zone"], result["repeat"]) == ("America/New_York", None)


def test_a_call_without_a_time_takes_the_rep_s_day(gg: Gg) -> None:
    """No --at: a flexible call due that day, no zone; the text names the day and the id."""
    contact = some_contact(gg)
    ran = gg(f"plan follow-up --contact {contact} --on 2026-12-03 --note 'send the offer' --json")
    assert ran.code == 0, ran.err
    assert (ran.json["planned"]["kind"], ran.json["planned"]["time"], ran.json["zone"]) == (
        "follow_up", None, None,
    )  # fmt: skip
    said = gg(f"plan call --contact {contact} --on 2026-12-04").out
    assert said.startswith("Planned a call with ") and "on Fri 2026-12-04 — id " in said


def test_a_series_is_one_step_to_plan_and_to_undo(gg: Gg) -> None:
    """Every other Tuesday at 10:00: its occurrences are planned ahead; undo removes them all."""
    contact = some_contact(gg)
    before = gg(f"contact show {contact} --json").json["timeline"]
    ran = gg(f"plan visit --contact {contact} --on 2026-12-08 --at 10:00 --repeat biweekly --json")
    assert ran.json["repeat"] == "FREQ=WEEKLY;INTERVAL=2"
    planned = [e for e in gg(f"contact show {contact} --json").json["timeline"] if e not in before]
    assert [e["day"] for e in planned if e["origin"] == "recurrence"] == [
        "2027-01-19", "2027-01-05", "2026-12-22", "2026-12-08",
    ]  # fmt: skip
    assert gg("undo --json").json["undone"]["action"] == "plan_activity"
    assert gg(f"contact show {contact} --json").json["timeline"] == before


@pytest.mark.parametrize(
    ("words", "code", "message"),
    [
        ("plan call --contact {c} --on 2026-11-30", 2, "--on: 2026-11-30 lies in the past"),
        ("plan call --contact {c} --on 2026-12-03 --zone Europe/Berlin", 2, "--zone needs --at"),
        ("plan visit --contact {c} --on 2026-12-03 --at 10:00 --zone Mars/Olympus", 2,
         "--zone: 'Mars/Olympus' is not an IANA time zone"),
        ("plan visit --contact {c} --on 2026-12-03 --at 10:00 --repeat FREQ=OFTEN", 2,
         "--repeat: 'FREQ=OFTEN' is not an RRULE"),
        ("plan visit --contact {c} --on 2026-12-03 --repeat weekly", 2, "--repeat needs --at"),
        ("plan visit --contact {c} --on 2026-12-03 --at 25:00", 2, "'25:00' is not a time"),
        ("plan visit --contact {c} --on 3.12.2026", 2, "'3.12.2026' is not a date"),
        ("plan meeting --contact {c} --on 2026-12-03", 2, "invalid choice: 'meeting'"),
        ("plan call --contact ffffffff --on 2026-12-03", 1, "there is no contact with the id"),
        ("plan call --contact {out} --on 2026-12-03", 1, "asked not to be contacted"),
    ],
)  # fmt: skip
def test_plans_that_cannot_be_made_say_why(gg: Gg, words: str, code: int, message: str) -> None:
    """Typed values that cannot be used exit 2 naming the option; the book's own refusals 1."""
    contact = some_contact(gg)
    out = gg("contact add 'Nie Wieder' --json").json["id"]
    assert gg(f"contact edit {out} --state do_not_contact --reason 'asked us'").code == 0
    one_line_error(gg(words.format(c=contact, out=out)), code, message)


def test_a_deal_goes_through_its_stages(gg: Gg) -> None:
    """Opened in new (a lead becomes a prospect), moved on step by step with every move recorded,
    won: the sale is a purchase and the contact a customer."""
    contact = gg("contact add 'Paul Neu' --json").json["id"]
    opened = gg(f"deal add --contact {contact} --title Wartungsvertrag --value 1250,50 --json")
    assert opened.code == 0, opened.err
    deal = opened.json
    assert (deal["stage"], deal["value"], deal["currency"]) == ("new", 1250.5, "EUR")
    assert gg(f"contact show {contact} --json").json["lifecycle"] == "prospect"
    gg(f"deal move {deal['id']} next")
    gg(f"deal move {deal['id']} proposal")
    won = gg(f"deal move {deal['id'][:20]} won --json").json
    assert [(m["from"], m["to"]) for m in won["moves"]] == [
        (None, "new"), ("new", "contacted"), ("contacted", "proposal"), ("proposal", "won"),
    ]  # fmt: skip
    page = gg(f"contact show {contact} --json").json
    assert page["lifecycle"] == "customer"
    assert [(e["kind"], e["amount"]) for e in page["timeline"] if e["kind"] == "purchase"] == [
        ("purchase", 1250.5)
    ]
    assert "proposal → won" in gg(f"deal show {deal['id']}").out


def test_moving_a_deal_back_is_undone_by_undo(gg: Gg) -> None:
    """`back` moves one stage back; undo puts the deal where it was."""
    board = gg("pipeline --json").json
    card = next(s["deals"][0] for s in board["stages"] if s["stage"] == "proposal" and s["deals"])
    moved = gg(f"deal move {card['id']} back --json").json
    assert moved["stage"] == "meeting_set"
    gg("undo")
    assert gg(f"deal show {card['id']} --json").json["stage"] == "proposal"


@pytest.mark.parametrize(
    ("words", "code", "message"),
    [
        ("deal move {deal} lost", 2, "--reason: say why the deal was lost"),
        ("deal move {deal} won --reason cheap", 2, "--reason goes with a move to lost"),
        ("deal move {deal} sideways", 2, "invalid choice: 'sideways'"),
        ("deal move {negotiating} next", 2, "a deal in negotiation has no stage next"),
        ("deal add --contact {contact} --title ''", 2, "--title: a deal needs a title"),
        ("deal add --contact {contact} --title x --value -3", 2, "'-3' is not an amount of zero or more"),
        ("deal add --contact {contact} --title x --currency EURO", 2, "--currency: 'EURO' is not a currency code"),
        ("deal add --contact {contact} --title x --stage won", 2, "invalid choice: 'won'"),
        ("deal show ffffffff", 1, "there is no deal with the id 'ffffffff'"),
    ],
)  # fmt: skip
def test_deal_errors_are_one_line(gg: Gg, words: str, code: int, message: str) -> None:
    """Bad stages, amounts and codes exit 2 naming the option; an unknown deal exits 1."""
    board = gg("pipeline --json").json
    stage = {s["stage"]: s["deals"] for s in board["stages"]}
    values = {
        "deal": stage["new"][0]["id"],
        "negotiating": stage["negotiation"][0]["id"],
        "contact": some_contact(gg),
    }
    one_line_error(gg(words.format(**values)), code, message)


def test_the_pipeline_board(gg: Gg) -> None:
    """Every stage in order with its count, value and conversion; the text shows the same."""
    board = gg("pipeline --json").json
    assert [s["stage"] for s in board["stages"]] == [
        "new", "contacted", "meeting_set", "proposal", "negotiation", "won", "lost",
    ]  # fmt: skip
    for stage in board["stages"]:
        assert len(stage["deals"]) <= stage["count"]
        assert stage["value"] == pytest.approx(sum(d["value"] for d in stage["deals"]))
        assert stage["conversion"] is None or 0 <= stage["conversion"] <= 1
    text = gg("pipeline").out
    assert text.startswith(f"Pipeline on {board['today']} · win rate ")
    new = board["stages"][0]
    assert f"New — {new['count']:,} deals" in text
