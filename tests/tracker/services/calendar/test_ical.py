"""An appointment's shape survives iCalendar text and back: any zone (DST gaps, folds, half-hour
offsets), any length, a repeat rule with UNTIL, cancelled slots and moved occurrences, and text
with commas, semicolons, umlauts and line breaks (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.calendar import EventShape, Override, local_fingerprint, remote_fingerprint
from tracker.domain.recurrence import localize, occurrences
from tracker.services.calendar.ical import from_ical, to_ical

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]
RULES = [None, "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1MO",
         "FREQ=WEEKLY;UNTIL=20280331T235959", "FREQ=DAILY;COUNT=5"]  # fmt: skip
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TEXT = st.text(alphabet=st.sampled_from("abcÄöüß ,;:\\\n-"), max_size=30)


@st.composite
def shapes(draw: st.DrawFn) -> EventShape:
    zone = draw(st.sampled_from(ZONES))
    minute = draw(st.integers(0, 3 * 365 * 24 * 4)) * 15  # quarter hours over three years
    # As Groundgame stores it: a wall time the zone has (a skipped one moved past the gap).
    wall = localize(datetime(2026, 1, 1) + timedelta(minutes=minute), zone).local_start
    rule = draw(st.sampled_from(RULES))
    exdates: tuple[datetime, ...] = ()
    overrides: tuple[Override, ...] = ()
    if rule is not None:
        slots = [
            o.local_start
            for o in occurrences(rule, wall, zone, until=wall.date() + timedelta(days=200))
        ]
        if len(slots) > 1:
            chosen = draw(st.lists(st.sampled_from(slots[1:]), unique=True, max_size=4))
            half = len(chosen) // 2
            exdates = tuple(sorted(chosen[:half]))
            overrides = tuple(
                Override(slot, localize(slot + timedelta(hours=draw(st.integers(-30, 30))), zone).local_start, zone, draw(st.integers(5, 240)))
                for slot in sorted(chosen[half:])
            )  # fmt: skip
    return EventShape(
        local_start=wall,
        time_zone=zone,
        minutes=draw(st.integers(0, 600)),
        summary=draw(TEXT).strip() or "Visit",
        location=draw(st.one_of(st.none(), TEXT.map(lambda t: t.strip() or None))),
        description=draw(st.one_of(st.none(), TEXT.map(lambda t: t.strip() or None))),
        rrule=rule,
        exdates=exdates,
        overrides=overrides,
    )


@settings(max_examples=80, deadline=None)
@given(shapes())
def test_a_shape_comes_back_from_its_icalendar_text(shape: EventShape) -> None:
    """What Groundgame writes it reads back the same, so an untouched event is never a change."""
    back = from_ical(to_ical("x@groundgame", shape, now=NOW), fallback_zone="Europe/Berlin")
    assert back == shape
    assert remote_fingerprint(back) == remote_fingerprint(shape)
    assert local_fingerprint(back) == local_fingerprint(shape)


def test_a_utc_copy_of_a_single_event_is_no_move() -> None:
    """A server that rewrites a single event in UTC moves nothing (same instant), while a series
    keeps the zone its rule repeats in."""
    shape = EventShape(datetime(2027, 3, 30, 10, 0), "Europe/Berlin", 60)
    text = (
        to_ical("x@groundgame", shape, now=NOW)
        .replace("DTSTART;TZID=Europe/Berlin:20270330T100000", "DTSTART:20270330T080000Z")
        .replace("DTEND;TZID=Europe/Berlin:20270330T110000", "DTEND:20270330T090000Z")
    )
    back = from_ical(text, fallback_zone="Europe/Berlin")
    assert back is not None and back.time_zone == "UTC"
    assert remote_fingerprint(back) == remote_fingerprint(shape)


def test_text_that_is_no_event_reads_as_none() -> None:
    """A calendar object without a VEVENT (a task, garbage) is no event."""
    assert (
        from_ical("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", fallback_zone="UTC")
        is None
    )
    assert from_ical("not a calendar", fallback_zone="UTC") is None
