"""The sales manager's routes (`/v1/team/…`): every one checks that the signed-in user is a
manager, runs in one transaction, and answers JSON; a request that cannot be done as asked gets
400 with the reason (tracker.server.team)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Connection
from starlette.requests import Request
from starlette.routing import Route

from tracker.domain.reports import Period, ReportError
from tracker.domain.team_report import team_report_json
from tracker.server.http import Failure, Service
from tracker.server.team import lists, moves, reads, rollup
from tracker.server.team.common import Selection, TeamError, user_named_any
from tracker.sync.protocol import TEAM

FILTER_KEYS = ("postcode", "city", "tier", "tag", "stage", "name", "rep")
LIMIT = 500  # rows a list answers with unless the request asks for another number
MAX_LIMIT = 5000


def selection_of(connection: Connection, body: dict[str, Any]) -> Selection:
    """A selection from a request's `filter` object (postcode, city, tier, tag, stage, name,
    rep). It means the same in every route: a list shows exactly what an assignment moves."""
    given = body.get("filter") or {}
    if not isinstance(given, dict):
        raise Failure("bad_request", "a filter is a JSON object")
    unknown = set(given) - set(FILTER_KEYS)
    if unknown:
        raise Failure("bad_request", f"unknown filter {sorted(unknown)[0]!r}")

    def text(key: str) -> str | None:
        return str(given[key]) if given.get(key) else None

    rep = text("rep")
    return Selection(
        postcode=text("postcode"),
        city=text("city"),
        tier=text("tier"),
        tag=text("tag"),
        stage=text("stage"),
        name=text("name"),
        # A revoked rep's book is still theirs until it is handed over.
        owner=user_named_any(connection, rep).id if rep else None,
    )


def _limit(body: dict[str, Any]) -> int:
    value = body.get("limit", LIMIT)
    if not isinstance(value, int) or value < 1:
        raise Failure("bad_request", "limit must be a positive whole number")
    return min(value, MAX_LIMIT)


def _day(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise Failure("bad_request", f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def _strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise Failure("bad_request", f"{name} must be a list of strings")
    return value


def team_routes(service: Service) -> list[Route]:
    def route(
        path: str,
        doing: str,
        work: Callable[[Connection, Any, dict[str, Any]], object],
        method: str = "POST",
        *,
        read_only: bool = False,
    ) -> Route:
        """`read_only` reads in one REPEATABLE READ snapshot: figures that agree with each
        other while reps keep syncing."""

        async def run(request: Request, body: Any) -> object:
            if method == "POST" and not isinstance(body, dict):
                raise Failure("bad_request", "the request needs a JSON object")

            def blocking() -> object:
                manager = service.manager_of(request, doing)
                try:
                    with service.engine.connect() as connection:
                        if read_only:
                            connection = connection.execution_options(
                                isolation_level="REPEATABLE READ", postgresql_readonly=True
                            )
                        with connection.begin():
                            return work(connection, manager, body or {})
                except TeamError as exc:
                    raise Failure("bad_request", str(exc)) from None

            return await service.blocking(blocking)

        return Route(f"{TEAM}/{path}", service.endpoint(run), methods=[method])

    def the_reps(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return {"reps": reads.reps(connection)}

    def accounts(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        selection = selection_of(connection, body)
        return {"accounts": reads.team_accounts(connection, selection, limit=_limit(body))}

    def contacts(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        """The contacts a filter covers (those of its accounts, and loose ones), narrowed by a
        search in names and by ids — to pick the contacts of a call list."""
        search = body.get("search")
        if search is not None and not isinstance(search, str):
            raise Failure("bad_request", "search must be a text")
        ids = _strings(body["ids"], "ids") if "ids" in body else None
        found = reads.team_contacts(
            connection,
            selection_of(connection, body),
            search=search or None,
            ids=ids,
            limit=_limit(body),
        )
        return {"contacts": found}

    def assign(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        to = body.get("to")
        if not isinstance(to, str) or not to:
            raise Failure("bad_request", "say which rep the accounts go to")
        if "accounts" in body:
            return moves.assign(
                connection, to=to, account_ids=_strings(body["accounts"], "accounts")
            )
        if not body.get("filter"):
            raise Failure("bad_request", "name the accounts, or a filter (e.g. a postcode prefix)")
        return moves.assign(connection, to=to, selection=selection_of(connection, body))

    def territories(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return {"territories": reads.list_territories(connection)}

    def add_territory(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return moves.add_territory(
            connection, str(body.get("prefix", "")), str(body.get("rep", "")), service.now()
        )

    def remove_territory(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        prefix = str(body.get("prefix", ""))
        if not moves.remove_territory(connection, prefix):
            raise TeamError(f"there is no territory {prefix!r}")
        return {"removed": prefix}

    def share(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return moves.share(
            connection,
            str(body.get("account", "")),
            _strings(body.get("reps", []), "reps"),
            service.now(),
        )

    def send_list(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return lists.send_list(
            connection,
            manager=manager,
            name=str(body.get("name", "")),
            to=_strings(body.get("to", []), "to"),
            contact_ids=_strings(body.get("contacts", []), "contacts"),
            note=str(body["note"]) if body.get("note") else None,
            due_from=_day(body.get("due_from"), "due_from"),
            due_to=_day(body.get("due_to"), "due_to"),
            now=service.now(),
        )

    def list_status(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return {"lists": reads.list_progress(connection)}

    def handover(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return moves.handover(
            connection,
            manager=manager,
            from_rep=str(body.get("from", "")),
            to_rep=str(body.get("to", "")),
            postcode=str(body["postcode"]) if body.get("postcode") else None,
            now=service.now(),
        )

    def recent_handovers(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        return {"handovers": reads.recent_handovers(connection)}

    def undo_handover(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        handover_id = body.get("handover")
        if not isinstance(handover_id, int):
            raise Failure("bad_request", "say which handover to undo (its number)")
        return moves.undo_handover(connection, handover_id, service.now())

    def report(connection: Connection, manager: Any, body: dict[str, Any]) -> object:
        start, end = _day(body.get("from"), "from"), _day(body.get("to"), "to")
        if start is None or end is None:
            raise Failure("bad_request", "a report needs from and to (YYYY-MM-DD)")
        try:
            period = Period(start, end)
        except ReportError as exc:
            raise Failure("bad_request", str(exc)) from None
        rep = body.get("rep")
        if rep is not None and not isinstance(rep, str):
            raise Failure("bad_request", "rep is a rep's name")
        figures = rollup.team_report(connection, period, now=service.now(), rep=rep or None)
        return team_report_json(figures)

    return [
        route("reps", "list the team", the_reps, "GET"),
        route("report", "see the team's figures", report, read_only=True),
        route("accounts", "list the team's accounts", accounts),
        route("contacts", "list the team's contacts", contacts),
        route("assign", "assign accounts", assign),
        route("territories", "see the territories", territories, "GET"),
        route("territories/add", "set territories", add_territory),
        route("territories/remove", "set territories", remove_territory),
        route("share", "share accounts", share),
        route("lists", "see call lists", list_status, "GET"),
        route("lists/send", "send call lists", send_list),
        route("handover", "hand a book over", handover),
        route("handovers", "see the handovers", recent_handovers, "GET"),
        route("handover/undo", "undo a handover", undo_handover),
    ]
