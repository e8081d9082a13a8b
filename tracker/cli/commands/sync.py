"""`groundgame sync …`: this book and its team server.

groundgame sync login URL --user NAME     (password from standard input)
groundgame sync [--json]                  push what waits, pull what is new
groundgame sync status [--json]
groundgame sync logout [--leave]
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from tracker.cli.context import CliContext
from tracker.cli.errors import CliError, UsageError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sync",
        help="sync with the team server (login, status, logout)",
        description="Without an action: push this book's waiting changes to the team server and "
        "pull what others changed. The book keeps working offline; changes wait until a sync "
        "gets them through.",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run, sync_action=None)
    actions = parser.add_subparsers(dest="sync_action", metavar="ACTION")
    login = actions.add_parser(
        "login",
        help="sign in to a team server (password from standard input)",
        description="Sign in to a team server. The password is read from standard input (a "
        "prompt on a terminal). With a one-time password from the admin, a second line holds "
        "the password you choose. A book that was in no team joins it: the next sync uploads it.",
    )
    login.add_argument("url", metavar="URL", help="the team server, e.g. https://team.example")
    login.add_argument("--user", required=True, help="your user name on the team server")
    login.add_argument("--json", action="store_true", help="print the status as JSON")
    login.set_defaults(handler=run)
    status = actions.add_parser("status", help="where this book syncs to and what waits")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(handler=run)
    logout = actions.add_parser(
        "logout",
        help="forget this laptop's sign-in (changes keep waiting)",
        description="Forget this laptop's sign-in; the book keeps its team and waiting changes. "
        "With --leave the book leaves the team altogether (it keeps all its data).",
    )
    logout.add_argument("--leave", action="store_true", help="leave the team as well")
    logout.add_argument("--json", action="store_true", help="print the result as JSON")
    logout.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    action = ctx.args.sync_action
    if action == "login":
        return _login(ctx)
    if action == "status":
        return _status(ctx)
    if action == "logout":
        return _logout(ctx)
    return _sync(ctx)


def _read_passwords() -> tuple[str, str | None]:
    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        return password, None
    first = sys.stdin.readline().rstrip("\r\n")
    second = sys.stdin.readline().rstrip("\r\n")
    return first, second or None


def _login(ctx: CliContext) -> int:
    from tracker.sync.errors import PasswordChangeRequired

    password, new_password = _read_passwords()
    if not password:
        raise UsageError("no password on standard input")
    try:
        status = ctx.book.team.sign_in(
            ctx.args.url, ctx.args.user, password, new_password=new_password
        )
    except PasswordChangeRequired as exc:
        if not sys.stdin.isatty():
            raise CliError(f"{exc} (give it as a second line on standard input)") from None
        chosen = getpass.getpass("choose your password: ")
        status = ctx.book.team.sign_in(ctx.args.url, ctx.args.user, password, new_password=chosen)
    if ctx.args.json:
        ctx.print_json(status_json(status))
    else:
        ctx.print(f"signed in to {status.server_url} as {status.user}")
        if status.waiting:
            ctx.print(f"{status.waiting} changes of this book go up with the next sync")
    return 0


def _sync(ctx: CliContext) -> int:
    team = ctx.book.team
    written = team.sync()
    report = written.value
    status = team.status()
    waiting = status.waiting if status else 0
    if ctx.args.json:
        ctx.print_json(
            {
                "pushed": report.pushed,
                "refused": report.refused,
                "pulled": report.pulled,
                "conflicts": report.conflicts,
                "cursor": report.cursor,
                "waiting": waiting,
            }
        )
        return 0
    ctx.print(
        f"pushed {report.pushed}, pulled {report.pulled}"
        + (f", {report.refused} refused by the server" if report.refused else "")
        + (f", {report.conflicts} new conflicts to resolve" if report.conflicts else "")
    )
    return 0


def status_json(status: Any) -> dict[str, Any]:
    return {
        "joined": True,
        "server": status.server_url,
        "user": status.user,
        "signed_in": status.signed_in,
        "waiting": status.waiting,
        "uploading": status.uploading,
        "last_sync": status.last_sync_at.isoformat() if status.last_sync_at else None,
        "last_error": status.last_error,
        "conflicts": status.conflicts,
        "refused": status.refusals,
        "cursor": status.cursor,
    }


def _status(ctx: CliContext) -> int:
    status = ctx.book.team.status()
    if ctx.args.json:
        ctx.print_json(status_json(status) if status else {"joined": False})
        return 0
    if status is None:
        ctx.print("this book is in no team (groundgame sync login URL --user NAME)")
        return 0
    when = status.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if status.last_sync_at else "never"
    ctx.print(
        f"team server: {status.server_url} as {status.user}"
        + ("" if status.signed_in else " (signed out)")
    )
    ctx.print(f"last sync:   {when}")
    ctx.print(
        f"waiting:     {status.waiting} changes" + (" (first upload)" if status.uploading else "")
    )
    if status.conflicts:
        ctx.print(f"conflicts:   {status.conflicts} to resolve in the app (Team ▸ Conflicts)")
    if status.refusals:
        ctx.print(f"refused:     {status.refusals} changes the server refused")
    if status.last_error:
        ctx.print(f"last error:  {status.last_error}")
    return 0


def _logout(ctx: CliContext) -> int:
    team = ctx.book.team
    if ctx.args.leave:
        lost = team.leave()
        if ctx.args.json:
            ctx.print_json({"left": True, "unsent": lost})
        else:
            ctx.print("left the team; the book keeps all its data")
            if lost:
                ctx.note(f"{lost} changes had not reached the team server")
        return 0
    status = team.sign_out()
    if ctx.args.json:
        ctx.print_json({"left": False, "waiting": status.waiting})
    else:
        ctx.print(f"signed out of {status.server_url}")
        if status.waiting:
            ctx.note(f"{status.waiting} changes wait for your next sign-in")
    return 0
