"""Field visits: the time on site between check-in and check-out, the visit report, and the rules
for both (a visit that was never checked out, a time changed afterwards with its reason kept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain.enums import Outcome

# Longer than this is not a visit but a check-out forgotten: the rep is asked for the real time.
MAX_ON_SITE = timedelta(hours=16)
# A check-in or -out a little ahead of the clock is a clock that runs slow, not a typo.
CLOCK_SLACK = timedelta(minutes=5)
MET_WITH_LENGTH = 200
TOPICS_LENGTH = 500
REASON_LENGTH = 300


class VisitError(ValueError):
    """A check-in, check-out or time change that cannot be done; the message says why."""


@dataclass(frozen=True)
class VisitReport:
    """What the rep writes at check-out besides the outcome: whom they met, what was discussed,
    the order's value (orders only) and a free note."""

    met_with: str | None = None
    topics: str | None = None
    order_value_cents: int | None = None
    note: str | None = None

    def cleaned(self, outcome: Outcome) -> VisitReport:
        """The report trimmed and checked against the outcome; raises VisitError."""
        met = _text(self.met_with)
        topics = _text(self.topics)
        if met is not None and len(met) > MET_WITH_LENGTH:
            raise VisitError(f"met with: longer than {MET_WITH_LENGTH} characters")
        if topics is not None and len(topics) > TOPICS_LENGTH:
            raise VisitError(f"topics: longer than {TOPICS_LENGTH} characters")
        value = self.order_value_cents
        if value is not None and value < 0:
            raise VisitError("order value: must not be negative")
        if value is not None and outcome is not Outcome.ORDER_TAKEN:
            raise VisitError(
                f"order value: only an order has one (the outcome is {outcome.value}, "
                "not order_taken)"
            )
        return VisitReport(met, topics, value, _text(self.note))


def _text(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    return cleaned or None


@dataclass(frozen=True)
class VisitFacts:
    """A visit as recorded: on site from … to …, and its report."""

    checked_in_at: datetime | None
    checked_out_at: datetime | None
    met_with: str | None = None
    topics: str | None = None
    order_value_cents: int | None = None

    @property
    def minutes_on_site(self) -> int | None:
        return minutes_between(self.checked_in_at, self.checked_out_at)

    @property
    def recorded(self) -> bool:
        """True when there is anything to show beyond the activity itself."""
        return any(
            value is not None
            for value in (self.checked_in_at, self.met_with, self.topics, self.order_value_cents)
        )


def on_the_minute(value: datetime) -> datetime:
    """A check-in or check-out as kept: to the whole minute (the rep reads and types minutes),
    so the minutes on site are exact wherever they are added up — the laptop's SQLite, the
    team server's PostgreSQL or Python."""
    return value.replace(second=0, microsecond=0)


def minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    """Whole minutes from start to end (rounded), or None when either is missing."""
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60)


@dataclass(frozen=True)
class OpenVisit:
    """A visit checked in and not yet checked out."""

    activity_id: str
    contact_id: str
    contact: str
    account: str | None
    checked_in_at: datetime
    day: date  # the working day of the check-in
    stale: bool  # checked in on an earlier day: a check-out was forgotten

    @property
    def place(self) -> str:
        return self.account or self.contact


@dataclass(frozen=True)
class VisitTimeEdit:
    """A change to a visit's times, kept with its reason (an audit line, never overwritten)."""

    id: str
    activity_id: str
    edited_at: datetime
    checked_in_before: datetime | None
    checked_out_before: datetime | None
    checked_in_after: datetime | None
    checked_out_after: datetime | None
    reason: str


def check_times(
    checked_in_at: datetime | None, checked_out_at: datetime | None, *, now: datetime
) -> None:
    """Raise VisitError unless the times make a visit: not ahead of the clock, out after in,
    and not longer than MAX_ON_SITE."""
    for name, value in (("check-in", checked_in_at), ("check-out", checked_out_at)):
        if value is not None and value > now + CLOCK_SLACK:
            raise VisitError(f"{name}: {value:%Y-%m-%d %H:%M} UTC lies in the future")
    if checked_in_at is None or checked_out_at is None:
        return
    if checked_out_at < checked_in_at:
        raise VisitError("check-out: it must not come before the check-in")
    if checked_out_at - checked_in_at > MAX_ON_SITE:
        hours = int(MAX_ON_SITE.total_seconds() // 3600)
        raise VisitError(f"check-out: more than {hours} hours on site — check the times")


def clean_reason(reason: str) -> str:
    """The reason for a time change, required and trimmed; raises VisitError."""
    text = reason.strip()
    if not text:
        raise VisitError("reason: say why the time changes (it is kept with the visit)")
    if len(text) > REASON_LENGTH:
        raise VisitError(f"reason: longer than {REASON_LENGTH} characters")
    return text
