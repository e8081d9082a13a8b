"""When two contact records are the same person: the matching rules, shared by edits and imports.

Two contacts match when any of these holds:
- **same phone**: they share an E.164 number — except a number that is the main line of either
  one's account (a switchboard says nothing about the person);
- **same e-mail**: they share an address (compared case-insensitively);
- **similar name at a similar company**: both name a company, the company names are alike
  (rapidfuzz token-set ratio ≥ 85 in their one spelling, legal forms dropped) and so are the full
  names (token-sort ratio ≥ 88, so "Meyer, Jörg" meets "Jörg Meier").

Names and companies are compared in their one spelling (`tracker.domain.names`): "Schröder",
"Schroeder" and "Schroder" are the same name here as in search and import matching.

`DuplicateIndex` answers "who matches this?" for one record (a draft, an import row) without
comparing every pair: it looks up phones and e-mails exactly and compares names only among
contacts whose company names fold to the same key (umlauts, accents, legal forms and word order
ignored). `find_clusters` groups a whole book: it joins records by shared keys directly, compares
names only between neighbours in name order within one account, and treats a phone or e-mail found
on more than MAX_SHARED records as a shared line or inbox that identifies nobody.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from tracker.domain.names import name_key

NAME_THRESHOLD = 88.0
COMPANY_THRESHOLD = 85.0
MAX_SHARED = 4  # a phone or e-mail on more records than this is shared, not a person's
NAME_WINDOW = 8  # names compared with this many neighbours in name order (whole-book search)
LEGAL_FORMS = frozenset(
    {"gmbh", "ag", "kg", "ohg", "ug", "ek", "e", "k", "gbr", "co", "mbh", "ltd", "plc", "llp"}
    | {"llc", "inc", "corp", "limited", "und", "and", "the"}
)


class MatchReason(StrEnum):
    """Why two records look like the same person (or, for accounts, the same organisation)."""

    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"  # contacts: a similar name at a similar company
    DOMAIN = "domain"  # accounts: the same website or e-mail domain
    NAME_AT_PLACE = "name_at_place"  # accounts: a similar name in the same place


class RecordKind(StrEnum):
    """What a duplicate cluster holds."""

    CONTACT = "contact"
    ACCOUNT = "account"


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
    account_id: str | None = None  # when known: names are compared within one account


@dataclass(frozen=True)
class Match:
    """An existing record that matches, and every reason why."""

    id: str
    reasons: tuple[MatchReason, ...]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name in its one spelling, punctuation to spaces ("Groß-Müller" → "gross muller")."""
    return name_key(text)


@lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """A company name folded, without legal forms, words sorted ("Müller Bau GmbH" → "bau muller")."""
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


@dataclass(frozen=True)
class Cluster:
    """Ids of records that look like one person (in the order given) and the rules that joined them."""

    ids: tuple[str, ...]
    reasons: tuple[MatchReason, ...]


class JoinedSets:
    """Union-find over ids, remembering which rules joined each set."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {item: item for item in ids}
        self.reasons: dict[str, set[MatchReason]] = defaultdict(set)

    def root(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str, reason: MatchReason) -> None:
        root_a, root_b = self.root(a), self.root(b)
        if root_a != root_b:
            self.parent[root_b] = root_a
            self.reasons[root_a] |= self.reasons.pop(root_b, set())
        self.reasons[root_a].add(reason)

    def clusters(self, order: Iterable[str]) -> list[Cluster]:
        """The sets of two or more, members in the given order, sets in the order of their first."""
        members_of: dict[str, list[str]] = defaultdict(list)
        for item in order:
            members_of[self.root(item)].append(item)
        return [
            Cluster(tuple(ids), tuple(r for r in MatchReason if r in self.reasons[root]))
            for root, ids in members_of.items()
            if len(ids) > 1
        ]


def find_clusters(candidates: Sequence[Candidate]) -> list[Cluster]:
    """Groups of two or more records that match each other, directly or through a chain.

    Built for a whole book: records sharing a phone or an e-mail are joined by key (no pairwise
    comparison), and names are compared only between neighbours in name order within one account
    (or, without an account id, one company key). A phone or e-mail shared by more than
    MAX_SHARED records is a shared line or inbox, not a person, and joins nobody. Groups list
    their ids in the order the candidates were given and come in the order of their first member.
    """
    sets = JoinedSets(candidate.id for candidate in candidates)
    by_phone: dict[str, list[str]] = defaultdict(list)
    by_email: dict[str, list[str]] = defaultdict(list)
    blocks: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        for phone in _personal_phones(candidate):
            by_phone[phone].append(candidate.id)
        for email in {e.lower() for e in candidate.emails}:
            by_email[email].append(candidate.id)
        block = candidate.account_id or company_key(candidate.company)
        if block and candidate.company:
            blocks[block].append(candidate)
    for shared, reason in ((by_phone, MatchReason.PHONE), (by_email, MatchReason.EMAIL)):
        for ids in shared.values():
            if 1 < len(ids) <= MAX_SHARED:
                for other_id in ids[1:]:
                    sets.join(ids[0], other_id, reason)
    for members in blocks.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=person_key)
        for index, first in enumerate(ordered):
            for second in ordered[index + 1 : index + 1 + NAME_WINDOW]:
                if names_match(first, second):
                    sets.join(first.id, second.id, MatchReason.NAME)
    return sets.clusters(candidate.id for candidate in candidates)


def clusters(candidates: Sequence[Candidate]) -> list[tuple[str, ...]]:
    """The ids of each cluster find_clusters() finds."""
    return [cluster.ids for cluster in find_clusters(candidates)]


@dataclass(frozen=True)
class KnownDuplicate:
    """An existing contact a draft seems to repeat, named for the warning in the form."""

    id: str
    name: str
    account: str | None
    reasons: tuple[MatchReason, ...]


@dataclass(frozen=True)
class ClusterMember:
    """One record of a duplicate cluster, with what helps the rep choose the survivor.

    A contact has its account's name; an account has its place ("10115 Berlin"), its websites
    and the number of its people.
    """

    id: str
    name: str
    account: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    activities: int
    created_on: str  # ISO date
    place: str | None = None
    websites: tuple[str, ...] = ()
    contacts: int = 0


@dataclass(frozen=True)
class DuplicateCluster:
    """Records that look like the same person or organisation; the first member is the suggested
    survivor."""

    members: tuple[ClusterMember, ...]
    reasons: tuple[MatchReason, ...]
    kind: RecordKind = RecordKind.CONTACT


def suggested_survivor(members: Sequence[ClusterMember]) -> ClusterMember:
    """The record to keep: the one with the most people (accounts), then the most history, then
    the oldest."""
    return max(members, key=lambda m: (m.contacts, m.activities, -_ordinal(m.created_on), m.id))


def _ordinal(iso_day: str) -> int:
    return int(iso_day.replace("-", "")) if iso_day else 0
