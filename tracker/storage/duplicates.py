"""Loading duplicate candidates: the whole book for "Find duplicates" (contacts and accounts), a
few for one draft."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.account_duplicates import AccountCandidate, web_domain
from tracker.domain.duplicates import Candidate, company_key
from tracker.storage.sql_values import placeholders

_CONTACTS = """
SELECT c.id, c.first_name, c.last_name, a.name, a.phone, c.account_id
FROM contacts AS c LEFT JOIN accounts AS a ON a.id = c.account_id
WHERE c.deleted_at IS NULL {extra}
ORDER BY c.created_at, c.id
"""


_ALL_PHONES = (
    "SELECT p.contact_id, p.number FROM contact_phones AS p JOIN contacts AS c"
    " ON c.id = p.contact_id WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL"
    " ORDER BY p.contact_id, p.position"
)
_ALL_EMAILS = (
    "SELECT e.contact_id, e.normalized FROM contact_emails AS e JOIN contacts AS c"
    " ON c.id = e.contact_id WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL"
    " ORDER BY e.contact_id, e.position"
)


def _candidates(session: Session, extra: str, params: dict[str, Any]) -> list[Candidate]:
    rows = session.execute(text(_CONTACTS.format(extra=extra)), params).all()
    if not rows:
        return []
    ids = [row[0] for row in rows]
    phones: dict[str, list[str]] = defaultdict(list)
    emails: dict[str, list[str]] = defaultdict(list)
    if not extra:  # the whole book: two plain scans beat huge IN lists
        for contact_id, number in session.execute(text(_ALL_PHONES)):
            phones[contact_id].append(number)
        for contact_id, address in session.execute(text(_ALL_EMAILS)):
            emails[contact_id].append(address)
        ids = []
    for start in range(0, len(ids), 500):
        marks, chunk = placeholders("i", ids[start : start + 500])
        for contact_id, number in session.execute(
            text(
                "SELECT contact_id, number FROM contact_phones"
                f" WHERE deleted_at IS NULL AND contact_id IN ({marks}) ORDER BY position"
            ),
            chunk,
        ):
            phones[contact_id].append(number)
        for contact_id, address in session.execute(
            text(
                "SELECT contact_id, normalized FROM contact_emails"
                f" WHERE deleted_at IS NULL AND contact_id IN ({marks}) ORDER BY position"
            ),
            chunk,
        ):
            emails[contact_id].append(address)
    return [
        Candidate(
            id=row[0],
            first_name=row[1],
            last_name=row[2],
            company=row[3],
            phones=tuple(phones.get(row[0], ())),
            emails=tuple(emails.get(row[0], ())),
            account_phone=row[4],
            account_id=row[5],
        )
        for row in rows
    ]


def all_candidates(session: Session) -> list[Candidate]:
    """Every live contact as a duplicate candidate, oldest first."""
    return _candidates(session, "", {})


def candidates_near(
    session: Session,
    *,
    phones: tuple[str, ...],
    emails: tuple[str, ...],
    account_id: str | None,
    company_name: str | None,
) -> list[Candidate]:
    """Live contacts that could match a draft: same phone, same e-mail, or at a like company."""
    conditions = []
    params: dict[str, Any] = {}
    if phones:
        marks, extra = placeholders("p", list(phones))
        params.update(extra)
        conditions.append(
            "c.id IN (SELECT contact_id FROM contact_phones"
            f" WHERE deleted_at IS NULL AND number IN ({marks}))"
        )
    if emails:
        marks, extra = placeholders("e", [email.lower() for email in emails])
        params.update(extra)
        conditions.append(
            "c.id IN (SELECT contact_id FROM contact_emails"
            f" WHERE deleted_at IS NULL AND normalized IN ({marks}))"
        )
    if account_id:
        params["account_id"] = account_id
        conditions.append("c.account_id = :account_id")
    namesakes = [account_id for account_id, _ in accounts_named_like(session, company_name)]
    if namesakes:
        marks, extra = placeholders("a", namesakes)
        params.update(extra)
        conditions.append(f"c.account_id IN ({marks})")
    if not conditions:
        return []
    return _candidates(session, "AND (" + " OR ".join(conditions) + ")", params)


NAMESAKES_READ = 500  # accounts whose names hold every word of the name, read to compare keys


def accounts_named_like(session: Session, name: str | None) -> list[tuple[str, str]]:
    """(id, name) of live accounts whose name is `name` in another spelling, legal form or word
    order ("Mueller Bau" for "Müller Bau GmbH"), found through the search index's folded words."""
    key = company_key(name)
    if not key:
        return []
    words = " AND ".join(f'"{word}"' for word in key.split())
    rows = session.execute(
        text(
            "SELECT a.id, a.name FROM search_fts CROSS JOIN search_documents AS d"
            " ON d.rowid = search_fts.rowid CROSS JOIN accounts AS a ON a.id = d.ref_id"
            " WHERE search_fts MATCH :words AND d.kind = 'account' AND a.deleted_at IS NULL"
            " LIMIT :limit"
        ),
        {"words": "{title} : (" + words + ")", "limit": NAMESAKES_READ},
    )
    return [(row[0], row[1]) for row in rows if company_key(row[1]) == key]


