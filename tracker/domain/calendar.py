"""Calendar sync (CalDAV) in domain terms: an appointment as a calendar sees it, the
fingerprints that tell which side changed since the last sync, and what a sync reports.

An `EventShape` is what both sides are compared by: Groundgame's appointment is turned into one,
and so is the calendar's event. The *local* fingerprint covers everything Groundgame writes into
the event (a renamed contact changes the title, so the event is written again); the *remote*
fingerprint only what Groundgame takes back from the calendar — the time, the zone, the length,
the place, the repeat rule and its exceptions, cancellation — so a title or note the rep edits
in the calendar app is no change worth a conflict.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from tracker.domain.clock import wall_to_instant


class CalendarError(ValueError):
    """A calendar action that cannot be done as asked; the message says why and what to do."""


class CalendarUnreachable(CalendarError):
    """The calendar server cannot be reached (offline, wrong address, server down)."""


class CalendarRefused(CalendarError):
    """The calendar server refused the user name or password."""


class CalendarBusy(CalendarError):
    """Another calendar sync of this book is running."""


class NoCalendar(CalendarError):
    """The book is not connected to a calendar."""


@dataclass(frozen=True)
class Override:
    """One occurrence of a series moved away from its slot (RECURRENCE-ID → new time)."""

    slot: datetime  # the rule's wall time in the series' zone
    local_start: datetime
    time_zone: str
    minutes: int


@dataclass(frozen=True)
class EventShape:
    """An appointment as a calendar event: a single one, or a series (RRULE in wall time) with
    the slots left out (EXDATE) and the occurrences moved (overrides)."""

    local_start: datetime  # wall time, naive
    time_zone: str  # IANA
    minutes: int
    summary: str = ""
    location: str | None = None
    description: str | None = None
    rrule: str | None = None
    exdates: tuple[datetime, ...] = ()
    overrides: tuple[Override, ...] = ()
    cancelled: bool = False

    @property
    def starts_at(self) -> datetime:
        return wall_to_instant(self.local_start, self.time_zone)

    def timing(self) -> dict[str, object]:
        """What the calendar may change and Groundgame takes back, in a canonical form.

        A single event is compared by its instant (a server that rewrites the zone as UTC moves
        nothing); a series by its wall time and zone, which its rule repeats in."""
        if self.cancelled:
            return {"cancelled": True}
        if self.rrule is None:
            return {
                "at": self.starts_at.astimezone(UTC).isoformat(),
                "minutes": self.minutes,
                "location": self.location or "",
            }
        return {
            "start": self.local_start.isoformat(),
            "zone": self.time_zone,
            "minutes": self.minutes,
            "location": self.location or "",
            "rrule": normalize_rule(self.rrule),
            "exdates": sorted(day.isoformat() for day in self.exdates),
            "overrides": sorted(
                [
                    item.slot.isoformat(),
                    wall_to_instant(item.local_start, item.time_zone).isoformat(),
                    item.minutes,
                ]
                for item in self.overrides
            ),
        }


def normalize_rule(text: str) -> str:
    """An RRULE's parts in one order and spelling, so equal rules compare equal."""
    body = text.strip().upper().removeprefix("RRULE:")
    parts = sorted(part for part in body.split(";") if part)
    return ";".join(parts)


def _digest(value: object) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remote_fingerprint(shape: EventShape | None) -> str:
    """What Groundgame would take from this event; None (gone) counts as cancelled."""
    return _digest((shape or GONE).timing())


def local_fingerprint(shape: EventShape | None) -> str:
    """Everything Groundgame writes into the event (timing, title, place, details)."""
    if shape is None or shape.cancelled:
        return _digest({"cancelled": True})
    return _digest([shape.timing(), shape.summary, shape.description or ""])


GONE = EventShape(datetime(1970, 1, 1), "UTC", 0, cancelled=True)


class CalendarSide(StrEnum):
    """Whose version a conflict's resolution keeps."""

    GROUNDGAME = "groundgame"
    CALENDAR = "calendar"


@dataclass(frozen=True)
class CalendarConflict:
    """An appointment changed in Groundgame and in the calendar since the last sync: both
    versions, until the rep picks one (`None` for a side that cancelled or deleted it)."""

    id: str
    title: str
    groundgame: EventShape | None
    calendar: EventShape | None
    detected_at: datetime


@dataclass(frozen=True)
class CalendarStatus:
    """Which calendar the book is connected to, and how its sync stands."""

    server_url: str
    user: str
    calendar: str
    calendar_url: str
    connected_at: datetime
    last_sync_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    events: int  # appointments that have their event in the calendar
    waiting: int  # Groundgame changes not yet in the calendar
    conflicts: int


@dataclass(frozen=True)
class CalendarReport:
    """What one sync did, in both directions."""

    created: int = 0  # new events written to the calendar
    updated: int = 0  # events written again (moved, renamed, cancelled in Groundgame)
    removed: int = 0  # events deleted from the calendar (cancelled in Groundgame)
    moved: int = 0  # appointments moved in Groundgame because they moved in the calendar
    cancelled: int = 0  # appointments cancelled in Groundgame, cancelled or deleted there
    conflicts: int = 0  # new conflicts
    waiting: int = 0  # Groundgame changes still not in the calendar
    downloaded: int = 0  # events read from the server (unchanged ones are not)
    notes: tuple[str, ...] = field(default=())

    @property
    def imported(self) -> int:
        return self.moved + self.cancelled
