"""`search` and `base` on the command line: the documented JSON, human text and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli.app import main
from tracker.services.book import Book

HIT_FIELDS = {"kind", "id", "name", "account", "snippet"}
BASE_FIELDS = {
    "id", "contact", "account", "segment", "score", "recency_days", "frequency", "monetary",
    "referrals", "last_touch", "next_due",
}  # fmt: skip


@pytest.fixture
def data_dir(demo_book: Book) -> str:
    folder = demo_book.location.root
    demo_book.close()
    return str(folder)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_json_has_the_documented_fields(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`search mueller --json` lists hits with kind, id, name, account and snippet."""
    code, out, _ = run(capsys, "--data-dir", data_dir, "search", "mueller", "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert all(set(hit) == HIT_FIELDS for hit in hits)
    assert all(hit["kind"] in ("contact", "account", "note") for hit in hits)
    assert any("Müller" in hit["name"] or "Müller" in (hit["account"] or "") for hit in hits)
    person = next(hit for hit in hits if hit["kind"] == "contact")
    code, out, _ = run(capsys, "--data-dir", data_dir, "search", *person["name"].split()[::-1])
    assert code == 0 and out.startswith("contact")
    assert person["name"] in out


def test_search_with_no_text_is_a_usage_error(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Blank text exits 2 with one line; nothing found exits 0 with an empty array."""
    code, _, err = run(capsys, "--data-dir", data_dir, "search", "  ")
    assert code == 2 and err.count("\n") == 1
    code, out, _ = run(capsys, "--data-dir", data_dir, "search", "zzqxy", "--json")
    assert code == 0 and json.loads(out) == []


def test_base_json_ranks_customers_best_first(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`base --json` gives every documented field, scores falling, dates as ISO text."""
    code, out, _ = run(capsys, "--data-dir", data_dir, "base", "--json")
    entries = json.loads(out)
    assert code == 0 and entries
    assert all(set(entry) == BASE_FIELDS for entry in entries)
    scores = [entry["score"] for entry in entries]
    assert scores == sorted(scores, reverse=True)
    assert {entry["segment"] for entry in entries} >= {"champions", "loyal", "hibernating"}
    code, out, _ = run(capsys, "--data-dir", data_dir, "base")
    assert code == 0 and "champions" in out


def test_base_on_an_empty_book_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No customers yet: an empty JSON array, or a hint for a person."""
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "empty"), "base", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "base")
    assert code == 0 and out == "" and "no customers" in err
