"""How queue items look on the command line: the documented JSON shape and a readable table."""

from __future__ import annotations

from typing import Any

from tracker.domain.clock import zone
from tracker.domain.enums import Section
from tracker.domain.queue import QueueItem
from tracker.services.day.review import shown_phone

SECTION_TITLES = {
    Section.FIXED: "Fixed times",
    Section.DUE: "Due",
    Section.LIST: "Call lists from your manager",
    Section.BASE: "Base customers due a touch",
    Section.NEW: "New prospects",
    Section.BACKLOG: "Backlog",
}
KIND_WORDS = {"call": "call", "visit": "visit", "follow_up": "follow-up"}
MIN_ID = 8


def item_json(item: QueueItem) -> dict[str, Any]:
    """One queue item as `today --json` prints it (README: "today --json")."""
    c = item.candidate
    local_time = None
    if c.starts_at is not None:
        local_time = c.starts_at.astimezone(zone(c.time_zone)).isoformat()
    return {
        "id": item.id,
        "kind": c.kind.value,
        "contact": c.contact_name,
        "account": c.account_name,
        "due": c.due_on.isoformat(),
        "time": local_time,
        "overdue_days": item.overdue_days,
        "priority": item.score,
        "reasons": [reason.text for reason in item.reasons],
        "section": item.section.value,
        "contact_id": c.contact_id,
        "phone": c.phone,
        "location": c.location,
        "urgency": item.urgency.value,
    }


def short_ids(ids: list[str]) -> dict[str, str]:
    """The shortest prefix (at least MIN_ID characters) telling each id apart from the others."""
    shown: dict[str, str] = {}
    for item_id in ids:
        length = min(len(item_id), MIN_ID)
        while length < len(item_id) and any(
            other != item_id and other.startswith(item_id[:length]) for other in ids
        ):
            length += 1
        shown[item_id] = item_id[:length]
    return shown


def clip(text: str | None, width: int) -> str:
    value = text or ""
    return value if len(value) <= width else value[: width - 1] + "…"


def when_column(item: QueueItem) -> str:
    """Time for a fixed item, age for a late one, blank when simply due today."""
    c = item.candidate
    if item.section is Section.FIXED and c.local_start is not None:
        return c.local_start.strftime("%H:%M")
    if item.overdue_days:
        return f"{item.overdue_days}d late"
    return ""


def table_rows(items: list[QueueItem], ids: dict[str, str], region: str) -> list[str]:
    """One line per item: when, kind, who, where, phone, id — and the why, which may wrap."""
    width = max((len(ids[item.id]) for item in items), default=MIN_ID)
    lines = []
    for item in items:
        c = item.candidate
        why = " · ".join(reason.text for reason in item.reasons)
        phone = shown_phone(c.phone, region) if c.phone else ""
        lines.append(
            f"  {when_column(item):>8}  {KIND_WORDS.get(c.kind.value, c.kind.value):<9} "
            f"{clip(c.contact_name, 20):<20} {clip(c.account_name, 24):<24} "
            f"{clip(phone, 16):<16} {ids[item.id]:<{width}}  {why}"
        )
    return lines
