"""Merging duplicate accounts into one survivor, row by row through the ORM (so undo is exact).

Everything that belonged to the duplicate account moves to the survivor: its people, their and
its activities, deals, purchases and notes — deleted rows too, so that undoing an earlier delete
later brings them back to the account that still exists. Empty fields of the survivor are filled
from the duplicate (tier, phone, website; the address and the coordinates only as a whole, so two
addresses are never mixed) and the duplicate's notes are appended; the duplicate is then
soft-deleted. Nothing is deleted outright, so an undo puts back
the very same rows. The survivor's last and next touch are the caller's to refresh (they follow
the contacts that moved).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactRecord,
    DealRecord,
    NoteRecord,
    PurchaseRecord,
)

# Each group is filled only when the survivor has none of it.
FILLED_GROUPS = (
    ("tier",),
    ("phone",),
    ("website",),
    ("street", "postal_code", "city", "country"),
    ("latitude", "longitude"),
)
MOVED: tuple[Any, ...] = (ContactRecord, ActivityRecord, DealRecord, PurchaseRecord, NoteRecord)


def merge_account_into(
    session: Session, survivor: AccountRecord, other: AccountRecord, *, now: datetime
) -> int:
    """Move everything of `other` to `survivor` and soft-delete `other`; returns rows moved."""
    moved = 0
    for model in MOVED:
        for row in session.scalars(select(model).where(model.account_id == other.id)):
            row.account_id = survivor.id
            moved += 1
    for group in FILLED_GROUPS:
        if all(getattr(survivor, name) in (None, "") for name in group):
            for name in group:
                if getattr(other, name) not in (None, ""):
                    setattr(survivor, name, getattr(other, name))
    if other.notes and other.notes not in (survivor.notes or ""):
        survivor.notes = f"{survivor.notes}\n\n{other.notes}" if survivor.notes else other.notes
    other.deleted_at = now
    session.flush()
    return moved
