"""How deals and the pipeline look on the command line: the documented JSON shapes (README: "deal",
"pipeline") and the lines a person reads."""

from __future__ import annotations

from typing import Any

from tracker.cli.record_output import instant, money, money_text, one_line, words
from tracker.domain.pipeline import CLOSED_DAYS, Board, DealCard, DealDetail

CARDS_SHOWN = 8  # per stage in the text board (`--json` has every card the board holds)


def card_json(card: DealCard) -> dict[str, Any]:
    """A deal as the pipeline board holds it."""
    return {
        "id": card.id,
        "title": card.title,
        "contact_id": card.contact_id,
        "contact": card.contact,
        "account": card.account,
        "stage": card.stage.value,
        "value": money(card.value_cents),
        "currency": card.currency,
        "expected_close": card.expected_close.isoformat() if card.expected_close else None,
        "readiness": card.readiness,
        "lost_reason": card.lost_reason,
        "stage_entered_at": instant(card.stage_entered_at),
        "days_in_stage": card.days_in_stage,
        "last_activity_at": instant(card.last_activity_at),
        "idle_days": card.idle_days,
        "stalled": card.stalled,
    }


def deal_json(detail: DealDetail) -> dict[str, Any]:
    """A deal as `deal show --json` (and `deal add|move --json`) prints it."""
    return {
        **card_json(detail.card),
        "moves": [
            {
                "from": move.from_stage.value if move.from_stage else None,
                "to": move.to_stage.value,
                "at": instant(move.at),
            }
            for move in detail.moves
        ],
    }


def board_json(board: Board) -> dict[str, Any]:
    """The pipeline as `pipeline --json` prints it."""
    return {
        "today": board.today.isoformat(),
        "stalled_days": board.stalled_days,
        "win_rate": board.win_rate,
        "stages": [
            {
                "stage": column.stage.value,
                "count": column.count,
                "value": money(column.value_cents),
                "stalled": column.stalled,
                "conversion": column.conversion,
                "deals": [card_json(card) for card in column.cards],
            }
            for column in board.columns
        ],
    }


def deal_lines(detail: DealDetail) -> list[str]:
    card = detail.card
    at = f" ({card.account})" if card.account else ""
    stalled = f" · stalled, nothing for {card.idle_days} days" if card.stalled else ""
    lines = [
        f"{card.title} — {card.contact}{at}",
        f"  id          {card.id}",
        f"  stage       {words(card.stage.value)} for {card.days_in_stage} days{stalled}",
        f"  value       {money_text(card.value_cents, card.currency)}",
    ]
    if card.expected_close:
        lines.append(f"  closes      {card.expected_close.isoformat()} (expected)")
    if card.readiness:
        lines.append(f"  readiness   {card.readiness} of 5")
    if card.lost_reason:
        lines.append(f"  lost        {one_line(card.lost_reason, 100)}")
    lines += ["", "Stages"]
    for move in detail.moves:
        to = words(move.to_stage.value)
        step = f"{words(move.from_stage.value)} → {to}" if move.from_stage else f"opened in {to}"
        lines.append(f"  {move.at.date().isoformat()}  {step}")
    return lines


def board_lines(board: Board, currency: str) -> list[str]:
    rate = f"win rate {board.win_rate:.0%}" if board.win_rate is not None else "no deals yet"
    lines = [
        f"Pipeline on {board.today.isoformat()} · {rate} · stalled after {board.stalled_days} days"
    ]
    for column in board.columns:
        onwards = f" · {column.conversion:.0%} moved on" if column.conversion is not None else ""
        stalled = f" · {column.stalled} stalled" if column.stalled else ""
        recent = "" if column.stage.is_open else f" in the last {CLOSED_DAYS} days"
        lines += [
            "",
            f"{words(column.stage.value).capitalize()} — {column.count:,} deals{recent}, "
            f"{money_text(column.value_cents, currency)}{onwards}{stalled}",
        ]
        for card in column.cards[:CARDS_SHOWN]:
            who = one_line(f"{card.contact}" + (f" ({card.account})" if card.account else ""), 34)
            mark = "  stalled" if card.stalled else ""
            lines.append(
                f"  {one_line(card.title, 28):<28} {who:<34} "
                f"{money_text(card.value_cents, card.currency):>16} {card.days_in_stage:>4}d  "
                f"{card.id}{mark}"
            )
        hidden = column.count - min(len(column.cards), CARDS_SHOWN)
        if hidden > 0:
            lines.append(f"  … and {hidden:,} more (see --json)")
    return lines
