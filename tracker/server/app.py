"""The team server's HTTP API (Starlette on uvicorn): sign-in, push, pull, status.

Database work runs in the thread pool with one connection per request: a push in one
transaction (tracker.server.apply), a pull page in one REPEATABLE READ snapshot
(tracker.server.pull). Every request states the protocol and sync schema it speaks; a side that
is too old gets 426 with a message the laptop shows. Errors are JSON `{"error", "message"}`.
"""

from __future__ import annotations

import gzip
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tracker.domain.clock import Clock, SystemClock
from tracker.server import apply, auth
from tracker.server.migrate import check_schema
from tracker.server.pull import pull
from tracker.server.schema import clients, head
from tracker.sync import hlc
from tracker.sync.protocol import (
    LOGIN,
    LOGOUT,
    MAX_BODY_BYTES,
    PROTOCOL,
    PROTOCOL_HEADER,
    PULL,
    PUSH,
    SCHEMA_HEADER,
    STATUS,
    decode,
    encode,
)
from tracker.sync.tables import SYNC_SCHEMA

log = logging.getLogger("groundgame.server")

MIN_SCHEMA = 1  # the oldest laptop sync schema this server still serves
STATUS_CODES = {
    "bad_request": 400,
    "unauthorized": 401,
    "revoked": 401,
    "password_change_required": 403,
    "batch_reused": 409,
    "too_large": 413,
    "client_outdated": 426,
    "server_outdated": 426,
    "rate_limited": 429,
    "server_error": 500,
}


class Failure(Exception):
    """Ends a request with a protocol error."""

    def __init__(self, code: str, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after


class RateLimit:
    """Requests per user: a token bucket of `burst` refilled at `per_second`."""

    def __init__(self, *, per_second: float = 20.0, burst: int = 600) -> None:
        self.per_second = per_second
        self.burst = burst
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, user_id: int) -> None:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(user_id, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - last) * self.per_second)
            if tokens < 1:
                wait = int((1 - tokens) / self.per_second) + 1
                raise Failure(
                    "rate_limited", "too many requests; try again shortly", retry_after=wait
                )
            self._buckets[user_id] = (tokens - 1, now)


class Raw(bytes):
    """An answer already written as JSON text (a pull page, built by PostgreSQL)."""


def answer(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        gzip.compress(body, compresslevel=1) if isinstance(body, Raw) else encode(body),
        status_code=status,
        media_type="application/json",
        headers={"Content-Encoding": "gzip", **(headers or {})},
    )


