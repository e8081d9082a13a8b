"""`groundgame base [--json]`: the loyal customers, ranked best first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext

if TYPE_CHECKING:
    from tracker.domain.loyalty import BaseEntry


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "base",
        help="rank the loyal customers (RFM and referrals)",
        description="Rank customers by loyalty: recency, frequency and value of purchases over "
        "the loyalty window (a preference, 12 months by default) plus referrals made.",
    )
    parser.add_argument("--json", action="store_true", help="print the ranking as a JSON array")
    parser.set_defaults(handler=run)


def entry_json(entry: BaseEntry) -> dict[str, Any]:
    """A ranked customer in the documented JSON shape (money in currency units)."""
    return {
        "id": entry.contact_id,
        "contact": entry.contact,
        "account": entry.account,
        "segment": entry.segment.value,
        "score": entry.score,
        "recency_days": entry.recency_days,
        "frequency": entry.frequency,
        "monetary": entry.monetary_cents / 100,
        "referrals": entry.referrals,
        "last_touch": entry.last_touch.isoformat() if entry.last_touch else None,
        "next_due": entry.next_due.isoformat() if entry.next_due else None,
    }


def run(ctx: CliContext) -> int:
    ranking = ctx.book.loyalty.ranking()
    if ctx.args.json:
        ctx.print_json([entry_json(entry) for entry in ranking.entries])
        return 0
    if not ranking.entries:
        ctx.note("no customers yet: the base fills as deals are won and purchases recorded")
        return 0
    ctx.print(
        f"{'#':>5}  {'segment':<11} {'score':>5}  {'contact':<28} {'account':<32} "
        f"{'last touch':<10}  {'next due':<10}"
    )
    for entry in ranking.entries:
        ask = "  ask for a referral" if entry.ask_for_referral else ""
        ctx.print(
            f"{entry.rank:>5}  {entry.segment.value:<11} {entry.score:>5.1f}  "
            f"{entry.contact[:28]:<28} {(entry.account or '')[:32]:<32} "
            f"{entry.last_touch.isoformat() if entry.last_touch else '—':<10}  "
            f"{entry.next_due.isoformat() if entry.next_due else '—':<10}{ask}"
        )
    return 0
