"""Turning typed text into search terms: one spelling, prefixes, phone digits, snippets."""

from __future__ import annotations

from tracker.domain.search import (
    MARK_END,
    MARK_START,
    fts_query,
    phone_prefixes,
    snippet,
    title_query,
    typed_words,
)


def test_every_spelling_is_one_query() -> None:
    """Müller, Muller and Mueller are the same query; Straße and Strasse likewise."""
    assert fts_query("Müller") == fts_query("Muller") == fts_query("MUELLER") == '"muller"*'
    assert fts_query("Straße") == fts_query("strasse") == '"strasse"*'
    assert typed_words("Mü ha mü") == ["mu", "ha"]


def test_every_word_is_a_prefix_and_all_must_match() -> None:
    """Typed words become quoted prefix terms joined by AND; FTS syntax is never passed on."""
    assert fts_query("anna mü") == '"anna"* AND "mu"*'
    assert fts_query('"xy" OR yz*') == '"xy"* AND "or"* AND "yz"*'
    assert fts_query("  ,. ") is None
    assert title_query("anna") == '{title} : ("anna"*)'


def test_a_lone_letter_after_other_words_waits_for_the_next_key() -> None:
    """ "müller a" searches for müller until the second letter narrows anything down."""
    assert fts_query("müller a") == fts_query("müller")
    assert fts_query("a") == '"a"*'


def test_phone_digits_become_e164_prefixes() -> None:
    """National, international and 00 forms all find the stored E.164 numbers."""
    assert phone_prefixes("0151 234", "DE") == ["+49151234"]
    assert phone_prefixes("+44 20 7946", "DE") == ["+44207946"]
    assert phone_prefixes("0044 20", "DE") == ["+4420"]
    assert phone_prefixes("151234", "DE") == ["+151234", "+49151234"]
    assert phone_prefixes("12", "DE") == []
    assert phone_prefixes("Müller 12", "DE") == []


def test_snippet_marks_the_matching_words() -> None:
    """The snippet shows the text around the first match, each matching word marked."""
    text = "Wünscht Rückruf wegen Wartungsvertrag"
    marked = snippet(text, typed_words("wartung"))
    assert f"{MARK_START}Wartungsvertrag{MARK_END}" in marked
    assert snippet("Jürgen Groß", typed_words("gross")) == f"Jürgen {MARK_START}Groß{MARK_END}"
    assert snippet("Hans Mueller", typed_words("Mül")) == f"Hans {MARK_START}Mueller{MARK_END}"
    long = "word " * 50 + "Müller"
    assert snippet(long, typed_words("mueller")).startswith("…")