def account_name(session: Session, account_id: str | None) -> tuple[str | None, str | None]:
    """(name, main phone) of an account, or (None, None)."""
    if account_id is None:
        return None, None
    row = session.execute(
        text("SELECT name, phone FROM accounts WHERE id = :id"), {"id": account_id}
    ).first()
    return (row[0], row[1]) if row else (None, None)


_ACCOUNTS = (
    "SELECT id, name, phone, website, postal_code, city FROM accounts"
    " WHERE deleted_at IS NULL ORDER BY created_at, id"
)
_PEOPLES_ADDRESSES = (
    "SELECT c.account_id, e.normalized FROM contact_emails AS e JOIN contacts AS c"
    " ON c.id = e.contact_id WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL"
    " AND c.account_id IS NOT NULL"
)


def all_account_candidates(session: Session) -> list[AccountCandidate]:
    """Every live account as a duplicate candidate, oldest first, with the domains of its
    website and of its people's e-mail addresses."""
    domains: dict[str, dict[str, None]] = defaultdict(dict)
    for account_id, address in session.execute(text(_PEOPLES_ADDRESSES)):
        domain = web_domain(address)
        if domain:
            domains[account_id][domain] = None
    candidates = []
    for account_id, name, phone, website, postal_code, city in session.execute(text(_ACCOUNTS)):
        own = web_domain(website)
        found = ([own] if own else []) + [d for d in domains.get(account_id, {}) if d != own]
        candidates.append(
            AccountCandidate(account_id, name, phone, tuple(found), postal_code, city)
        )
    return candidates


@dataclass(frozen=True)
class AccountFacts:
    """What helps the rep choose which account to keep."""

    website: str | None
    contacts: int
    activities: int
    created_on: str  # ISO date


def account_facts(session: Session, ids: list[str]) -> dict[str, AccountFacts]:
    """Website, live people, activities and creation day of each of these accounts."""
    facts: dict[str, AccountFacts] = {}
    for start in range(0, len(ids), 500):
        marks, params = placeholders("i", ids[start : start + 500])
        people: dict[str, int] = dict(
            session.execute(
                text(
                    "SELECT account_id, count(*) FROM contacts WHERE deleted_at IS NULL"
                    f" AND account_id IN ({marks}) GROUP BY account_id"
                ),
                params,
            ).all()
        )
        work: dict[str, int] = dict(
            session.execute(
                text(
                    "SELECT account_id, count(*) FROM activities WHERE deleted_at IS NULL"
                    f" AND account_id IN ({marks}) GROUP BY account_id"
                ),
                params,
            ).all()
        )
        for account_id, website, created in session.execute(
            text(f"SELECT id, website, created_at FROM accounts WHERE id IN ({marks})"), params
        ):
            facts[account_id] = AccountFacts(
                website,
                int(people.get(account_id, 0)),
                int(work.get(account_id, 0)),
                str(created)[:10],
            )
    return facts
