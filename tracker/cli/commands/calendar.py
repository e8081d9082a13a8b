"""`groundgame calendar …`: two-way sync with the rep's own calendar (CalDAV).

groundgame calendar connect URL --user U [--calendar NAME]   (password from standard input)
groundgame calendar sync [--json]
groundgame calendar status [--json]
groundgame calendar conflicts [--json]
groundgame calendar resolve CONFLICT_ID --keep groundgame|calendar [--json]
groundgame calendar disconnect [--json]
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from tracker.cli.context import CliContext
from tracker.cli.errors import CliError, UsageError

if TYPE_CHECKING:
    from tracker.domain.calendar import CalendarConflict, CalendarStatus, EventShape

SIDES = ("groundgame", "calendar")  # tracker.domain.calendar.CalendarSide (a test keeps them equal)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "calendar",
        help="sync appointments with your own calendar (CalDAV)",
        description="Two-way sync with your own calendar on a CalDAV server (Nextcloud, "
        "Radicale, iCloud, Fastmail …): appointments made in Groundgame appear there; "
        "moving or cancelling them there changes them here at the next sync.",
    )
    parser.set_defaults(handler=run, calendar_action=None)
    actions = parser.add_subparsers(dest="calendar_action", metavar="ACTION")
    connect = actions.add_parser(
        "connect",
        help="connect a calendar (password from standard input)",
        description="Connect this book to a calendar: the one named --calendar (made if it is "
        "not there; default Groundgame), or the calendar the URL points at. The password is read "
        "from standard input (a prompt on a terminal) and kept in the system keyring.",
    )
    connect.add_argument("url", metavar="URL", help="the CalDAV server or calendar address")
    connect.add_argument("--user", required=True, help="your user name on the calendar server")
    connect.add_argument("--calendar", metavar="NAME", help="the calendar to use or make")
    connect.add_argument("--json", action="store_true", help="print the status as JSON")
    connect.set_defaults(handler=run)
    for name, text in (
        ("sync", "sync now, both ways"),
        ("status", "which calendar, when last synced, what waits"),
        ("conflicts", "appointments changed on both sides, with both versions"),
        ("disconnect", "stop syncing (the events stay in the calendar)"),
    ):
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("--json", action="store_true", help="print the result as JSON")
        action.set_defaults(handler=run)
    resolve = actions.add_parser(
        "resolve",
        help="settle a conflict: keep Groundgame's or the calendar's version",
        description="Settle a calendar conflict (ids from `calendar conflicts`): the calendar's "
        "version is taken into Groundgame now (undoable); Groundgame's is written to the "
        "calendar at the next sync.",
    )
    resolve.add_argument("conflict", metavar="CONFLICT_ID", help="the conflict's id or prefix")
    resolve.add_argument("--keep", required=True, choices=SIDES, help="whose version to keep")
    resolve.add_argument("--json", action="store_true", help="print the result as JSON")
    resolve.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    action = ctx.args.calendar_action
    if action is None:
        raise UsageError("calendar: say what to do: connect, sync, status, conflicts, resolve "
                         "or disconnect")  # fmt: skip
    return {
        "connect": _connect,
        "sync": _sync,
        "status": _status,
        "conflicts": _conflicts,
        "resolve": _resolve,
        "disconnect": _disconnect,
    }[action](ctx)


def _password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("calendar password: ")
    return sys.stdin.readline().rstrip("\r\n")


def _connect(ctx: CliContext) -> int:
    password = _password()
    if not password:
        raise UsageError("no password on standard input")
    status = ctx.book.calendar.connect(
        ctx.args.url, ctx.args.user, password, calendar=ctx.args.calendar
    )
    if ctx.args.json:
        ctx.print_json(status_json(status))
    else:
        ctx.print(f"connected to the calendar {status.calendar!r} on {status.server_url}")
        ctx.print(
            f"{status.waiting} appointments go into it with the next `groundgame calendar sync`"
        )
    return 0


def _sync(ctx: CliContext) -> int:
    report = ctx.book.calendar.sync().value
    if ctx.args.json:
        ctx.print_json(
            {
                "created": report.created,
                "updated": report.updated,
                "removed": report.removed,
                "moved": report.moved,
                "cancelled": report.cancelled,
                "conflicts": report.conflicts,
                "waiting": report.waiting,
                "downloaded": report.downloaded,
            }
        )
        return 0
    ctx.print(
        f"to the calendar: {report.created} new, {report.updated} changed, "
        f"{report.removed} removed; from the calendar: {report.moved} moved, "
        f"{report.cancelled} cancelled"
    )
    if report.conflicts:
        ctx.print(f"{report.conflicts} new conflicts: groundgame calendar conflicts")
    if report.waiting:
        ctx.note(f"{report.waiting} changes still wait for the calendar")
    return 0


def status_json(status: CalendarStatus) -> dict[str, Any]:
    return {
        "connected": True,
        "server": status.server_url,
        "user": status.user,
        "calendar": status.calendar,
        "calendar_url": status.calendar_url,
        "connected_at": status.connected_at.isoformat(),
        "last_sync": status.last_sync_at.isoformat() if status.last_sync_at else None,
        "last_error": status.last_error,
        "events": status.events,
        "waiting": status.waiting,
        "conflicts": status.conflicts,
    }


def _status(ctx: CliContext) -> int:
    status = ctx.book.calendar.status()
    if ctx.args.json:
        ctx.print_json(status_json(status) if status else {"connected": False})
        return 0
    if status is None:
        ctx.print("no calendar connected (groundgame calendar connect URL --user NAME)")
        return 0
    when = status.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if status.last_sync_at else "never"
    ctx.print(f"calendar:    {status.calendar} on {status.server_url} as {status.user}")
    ctx.print(f"last sync:   {when}")
    ctx.print(f"events:      {status.events}")
    ctx.print(f"waiting:     {status.waiting} changes")
    if status.conflicts:
        ctx.print(f"conflicts:   {status.conflicts} (groundgame calendar conflicts)")
    if status.last_error:
        ctx.print(f"last error:  {status.last_error}")
    return 0


def _shape_json(shape: EventShape | None) -> dict[str, Any] | None:
    if shape is None or shape.cancelled:
        return None
    return {
        "start": shape.starts_at.astimezone(_zone(shape.time_zone)).isoformat(),
        "time_zone": shape.time_zone,
        "minutes": shape.minutes,
        "location": shape.location,
        "repeat": shape.rrule,
    }


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def conflict_json(conflict: CalendarConflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "title": conflict.title,
        "groundgame": _shape_json(conflict.groundgame),
        "calendar": _shape_json(conflict.calendar),
        "detected_at": conflict.detected_at.isoformat(),
    }


def _conflicts(ctx: CliContext) -> int:
    found = ctx.book.calendar.conflicts()
    if ctx.args.json:
        ctx.print_json([conflict_json(c) for c in found])
        return 0
    if not found:
        ctx.note("no calendar conflicts")
        return 0
    for conflict in found:
        data = conflict_json(conflict)
        ctx.print(f"{conflict.id}  {conflict.title}")
        for side in SIDES:
            shape = data[side]
            told = f"{shape['start']} ({shape['minutes']} min)" if shape else "cancelled"
            ctx.print(f"    {side + ':':12} {told}")
    return 0


def _resolve(ctx: CliContext) -> int:
    from tracker.domain.calendar import CalendarSide

    typed = ctx.args.conflict.strip().lower()
    found = [c for c in ctx.book.calendar.conflicts() if c.id.startswith(typed)]
    if len(typed) < 4 or len(found) != 1:
        raise CliError(f"there is no calendar conflict with the id {ctx.args.conflict!r}")
    conflict = ctx.book.calendar.resolve(found[0].id, CalendarSide(ctx.args.keep)).value
    if ctx.args.json:
        ctx.print_json({"resolved": conflict.id, "kept": ctx.args.keep})
    else:
        kept = "Groundgame's" if ctx.args.keep == "groundgame" else "the calendar's"
        ctx.print(f"kept {kept} version of {conflict.title}")
    return 0


def _disconnect(ctx: CliContext) -> int:
    unsent = ctx.book.calendar.disconnect()
    if ctx.args.json:
        ctx.print_json({"disconnected": True, "unsent": unsent})
    else:
        ctx.print("disconnected; the events stay in the calendar, no longer synced")
        if unsent:
            ctx.note(f"{unsent} changes had not reached the calendar")
    return 0
