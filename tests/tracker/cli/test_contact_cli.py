"""`groundgame contact add|edit|show|list`: what is typed is checked as the form checks it, an edit
is one undo step whatever it changes, and bad input is one line with the right exit code."""

from __future__ import annotations

import pytest

from tests.tracker.cli.conftest import Gg, one_line_error


def first_contact_with_account(gg: Gg) -> dict:  # type: ignore[type-arg]
    return next(row for row in gg("contact list --json").json if row["account_id"])


def test_add_stores_what_was_typed_in_the_book_s_forms(gg: Gg) -> None:
    """Phones become E.164 with their labels, the account is found by name, --json is the
    contact's page; the text output says how to take it back."""
    account = gg("account list --json").json[0]
    ran = gg(
        "contact", "add", "Anna Maria Schulz", "--phone", "mobile=0151 23456789",
        "--phone", "+43 1 5134567", "--email", "Anna@Example.de", "--tag", "VIP",
        "--account", account["name"].upper() if account["name"].isascii() else account["id"],
        "--lifecycle", "prospect", "--fit", "4", "--json",
    )  # fmt: skip
    assert ran.code == 0, ran.err
    contact = ran.json
    assert (contact["first_name"], contact["last_name"]) == ("Anna Maria", "Schulz")
    assert contact["phones"] == [
        {"number": "+4915123456789", "label": "mobile"},
        {"number": "+4315134567", "label": None},
    ]
    assert contact["emails"] == ["Anna@Example.de"] and contact["tags"] == ["vip"]
    assert contact["account_id"] == account["id"]
    assert (contact["lifecycle"], contact["fit"], contact["timeline"]) == ("prospect", 4, [])
    said = gg("contact add 'Jan Ott'")
    assert said.out.startswith("Added Jan Ott (") and "groundgame undo" in said.out


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("contact add 'Eva Lang' --phone 123", "--phone: '123' is not a possible phone number"),
        ("contact add 'Eva Lang' --email eva.example.de", "--email: 'eva.example.de' is not an e-mail address"),
        ("contact add ''", "NAME: a contact needs a first or last name"),
        ("contact add 'Eva Lang' --fit 7", "argument --fit: '7' is not between 1 and 5"),
        ("contact add 'Eva Lang' --lifecycle friend", "argument --lifecycle: invalid choice: 'friend'"),
        ("contact add 'Eva Lang' --country Germany", "--country: 'Germany' is not a two-letter"),
    ],
)  # fmt: skip
def test_add_refuses_what_cannot_be_stored(gg: Gg, words: str, message: str) -> None:
    """A value the form would refuse: exit 2, one line naming the option, nothing stored."""
    before = len(gg("contact list --json").json)
    one_line_error(gg(words), 2, message)
    assert len(gg("contact list --json").json) == before


def test_an_edit_of_many_things_is_one_undo_step(gg: Gg) -> None:
    """Fields, a note, the state, a tag and the account's tier change together — and one undo
    takes all of it back."""
    row = first_contact_with_account(gg)
    before = gg(f"contact show {row['id']} --json").json
    ran = gg(
        "contact", "edit", row["id"][:13], "--title", "Einkauf", "--note", "wants an offer",
        "--state", "parked", "--until", "2027-01-15", "--reason", "budget in January",
        "--add-tag", "roadshow", "--tier", "C", "--json",
    )  # fmt: skip
    assert ran.code == 0, ran.err
    after = ran.json
    assert after["job_title"] == "Einkauf" and after["tier"] == "C"
    assert (after["state"], after["parked_until"], after["state_reason"]) == (
        "parked", "2027-01-15", "budget in January",
    )  # fmt: skip
    assert "roadshow" in after["tags"]
    assert (
        after["timeline"][0]["kind"] == "note" and after["timeline"][0]["text"] == "wants an offer"
    )
    undone = gg("undo --json").json
    assert undone["undone"]["action"] == "edit_contact"
    assert gg(f"contact show {row['id']} --json").json == before


