"""`duplicates` and `merge` on the command line: the documented JSON, human text, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli.app import main
from tracker.domain.accounts import AccountDraft
from tracker.domain.contact_fields import Phone
from tracker.domain.drafts import ContactDraft
from tracker.services.book import Book

from .test_io_cli import cli

MEMBER_FIELDS = {
    "id", "name", "keep", "account", "place", "phones", "emails", "websites", "people",
    "activities", "created_on",
}  # fmt: skip


@pytest.fixture
def data_dir(book: Book) -> str:
    """A book with an account typed twice and a person entered twice."""
    book.accounts.create(AccountDraft("Schröder Bau GmbH", postal_code="10115", city="Berlin"))
    book.accounts.create(AccountDraft("SCHROEDER BAU", city="Berlin", website="schroeder-bau.de"))
    book.contacts.create(ContactDraft("Eva", "Lang", phones=(Phone("0151 2345 6789"),)))
    book.contacts.create(ContactDraft("Eva", "Lange", phones=(Phone("0151 23456789"),)))
    folder = book.location.root
    book.close()
    return str(folder)


def groups(data_dir: str) -> list[dict[str, object]]:
    code, out, err = cli("--data-dir", data_dir, "duplicates", "--json")
    assert code == 0, err
    found: list[dict[str, object]] = json.loads(out)
    return found


def ids_of(group: dict[str, object]) -> list[str]:
    return [str(member["id"]) for member in group["members"]]  # type: ignore[attr-defined]


def test_duplicates_json_lists_accounts_then_contacts(data_dir: str) -> None:
    """Each group has its kind, reasons and members with the documented fields; the first
    member is the one to keep."""
    found = groups(data_dir)
    assert [(g["kind"], g["reasons"]) for g in found] == [
        ("account", ["name_at_place"]),
        ("contact", ["phone"]),
    ]
    account, contact = (g["members"] for g in found)
    for member in [*account, *contact]:  # type: ignore[misc]
        assert set(member) == MEMBER_FIELDS
    assert [m["keep"] for m in account] == [True, False]  # type: ignore[index]
    names = {m["name"]: m for m in account}  # type: ignore[index]
    assert names["Schröder Bau GmbH"]["place"] == "10115 Berlin"
    assert names["SCHROEDER BAU"]["websites"] == ["https://schroeder-bau.de"]  # as stored
    assert (names["SCHROEDER BAU"]["people"], names["SCHROEDER BAU"]["account"]) == (0, None)
    assert {m["phones"][0] for m in contact} == {"+4915123456789"}  # type: ignore[index]
    assert all(m["people"] is None and m["place"] is None for m in contact)  # type: ignore[index]


def test_duplicates_text_names_every_record_with_its_id(data_dir: str) -> None:
    """The human listing shows each group's reasons and every member's full id; with no
    duplicates it says so on stderr and prints nothing (JSON: [])."""
    code, out, err = cli("--data-dir", data_dir, "duplicates")
    assert code == 0
    assert "account: similar name in the same place" in out
    assert "contact: same phone number" in out
    for group in groups(data_dir):
        for member_id in ids_of(group):
            assert member_id in out
    assert "2 groups; merge one with: groundgame merge KEEP_ID OTHER_ID" in err


def test_no_duplicates(tmp_path: Path) -> None:
    """An empty book has none: a note on stderr, and [] with --json."""
    data = str(tmp_path / "empty")
    code, out, err = cli("--data-dir", data, "duplicates")
    assert (code, out, err.strip()) == (0, "", "no duplicates found")
    assert cli("--data-dir", data, "duplicates", "--json")[:2] == (0, "[]\n")


def test_merge_two_accounts_by_id_prefix(data_dir: str) -> None:
    """`merge KEEP OTHER --json` merges the accounts (a unique beginning of an id will do) and
    reports what was kept, what went into it and the backup taken; the group is gone."""
    keep, other = ids_of(groups(data_dir)[0])
    code, out, err = cli("--data-dir", data_dir, "merge", keep, other[:-4], "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"kind", "kept", "merged", "moved", "backup"}
    assert result["kind"] == "account" and result["merged"] == [other]
    assert result["kept"]["id"] == keep and Path(result["backup"]).exists()
    assert [g["kind"] for g in groups(data_dir)] == ["contact"]
    code, _, err = cli("--data-dir", data_dir, "merge", keep, other)
    assert (
        code == 1 and err == f"groundgame: {other!r} was deleted, or merged into another record\n"
    )


def test_merge_two_contacts_in_words(data_dir: str) -> None:
    """Without --json one line says who was kept and how much moved."""
    keep, other = ids_of(groups(data_dir)[1])
    code, out, err = cli("--data-dir", data_dir, "merge", keep, other)
    assert code == 0, err
    assert out.startswith("Merged 1 contact into Eva Lang") and f"({keep})" in out
    assert "backup of the book as it was:" in err


def test_merge_refuses_bad_input_in_one_line(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A contact with an account, a record with itself or a missing OTHER_ID are usage errors
    (exit 2); an unknown id or a too short one exit 1. Nothing is merged."""
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", data_dir, "merge", "0123abcd"])
    assert usage.value.code == 2
    assert "required: OTHER_ID" in capsys.readouterr().err
    account = ids_of(groups(data_dir)[0])[0]
    person = ids_of(groups(data_dir)[1])[0]
    cases = [
        (("merge", account, person), 2, "is an account and"),
        (("merge", person, person), 2, "is the record to keep"),
        (("merge", person, "ffffffff"), 1, "no contact or account has the id 'ffffffff'"),
        (("merge", person, "01"), 1, "'01' is too short for an id"),
    ]
    for args, expected, message in cases:
        code, out, err = cli("--data-dir", data_dir, *args)
        assert (code, out) == (expected, ""), args
        assert message in err and len(err.strip().splitlines()) == 1, err
    assert len(groups(data_dir)) == 2
