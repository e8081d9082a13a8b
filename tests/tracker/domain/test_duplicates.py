"""Duplicate rules: same phone, same e-mail, similar name at a similar company; clusters."""

from __future__ import annotations

from tracker.domain.duplicates import (
    Candidate,
    DuplicateIndex,
    MatchReason,
    clusters,
    company_key,
    fold,
    reasons_between,
)


def test_folding_spells_umlauts_out_and_drops_legal_forms() -> None:
    """Müller GmbH & Co. KG and Mueller Bau are compared without case, umlauts and legal forms."""
    assert fold("Jürgen Groß-Müller") == fold("Juergen Gross Mueller") == "jurgen gross muller"
    assert company_key("Müller Bau GmbH & Co. KG") == company_key("mueller bau")
    assert company_key("Muller-Bau") == company_key("Mueller Bau")
    assert company_key("Bau Müller") == company_key("Müller Bau")


def test_same_phone_and_same_email_match() -> None:
    """A shared mobile number or a shared address (any case) is the same person."""
    a = Candidate("a", "Anna", "Schmidt", phones=("+4915112345678",), emails=("A.S@x.de",))
    b = Candidate("b", "A.", "Schmidt-Lang", phones=("+4915112345678",))
    c = Candidate("c", "Annette", "Lang", emails=("a.s@X.de",))
    assert reasons_between(a, b) == (MatchReason.PHONE,)
    assert reasons_between(a, c) == (MatchReason.EMAIL,)
    assert reasons_between(b, c) == ()


def test_a_switchboard_number_does_not_make_people_the_same() -> None:
    """Two colleagues who share their company's main line are different people."""
    line = "+49301234567"
    a = Candidate("a", "Anna", "Schmidt", "Bäckerei Groß", (line,), account_phone=line)
    b = Candidate("b", "Ben", "Koch", "Bäckerei Groß", (line,), account_phone=line)
    assert reasons_between(a, b) == ()


def test_similar_names_match_only_at_a_similar_company() -> None:
    """Jörg Meier at Müller Bau matches Joerg Meyer at Mueller Bau GmbH, not one elsewhere."""
    a = Candidate("a", "Jörg", "Meier", "Müller Bau")
    b = Candidate("b", "Joerg", "Meyer", "Mueller Bau GmbH")
    c = Candidate("c", "Jörg", "Meier", "Schreinerei Wolf")
    d = Candidate("d", "Jörg", "Meier", None)
    assert reasons_between(a, b) == (MatchReason.NAME,)
    assert reasons_between(a, c) == ()
    assert reasons_between(a, d) == ()
    assert (
        reasons_between(
            Candidate("e", "Anna", "Koch", "X AG"), Candidate("f", "Hans", "Koch", "X AG")
        )
        == ()
    )


def test_index_finds_matches_without_comparing_everyone() -> None:
    """The index answers for a new draft with the matching records, strongest evidence first."""
    book = [
        Candidate("1", "Eva", "Lang", "Optik Lang", ("+4915100000001",), ("eva@lang.de",)),
        Candidate("2", "Tom", "Berg", "Optik Lang", ("+4915100000002",)),
        Candidate("3", "Eva", "Lange", "Optik Lang KG"),
    ]
    draft = Candidate("", "Eva", "Lang", "Optik Lang", ("+4915100000001",), ("EVA@lang.de",))
    matches = DuplicateIndex.of(book).matches(draft)
    assert [m.id for m in matches] == ["1", "3"]
    assert matches[0].reasons == (MatchReason.PHONE, MatchReason.EMAIL, MatchReason.NAME)


def test_clusters_join_chains_and_leave_singles_out() -> None:
    """A matches B by phone and B matches C by e-mail: one cluster of three; D stays alone."""
    a = Candidate("a", "Anna", "Schmidt", phones=("+4915100000001",))
    b = Candidate("b", "Anna", "Schmidt", phones=("+4915100000001",), emails=("as@x.de",))
    c = Candidate("c", "A.", "Schmidt", emails=("as@x.de",))
    d = Candidate("d", "Dora", "Weiss", phones=("+4915100000009",))
    assert clusters([a, b, c, d]) == [("a", "b", "c")]


def test_a_shared_inbox_joins_nobody_in_the_book_wide_search() -> None:
    """An address on more than MAX_SHARED records (info@…) is an office inbox, not a person."""
    from tracker.domain.duplicates import MAX_SHARED, find_clusters

    office = [
        Candidate(f"p{i}", f"Person{i}", f"Name{i}", emails=("info@firma.de",))
        for i in range(MAX_SHARED + 1)
    ]
    pair = [
        Candidate("x", "Eva", "Lang", emails=("eva@lang.de",)),
        Candidate("y", "Eva", "Lange", emails=("EVA@lang.de",)),
    ]
    found = find_clusters([*office, *pair])
    assert [(c.ids, c.reasons) for c in found] == [(("x", "y"), (MatchReason.EMAIL,))]


def test_names_are_compared_within_one_account() -> None:
    """Colleagues at one account with near-identical names cluster; namesakes elsewhere do not."""
    from tracker.domain.duplicates import find_clusters

    people = [
        Candidate("a", "Jörg", "Meier", "Familie Meier", account_id="acc1"),
        Candidate("b", "Joerg", "Meyer", "Familie Meier", account_id="acc1"),
        Candidate("c", "Jörg", "Meier", "Familie Meier", account_id="acc2"),
    ]
    assert [c.ids for c in find_clusters(people)] == [("a", "b")]
