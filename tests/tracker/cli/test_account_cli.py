"""`groundgame account add|edit|show|list`: accounts by id, prefix or name, their tier cadence, and
one-line errors with the right exit code."""

from __future__ import annotations

import pytest

from tests.tracker.cli.conftest import Gg, one_line_error


def test_add_then_find_it_by_name_or_prefix(gg: Gg) -> None:
    """The new account's phone is stored in E.164 and its website as a link; its exact name
    (in any case) or a prefix of its id finds it again."""
    added = gg(
        "account add 'Brauhaus Nord' --tier A --phone '040 123456' --website brauhaus.de --json"
    )
    assert added.code == 0, added.err
    account = added.json
    assert (account["tier"], account["phone"], account["website"]) == (
        "A", "+4940123456", "https://brauhaus.de",
    )  # fmt: skip
    assert account["touch"]["status"] == "never" and account["contacts"] == []
    assert gg("account show 'BRAUHAUS NORD' --json").json["id"] == account["id"]
    assert gg(f"account show {account['id'][:18]} --json").json["id"] == account["id"]


def test_a_new_tier_moves_the_next_touch_and_none_clears_it(gg: Gg) -> None:
    """Tier A → the cadence starts; `--tier none` leaves no cadence and no next touch."""
    account = gg("account add 'Kiosk Süd' --json").json["id"]
    assert gg(f"account show {account} --json").json["touch"] is None
    tiered = gg(f"account edit {account} --tier A --json").json
    assert tiered["touch"]["status"] == "never" and tiered["next_touch_on"] == "2026-12-01"
    plain = gg(f"account edit {account} --tier none --notes 'closed on Mondays' --json").json
    assert (plain["tier"], plain["touch"], plain["next_touch_on"]) == (None, None, None)
    assert plain["notes"] == "closed on Mondays"


def test_show_lists_the_people_deals_and_history(gg: Gg) -> None:
    """The page names the account's people with their ids, and the history of all of them."""
    account = max(gg("account list --json").json, key=lambda row: row["contacts"])
    page = gg(f"account show {account['id']}").out
    assert f"People ({account['contacts']})" in page and "Timeline (" in page
    shown = gg(f"account show {account['id']} --json").json
    assert len(shown["contacts"]) == account["contacts"]
    assert all(person["account_id"] == account["id"] for person in shown["contacts"])


def test_list_filters_by_tier_and_cadence(gg: Gg) -> None:
    """--tier and --touch narrow the list; the table shows where each stands."""
    tier_a = gg("account list --tier A --json").json
    assert tier_a and {row["tier"] for row in tier_a} == {"A"}
    for status in ("on_time", "due", "overdue", "never"):
        rows = gg(f"account list --touch {status} --json").json
        assert all(row["touch"]["status"] == status for row in rows)
    table = gg("account list --tier A").out.splitlines()
    assert table[0].startswith("name") and len(table) == len(tier_a) + 1


@pytest.mark.parametrize(
    ("words", "code", "message"),
    [
        ("account add ''", 2, "NAME: an account needs a name"),
        ("account add Laden --phone 12", 2, "--phone: '12' is not a possible phone number"),
        ("account add Laden --country Deutschland", 2, "--country: 'Deutschland' is not a two-letter"),
        ("account add Laden --tier D", 2, "argument --tier: invalid choice: 'D'"),
        ("account edit 'Niemand GmbH' --tier A", 1, "there is no account with the id or name 'Niemand GmbH'"),
        ("account edit {id}", 2, "nothing to change; give the fields to change"),
        ("account list --touch late", 2, "argument --touch: invalid choice: 'late'"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line(gg: Gg, words: str, code: int, message: str) -> None:
    """What cannot be used as typed exits 2 naming the option; an unknown account exits 1."""
    account = gg("account list --json").json[0]["id"]
    one_line_error(gg(words.format(id=account)), code, message)


def test_two_accounts_of_one_name_need_the_id(gg: Gg) -> None:
    """A name two accounts share names neither: give the id."""
    gg("account add 'Café Zentral'")
    gg("account add 'Café Zentral'")
    one_line_error(
        gg("account show 'Café Zentral'"), 1, "several accounts are called 'Café Zentral'"
    )
