"""How accounts look on the command line: the documented JSON shapes (README: "account") and the
list table and detail page a person reads."""

from __future__ import annotations

from typing import Any

from tracker.cli.contact_output import list_line as contact_line
from tracker.cli.contact_output import row_json as contact_json
from tracker.cli.record_output import (
    deal_summary_json,
    deal_summary_line,
    instant,
    one_line,
    timeline_json,
    timeline_line,
    touch_json,
    touch_short,
    touch_text,
)
from tracker.domain.accounts import AccountDetail, AccountDraft, AccountRow
from tracker.domain.clock import rep_day
from tracker.domain.geo import Coordinates, place_link
from tracker.domain.preferences import Preferences
from tracker.services.day.review import shown_phone

TIMELINE_SHOWN = 20


def row_json(row: AccountRow) -> dict[str, Any]:
    """An account as `account list --json` prints it."""
    return {
        "id": row.id,
        "name": row.name,
        "tier": row.tier.value if row.tier else None,
        "city": row.city,
        "phone": row.phone,
        "contacts": row.contacts,
        "last_touch_at": instant(row.last_touch_at),
        "touch": touch_json(row.touch),
    }


def detail_json(detail: AccountDetail) -> dict[str, Any]:
    """An account as `account show --json` (and add/edit with --json) prints it."""
    draft = detail.draft
    return {
        "id": detail.id,
        "name": draft.name,
        "tier": draft.tier.value if draft.tier else None,
        "phone": draft.phone,
        "website": draft.website,
        "street": draft.street,
        "postal_code": draft.postal_code,
        "city": draft.city,
        "country": draft.country,
        "latitude": draft.latitude,
        "longitude": draft.longitude,
        "map": place_link(Coordinates.of(draft.latitude, draft.longitude), _address(draft)),
        "notes": draft.notes,
        "last_touch_at": instant(detail.last_touch_at),
        "next_touch_on": detail.next_touch_on.isoformat() if detail.next_touch_on else None,
        "touch": touch_json(detail.touch),
        "contacts": [contact_json(row) for row in detail.contacts],
        "deals": [deal_summary_json(deal) for deal in detail.deals],
        "timeline": [timeline_json(entry) for entry in detail.timeline],
    }


def _address(draft: AccountDraft) -> str | None:
    town = " ".join(p for p in (draft.postal_code, draft.city) if p)
    return ", ".join(p for p in (draft.street, town, draft.country) if p) or None


def list_header() -> str:
    return f"{'name':<32} {'tier':<4} {'city':<18} {'people':>6}  {'cadence':<22}  id"


def list_line(row: AccountRow, prefs: Preferences) -> str:
    cadence = touch_short(row.touch) if row.tier else ""
    return (
        f"{one_line(row.name, 32):<32} {row.tier.value if row.tier else '':<4} "
        f"{one_line(row.city, 18):<18} {row.contacts:>6}  {cadence:<22}  {row.id}"
    )


def detail_lines(detail: AccountDetail, prefs: Preferences) -> list[str]:
    """The account's page: how to reach it, its cadence, its people, deals and history."""
    draft = detail.draft
    tier = f" (tier {draft.tier.value})" if draft.tier else ""
    lines = [f"{draft.name}{tier}", f"  id          {detail.id}"]

    def field(label: str, value: str | None) -> None:
        if value:
            lines.append(f"  {label:<11} {value}")

    field("phone", shown_phone(draft.phone, prefs.default_region) if draft.phone else None)
    field("website", draft.website)
    address = ", ".join(
        part
        for part in (
            draft.street,
            " ".join(p for p in (draft.postal_code, draft.city) if p),
            draft.country,
        )
        if part
    )
    field("address", address)
    point = Coordinates.of(draft.latitude, draft.longitude)
    field("place", point.text() if point else None)
    field("map", place_link(point, address or None))
    if detail.last_touch_at:
        day = rep_day(
            detail.last_touch_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
        )
        field("last touch", day.isoformat())
    if draft.tier:
        field("cadence", touch_text(detail.touch))
    field("notes", one_line(draft.notes, 200))
    lines += ["", f"People ({len(detail.contacts)})"]
    lines += [f"  {contact_line(row, prefs)}" for row in detail.contacts] or ["  (nobody yet)"]
    if detail.deals:
        lines += ["", "Deals"] + [deal_summary_line(deal) for deal in detail.deals]
    lines += ["", f"Timeline ({len(detail.timeline)}, newest first)"]
    lines += [timeline_line(e) for e in detail.timeline[:TIMELINE_SHOWN]] or ["  (nothing yet)"]
    hidden = len(detail.timeline) - TIMELINE_SHOWN
    if hidden > 0:
        lines.append(f"  … and {hidden} older (see --json)")
    return lines
