"""The Base on the demo book: believable segments, referral chains, thanking referrers."""

from __future__ import annotations

from tracker.domain.enums import ActivityOrigin, Segment
from tracker.services.book import Book


def test_the_demo_base_is_ranked_with_believable_segments(demo_book: Book) -> None:
    """Every segment appears; champions outrank the hibernating; scores fall down the list."""
    ranking = demo_book.loyalty.ranking()
    counts = ranking.segment_counts()
    assert all(counts[segment] > 0 for segment in Segment), counts
    scores = [entry.score for entry in ranking.entries]
    assert scores == sorted(scores, reverse=True)
    assert [entry.rank for entry in ranking.entries] == list(range(1, len(scores) + 1))
    first_champion = next(e.rank for e in ranking.entries if e.segment is Segment.CHAMPIONS)
    last_sleeper = max(e.rank for e in ranking.entries if e.segment is Segment.HIBERNATING)
    assert first_champion < last_sleeper
    assert any(entry.ask_for_referral for entry in ranking.entries)
    assert any(entry.referrals > 0 for entry in ranking.entries)


def test_referral_graph_and_thanks(demo_book: Book) -> None:
    """A referrer sees whom they referred with status and value; a thank-you can be planned."""
    ranking = demo_book.loyalty.ranking()
    assert ranking.to_thank, "the demo has referrals not yet thanked"
    waiting = ranking.to_thank[0]
    graph = demo_book.loyalty.referrals(waiting.referrer_id)
    assert waiting.referral_id in {link.referral_id for link in graph.to_thank}
    referred = demo_book.loyalty.referrals(waiting.referred_id).referred_by
    assert referred is not None and referred.contact_id == waiting.referrer_id
    activity = demo_book.loyalty.plan_thanks(waiting.referral_id).value
    again = demo_book.loyalty.plan_thanks(waiting.referral_id).value
    assert again == activity  # one open thank-you call is enough
    timeline = demo_book.contacts.detail(waiting.referrer_id).timeline
    assert any(
        e.ref_id == activity and e.origin is ActivityOrigin.REFERRAL_THANKS for e in timeline
    )
    demo_book.loyalty.mark_thanked(waiting.referral_id)
    after = demo_book.loyalty.referrals(waiting.referrer_id)
    assert waiting.referral_id not in {link.referral_id for link in after.to_thank}
