"""Loading duplicate candidates: the whole book for "Find duplicates", a few for one draft."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.duplicates import Candidate
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
    if company_name:
        params["company"] = company_name
        conditions.append(
            "c.account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL"
            " AND lower(name) = lower(:company))"
        )
    if not conditions:
        return []
    return _candidates(session, "AND (" + " OR ".join(conditions) + ")", params)


def account_name(session: Session, account_id: str | None) -> tuple[str | None, str | None]:
    """(name, main phone) of an account, or (None, None)."""
    if account_id is None:
        return None, None
    row = session.execute(
        text("SELECT name, phone FROM accounts WHERE id = :id"), {"id": account_id}
    ).first()
    return (row[0], row[1]) if row else (None, None)
