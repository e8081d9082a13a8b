"""When two account records are the same organisation or household: the rules and the clusters.

Two accounts match when any of these holds:
- **same phone**: they share a main line (E.164);
- **same domain**: their websites, or the e-mail addresses of their people, share a domain
  ("https://www.mueller-bau.de/kontakt" and "info@mueller-bau.de" are both mueller-bau.de) —
  except the free-mail providers, whose domain says nothing about whom an address belongs to;
- **similar name in the same place**: their names in one spelling (`tracker.domain.names`), legal
  forms dropped and words sorted, are equal or alike (rapidfuzz ratio ≥ 90: "Bäckerei Schmidt"
  and "Baeckerei Schmitt"), and the places agree: the same postcode, or where either lacks one
  the same town. Equal names also match when one of the two has no place at all (an account an
  import made from a company column), but similar ones only where both are known.

As for contacts, a shared identifier identifies nobody: a phone or a domain on more than
MAX_SHARED accounts (a franchise's hotline, a hosting company's domain), and a name that more
than MAX_SHARED accounts bear in one place (forty "Familie Meyer" in Hamburg, a chain's
branches) join nobody. Names are compared only between neighbours in name order within one
postcode or town, so a whole book is grouped without comparing every pair.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from tracker.domain.duplicates import (
    MAX_SHARED,
    NAME_WINDOW,
    Cluster,
    JoinedSets,
    MatchReason,
    company_key,
)
from tracker.domain.names import name_key

ACCOUNT_NAME_THRESHOLD = 90.0
# Addresses at these domains belong to anyone; a shared one says nothing about the account.
FREE_MAIL = frozenset(
    {
        "aol.com", "arcor.de", "email.de", "freenet.de", "gmail.com", "gmx.at", "gmx.ch",
        "gmx.de", "gmx.net", "googlemail.com", "hotmail.com", "hotmail.de", "hotmail.co.uk",
        "icloud.com", "live.com", "live.de", "mail.de", "mailbox.org", "me.com", "msn.com",
        "online.de", "outlook.com", "outlook.de", "posteo.de", "proton.me", "protonmail.com",
        "t-online.de", "web.de", "yahoo.com", "yahoo.de", "yahoo.co.uk", "ymail.com",
        "btinternet.com", "sky.com", "virginmedia.com", "googlemail.de",
    }
)  # fmt: skip


@dataclass(frozen=True)
class AccountCandidate:
    """What the rules compare about an account."""

    id: str
    name: str
    phone: str | None = None  # E.164
    domains: tuple[str, ...] = ()  # from web_domain(): its website's and its people's e-mails'
    postal_code: str | None = None
    city: str | None = None

    @cached_property
    def postcode(self) -> str:
        """The postal code without spaces, in capitals ("ec1 9ab" → "EC19AB")."""
        return "".join((self.postal_code or "").split()).upper()

    @cached_property
    def town(self) -> str:
        """The town in its one spelling ("Köln" and "Koeln" are one town)."""
        return name_key(self.city or "")


def web_domain(address: str | None) -> str | None:
    """The domain of a website or an e-mail address, without "www." — None when there is none or
    it is a free-mail provider's."""
    if not address or not address.strip():
        return None
    text = address.strip().lower()
    if "@" in text and "/" not in text:
        host = text.rpartition("@")[2]
    else:
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    host = host.strip(".").removeprefix("www.")
    if "." not in host or host in FREE_MAIL:
        return None
    return host


def places_agree(a: AccountCandidate, b: AccountCandidate) -> bool:
    """The same postcode; where either lacks one the same town; where either lacks both, yes."""
    if a.postcode and b.postcode:
        return a.postcode == b.postcode
    if a.town and b.town:
        return a.town == b.town
    return True


def _has_place(candidate: AccountCandidate) -> bool:
    return bool(candidate.postcode or candidate.town)


