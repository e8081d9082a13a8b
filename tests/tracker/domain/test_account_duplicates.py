"""Account duplicate rules: same phone, same domain, similar name in the same place; clusters."""

from __future__ import annotations

from tracker.domain.account_duplicates import (
    AccountCandidate,
    find_account_clusters,
    places_agree,
    web_domain,
)
from tracker.domain.duplicates import MAX_SHARED, MatchReason


def clusters(
    accounts: list[AccountCandidate],
) -> list[tuple[tuple[str, ...], tuple[MatchReason, ...]]]:
    return [(c.ids, c.reasons) for c in find_account_clusters(accounts)]


def test_domains_of_websites_and_addresses() -> None:
    """A website and an e-mail address give the same domain; free mail gives none."""
    assert web_domain("https://www.Mueller-Bau.de/kontakt") == "mueller-bau.de"
    assert web_domain("mueller-bau.de") == "mueller-bau.de"
    assert web_domain("www.mueller-bau.de:8080") == "mueller-bau.de"
    assert web_domain("info@mueller-bau.de") == "mueller-bau.de"
    assert web_domain("jm@gmail.com") is None
    assert web_domain("localhost") is None
    assert web_domain("") is None and web_domain(None) is None


def test_a_shared_phone_or_domain_joins_two_accounts() -> None:
    """Same main line, or a website matching a colleague's e-mail domain: the same company."""
    a = AccountCandidate("a", "Müller Bau", phone="+49301111", domains=("mueller-bau.de",))
    b = AccountCandidate("b", "MB Service", phone="+49301111")
    c = AccountCandidate("c", "Bauservice Berlin", domains=("mueller-bau.de",))
    d = AccountCandidate("d", "Dachdecker Ost", phone="+49302222")
    assert clusters([a, b, c, d]) == [(("a", "b", "c"), (MatchReason.PHONE, MatchReason.DOMAIN))]


def test_a_phone_or_domain_on_many_accounts_identifies_nobody() -> None:
    """A franchise hotline or a hosting domain on more than MAX_SHARED accounts joins nobody."""
    shared = [
        AccountCandidate(str(i), f"Filiale {i}", phone="+4980012345", domains=("jimdo-host.de",))
        for i in range(MAX_SHARED + 1)
    ]
    assert clusters(shared) == []


def test_one_name_in_its_spellings_in_one_place() -> None:
    """Schröder Bau GmbH in 10115 Berlin is Schroeder Bau there, and one without an address;
    a Schroder Bau in Munich is another company."""
    berlin = AccountCandidate("a", "Schröder Bau GmbH", postal_code="10115", city="Berlin")
    again = AccountCandidate("b", "SCHROEDER-BAU", postal_code="10 115", city="Berlin")
    bare = AccountCandidate("c", "Schroder Bau KG")
    munich = AccountCandidate("d", "Schroder Bau", postal_code="80331", city="München")
    assert clusters([berlin, again, munich]) == [(("a", "b"), (MatchReason.NAME_AT_PLACE,))]
    assert clusters([berlin, again, bare]) == [(("a", "b", "c"), (MatchReason.NAME_AT_PLACE,))]
    # Between Berlin and Munich, the one without an address could be either: it joins neither.
    assert clusters([berlin, bare, munich]) == []


def test_similar_names_only_in_one_place() -> None:
    """Bäckerei Schmidt and Baeckerei Schmitt in one postcode match; in another postcode, or
    Hotel Adler and Hotel Adlon side by side, do not."""
    a = AccountCandidate("a", "Bäckerei Schmidt", postal_code="50667", city="Köln")
    b = AccountCandidate("b", "Baeckerei Schmitt", postal_code="50667", city="Koeln")
    c = AccountCandidate("c", "Bäckerei Schmitt", postal_code="50999", city="Köln")
    d = AccountCandidate("d", "Hotel Adler", postal_code="50667")
    e = AccountCandidate("e", "Hotel Adlon", postal_code="50667")
    assert clusters([a, b, c, d, e]) == [(("a", "b"), (MatchReason.NAME_AT_PLACE,))]


def test_a_name_common_in_one_place_identifies_nobody() -> None:
    """Many Familie Meyer in Hamburg are many households, and a Familie Meier there is not one
    of them; two of one name, or alike names, in one postcode still meet."""
    town = [
        AccountCandidate(str(i), "Familie Meyer", postal_code=f"20{i:03}", city="Hamburg")
        for i in range(MAX_SHARED + 3)
    ]
    elsewhere = AccountCandidate("meier", "Familie Meier", postal_code="20999", city="Hamburg")
    next_door = AccountCandidate("twin", "Familie Meier", postal_code="20000", city="Hamburg")
    assert clusters(town) == []
    same_door = AccountCandidate("door", "Familie Meyer", postal_code="20001", city="Hamburg")
    assert clusters([*town, same_door]) == [(("1", "door"), (MatchReason.NAME_AT_PLACE,))]
    assert clusters([*town, elsewhere]) == []  # alike, but "Meyer" is common in Hamburg
    assert clusters([*town, next_door]) == [(("0", "twin"), (MatchReason.NAME_AT_PLACE,))]


def test_places_agree_by_postcode_then_town() -> None:
    """Postcodes decide where both have one; else towns (in one spelling); else they agree."""
    koeln = AccountCandidate("a", "x", postal_code="50667", city="Köln")
    assert places_agree(koeln, AccountCandidate("b", "x", city="Koeln"))
    assert not places_agree(koeln, AccountCandidate("b", "x", postal_code="50668", city="Köln"))
    assert not places_agree(koeln, AccountCandidate("b", "x", city="Bonn"))
    assert places_agree(koeln, AccountCandidate("b", "x"))
