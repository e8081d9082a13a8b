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
    assert fold("Jürgen Groß-Müller") == "juergen gross mueller"
    assert company_key("Müller Bau GmbH & Co. KG") == company_key("mueller bau")
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
