"""Facts for loyalty scoring: purchases and referrals per customer, read from covering indexes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ReferralStatus
from tracker.domain.loyalty import CustomerFacts, ThankYou
from tracker.storage.sql_values import day, instant

# Customers are contacts marked as such or who bought something, ever (not "do not contact").
_FACTS = """
WITH bought AS (
    SELECT contact_id, min(purchased_on) AS first_on, max(purchased_on) AS last_on,
           sum(purchased_on >= :start) AS recent,
           sum(CASE WHEN purchased_on >= :start THEN amount_cents ELSE 0 END) AS spent
    FROM purchases WHERE deleted_at IS NULL GROUP BY contact_id
), referred AS (
    SELECT referrer_id, count(*) AS made, max(referred_on) AS last_on FROM referrals
    WHERE deleted_at IS NULL AND status != 'lost' GROUP BY referrer_id
)
SELECT c.id, b.first_on, b.last_on, b.recent, b.spent, r.made, r.last_on,
       c.first_name, c.last_name, c.account_id, a.name, c.last_touch_at,
       (SELECT min(due_on) FROM activities AS t
        WHERE t.contact_id = c.id AND t.status = 'planned' AND t.deleted_at IS NULL),
       a.next_touch_on
FROM contacts AS c
LEFT JOIN bought AS b ON b.contact_id = c.id
LEFT JOIN referred AS r ON r.referrer_id = c.id
LEFT JOIN accounts AS a ON a.id = c.account_id
WHERE c.deleted_at IS NULL AND c.state != 'do_not_contact'
  AND (c.lifecycle = 'customer' OR b.contact_id IS NOT NULL)
"""


@dataclass(frozen=True)
class Person:
    """Who a customer is and where they stand, for the Base list."""

    name: str
    account_id: str | None
    account: str | None
    last_touch_at: datetime | None
    next_planned: date | None
    next_tier_touch: date | None


def customer_facts(
    session: Session, *, window_start: date
) -> tuple[list[CustomerFacts], dict[str, Person]]:
    """Facts for every live customer, and who each one is."""
    facts, persons = [], {}
    for row in session.execute(text(_FACTS), {"start": window_start.isoformat()}):
        facts.append(
            CustomerFacts(
                row[0], day(row[1]), day(row[2]), int(row[3] or 0), int(row[4] or 0),
                int(row[5] or 0), day(row[6]),
            )
        )  # fmt: skip
        persons[row[0]] = Person(
            display_name(row[7], row[8]), row[9], row[10], instant(row[11]), day(row[12]),
            day(row[13]),
        )  # fmt: skip
    return facts, persons


def referrers_to_thank(session: Session) -> list[ThankYou]:
    """Referrals nobody has thanked the referrer for yet (not lost), oldest first."""
    rows = session.execute(
        text(
            "SELECT r.id, r.referrer_id, a.first_name, a.last_name, r.referred_id, b.first_name,"
            " b.last_name, r.referred_on, r.status FROM referrals AS r"
            " JOIN contacts AS a ON a.id = r.referrer_id JOIN contacts AS b ON b.id = r.referred_id"
            " WHERE r.deleted_at IS NULL AND r.thanked_at IS NULL AND r.status != 'lost'"
            " AND a.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY r.referred_on, r.id"
        )
    )
    thanks = []
    for row in rows:
        referred_on = day(row[7])
        assert referred_on is not None
        thanks.append(
            ThankYou(
                referral_id=row[0],
                referrer_id=row[1],
                referrer=display_name(row[2], row[3]),
                referred_id=row[4],
                referred=display_name(row[5], row[6]),
                referred_on=referred_on,
                status=ReferralStatus(row[8]),
            )
        )
    return thanks
