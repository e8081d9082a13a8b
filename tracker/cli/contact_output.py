"""How contacts look on the command line: the documented JSON shapes (README: "contact") and the
list table and detail page a person reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.cli.record_output import (
    deal_summary_json,
    deal_summary_line,
    instant,
    one_line,
    timeline_json,
    timeline_line,
    touch_json,
    touch_text,
    words,
)
from tracker.domain.clock import rep_day
from tracker.domain.contacts import ContactDetail, ContactRow
from tracker.domain.geo import Coordinates, place_link
from tracker.domain.preferences import Preferences
from tracker.services.day.review import shown_phone

if TYPE_CHECKING:
    from tracker.domain.queue import QueueItem

TIMELINE_SHOWN = 25  # lines of history on the detail page (`--json` has all)


def row_json(row: ContactRow) -> dict[str, Any]:
    """A contact as `contact list --json` prints it."""
    return {
        "id": row.id,
        "name": row.name,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "account_id": row.account_id,
        "account": row.account,
        "tier": row.tier.value if row.tier else None,
        "job_title": row.job_title,
        "phone": row.phone,
        "email": row.email,
        "city": row.city,
        "lifecycle": row.lifecycle.value,
        "state": row.state.value,
        "parked_until": row.parked_until.isoformat() if row.parked_until else None,
        "last_touch_at": instant(row.last_touch_at),
        "fit": row.fit,
        "readiness": row.readiness,
        "tags": list(row.tags),
    }


def detail_json(detail: ContactDetail, next_item: dict[str, Any] | None) -> dict[str, Any]:
    """A contact as `contact show --json` (and add/edit with --json) prints it."""
    return {
        "id": detail.id,
        "name": detail.name,
        "first_name": detail.first_name,
        "last_name": detail.last_name,
        "account_id": detail.account_id,
        "account": detail.account,
        "tier": detail.tier.value if detail.tier else None,
        "job_title": detail.job_title,
        "phones": [{"number": p.number, "label": p.label or None} for p in detail.phones],
        "emails": list(detail.emails),
        "tags": list(detail.tags),
        "street": detail.street,
        "postal_code": detail.postal_code,
        "city": detail.city,
        "country": detail.country,
        "latitude": detail.latitude,
        "longitude": detail.longitude,
        "map": place_link(Coordinates.of(detail.latitude, detail.longitude), _address(detail)),
        "source": detail.source,
        "referred_by_id": detail.referred_by_id,
        "referred_by": detail.referred_by,
        "lifecycle": detail.lifecycle.value,
        "state": detail.state.value,
        "parked_until": detail.parked_until.isoformat() if detail.parked_until else None,
        "state_reason": detail.state_reason,
        "fit": detail.fit,
        "readiness": detail.readiness,
        "notes": detail.notes,
        "last_touch_at": instant(detail.last_touch_at),
        "unanswered_attempts": detail.unanswered_attempts,
        "created_at": instant(detail.created_at),
        "touch": touch_json(detail.touch),
        "next": next_item,
        "deals": [deal_summary_json(deal) for deal in detail.deals],
        "timeline": [timeline_json(entry) for entry in detail.timeline],
    }


def _address(detail: ContactDetail) -> str | None:
    town = " ".join(p for p in (detail.postal_code, detail.city) if p)
    return ", ".join(p for p in (detail.street, town, detail.country) if p) or None


def list_header() -> str:
    return (
        f"{'name':<26} {'account':<28} {'phone':<18} {'lifecycle':<9} {'state':<14} "
        f"{'last touch':<10}  id"
    )


def list_line(row: ContactRow, prefs: Preferences) -> str:
    """One contact per line: name, account, phone as dialled, lifecycle, state, last touch, id."""
    phone = shown_phone(row.phone, prefs.default_region) if row.phone else ""
    touched = (
        rep_day(
            row.last_touch_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
        ).isoformat()
        if row.last_touch_at
        else "never"
    )
    state = words(row.state.value)
    if row.parked_until:
        state = f"parked → {row.parked_until.strftime('%m-%d')}"
    return (
        f"{one_line(row.name, 26):<26} {one_line(row.account, 28):<28} {phone:<18} "
        f"{row.lifecycle.value:<9} {state:<14} {touched:<10}  {row.id}"
    )


def detail_lines(
    detail: ContactDetail, prefs: Preferences, next_item: QueueItem | None
) -> list[str]:
    """The contact's page: how to reach them, where they stand, deals, and the timeline."""
    region = prefs.default_region
    at = f" — {detail.account}" if detail.account else ""
    tier = f" (tier {detail.tier.value})" if detail.tier else ""
    lines = [f"{detail.name}{at}{tier}", f"  id          {detail.id}"]

    def field(label: str, value: str | None) -> None:
        if value:
            lines.append(f"  {label:<11} {value}")

    field("job title", detail.job_title)
    for phone in detail.phones:
        label = f" ({phone.label})" if phone.label else ""
        field("phone", f"{shown_phone(phone.number, region)}{label}")
    for email in detail.emails:
        field("e-mail", email)
    address = ", ".join(
        part
        for part in (
            detail.street,
            " ".join(p for p in (detail.postal_code, detail.city) if p),
            detail.country,
        )
        if part
    )
    field("address", address)
    point = Coordinates.of(detail.latitude, detail.longitude)
    field("place", point.text() if point else None)
    field("map", place_link(point, address or None))
    state = words(detail.state.value)
    if detail.parked_until:
        state += f" until {detail.parked_until.isoformat()}"
    if detail.state_reason:
        state += f" ({one_line(detail.state_reason, 60)})"
    field("lifecycle", f"{detail.lifecycle.value} · {state}")
    scores = [
        f"fit {detail.fit}" if detail.fit else "",
        f"readiness {detail.readiness}" if detail.readiness else "",
    ]
    field("scores", " · ".join(s for s in scores if s))
    field("tags", ", ".join(detail.tags))
    source = detail.source or ""
    if detail.referred_by:
        source = f"{source} · referred by {detail.referred_by}".lstrip(" ·")
    field("source", source)
    if detail.last_touch_at:
        day = rep_day(
            detail.last_touch_at, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
        )
        unanswered = (
            f" · {detail.unanswered_attempts} unanswered since"
            if detail.unanswered_attempts
            else ""
        )
        field("last touch", f"{day.isoformat()}{unanswered}")
    else:
        field("last touch", "never")
    if detail.tier:
        field("cadence", touch_text(detail.touch))
    if next_item is not None:
        c = next_item.candidate
        when = c.due_on.isoformat()
        if c.local_start is not None:
            when += f" {c.local_start.strftime('%H:%M')}"
        why = " · ".join(reason.text for reason in next_item.reasons[:2])
        field("next", f"{words(c.kind.value)} on {when} — {why} ({next_item.id})")
    field("notes", one_line(detail.notes, 200))
    if detail.deals:
        lines += ["", "Deals"] + [deal_summary_line(deal) for deal in detail.deals]
    lines += ["", f"Timeline ({len(detail.timeline)}, newest first)"]
    lines += [timeline_line(entry) for entry in detail.timeline[:TIMELINE_SHOWN]] or [
        "  (nothing yet)"
    ]
    hidden = len(detail.timeline) - TIMELINE_SHOWN
    if hidden > 0:
        lines.append(f"  … and {hidden} older (see --json)")
    return lines
