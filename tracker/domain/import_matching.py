"""Duplicates on import, and what the rep decided to do with each row.

A row is a duplicate when one of its phones (E.164) or e-mail addresses (compared in lower case)
belongs to a contact already in the book, or to an earlier row of the same file — or, failing
that, when a contact of the same name already works at the row's company. Names and company names
are compared in their one spelling (`tracker.domain.names`), so "Jörg Schröder" at "Müller Bau"
is "Joerg Schroeder" at "MUELLER BAU" and "Jorg Schroder" at "Muller-Bau". A row that only names
a company duplicates the account of that name. The fuzzier rules of the duplicate finder
(`tracker.domain.duplicates`) are for the rep to review, not for a bulk decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from tracker.domain.contact_fields import email_key
from tracker.domain.import_rows import Candidate
from tracker.domain.names import name_key


class Decision(StrEnum):
    """What to do with a duplicate row."""

    SKIP = "skip"  # leave the book as it is
    UPDATE = "update"  # fill the existing contact's empty fields, add its missing phones/e-mails
    ADD = "add"  # import it as another contact anyway


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


@dataclass(frozen=True)
class DuplicateOf:
    """What a row duplicates: an existing contact (or account) or an earlier row, and by which key."""

    key: str
    contact_id: str | None = None
    account_id: str | None = None
    row: int | None = None


@dataclass(frozen=True)
class KnownKeys:
    """Lookups into the book: phone → contact, e-mail key → contact, account name key → account,
    (account id, person key) → contact."""

    phones: Mapping[str, str] = field(default_factory=dict)
    emails: Mapping[str, str] = field(default_factory=dict)
    accounts: Mapping[str, str] = field(default_factory=dict)
    people: Mapping[tuple[str, str], str] = field(default_factory=dict)


def account_key(name: str) -> str:
    """A company name in its one spelling ("Müller-Bau GmbH" and "MUELLER BAU GMBH" are one)."""
    return name_key(name)


def person_key(first_name: str, last_name: str) -> str:
    """A full name in its one spelling; empty when the row names nobody."""
    return name_key(f"{first_name} {last_name}")


def _person_at_company(candidate: Candidate) -> tuple[str, str] | None:
    """(company key, person key) of a row naming both a person and a company, else None."""
    if candidate.draft is None or not candidate.company:
        return None
    company = account_key(candidate.company)
    person = person_key(candidate.draft.first_name, candidate.draft.last_name)
    return (company, person) if company and person else None


def same_person(
    candidate: Candidate, known: KnownKeys, earlier_people: Mapping[tuple[str, str], int]
) -> DuplicateOf | None:
    """A contact of the same name at the row's company, in the book or in an earlier row."""
    key = _person_at_company(candidate)
    if key is None:
        return None
    company, person = key
    account_id = known.accounts.get(company)
    if account_id is not None and (account_id, person) in known.people:
        return DuplicateOf(person, contact_id=known.people[account_id, person])
    if key in earlier_people:
        return DuplicateOf(person, row=earlier_people[key])
    return None


def exact_duplicate(
    phones: Iterable[str],
    emails: Iterable[str],
    known: KnownKeys,
    earlier_phones: Mapping[str, int],
    earlier_emails: Mapping[str, int],
) -> DuplicateOf | None:
    """The first existing contact, else the first earlier row, sharing a phone or an e-mail."""
    phones, keys = list(phones), [email_key(e) for e in emails]
    for phone in phones:
        if phone in known.phones:
            return DuplicateOf(phone, contact_id=known.phones[phone])
    for key in keys:
        if key in known.emails:
            return DuplicateOf(key, contact_id=known.emails[key])
    for phone in phones:
        if phone in earlier_phones:
            return DuplicateOf(phone, row=earlier_phones[phone])
    for key in keys:
        if key in earlier_emails:
            return DuplicateOf(key, row=earlier_emails[key])
    return None


@dataclass(frozen=True)
class PlannedRow:
    """A candidate with its duplicate finding and the status the decisions give it."""

    candidate: Candidate
    status: RowStatus
    duplicate_of: DuplicateOf | None = None


def plan_rows(
    candidates: Sequence[Candidate],
    known: KnownKeys,
    *,
    policy: Decision = Decision.SKIP,
    overrides: Mapping[int, Decision] | None = None,
) -> list[PlannedRow]:
    """Classify every candidate: new, update (of an existing contact), duplicate (skipped), invalid.

    `policy` applies to every duplicate; `overrides` (row → decision) to single rows. A duplicate
    of an earlier row cannot be an update (that contact does not exist yet), so it is skipped.
    Rows that will be added register their keys, so later rows are checked against them.
    """
    overrides = overrides or {}
    earlier_phones: dict[str, int] = {}
    earlier_emails: dict[str, int] = {}
    earlier_accounts: dict[str, int] = {}
    earlier_people: dict[tuple[str, str], int] = {}
    planned = []
    for candidate in candidates:
        if not candidate.valid:
            planned.append(PlannedRow(candidate, RowStatus.INVALID))
            continue
        duplicate: DuplicateOf | None
        if candidate.draft is None:
            key = account_key(candidate.company or "")
            if key in known.accounts:
                duplicate = DuplicateOf(key, account_id=known.accounts[key])
            elif key in earlier_accounts:
                duplicate = DuplicateOf(key, row=earlier_accounts[key])
            else:
                duplicate = None
        else:
            duplicate = exact_duplicate(
                candidate.phones, candidate.emails, known, earlier_phones, earlier_emails
            ) or same_person(candidate, known, earlier_people)
        decision = overrides.get(candidate.row, policy)
        if duplicate is None or decision is Decision.ADD:
            status = RowStatus.NEW
        elif decision is Decision.UPDATE and duplicate.row is None:
            status = RowStatus.UPDATE
        else:
            status = RowStatus.DUPLICATE
        if status is RowStatus.NEW:
            if candidate.draft is None:
                earlier_accounts.setdefault(account_key(candidate.company or ""), candidate.row)
            for phone in candidate.phones:
                earlier_phones.setdefault(phone, candidate.row)
            for email in candidate.emails:
                earlier_emails.setdefault(email_key(email), candidate.row)
            person = _person_at_company(candidate)
            if person is not None:
                earlier_people.setdefault(person, candidate.row)
        planned.append(PlannedRow(candidate, status, duplicate))
    return planned