def test_lists_are_replaced_added_to_and_cleared(gg: Gg) -> None:
    """--phone replaces the numbers, --add-phone adds one, `none` clears; --fit none clears the
    score while an edit without --fit keeps it."""
    contact = gg("contact add 'Lea Berg' --phone '030 1234567' --fit 3 --json").json["id"]
    gg(f"contact edit {contact} --phone '040 7654321' --add-phone 'work=089 1234567'")
    shown = gg(f"contact show {contact} --json").json
    assert [p["number"] for p in shown["phones"]] == ["+49407654321", "+49891234567"]
    assert shown["fit"] == 3
    cleared = gg(f"contact edit {contact} --phone none --fit none --json").json
    assert (cleared["phones"], cleared["fit"]) == ([], None)


@pytest.mark.parametrize(
    ("words", "code", "message"),
    [
        ("contact edit ffffffff --note x", 1, "there is no contact with the id 'ffffffff'"),
        ("contact edit 01 --note x", 1, "'01' is too short for a contact id"),
        ("contact show ffff", 1, "there is no contact with the id 'ffff'"),
        ("contact edit {id} --state parked", 2, "--until: choose a day after today"),
        ("contact edit {id} --state not_a_fit", 2, "--reason: say why"),
        ("contact edit {id} --until 2027-01-01", 2, "--until and --reason go with --state"),
        ("contact edit {id} --until 01.01.2027 --state parked", 2, "is not a date"),
        ("contact edit {id}", 2, "nothing to change; give the fields to change"),
        ("contact edit {id} --note ' '", 2, "--note: is empty"),
        ("contact edit {lone} --tier A", 2, "has no account, and a tier belongs to one"),
    ],
)
def test_edit_says_what_is_wrong(gg: Gg, words: str, code: int, message: str) -> None:
    """Unknown ids exit 1; what cannot be used as typed exits 2 naming the option."""
    row = first_contact_with_account(gg)
    lone = gg("contact add 'Ohne Firma' --json").json["id"]
    one_line_error(gg(words.format(id=row["id"], lone=lone)), code, message)


def test_an_ambiguous_prefix_asks_for_more(gg: Gg) -> None:
    """Demo contacts were made together, so their first characters agree: type more."""
    ids = [row["id"] for row in gg("contact list --json").json]
    shared = ids[0][:4]
    assert sum(i.startswith(shared) for i in ids) > 1
    one_line_error(gg(f"contact show {shared}"), 1, f"'{shared}' fits several contacts")


def test_show_is_a_page_a_rep_can_read(gg: Gg) -> None:
    """Name and account, numbers as dialled at home, the cadence, deals and the timeline."""
    row = next(r for r in gg("contact list --json").json if r["tier"] and r["phone"])
    page = gg(f"contact show {row['id']}").out
    assert page.startswith(f"{row['name']} — {row['account']} (tier {row['tier']})")
    assert "  phone       0" in page and "  cadence     " in page
    assert "Timeline (" in page
    timeline = gg(f"contact show {row['id']} --json").json["timeline"]
    assert [e["when"] for e in timeline] == sorted((e["when"] for e in timeline), reverse=True)


def test_list_filters_sorts_and_limits(gg: Gg) -> None:
    """Filters narrow the list, --limit cuts it, --json and the table hold the same people."""
    customers = gg("contact list --lifecycle customer --json").json
    assert customers and {row["lifecycle"] for row in customers} == {"customer"}
    newest = gg("contact list --sort last_touch --desc --limit 3 --json").json
    assert len(newest) == 3
    touched = [row["last_touch_at"] or "" for row in newest]
    assert touched == sorted(touched, reverse=True)
    table = gg("contact list --lifecycle customer").out.splitlines()
    assert table[0].startswith("name") and len(table) == len(customers) + 1
    nobody = gg("contact list --text Zzyzx")
    assert (nobody.code, nobody.out, nobody.err.strip()) == (0, "", "no contacts match")
    assert gg("contact list --text Zzyzx --json").json == []
