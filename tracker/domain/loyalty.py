"""Loyalty of the base: RFM quintile scores, referrals made, segments and the referral ask.

Each customer gets three scores from 1 to 5 by quintile among the base: **R**ecency of the last
purchase (more recent is better), **F**requency and **M**onetary value of purchases within the
window (default 12 months). Quintiles use mid-ranks, so equal values always get equal scores and
a bigger value never scores lower. No purchase in the window means F = M = 1; never bought means
R = 1. Referrals made lift the customer: they add to the score and count towards the segment.

Segments, checked in this order:
- **Champions**: R ≥ 4 and F/M (with referrals) ≥ 4 — bought recently, often, for a lot.
- **New**: first purchase within the last 90 days.
- **Loyal**: R ≥ 3 and F/M ≥ 3.
- **Potential**: R ≥ 3 — recent, but not (yet) often or much.
- **At risk**: F/M ≥ 3 — used to buy a lot, not lately.
- **Hibernating**: everyone else.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain.enums import ReferralStatus, Segment

NEW_CUSTOMER_DAYS = 90
REFERRAL_ASK_PAUSE_DAYS = 180
MAX_REFERRAL_BONUS = 3
ASK_SEGMENTS = frozenset({Segment.CHAMPIONS, Segment.LOYAL, Segment.NEW})


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """What the purchases and referrals say about one customer, as of a day."""

    contact_id: str
    first_purchase: date | None
    last_purchase: date | None
    frequency: int  # purchases within the window
    monetary_cents: int  # spent within the window
    referrals: int = 0  # referrals made (not lost), ever
    last_referral: date | None = None


@dataclass(frozen=True, slots=True)
class LoyaltyScore:
    """A customer's RFM scores, overall score (0–100) and segment."""

    contact_id: str
    recency_days: int | None
    r: int
    f: int
    m: int
    score: float
    segment: Segment
    ask_for_referral: bool


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier (clamped to the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def quintile_scores(values: Sequence[float]) -> list[int]:
    """A 1–5 score per value by mid-rank quintile: ties score alike, bigger never scores lower."""
    count = len(values)
    if count == 0:
        return []
    ordered = sorted(values)
    scores: dict[float, int] = {}
    index = 0
    while index < count:
        value = ordered[index]
        end = index
        while end < count and ordered[end] == value:
            end += 1
        mid_rank = (index + (end - index) / 2) / count  # share below plus half of the ties
        scores[value] = min(5, 1 + int(mid_rank * 5))
        index = end
    return [scores[value] for value in values]


def segment_of(*, r: int, f: int, m: int, referrals: int, new_customer: bool) -> Segment:
    """The segment for the given scores; see the module docstring for the order of the rules."""
    value = (f + m) / 2 + min(referrals, 2) * 0.5
    if r >= 4 and value >= 4:
        return Segment.CHAMPIONS
    if new_customer:
        return Segment.NEW
    if r >= 3 and value >= 3:
        return Segment.LOYAL
    if r >= 3:
        return Segment.POTENTIAL
    if value >= 3:
        return Segment.AT_RISK
    return Segment.HIBERNATING


def overall_score(r: int, f: int, m: int, referrals: int) -> float:
    """0–100: RFM carries 85 points, each referral made 5 more (up to 15)."""
    rfm = (r + f + m) / 15 * 85
    return round(rfm + min(referrals, MAX_REFERRAL_BONUS) * 5, 1)


def score_base(facts: Sequence[CustomerFacts], *, today: date) -> list[LoyaltyScore]:
    """Score every customer and rank them best first (ties: more value, more recent, id)."""
    bought = [f for f in facts if f.last_purchase is not None]
    recency = {
        f.contact_id: score
        for f, score in zip(
            bought,
            quintile_scores(
                [-_days_since(f.last_purchase, today) for f in bought if f.last_purchase]
            ),
            strict=True,
        )
    }
    active = [f for f in facts if f.frequency > 0]
    frequency = dict(
        zip(
            (f.contact_id for f in active),
            quintile_scores([f.frequency for f in active]),
            strict=True,
        )
    )
    monetary = dict(
        zip(
            (f.contact_id for f in active),
            quintile_scores([f.monetary_cents for f in active]),
            strict=True,
        )
    )
    scored = []
    for fact in facts:
        r = recency.get(fact.contact_id, 1)
        f = frequency.get(fact.contact_id, 1)
        m = monetary.get(fact.contact_id, 1)
        new_customer = (
            fact.first_purchase is not None
            and (today - fact.first_purchase).days <= NEW_CUSTOMER_DAYS
        )
        segment = segment_of(r=r, f=f, m=m, referrals=fact.referrals, new_customer=new_customer)
        scored.append(
            LoyaltyScore(
                contact_id=fact.contact_id,
                recency_days=None
                if fact.last_purchase is None
                else _days_since(fact.last_purchase, today),
                r=r,
                f=f,
                m=m,
                score=overall_score(r, f, m, fact.referrals),
                segment=segment,
                ask_for_referral=should_ask_for_referral(segment, fact.last_referral, today=today),
            )
        )
    spent = {fact.contact_id: fact.monetary_cents for fact in facts}
    never = 1 << 30
    scored.sort(
        key=lambda s: (
            -s.score,
            -spent[s.contact_id],
            never if s.recency_days is None else s.recency_days,
            s.contact_id,
        )
    )
    return scored


def _days_since(day: date, today: date) -> int:
    """Whole days from `day` to today; a date after today (a clock set back) counts as today."""
    return max(0, (today - day).days)


def should_ask_for_referral(segment: Segment, last_referral: date | None, *, today: date) -> bool:
    """Happy, recent customers who have not referred anyone lately are worth the ask."""
    if segment not in ASK_SEGMENTS:
        return False
    return last_referral is None or today - last_referral > timedelta(days=REFERRAL_ASK_PAUSE_DAYS)


@dataclass(frozen=True, slots=True)
class BaseEntry:
    """One customer of the Base, ranked: who, how loyal, and what to do next."""

    rank: int
    contact_id: str
    contact: str
    account_id: str | None
    account: str | None
    segment: Segment
    score: float
    recency_days: int | None
    frequency: int
    monetary_cents: int
    referrals: int
    last_touch: date | None
    next_due: date | None
    ask_for_referral: bool
    r: int
    f: int
    m: int


@dataclass(frozen=True, slots=True)
class ReferralLink:
    """One referral seen from one side: the other person, how far it got, thanked or not."""

    referral_id: str
    contact_id: str  # the other person
    name: str
    account: str | None
    referred_on: date
    status: ReferralStatus
    thanked_at: datetime | None
    value_won_cents: int  # what the referred person has bought since


@dataclass(frozen=True, slots=True)
class ReferralGraph:
    """Who referred this contact, and whom they referred."""

    contact_id: str
    referred_by: ReferralLink | None
    referred: tuple[ReferralLink, ...]

    @property
    def value_won_cents(self) -> int:
        return sum(link.value_won_cents for link in self.referred)

    @property
    def to_thank(self) -> tuple[ReferralLink, ...]:
        """Referrals this contact made that nobody has thanked them for yet."""
        return tuple(
            link
            for link in self.referred
            if link.thanked_at is None and link.status is not ReferralStatus.LOST
        )


@dataclass(frozen=True, slots=True)
class ThankYou:
    """A referrer still waiting for a thank-you."""

    referral_id: str
    referrer_id: str
    referrer: str
    referred_id: str
    referred: str
    referred_on: date
    status: ReferralStatus


@dataclass(frozen=True, slots=True)
class BaseRanking:
    """The Base: ranked customers, the window they were scored over, and who awaits thanks."""

    entries: tuple[BaseEntry, ...]
    window_start: date
    today: date
    to_thank: tuple[ThankYou, ...]

    def segment_counts(self) -> dict[Segment, int]:
        counts = dict.fromkeys(Segment, 0)
        for entry in self.entries:
            counts[entry.segment] += 1
        return counts
