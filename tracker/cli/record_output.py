"""Pieces the contact, account and deal commands share: money, instants, timelines, deal summaries
and cadence windows — in their documented JSON shape and as short lines for a person.

Every JSON object keeps all of its keys (null when a field does not apply), so scripts can rely
on the shape the README documents.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tracker.domain.contacts import DealSummary, TimelineEntry, TimelineKind
from tracker.domain.tiers import TouchWindow

KIND_WORDS = {"call": "call", "visit": "visit", "follow_up": "follow-up"}


def money(cents: int | None) -> float | None:
    """Currency units as JSON numbers (1234.5), as `base --json` gives them."""
    return None if cents is None else cents / 100


def money_text(cents: int, currency: str) -> str:
    return f"{cents / 100:,.2f} {currency}"


def instant(value: datetime | None) -> str | None:
    """An instant as ISO text in UTC, or None."""
    return None if value is None else value.astimezone(UTC).isoformat()


def words(code: str | None) -> str:
    """A stable code as plain words: not_a_fit → not a fit."""
    return (code or "").replace("_", " ")


def one_line(text: str | None, width: int = 80) -> str:
    """Free text (a note may have line breaks) on one line, cut at `width`."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def touch_json(touch: TouchWindow | None) -> dict[str, Any] | None:
    """An account's tier cadence today: status, due date, overdue after."""
    if touch is None:
        return None
    return {
        "status": touch.status.value,
        "due_on": touch.due_on.isoformat() if touch.due_on else None,
        "overdue_after": touch.overdue_after.isoformat() if touch.overdue_after else None,
    }


def touch_text(touch: TouchWindow | None) -> str:
    if touch is None:
        return "no tier cadence"
    due = touch.due_on.isoformat() if touch.due_on else "—"
    if touch.status.value == "never":
        return f"never touched (due {due})"
    late = f", overdue after {touch.overdue_after.isoformat()}" if touch.overdue_after else ""
    return f"{words(touch.status.value)} (next touch due {due}{late})"


def touch_short(touch: TouchWindow | None) -> str:
    """The cadence in a list column: `due · 2026-12-04`."""
    if touch is None:
        return ""
    if touch.status.value == "never":
        return "never touched"
    due = f" · {touch.due_on.isoformat()}" if touch.due_on else ""
    return f"{words(touch.status.value)}{due}"


def deal_summary_json(deal: DealSummary) -> dict[str, Any]:
    """A deal as a contact's or account's detail lists it."""
    return {
        "id": deal.id,
        "title": deal.title,
        "stage": deal.stage.value,
        "value": money(deal.value_cents),
        "currency": deal.currency,
        "stage_entered_at": instant(deal.stage_entered_at),
        "readiness": deal.readiness,
        "lost_reason": deal.lost_reason,
    }


def deal_summary_line(deal: DealSummary) -> str:
    lost = f" — {one_line(deal.lost_reason, 40)}" if deal.lost_reason else ""
    return (
        f"  {words(deal.stage.value):<12} {one_line(deal.title, 32):<32} "
        f"{money_text(deal.value_cents, deal.currency):>16}  "
        f"since {deal.stage_entered_at.date().isoformat()}  {deal.id}{lost}"
    )


def timeline_json(entry: TimelineEntry) -> dict[str, Any]:
    """One event of a contact's or account's history; which fields are set depends on `kind`."""
    return {
        "kind": entry.kind.value,
        "when": instant(entry.when),
        "day": entry.day.isoformat(),
        "id": entry.ref_id,
        "activity": entry.activity_kind.value if entry.activity_kind else None,
        "status": entry.status.value if entry.status else None,
        "outcome": entry.outcome.value if entry.outcome else None,
        "origin": entry.origin.value if entry.origin else None,
        "stage": entry.stage.value if entry.stage else None,
        "from_stage": entry.from_stage.value if entry.from_stage else None,
        "title": entry.title,
        "amount": money(entry.amount_cents),
        "currency": entry.currency,
        "text": entry.text,
        "other_id": entry.other_id,
        "other_name": entry.other_name,
        "referral_status": entry.referral_status.value if entry.referral_status else None,
        "outgoing": entry.outgoing,
        "duration_minutes": entry.duration_minutes,
        "visit": None
        if entry.visit is None
        else {
            "checked_in_at": instant(entry.visit.checked_in_at),
            "checked_out_at": instant(entry.visit.checked_out_at),
            "minutes_on_site": entry.visit.minutes_on_site,
            "met_with": entry.visit.met_with,
            "topics": entry.visit.topics,
            "order_value": money(entry.visit.order_value_cents),
        },
    }


def timeline_line(entry: TimelineEntry) -> str:
    """`  2026-11-28  call: connected — "asked for an offer"` and the like."""
    return f"  {entry.day.isoformat()}  {_describe(entry)}"


def _describe(entry: TimelineEntry) -> str:
    said = f" — {one_line(entry.text, 60)}" if entry.text else ""
    kind = KIND_WORDS.get(entry.activity_kind.value, "") if entry.activity_kind else ""
    if entry.kind is TimelineKind.ACTIVITY:
        minutes = f" ({entry.duration_minutes} min)" if entry.duration_minutes else ""
        on_site = entry.visit.minutes_on_site if entry.visit else None
        if on_site is not None:
            minutes = f" ({on_site} min on site)"
        if entry.visit and entry.visit.met_with:
            minutes += f", met {one_line(entry.visit.met_with, 30)}"
        what = (
            words(entry.outcome.value)
            if entry.outcome
            else words(entry.status.value if entry.status else "")
        )
        return f"{kind}: {what}{minutes}{said}"
    if entry.kind is TimelineKind.PLANNED:
        why = f" ({words(entry.origin.value)})" if entry.origin else ""
        return f"{kind} planned{why}{said}"
    amount = (
        f" {money_text(entry.amount_cents, entry.currency or '')}"
        if entry.amount_cents is not None
        else ""
    )
    if entry.kind is TimelineKind.DEAL:
        return f"deal opened: {one_line(entry.title, 40)}{amount}"
    if entry.kind is TimelineKind.STAGE:
        end = words(entry.stage.value) if entry.stage else ""
        if entry.from_stage is None:
            return f"deal {one_line(entry.title, 40)} opened in {end}"
        return f"deal {one_line(entry.title, 40)}: {words(entry.from_stage.value)} → {end}{said}"
    if entry.kind is TimelineKind.PURCHASE:
        return f"purchase{amount}{said}"
    if entry.kind is TimelineKind.REFERRAL:
        status = f" ({words(entry.referral_status.value)})" if entry.referral_status else ""
        direction = "referred" if entry.outgoing else "was referred by"
        return f"{direction} {entry.other_name}{status}"
    return f"note: {one_line(entry.text, 70)}"
