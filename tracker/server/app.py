"""The team server's HTTP API (Starlette on uvicorn): sign-in, push, pull, status, settings, and
the sales manager's routes (tracker.server.team_api).

Database work runs in the thread pool with one connection per request: a push in one
transaction (tracker.server.apply), a pull page in one REPEATABLE READ snapshot
(tracker.server.pull). Every request states the protocol and sync schema it speaks; a side that
is too old gets 426 with a message the laptop shows. Errors are JSON `{"error", "message"}`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Route

from tracker.domain.clock import Clock, SystemClock
from tracker.server import apply, auth
from tracker.server.http import Failure, RateLimit, Raw, Service
from tracker.server.migrate import check_schema
from tracker.server.pull import pull
from tracker.server.schema import clients, head, user_settings
from tracker.server.team_api import team_routes
from tracker.sync.protocol import LOGIN, LOGOUT, PROTOCOL, PULL, PUSH, SETTINGS, STATUS
from tracker.sync.tables import SYNC_SCHEMA

__all__ = ["RateLimit", "create_app"]


def create_app(
    engine: Engine, *, clock: Clock | None = None, rate: RateLimit | None = None
) -> Starlette:
    """The sync service on an upgraded database (ServerSchemaError otherwise)."""
    check_schema(engine)
    service = Service(engine, clock or SystemClock(), rate or RateLimit())
    return Starlette(routes=[*sync_routes(service), *team_routes(service)])


def sync_routes(service: Service) -> list[Route]:
    engine = service.engine

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
                    now=service.now(),
                )
            return {"token": token, "user": user.name, "manager": user.manager}

        return await service.blocking(work)

    async def logout(request: Request, body: Any) -> object:
        def work() -> object:
            service.user_of(request)
            with engine.begin() as connection:
                auth.revoke_token(
                    connection, request.headers["Authorization"][7:], now=service.now()
                )
            return {"signed_out": True}

        return await service.blocking(work)

    async def push(request: Request, body: Any) -> object:
        raw = await request.body()

        def work() -> object:
            user, _signed_in_from = service.user_of(request)
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
                    now=service.now(),
                )

        return await service.blocking(work)

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
            user, _signed_in_from = service.user_of(request)
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
                            server_clock=service.server_clock(),
                        )
                    )

        return await service.blocking(work)

    async def status(request: Request, body: Any) -> object:
        def work() -> object:
            user, _client = service.user_of(request)
            with engine.connect() as connection:
                seq = connection.execute(select(head.c.seq).where(head.c.id == 1)).scalar_one()
            return {
                "user": user.name,
                "manager": user.manager,
                "seq": int(seq),
                "time": service.now().isoformat(),
                "protocol": PROTOCOL,
                "schema": SYNC_SCHEMA,
            }

        return await service.blocking(work)

    async def settings(request: Request, body: Any) -> object:
        """A laptop's goals and tier windows, kept for the team's reports."""
        if not isinstance(body, dict):
            raise Failure("bad_request", "settings need a JSON object")
        goals, policies = body.get("goals"), body.get("tier_policies")
        if not isinstance(goals, list) or not isinstance(policies, dict):
            raise Failure("bad_request", "settings need goals and tier_policies")
        preferences = body.get("preferences")  # laptops before server schema s0004 send none
        if preferences is not None and not isinstance(preferences, dict):
            raise Failure("bad_request", "preferences are a JSON object")

        def work() -> object:
            user, client_id = service.user_of(request)
            statement = pg_insert(user_settings).values(
                user_id=user.id,
                goals=goals,
                tier_policies=policies,
                preferences=preferences,
                updated_at=service.now(),
            )
            with engine.begin() as connection:
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=[user_settings.c.user_id],
                        set_={
                            "goals": statement.excluded.goals,
                            "tier_policies": statement.excluded.tier_policies,
                            "preferences": statement.excluded.preferences,
                            "updated_at": statement.excluded.updated_at,
                        },
                    )
                )
                # Settings end every sync that went through: the laptop's last sync, also for
                # a laptop that only pulls (a manager's, a rep's with nothing to send yet), which
                # the team's lists count from here on.
                seen = pg_insert(clients).values(
                    id=client_id,
                    number=func.nextval("client_numbers"),
                    user_id=user.id,
                    created_at=service.now(),
                    last_seen_at=service.now(),
                )
                connection.execute(
                    seen.on_conflict_do_update(
                        index_elements=[clients.c.id],
                        set_={"last_seen_at": seen.excluded.last_seen_at},
                        where=clients.c.user_id == user.id,
                    )
                )
            # The role travels back with every sync: a laptop learns when its user is made a
            # manager (or is one no longer) without signing in again.
            return {"saved": True, "manager": user.manager}

        return await service.blocking(work)

    return [
        Route(LOGIN, service.endpoint(login), methods=["POST"]),
        Route(LOGOUT, service.endpoint(logout), methods=["POST"]),
        Route(PUSH, service.endpoint(push), methods=["POST"]),
        Route(PULL, service.endpoint(pull_page), methods=["POST"]),
        Route(STATUS, service.endpoint(status), methods=["GET"]),
        Route(SETTINGS, service.endpoint(settings), methods=["POST"]),
    ]
