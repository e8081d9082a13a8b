"""`groundgame server …`: run the team server and manage its users (PostgreSQL behind it).

groundgame server init [--db URL]
groundgame server add-user NAME [--manager] [--password-stdin] [--db URL]
groundgame server run [--host H] [--port P] [--db URL]
groundgame server users [--json] [--db URL]
groundgame server revoke NAME [--db URL]
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from tracker.cli.context import CliContext
from tracker.cli.errors import CliError, UsageError

ENV_DB = "GROUNDGAME_SERVER_DB"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "server",
        help="run the team server and manage its users",
        description="The team server keeps a sales team's books in PostgreSQL and syncs the "
        f"reps' laptops. Every command needs the database: --db URL or ${ENV_DB} "
        "(e.g. postgresql://groundgame@db.example/groundgame).",
    )
    actions = parser.add_subparsers(dest="server_action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", metavar="URL", default=None, help=f"the database (${ENV_DB})")
        sub.set_defaults(handler=run)
        return sub

    action("init", "create the team server's tables, or upgrade them to this version")
    add = action("add-user", "add a user (prints a one-time password unless --password-stdin)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--manager", action="store_true", help="a sales manager (sees the team)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    serve = action("run", f"serve the sync API (default {DEFAULT_HOST}:{DEFAULT_PORT})")
    serve.add_argument("--host", default=DEFAULT_HOST, help="the address to listen on")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="the port to listen on")
    listing = action("users", "list the users, their laptops and whether access is revoked")
    listing.add_argument("--json", action="store_true", help="print the users as a JSON array")
    revoke = action("revoke", "revoke a user's access (their laptops keep their books)")
    revoke.add_argument("name", metavar="NAME")


def database_url(ctx: CliContext) -> str:
    url = ctx.args.db or os.environ.get(ENV_DB)
    if not url:
        raise UsageError(f"say which database: --db URL or ${ENV_DB}")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    elif url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    if not url.startswith("postgresql+psycopg://"):
        raise UsageError("the team server's database must be PostgreSQL (postgresql://…)")
    return url


def _engine(ctx: CliContext) -> Any:
    try:
        import psycopg  # noqa: F401  (the server extra installs it)
        from sqlalchemy import create_engine
    except ImportError:
        raise CliError(
            "the team server's parts are not installed: pip install 'groundgame[server]'"
        ) from None
    return create_engine(database_url(ctx), pool_pre_ping=True)


def _reachable(engine: Any) -> None:
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise CliError(f"cannot reach the database: {reason}") from None


def run(ctx: CliContext) -> int:
    from datetime import UTC, datetime

    engine = _engine(ctx)
    _reachable(engine)
    action = ctx.args.server_action
    now = datetime.now(UTC)
    if action == "init":
        from tracker.server.migrate import ServerSchemaError, upgrade

        try:
            before, after = upgrade(engine)
        except ServerSchemaError as exc:
            raise CliError(str(exc)) from None
        ctx.print(
            f"team schema {after} created"
            if before is None
            else f"team schema upgraded from {before} to {after}"
            if before != after
            else f"team schema already at {after}"
        )
        return 0
    from tracker.server.migrate import ServerSchemaError, check_schema

    try:
        check_schema(engine)
    except ServerSchemaError as exc:
        raise CliError(str(exc)) from None
    if action == "add-user":
        return _add_user(ctx, engine, now)
    if action == "users":
        return _users(ctx, engine)
    if action == "revoke":
        from tracker.server.admin import AdminError, revoke

        try:
            tokens = revoke(engine, ctx.args.name, now=now)
        except AdminError as exc:
            raise CliError(str(exc)) from None
        ctx.print(f"revoked {ctx.args.name} ({tokens} sign-in{'s' if tokens != 1 else ''} ended)")
        return 0
    return _serve(ctx, engine)


def _add_user(ctx: CliContext, engine: Any, now: Any) -> int:
    from tracker.server.admin import AdminError, add_user

    password = None
    if ctx.args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin read an empty line")
    try:
        one_time = add_user(
            engine, ctx.args.name, manager=ctx.args.manager, password=password, now=now
        )
    except AdminError as exc:
        raise CliError(str(exc)) from None
    role = "manager" if ctx.args.manager else "rep"
    if one_time is None:
        ctx.print(f"added {ctx.args.name} ({role})")
    else:
        ctx.print(f"added {ctx.args.name} ({role}); one-time password: {one_time}")
        ctx.note("hand it over in person: at the first sign-in they choose their own password")
    return 0


def _users(ctx: CliContext, engine: Any) -> int:
    from tracker.server.admin import list_users

    users = list_users(engine)
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "name": user.name,
                    "manager": user.manager,
                    "created_at": user.created_at.isoformat(),
                    "revoked_at": user.revoked_at.isoformat() if user.revoked_at else None,
                    "one_time_password": user.one_time,
                    "laptops": user.laptops,
                    "last_seen_at": user.last_seen_at.isoformat() if user.last_seen_at else None,
                }
                for user in users
            ]
        )
        return 0
    if not users:
        ctx.note("no users yet: groundgame server add-user NAME")
        return 0
    ctx.print(f"{'user':<24} {'role':<8} {'laptops':>7}  {'last seen':<16}  state")
    for user in users:
        seen = user.last_seen_at.strftime("%Y-%m-%d %H:%M") if user.last_seen_at else "never"
        state = (
            "revoked"
            if user.revoked_at
            else "one-time password not used yet"
            if user.one_time
            else "active"
        )
        ctx.print(
            f"{user.name[:24]:<24} {'manager' if user.manager else 'rep':<8} "
            f"{user.laptops:>7}  {seen:<16}  {state}"
        )
    return 0


def _serve(ctx: CliContext, engine: Any) -> int:
    import logging

    import uvicorn

    from tracker.server.app import create_app

    if not 0 < ctx.args.port < 65536:
        raise UsageError(f"--port {ctx.args.port} is not a port number")
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = create_app(engine)
    ctx.note(f"Groundgame team server on http://{ctx.args.host}:{ctx.args.port} (Ctrl+C stops it)")
    try:
        uvicorn.run(app, host=ctx.args.host, port=ctx.args.port, log_level="info")
    except OSError as exc:
        raise CliError(f"cannot listen on {ctx.args.host}:{ctx.args.port}: {exc}") from None
    return 0
