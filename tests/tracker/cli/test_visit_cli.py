"""`groundgame visit` and `groundgame route` with good and bad input, read as a rep would."""

from __future__ import annotations

from pathlib import Path

from tests.tracker.cli.conftest import Gg, one_line_error


def a_visit(gg: Gg) -> str:
    items = gg("today --json").json
    return next(i["id"] for i in items if i["kind"] == "visit" and i["section"] != "backlog")


def a_call(gg: Gg) -> str:
    items = gg("today --json").json
    return next(i["id"] for i in items if i["kind"] == "call" and i["section"] != "backlog")


def test_check_in_then_out_with_a_report(gg: Gg) -> None:
    """Check-in names the place and how to check out; check-out logs the report and the time
    on site; show prints it back."""
    visit = a_visit(gg)
    checked = gg(f"visit checkin {visit[:13]} --at 08:15")
    assert checked.code == 0 and "Checked in at" in checked.out and "at 08:15" in checked.out
    assert "groundgame visit checkout" in checked.out
    out = gg(
        "visit", "checkout", visit[:13], "--outcome", "order_taken", "--order-value", "980,50",
        "--met", "Frau Berg", "--topics", "Winterware", "--json",
    ).json  # fmt: skip
    assert out["visit"]["minutes_on_site"] == 45 and out["visit"]["order_value"] == 980.5
    assert out["logged"]["outcome"] == "order_taken" and out["next"] is not None
    shown = gg(f"visit show {visit[:13]}").out
    assert "08:15 – 09:00 (45 min)" in shown and "met         Frau Berg" in shown


def test_bad_visit_input_gets_one_line_and_the_right_exit_code(gg: Gg) -> None:
    """A call is not checked in (1); an unknown outcome, a value without an order and a time
    that is none are usage errors (2); a second check-in names the open visit (1)."""
    visit, call = a_visit(gg), a_call(gg)
    one_line_error(gg(f"visit checkin {call}"), 1, "not a visit — only visits are checked in")
    one_line_error(gg(f"visit checkin {visit} --at 8.15h"), 2, "--at '8.15h' is not a time")
    gg(f"visit checkin {visit}")
    contact = next(i["contact_id"] for i in gg("today --json").json if i["id"] == call)
    other = gg(f"plan visit --contact {contact} --on 2026-12-01 --json").json["planned"]["id"]
    one_line_error(gg(f"visit checkin {other}"), 1, "still checked in at")
    one_line_error(
        gg(f"visit checkout {visit} --outcome voicemail"), 2, "is not a visit outcome; use one of"
    )
    one_line_error(
        gg(f"visit checkout {visit} --outcome met_other --order-value 10"),
        2,
        "--order-value goes with --outcome order_taken",
    )
    one_line_error(gg(f"visit checkout {visit} --outcome met_other --at 07:00"), 1,
                   "must not come before the check-in")  # fmt: skip
    one_line_error(gg(f"visit edit {visit} --in 08:00"), 2, "--reason")


def test_a_corrected_time_keeps_its_reason_and_an_empty_reason_is_refused(gg: Gg) -> None:
    """`visit edit` shows the change with its reason; a blank reason is a usage error."""
    visit = a_visit(gg)
    gg(f"visit checkin {visit}")
    gg(f"visit checkout {visit} --outcome met_other")
    edited = gg(f"visit edit {visit} --in 08:20 --reason 'Stau, vergessen' --json").json
    assert edited["visit"]["minutes_on_site"] == 40
    assert edited["edits"][0]["reason"] == "Stau, vergessen"
    one_line_error(gg(f"visit edit {visit} --in 08:10 --reason ' '"), 2, "--reason: say why")


def test_route_prints_the_order_and_applies_it(gg: Gg, tmp_path: Path) -> None:
    """`route` lists the visits with km and drive times; `--apply --pdf` orders the day and
    writes the sheet; a bad date is a usage error."""
    gg("prefs set route_start '52.52, 13.40'")
    listed = gg("route").out
    assert listed.startswith("Route for Tue 2026-12-01 (from your start):")
    assert "km" in listed
    applied = gg("route", "--apply", "--pdf", str(tmp_path / "route.pdf"), "--json").json
    assert applied["applied"] is True
    assert (tmp_path / "route.pdf").read_bytes().startswith(b"%PDF")
    assert gg("undo").code == 0
    one_line_error(gg("route --date 2026-13-01"), 2, "is not a date")
