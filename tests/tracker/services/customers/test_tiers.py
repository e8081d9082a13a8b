"""Tier windows are editable, move next touches, and the accounts list filters by them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tracker.domain.accounts import AccountQuery
from tracker.domain.enums import Tier
from tracker.domain.preferences import PreferenceError
from tracker.domain.tiers import TouchStatus
from tracker.services.book import Book


def test_saving_windows_moves_next_touches(demo_book: Book) -> None:
    """A longer ideal window for tier B pushes every B account's next touch out by the difference."""
    policies = {p.tier: p for p in demo_book.tiers.policies()}
    assert (policies[Tier.A].ideal_days, policies[Tier.A].max_days) == (7, 14)
    b_accounts = demo_book.accounts.ids(AccountQuery(tier=Tier.B))
    touched = [r for r in demo_book.accounts.rows(list(b_accounts)) if r.last_touch_at]
    before = {r.id: r.touch.due_on for r in touched if r.touch}
    demo_book.tiers.save([replace(policies[Tier.B], ideal_days=40, max_days=60)])
    after = {r.id: r.touch.due_on for r in demo_book.accounts.rows(list(before)) if r.touch}
    assert all((after[i] - before[i]).days == 10 for i in before)
    with pytest.raises(PreferenceError):
        demo_book.tiers.save([replace(policies[Tier.C], ideal_days=90, max_days=30)])


def test_the_touch_filter_agrees_with_the_rule(demo_book: Book) -> None:
    """Filtering accounts by cadence status in SQL gives exactly the rows the domain rule marks."""
    every = demo_book.accounts.rows(list(demo_book.accounts.ids(AccountQuery())))
    for status in TouchStatus:
        expected = {r.id for r in every if r.touch is not None and r.touch.status is status}
        found = set(demo_book.accounts.ids(AccountQuery(touch=status)))
        assert found == expected, status
    assert {TouchStatus.ON_TIME, TouchStatus.OVERDUE} <= {
        r.touch.status for r in every if r.touch is not None
    }


def test_a_tier_change_moves_the_account_into_its_cadence(book: Book) -> None:
    """An untouched account given tier A is due today as never touched; without a tier, no cadence."""
    from ..book_helpers import add_account

    account = add_account(book, "Optik Lang")
    assert book.accounts.rows([account])[0].touch is None
    book.accounts.set_tier([account], Tier.A)
    touch = book.accounts.rows([account])[0].touch
    assert touch is not None and touch.status is TouchStatus.NEVER
    book.undo.undo()
    assert book.accounts.rows([account])[0].tier is None
