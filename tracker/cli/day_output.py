"""How a day's done and planned work looks on the command line, in the words the app uses.

The counting is tracker.domain.worklog.DayTally's; the words are the app's ("32 done · 30 planned",
ui/display.py: tally_text), in English.
"""

from __future__ import annotations

from typing import Any

from tracker.domain.worklog import Appointment, DayTally


def tally_line(tally: DayTally, *, backlog: bool = True) -> str:
    """ "32 done · 30 planned · backlog 54"; a past day only its done work, a later day only its
    planned work (or "day off")."""
    parts = []
    if tally.done is not None:
        parts.append(f"{tally.done:,} done")
    if tally.planned is not None:
        if tally.done is None and tally.capacity == 0 and tally.planned == 0:
            return "day off"
        parts.append(f"{tally.planned:,} planned")
    if backlog and tally.backlog:
        parts.append(f"backlog {tally.backlog:,}" + ("+" if tally.backlog_capped else ""))
    return " · ".join(parts)


def tally_json(tally: DayTally) -> dict[str, Any]:
    """The documented JSON of a day's tally (README: "Done and planned")."""
    return {
        "day": tally.day.isoformat(),
        "done": tally.done,
        "planned": tally.planned,
        "capacity": tally.capacity,
        "backlog": tally.backlog,
        "backlog_at_least": tally.backlog_capped,
    }


def appointment_json(appointment: Appointment) -> dict[str, Any]:
    """A fixed-time item of the week: `time` is its start in its own zone, with the offset."""
    from tracker.domain.clock import zone

    return {
        "id": appointment.id,
        "kind": appointment.kind.value,
        "contact": appointment.contact,
        "account": appointment.account,
        "time": appointment.starts_at.astimezone(zone(appointment.time_zone)).isoformat(),
        "time_zone": appointment.time_zone,
        "duration_minutes": appointment.duration_minutes,
        "location": appointment.location,
        "recurring": appointment.recurring,
    }
