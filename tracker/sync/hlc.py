"""Hybrid logical clocks (Kulkarni et al.): timestamps that follow wall time but never go
backwards, and order an edit after everything its laptop had seen.

A clock value is one integer: Unix milliseconds shifted left by 16 bits, plus a counter for
events within the same millisecond (or while the wall clock lags behind what was seen). A laptop
whose clock runs a day fast cannot win every merge forever: the server clamps what it accepts
to its own time plus MAX_DRIFT_MS.
"""

from __future__ import annotations

from datetime import UTC, datetime

SHIFT = 16
MAX_DRIFT_MS = 5 * 60 * 1000


def from_wall(wall_ms: int) -> int:
    return wall_ms << SHIFT


def wall_ms(clock: int) -> int:
    return clock >> SHIFT


def tick(last: int, wall: int) -> int:
    """The next local event's clock: the wall time, or just after the last clock if later."""
    return max(from_wall(wall), last + 1)


def seen(last: int, remote: int) -> int:
    """The clock after receiving a remote clock value (every later tick is greater than both)."""
    return max(last, remote)


def clamp(clock: int, server_wall_ms: int) -> int:
    """A pushed clock limited to the server's time plus the allowed drift."""
    return min(clock, from_wall(server_wall_ms + MAX_DRIFT_MS))


def to_datetime(clock: int) -> datetime:
    return datetime.fromtimestamp(wall_ms(clock) / 1000, UTC)


def ms_of(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