def find_account_clusters(candidates: Sequence[AccountCandidate]) -> list[Cluster]:
    """Groups of two or more accounts that match each other, directly or through a chain.

    Groups list their ids in the order the candidates were given and come in the order of their
    first member.
    """
    sets = JoinedSets(candidate.id for candidate in candidates)
    by_phone: dict[str, list[str]] = defaultdict(list)
    by_domain: dict[str, list[str]] = defaultdict(list)
    for candidate in candidates:
        if candidate.phone:
            by_phone[candidate.phone].append(candidate.id)
        for domain in dict.fromkeys(candidate.domains):
            by_domain[domain].append(candidate.id)
    for shared, reason in ((by_phone, MatchReason.PHONE), (by_domain, MatchReason.DOMAIN)):
        for ids in shared.values():
            if 1 < len(ids) <= MAX_SHARED:
                for other_id in ids[1:]:
                    sets.join(ids[0], other_id, reason)
    keys = {candidate.id: company_key(candidate.name) for candidate in candidates}
    _join_equal_names(sets, candidates, keys)
    _join_similar_names(sets, candidates, keys)
    return sets.clusters(candidate.id for candidate in candidates)


def _join_equal_names(
    sets: JoinedSets, candidates: Sequence[AccountCandidate], keys: dict[str, str]
) -> None:
    """Accounts of one name whose places agree; a name borne by more than MAX_SHARED accounts
    only where at most MAX_SHARED of them share one place. An account without a place joins its
    namesakes only while they are all in one place: between a Müller Bau in Berlin and one in
    Munich, a third without an address could be either."""
    by_key: dict[str, list[AccountCandidate]] = defaultdict(list)
    for candidate in candidates:
        if keys[candidate.id]:
            by_key[keys[candidate.id]].append(candidate)
    for namesakes in by_key.values():
        if len(namesakes) < 2:
            continue
        groups = [namesakes]
        if len(namesakes) > MAX_SHARED:
            groups = [g for g in _by_place(namesakes).values() if len(g) <= MAX_SHARED]
        for group in groups:
            placed = [c for c in group if _has_place(c)]
            if not all(places_agree(a, b) for a, b in combinations(placed, 2)):
                group = placed
            for a, b in combinations(group, 2):
                if places_agree(a, b):
                    sets.join(a.id, b.id, MatchReason.NAME_AT_PLACE)


def _join_similar_names(
    sets: JoinedSets, candidates: Sequence[AccountCandidate], keys: dict[str, str]
) -> None:
    """Accounts with alike (not equal) names in one postcode or town, compared with their
    neighbours in name order; names common in that place take no part."""
    for block in _by_place([c for c in candidates if keys[c.id]]).values():
        common = Counter(keys[c.id] for c in block)
        ordered = sorted(
            (c for c in block if common[keys[c.id]] <= MAX_SHARED), key=lambda c: keys[c.id]
        )
        for index, first in enumerate(ordered):
            for second in ordered[index + 1 : index + 1 + NAME_WINDOW]:
                key_a, key_b = keys[first.id], keys[second.id]
                if (
                    key_a != key_b
                    and places_agree(first, second)
                    and fuzz.ratio(key_a, key_b) >= ACCOUNT_NAME_THRESHOLD
                ):
                    sets.join(first.id, second.id, MatchReason.NAME_AT_PLACE)


def _by_place(candidates: Iterable[AccountCandidate]) -> dict[str, list[AccountCandidate]]:
    """Accounts by postcode and, separately, by town (an account with both is in two blocks);
    accounts with neither are left out."""
    blocks: dict[str, list[AccountCandidate]] = defaultdict(list)
    for candidate in candidates:
        if not _has_place(candidate):
            continue
        if candidate.postcode:
            blocks["postcode:" + candidate.postcode].append(candidate)
        if candidate.town:
            blocks["town:" + candidate.town].append(candidate)
    return blocks
