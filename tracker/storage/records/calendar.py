"""Calendar sync's bookkeeping (the laptop's own, never in team sync): which calendar the book
is connected to, and for each appointment the event it became there and both sides as of the
last sync, so the next sync can tell which side changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.domain.ids import new_id
from tracker.storage.records.base import Base
from tracker.storage.types import TZDateTime


class CalendarLinkRecord(Base):
    """The one row naming the rep's calendar: server, user and calendar (the password is in the
    system keyring, never here), the server's sync token, and how the last sync went."""

    __tablename__ = "calendar_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(500))
    user_name: Mapped[str] = mapped_column(String(200))
    calendar_url: Mapped[str] = mapped_column(String(1000))
    calendar_name: Mapped[str] = mapped_column(String(200))
    sync_token: Mapped[str | None] = mapped_column(Text, default=None)
    connected_at: Mapped[datetime] = mapped_column(TZDateTime())
    last_sync_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)


class CalendarEventRecord(Base):
    """One appointment (an activity, or a whole series) and its event in the calendar.

    `local_fingerprint` and `remote_fingerprint` are the two sides as of the last sync; `etag`
    the event's version then. While the calendar's version conflicts with Groundgame's, it is
    kept in `conflict_ical` (with its ETag) until the rep picks one.
    """

    __tablename__ = "calendar_events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), default=None, unique=True
    )
    series_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity_series.id", ondelete="CASCADE"), default=None, unique=True
    )
    uid: Mapped[str] = mapped_column(String(300))
    href: Mapped[str] = mapped_column(String(1000), unique=True)
    etag: Mapped[str | None] = mapped_column(String(300), default=None)
    local_fingerprint: Mapped[str] = mapped_column(String(64))
    remote_fingerprint: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[datetime] = mapped_column(TZDateTime())
    conflict_ical: Mapped[str | None] = mapped_column(Text, default=None)
    conflict_etag: Mapped[str | None] = mapped_column(String(300), default=None)
    conflict_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)


class CalendarOccurrenceRecord(Base):
    """Which slot of its series' rule an occurrence was made for (its RECURRENCE-ID), so an
    occurrence the rep moved is still known as that slot's, in Groundgame and in the calendar."""

    __tablename__ = "calendar_occurrences"

    activity_id: Mapped[str] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    series_id: Mapped[str] = mapped_column(
        ForeignKey("activity_series.id", ondelete="CASCADE"), index=True
    )
    slot: Mapped[datetime] = mapped_column(DateTime())  # wall time in the series' zone
