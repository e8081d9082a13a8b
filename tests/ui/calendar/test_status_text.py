"""The calendar's line in the status bar, in its states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.domain.calendar import CalendarStatus
from ui.calendar.controls import status_text

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def status(**changes: object) -> CalendarStatus:
    values: dict[str, object] = {
        "server_url": "https://cal.example/",
        "user": "anna",
        "calendar": "Groundgame",
        "calendar_url": "https://cal.example/anna/gg/",
        "connected_at": NOW - timedelta(days=1),
        "last_sync_at": NOW - timedelta(minutes=2),
        "last_error": None,
        "last_error_at": None,
        "events": 12,
        "waiting": 0,
        "conflicts": 0,
    }
    values.update(changes)
    return CalendarStatus(**values)  # type: ignore[arg-type]


def text(current: CalendarStatus | None, **state: object) -> str:
    values: dict[str, object] = {"running": False, "offline": False, "message": "", "now": NOW}
    values.update(state)
    return status_text(current, **values)  # type: ignore[arg-type]


def test_each_state_has_its_words(qapp: object) -> None:
    """No calendar: nothing; then synced, waiting, syncing (with progress when long), offline,
    a failure, and conflicts first of all."""
    assert text(None) == ""
    assert text(status()) == "Calendar synced 2 min ago"
    assert text(status(last_sync_at=NOW)) == "Calendar synced just now"
    assert text(status(last_sync_at=None)) == "Calendar: not synced yet"
    assert text(status(waiting=3)) == "Calendar: 3 waiting"
    assert text(status(), running=True) == "Calendar: syncing…"
    assert text(status(), running=True, done=40, total=226) == "Calendar: syncing… 40 of 226"
    assert text(status(waiting=3), offline=True) == "Calendar offline — 3 waiting"
    assert text(status(), message="the calendar server refused") == (
        "Calendar: not synced (the calendar server refused)"
    )
    assert text(status(conflicts=1), running=True) == "1 calendar conflict"
    assert text(status(conflicts=2)) == "2 calendar conflicts"
