"""Call lists a sales manager sends to reps ("all C-tier in 80xxx this week"): made on the team
server, they reach the rep's book by sync and show as their own section of Today."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.records.base import Base, Tracked
from tracker.storage.types import TZDateTime


class CallListRecord(Tracked, Base):
    """One rep's copy of a manager's list: its name, note, due window and who sent it."""

    __tablename__ = "call_lists"

    campaign_id: Mapped[str] = mapped_column(String(36), index=True)  # the same for every rep
    name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    due_from: Mapped[date | None] = mapped_column(Date, default=None)
    due_to: Mapped[date | None] = mapped_column(Date, default=None)
    sent_by: Mapped[str] = mapped_column(String(100), default="")
    sent_at: Mapped[datetime] = mapped_column(TZDateTime())


class CallListEntryRecord(Tracked, Base):
    """A contact on a call list, in the order the manager gave."""

    __tablename__ = "call_list_entries"

    list_id: Mapped[str] = mapped_column(
        ForeignKey("call_lists.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
