"""When two contact records are the same person: the matching rules, shared by edits and imports.

Two contacts match when any of these holds:
- **same phone**: they share an E.164 number — except a number that is the main line of either
  one's account (a switchboard says nothing about the person);
- **same e-mail**: they share an address (compared case-insensitively);
- **similar name at a similar company**: both name a company, the company names are alike
  (rapidfuzz token-set ratio ≥ 85 after folding umlauts and legal forms) and so are the full names
  (token-sort ratio ≥ 88, so "Meyer, Jörg" meets "Jörg Meier").

`DuplicateIndex` answers "who matches this?" without comparing every pair: it looks up phones and
e-mails exactly and compares names only among contacts whose company names fold to the same key
(umlauts, accents, legal forms and word order ignored), so it scales to a whole book or an import.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz

NAME_THRESHOLD = 88.0
COMPANY_THRESHOLD = 85.0
LEGAL_FORMS = frozenset(
    {"gmbh", "ag", "kg", "ohg", "ug", "ek", "e", "k", "gbr", "co", "mbh", "ltd", "plc", "llp"}
    | {"llc", "inc", "corp", "limited", "und", "and", "the"}
)
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^\w]+")


class MatchReason(StrEnum):
    """Why two records look like the same person."""

    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class Candidate:
    """What the rules compare about a contact (an existing one, a draft, or an import row)."""

    id: str
    first_name: str = ""
    last_name: str = ""
    company: str | None = None
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()
    account_phone: str | None = None  # the account's main line, E.164


@dataclass(frozen=True)
class Match:
    """An existing record that matches, and every reason why."""

    id: str
    reasons: tuple[MatchReason, ...]


def fold(text: str) -> str:
    """Lower case, German umlauts spelled out, other accents dropped, punctuation to spaces."""
    text = text.lower().translate(_TRANSLITERATE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text).split())


def company_key(name: str | None) -> str:
    """A company name folded, without legal forms, words sorted ("Müller Bau GmbH" → "bau mueller")."""
    if not name:
        return ""
    words = sorted(word for word in fold(name).split() if word not in LEGAL_FORMS)
    return " ".join(words)


def person_key(candidate: Candidate) -> str:
    return fold(f"{candidate.first_name} {candidate.last_name}")


def names_match(a: Candidate, b: Candidate) -> bool:
    """Similar full names at similar companies (both must name one)."""
    company_a, company_b = company_key(a.company), company_key(b.company)
    if not company_a or not company_b:
        return False
    if company_a != company_b and fuzz.token_set_ratio(company_a, company_b) < COMPANY_THRESHOLD:
        return False
    name_a, name_b = person_key(a), person_key(b)
    if not name_a or not name_b:
        return False
    return name_a == name_b or fuzz.token_sort_ratio(name_a, name_b) >= NAME_THRESHOLD


def _personal_phones(candidate: Candidate) -> set[str]:
    return {phone for phone in candidate.phones if phone and phone != candidate.account_phone}


def reasons_between(a: Candidate, b: Candidate) -> tuple[MatchReason, ...]:
    """Every rule by which a and b are the same person (empty when they are not)."""
    reasons = []
    shared = _personal_phones(a) & _personal_phones(b)
    if shared - {a.account_phone, b.account_phone}:
        reasons.append(MatchReason.PHONE)
    if {e.lower() for e in a.emails} & {e.lower() for e in b.emails}:
        reasons.append(MatchReason.EMAIL)
    if names_match(a, b):
        reasons.append(MatchReason.NAME)
    return tuple(reasons)


@dataclass
class DuplicateIndex:
    """Candidates indexed by phone, e-mail and company for quick matching."""

    candidates: dict[str, Candidate] = field(default_factory=dict)
    _by_phone: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _by_email: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _by_company: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, candidates: Iterable[Candidate]) -> DuplicateIndex:
        index = cls()
        for candidate in candidates:
            index.add(candidate)
        return index

    def add(self, candidate: Candidate) -> None:
        self.candidates[candidate.id] = candidate
        for phone in _personal_phones(candidate):
            self._by_phone[phone].add(candidate.id)
        for email in candidate.emails:
            self._by_email[email.lower()].add(candidate.id)
        key = company_key(candidate.company)
        if key:
            self._by_company[key].add(candidate.id)

    def _nearby(self, candidate: Candidate) -> set[str]:
        ids: set[str] = set()
        for phone in _personal_phones(candidate):
            ids |= self._by_phone.get(phone, set())
        for email in candidate.emails:
            ids |= self._by_email.get(email.lower(), set())
        key = company_key(candidate.company)
        if key:
            ids |= self._by_company.get(key, set())
        ids.discard(candidate.id)
        return ids

    def matches(self, candidate: Candidate) -> list[Match]:
        """The indexed records that match the candidate, strongest evidence first."""
        found = []
        for other_id in sorted(self._nearby(candidate)):
            reasons = reasons_between(candidate, self.candidates[other_id])
            if reasons:
                found.append(Match(other_id, reasons))
        found.sort(key=lambda m: (-len(m.reasons), list(MatchReason).index(m.reasons[0])))
        return found


def clusters(candidates: Sequence[Candidate]) -> list[tuple[str, ...]]:
    """Groups of two or more records that match each other (directly or through a chain).

    Each group lists its ids in the order the candidates were given; groups come in the order of
    their first member.
    """
    index = DuplicateIndex.of(candidates)
    parent = {candidate.id: candidate.id for candidate in candidates}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for candidate in candidates:
        for match in index.matches(candidate):
            a, b = root(candidate.id), root(match.id)
            if a != b:
                parent[b] = a
    groups: dict[str, list[str]] = defaultdict(list)
    for candidate in candidates:
        groups[root(candidate.id)].append(candidate.id)
    return [tuple(ids) for ids in groups.values() if len(ids) > 1]


@dataclass(frozen=True)
class KnownDuplicate:
    """An existing contact a draft seems to repeat, named for the warning in the form."""

    id: str
    name: str
    account: str | None
    reasons: tuple[MatchReason, ...]


@dataclass(frozen=True)
class ClusterMember:
    """One record of a duplicate cluster, with what helps the rep choose the survivor."""

    id: str
    name: str
    account: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    activities: int
    created_on: str  # ISO date


@dataclass(frozen=True)
class DuplicateCluster:
    """Records that look like the same person; the first member is the suggested survivor."""

    members: tuple[ClusterMember, ...]
    reasons: tuple[MatchReason, ...]


def suggested_survivor(members: Sequence[ClusterMember]) -> ClusterMember:
    """The record to keep: the one with the most history, then the oldest."""
    return max(members, key=lambda m: (m.activities, -_ordinal(m.created_on), m.id))


def _ordinal(iso_day: str) -> int:
    return int(iso_day.replace("-", "")) if iso_day else 0
