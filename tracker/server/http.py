"""The HTTP plumbing every route of the team server shares: version checks, gzip JSON bodies,
protocol errors as JSON, bearer tokens, rate limits, and database work off the event loop."""

from __future__ import annotations

import gzip
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from tracker.domain.clock import Clock
from tracker.server import auth
from tracker.server.apply import ProtocolError
from tracker.sync import hlc
from tracker.sync.protocol import (
    MAX_BODY_BYTES,
    PROTOCOL,
    PROTOCOL_HEADER,
    SCHEMA_HEADER,
    decode,
    encode,
)
from tracker.sync.tables import SYNC_SCHEMA

log = logging.getLogger("groundgame.server")

# The oldest laptop sync schema this server still serves (4: a revoked account or contact
# leaves with everything on it, and what was typed on those rows is kept — an older laptop
# would drop unsent edits below a root given to another rep without a word).
MIN_SCHEMA = 4
STATUS_CODES = {
    "bad_request": 400,
    "unauthorized": 401,
    "revoked": 401,
    "password_change_required": 403,
    "forbidden": 403,
    "not_found": 404,
    "batch_reused": 409,
    "too_large": 413,
    "client_outdated": 426,
    "server_outdated": 426,
    "rate_limited": 429,
    "server_error": 500,
}

Work = Callable[[Request, Any], Awaitable[object]]


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


class Service:
    """What every route needs: the database, the clock, the rate limit, signed-in users."""

    def __init__(self, engine: Engine, clock: Clock, rate: RateLimit) -> None:
        self.engine = engine
        self.clock = clock
        self.rate = rate

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    def server_clock(self) -> int:
        return hlc.from_wall(hlc.ms_of(self.now()))

    def user_of(self, request: Request) -> tuple[auth.User, str]:
        """The signed-in user of a request (and the laptop the token was issued to)."""
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            raise Failure("unauthorized", "sign in to the team first")
        with self.engine.begin() as connection:
            user, client_id = auth.authenticate(connection, header[7:], now=self.now())
        self.rate.take(user.id)
        return user, client_id

    def manager_of(self, request: Request, doing: str) -> auth.User:
        """The signed-in user, who must be a sales manager."""
        user, _client = self.user_of(request)
        if not user.manager:
            raise Failure("forbidden", f"only a sales manager can {doing}")
        return user

    async def blocking(self, work: Callable[[], object]) -> object:
        """Database work in the thread pool, off the event loop."""
        return await run_in_threadpool(work)

    def endpoint(self, work: Work) -> Callable[[Request], Awaitable[Response]]:
        """A route: versions checked, the body decoded, every failure answered as JSON."""

        async def handle(request: Request) -> Response:
            try:
                check_versions(request)
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
            except (auth.AuthError, ProtocolError) as exc:
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


def check_versions(request: Request) -> None:
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