def create_app(
    engine: Engine, *, clock: Clock | None = None, rate: RateLimit | None = None
) -> Starlette:
    """The sync service on an upgraded database (ServerSchemaError otherwise)."""
    check_schema(engine)
    clock = clock or SystemClock()
    rate = rate or RateLimit()

    def now() -> datetime:
        return clock.now().astimezone(UTC)

    def server_clock() -> int:
        return hlc.from_wall(hlc.ms_of(now()))

    def endpoint(
        work: Callable[[Request, Any], Awaitable[object]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            try:
                _check_versions(request)
                body = None
                if request.method == "POST":
                    raw = await request.body()
                    if len(raw) > MAX_BODY_BYTES:
                        raise Failure("too_large", "the request is too large")
                    try:
                        body = decode(raw) if raw else {}
                    except ValueError as exc:
                        raise Failure("bad_request", str(exc)) from None
                return answer(await work(request, body))
            except Failure as failure:
                headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after else None
                return answer(
                    {"error": failure.code, "message": str(failure)},
                    STATUS_CODES.get(failure.code, 400),
                    headers,
                )
            except (auth.AuthError, apply.ProtocolError) as exc:
                return answer(
                    {"error": exc.code, "message": str(exc)}, STATUS_CODES.get(exc.code, 400)
                )
            except Exception:
                log.exception("request %s failed", request.url.path)
                return answer(
                    {"error": "server_error", "message": "the team server failed; try again later"},
                    500,
                )

        return handle

    def user_of(request: Request) -> tuple[auth.User, str]:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            raise Failure("unauthorized", "sign in to the team first")
        with engine.begin() as connection:
            user, client_id = auth.authenticate(connection, header[7:], now=now())
        rate.take(user.id)
        return user, client_id

    async def login(request: Request, body: Any) -> object:
        if not isinstance(body, dict):
            raise Failure("bad_request", "sign-in needs a JSON object")
        try:
            name, password = str(body["user"]), str(body["password"])
            client_id, device = str(body["client_id"])[:36], str(body.get("device", ""))
        except KeyError as exc:
            raise Failure("bad_request", f"sign-in needs {exc.args[0]}") from None
        new_password = body.get("new_password")

        def work() -> object:
            with engine.begin() as connection:
                user, token = auth.sign_in(
                    connection,
                    name=name,
                    password=password,
                    new_password=str(new_password) if new_password else None,
                    client_id=client_id,
                    device=device,
                    now=now(),
                )
            return {"token": token, "user": user.name, "manager": user.manager}

        return await run_in_threadpool(work)

    async def logout(request: Request, body: Any) -> object:
        def work() -> object:
            user_of(request)
            with engine.begin() as connection:
                auth.revoke_token(connection, request.headers["Authorization"][7:], now=now())
            return {"signed_out": True}

        return await run_in_threadpool(work)

    async def push(request: Request, body: Any) -> object:
        raw = await request.body()

        def work() -> object:
            user, _signed_in_from = user_of(request)
            client_id = body.get("client_id") if isinstance(body, dict) else None
            if not isinstance(client_id, str) or not 1 <= len(client_id) <= 36:
                raise Failure("bad_request", "a batch names the laptop it comes from")
            with engine.begin() as connection:
                return apply.push(
                    connection,
                    user=user,
                    client_id=client_id,
                    request=body,
                    digest=apply.payload_hash(raw),
                    now=now(),
                )

        return await run_in_threadpool(work)

    async def pull_page(request: Request, body: Any) -> object:
        if not isinstance(body, dict):
            raise Failure("bad_request", "a pull needs a JSON object")
        cursor, limit = body.get("cursor", 0), body.get("limit", 1000)
        refetch = body.get("refetch", [])
        if (
            not isinstance(cursor, int)
            or not isinstance(limit, int)
            or not isinstance(refetch, list)
        ):
            raise Failure("bad_request", "a pull needs a cursor and a limit")
        wanted = [
            (str(item[0]), str(item[1]))
            for item in refetch[:1000]
            if isinstance(item, list) and len(item) == 2
        ]

        client_id = str(body.get("client_id", ""))

        def work() -> object:
            user, _signed_in_from = user_of(request)
            with engine.connect() as connection:
                client_no = connection.execute(
                    select(clients.c.number).where(
                        clients.c.id == client_id, clients.c.user_id == user.id
                    )
                ).scalar()
            with engine.connect() as connection:
                snapshot = connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
                with snapshot.begin():
                    return Raw(
                        pull(
                            snapshot,
                            user=user,
                            client_no=client_no or -1,
                            cursor=cursor,
                            limit=limit,
                            refetch=wanted,
                            count=bool(body.get("count")),
                            server_clock=server_clock(),
                        )
                    )

        return await run_in_threadpool(work)

    async def status(request: Request, body: Any) -> object:
        def work() -> object:
            user, _client = user_of(request)
            with engine.connect() as connection:
                seq = connection.execute(select(head.c.seq).where(head.c.id == 1)).scalar_one()
            return {
                "user": user.name,
                "manager": user.manager,
                "seq": int(seq),
                "time": now().isoformat(),
                "protocol": PROTOCOL,
                "schema": SYNC_SCHEMA,
            }

        return await run_in_threadpool(work)

    routes = [
        Route(LOGIN, endpoint(login), methods=["POST"]),
        Route(LOGOUT, endpoint(logout), methods=["POST"]),
        Route(PUSH, endpoint(push), methods=["POST"]),
        Route(PULL, endpoint(pull_page), methods=["POST"]),
        Route(STATUS, endpoint(status), methods=["GET"]),
    ]
    return Starlette(routes=routes)


def _check_versions(request: Request) -> None:
    try:
        protocol = int(request.headers.get(PROTOCOL_HEADER, "0"))
        schema = int(request.headers.get(SCHEMA_HEADER, "0"))
    except ValueError:
        raise Failure("bad_request", "the version headers are not numbers") from None
    if protocol < PROTOCOL or schema < MIN_SCHEMA:
        raise Failure(
            "client_outdated",
            "this Groundgame is too old for the team server: update it; "
            "your book keeps every change until then",
        )
    if protocol > PROTOCOL or schema > SYNC_SCHEMA:
        raise Failure(
            "server_outdated",
            "the team server runs an older Groundgame than this laptop: ask whoever runs it to "
            "upgrade; your changes wait on this laptop until then",
        )
