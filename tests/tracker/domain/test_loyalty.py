"""RFM loyalty: quintile scores, segments, ranking and the referral ask."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.enums import Segment
from tracker.domain.loyalty import (
    CustomerFacts,
    months_before,
    quintile_scores,
    score_base,
    segment_of,
    should_ask_for_referral,
)

TODAY = date(2026, 12, 1)


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=200))
def test_quintiles_are_1_to_5_monotone_and_fair_to_ties(values: list[int]) -> None:
    """Scores lie in 1…5, equal values score alike and a bigger value never scores lower."""
    scores = quintile_scores(values)
    assert all(1 <= score <= 5 for score in scores)
    by_value = dict(zip(values, scores, strict=True))
    for value, score in zip(values, scores, strict=True):
        assert by_value[value] == score
    ordered = sorted(by_value)
    assert [by_value[v] for v in ordered] == sorted(by_value[v] for v in ordered)


def test_distinct_values_fill_every_quintile() -> None:
    """A hundred different values spread evenly over the five scores."""
    scores = quintile_scores(list(range(100)))
    assert [scores.count(s) for s in range(1, 6)] == [20, 20, 20, 20, 20]


def facts(contact_id: str, last: int | None, count: int, spent: int, *, first: int = 400,
          referrals: int = 0) -> CustomerFacts:  # fmt: skip
    last_day = None if last is None else TODAY - timedelta(days=last)
    first_day = None if last is None else TODAY - timedelta(days=max(first, last))
    return CustomerFacts(contact_id, first_day, last_day, count, spent, referrals)


def test_segments_follow_recency_frequency_and_value() -> None:
    """Recent big spenders are champions; big spenders gone quiet are at risk; and so on."""
    base = [
        facts("champ", 3, 12, 90_000_00),
        facts("loyal", 40, 3, 3_000_00),
        facts("potential", 10, 1, 500_00),
        facts("risk", 300, 8, 40_000_00),
        facts("sleep", 350, 1, 100_00),
        facts("new", 5, 1, 800_00, first=20),
        facts("never", None, 0, 0),
        *[facts(f"mid{i}", 60 + i, 3, 3_000_00) for i in range(10)],
    ]
    segments = {s.contact_id: s.segment for s in score_base(base, today=TODAY)}
    assert segments["champ"] is Segment.CHAMPIONS
    assert segments["loyal"] is Segment.LOYAL
    assert segments["potential"] is Segment.POTENTIAL
    assert segments["risk"] is Segment.AT_RISK
    assert segments["sleep"] is Segment.HIBERNATING
    assert segments["new"] is Segment.NEW
    assert segments["never"] is Segment.HIBERNATING


def test_ranking_is_best_first_and_referrals_count() -> None:
    """Scores decrease down the ranking; of two equal customers the one who refers ranks first."""
    base = [facts(f"c{i}", i * 20, 10 - i % 10, (50 - i) * 100_00) for i in range(25)]
    base.append(facts("referrer", 100, 4, 10_000_00, referrals=2))
    base.append(facts("quiet", 100, 4, 10_000_00))
    ranked = score_base(base, today=TODAY)
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)
    order = [s.contact_id for s in ranked]
    assert order.index("referrer") < order.index("quiet")


@given(
    r=st.integers(1, 5),
    f=st.integers(1, 5),
    m=st.integers(1, 5),
    referrals=st.integers(0, 10),
    new=st.booleans(),
)
def test_every_customer_has_exactly_one_segment_and_better_recency_never_hurts(
    r: int, f: int, m: int, referrals: int, new: bool
) -> None:
    """Raising R (bought more recently) never moves a customer to a worse segment."""
    worse = [
        Segment.CHAMPIONS,
        Segment.LOYAL,
        Segment.NEW,
        Segment.POTENTIAL,
        Segment.AT_RISK,
        Segment.HIBERNATING,
    ]
    segment = segment_of(r=r, f=f, m=m, referrals=referrals, new_customer=new)
    if r < 5:
        better = segment_of(r=r + 1, f=f, m=m, referrals=referrals, new_customer=new)
        if segment is not Segment.NEW and better is not Segment.NEW:
            assert worse.index(better) <= worse.index(segment)


def test_ask_for_a_referral_when_happy_and_not_asked_lately() -> None:
    """Champions and loyal customers get the suggestion unless they referred someone lately."""
    assert should_ask_for_referral(Segment.CHAMPIONS, None, today=TODAY)
    assert not should_ask_for_referral(Segment.CHAMPIONS, TODAY - timedelta(days=30), today=TODAY)
    assert should_ask_for_referral(Segment.LOYAL, TODAY - timedelta(days=400), today=TODAY)
    assert not should_ask_for_referral(Segment.HIBERNATING, None, today=TODAY)


def test_months_before_clamps_to_the_month_end() -> None:
    """Twelve months before 29 Feb is 28 Feb; one month before 31 March is 28/29 Feb."""
    assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)
    assert months_before(date(2027, 3, 31), 1) == date(2027, 2, 28)
    assert months_before(date(2026, 12, 1), 12) == date(2025, 12, 1)
