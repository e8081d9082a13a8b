"""Pipeline rules: stage order, conversion from the furthest stage reached, stalled deals."""

from __future__ import annotations

from datetime import date

from tracker.domain.enums import Stage
from tracker.domain.pipeline import (
    conversion_rates,
    idle_days,
    is_stalled,
    next_stage,
    previous_stage,
    stage_rank,
    win_rate,
)


def test_conversion_counts_deals_that_reached_a_stage_and_went_further() -> None:
    """10 deals stopped at new, 10 at contacted, 20 were won: new→contacted is 30/40."""
    furthest = {
        stage_rank(Stage.NEW): 10,
        stage_rank(Stage.CONTACTED): 10,
        stage_rank(Stage.WON): 20,
    }
    rates = conversion_rates(furthest)
    assert rates[Stage.NEW] == 30 / 40
    assert rates[Stage.CONTACTED] == 20 / 30
    assert rates[Stage.NEGOTIATION] == 1.0  # every deal that got there was won
    assert win_rate(furthest) == 0.5


def test_no_deals_means_no_rate() -> None:
    """Without deals there is nothing to divide: the rates are unknown, not zero."""
    assert conversion_rates({})[Stage.NEW] is None
    assert win_rate({}) is None


def test_a_deal_is_stalled_after_the_preferred_idle_days() -> None:
    """Idle time counts from the later of the stage change and the last activity."""
    idle = idle_days(
        stage_entered_on=date(2026, 11, 1),
        last_activity_on=date(2026, 11, 20),
        today=date(2026, 12, 1),
    )
    assert idle == 11
    assert not is_stalled(idle, Stage.PROPOSAL, 14)
    assert is_stalled(15, Stage.PROPOSAL, 14)
    assert not is_stalled(99, Stage.WON, 14)


def test_keyboard_moves_walk_the_open_stages() -> None:
    """Next/previous stop at the ends; a closed deal steps back into negotiation."""
    assert next_stage(Stage.NEW) is Stage.CONTACTED
    assert next_stage(Stage.NEGOTIATION) is None
    assert previous_stage(Stage.NEW) is None
    assert previous_stage(Stage.LOST) is Stage.NEGOTIATION
