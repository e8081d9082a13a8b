"""Team mode as user actions: sign in, sync, see the status, resolve conflicts, sign out.

A rep without a server never meets any of this: until `sign_in` the book has no capture
triggers and no sync state, and every other service works exactly as before.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import display_name
from tracker.domain.ids import new_id
from tracker.domain.team import (
    Conflict,
    Refusal,
    Resolution,
    SyncPhase,
    SyncReport,
    TeamStatus,
)
from tracker.services.context import ServiceContext
from tracker.services.team import credentials
from tracker.storage.bulk import sql_datetime
from tracker.storage.records import (
    AccountRecord,
    Base,
    ContactRecord,
    SyncConflictRecord,
    SyncRefusalRecord,
)
from tracker.sync import local
from tracker.sync.errors import Forbidden, NotInTeam, NotSignedIn, SyncError

if TYPE_CHECKING:
    # The engine and the HTTP transport (httpx) are imported when a sync or a sign-in needs them:
    # the app reads the team status at start, and a solo rep's start should not pay for httpx.
    from tracker.domain.reports import Period
    from tracker.domain.team_report import TeamReport
    from tracker.sync.engine import Reporter
    from tracker.sync.transport import Transport

# A pull can change anything in the book: every screen refreshes.
EVERYTHING = Changes(everything=True, team=True)
CONFLICT_CHANGES = Changes(contacts=True, accounts=True, deals=True, activities=True, team=True)

TransportFactory = Callable[[str, str | None], "Transport"]


class TeamError(SyncError):
    """A team action cannot be done as asked; the message says why and what to do."""


class TeamService:
    """The book's membership of a team and its sync."""

    def __init__(self, ctx: ServiceContext, transport: TransportFactory | None = None) -> None:
        self._ctx = ctx
        self._transport: TransportFactory = transport or _http_transport

    # -- membership -------------------------------------------------------------------------------
    def status(self) -> TeamStatus | None:
        """Where the book syncs to and how far it has come; None for a book without a team."""
        with self._ctx.db.read() as session:
            state = local.read_state(session)
            if state is None:
                return None
            waiting = local.waiting(session)
            conflicts = _count(session, SyncConflictRecord, SyncConflictRecord.resolved_at)
            refusals = _count(session, SyncRefusalRecord, SyncRefusalRecord.dismissed_at)
        stored = credentials.load(self._ctx.location)
        signed_in = (
            stored is not None
            and stored.server_url == state.server_url
            and stored.user == state.user_name
        )
        return TeamStatus(
            server_url=state.server_url,
            user=state.user_name,
            client_id=state.client_id,
            cursor=state.cursor,
            waiting=waiting,
            uploading=state.upload_table is not None,
            last_sync_at=_instant(state.last_sync_at),
            last_error=state.last_error,
            last_error_at=_instant(state.last_error_at),
            conflicts=conflicts,
            refusals=refusals,
            signed_in=signed_in,
            manager=signed_in and stored is not None and stored.manager,
        )

    def sign_in(
        self, server_url: str, user: str, password: str, *, new_password: str | None = None
    ) -> TeamStatus:
        """Sign in to a team server; a book that was in no team joins it (its whole content is
        pushed by the next sync, in resumable batches)."""
        from tracker.sync.transport import normalize_url

        url = normalize_url(server_url)
        user = user.strip()
        if not user:
            raise TeamError("enter your user name on the team server")
        with self._ctx.db.read() as session:
            state = local.read_state(session)
        if state is not None and (state.server_url != url or state.user_name != user):
            raise TeamError(
                f"this book syncs with {state.server_url} as {state.user_name}; "
                "leave that team first (Sign out, then Leave the team)"
            )
        client_id = state.client_id if state is not None else new_id()
        transport = self._transport(url, None)
        try:
            answer = transport.login(
                user,
                password,
                client_id=client_id,
                device=socket.gethostname(),
                new_password=new_password,
            )
        finally:
            transport.close()
        if state is None:
            with self._ctx.db.write() as session:
                local.join(
                    session, client_id=client_id, server_url=url, user=user, now=self._ctx.now()
                )
        credentials.save(
            self._ctx.location,
            credentials.Credentials(
                url, user, str(answer["token"]), manager=answer.get("manager") is True
            ),
        )
        status = self.status()
        assert status is not None
        return status

    def sign_out(self) -> TeamStatus:
        """Forget this laptop's sign-in (and tell the server, if it can be reached). The book
        keeps its team and every waiting change; signing in again continues where it stopped."""
        status = self.status()
        if status is None:
            raise NotInTeam("this book has not joined a team")
        stored = credentials.load(self._ctx.location)
        if stored is not None:
            transport = self._transport(stored.server_url, stored.token)
            try:
                transport.logout()
            except SyncError:
                pass  # offline or already revoked: forgetting the token is what matters
            finally:
                transport.close()
        credentials.forget(self._ctx.location)
        after = self.status()
        assert after is not None
        return after

    def leave(self) -> int:
        """Leave the team: capture stops and the sync bookkeeping goes; the book keeps all its
        data. Returns how many local changes never reached the server."""
        with self._ctx.db.write() as session:
            if local.read_state(session) is None:
                raise NotInTeam("this book has not joined a team")
            lost = local.waiting(session)
            local.leave(session)
        credentials.forget(self._ctx.location)
        return lost

    # -- syncing ----------------------------------------------------------------------------------
    def sync(
        self,
        progress: Reporter | None = None,
        *,
        on_phase: Callable[[SyncPhase], None] | None = None,
    ) -> Written[SyncReport]:
        """Push what waits, pull what is new. Runs in short transactions: the rep keeps working."""
        with self._ctx.db.read() as session:
            state = local.read_state(session)
        if state is None:
            raise NotInTeam("this book has not joined a team: sign in to a team server first")
        stored = credentials.load(self._ctx.location)
        if stored is None or stored.server_url != state.server_url:
            raise NotSignedIn(f"sign in to {state.server_url} as {state.user_name} to sync")
        transport = self._transport(state.server_url, stored.token)
        try:
            from tracker.sync.engine import SyncEngine

            engine = SyncEngine(self._ctx.db, self._ctx.clock, transport, on_phase=on_phase)
            report = engine.sync(progress)
        finally:
            transport.close()
        if report.manager is not None and report.manager != stored.manager:
            # Made a manager (or no longer one) since signing in: the app shows or hides the
            # Team screen at once.
            credentials.save(self._ctx.location, replace(stored, manager=report.manager))
        changed = EVERYTHING if report.pulled else Changes(team=True)
        return Written(report, changed)

    # -- the sales manager's requests -------------------------------------------------------------
    def manage(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """A sales manager's request to the team server (`/v1/team/<path>`); the server checks
        the role and says why when it refuses."""
        with self._ctx.db.read() as session:
            state = local.read_state(session)
        if state is None:
            raise NotInTeam("this book has not joined a team: sign in to a team server first")
        stored = credentials.load(self._ctx.location)
        if stored is None or stored.server_url != state.server_url:
            raise NotSignedIn(f"sign in to {state.server_url} as {state.user_name} first")
        transport = self._transport(state.server_url, stored.token)
        try:
            return transport.team(path, body)
        except Forbidden:
            # The server no longer counts this user as a manager: the app stops offering what
            # it would refuse (signing in again asks the server anew).
            current = credentials.load(self._ctx.location)
            if current is not None and current.token == stored.token and current.manager:
                credentials.save(self._ctx.location, replace(current, manager=False))
            raise
        finally:
            transport.close()

    def report(self, period: Period, *, rep: str | None = None) -> TeamReport:
        """The team's figures for the period from the team server (a sales manager's): each
        rep's, with the names of `report --json`, and the team's sums; `rep`: only theirs."""
        from tracker.domain.team_report import team_report_from_json  # not needed to start

        body: dict[str, Any] = {"from": period.start.isoformat(), "to": period.end.isoformat()}
        if rep:
            body["rep"] = rep
        answer = self.manage("report", body)
        try:
            return team_report_from_json(answer)
        except (KeyError, TypeError, ValueError):
            raise TeamError(
                "the team server sent figures this version cannot read; update Groundgame"
            ) from None

    # -- conflicts and refusals -------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        """Unresolved conflicts, oldest first."""
        with self._ctx.db.read() as session:
            rows = session.scalars(
                select(SyncConflictRecord)
                .where(
                    SyncConflictRecord.resolved_at.is_(None),
                    SyncConflictRecord.deleted_at.is_(None),
                )
                .order_by(SyncConflictRecord.detected_at, SyncConflictRecord.id)
            ).all()
            return [
                Conflict(
                    id=row.id,
                    table=row.table_name,
                    row_id=row.row_id,
                    column=row.column_name,
                    record=_record_label(session, row.table_name, row.row_id),
                    kept_value=row.kept_value,
                    other_value=row.other_value,
                    kept_by=row.kept_by,
                    other_by=row.other_by,
                    detected_at=row.detected_at,
                )
                for row in rows
            ]

    def resolve(
        self, conflict_id: str, resolution: Resolution, value: str | None = None
    ) -> Written[Conflict]:
        """Settle a conflict: keep the current value, take the other one, or write a combined
        one. One undoable action; it syncs like any edit."""
        with self._ctx.db.read() as session:
            row = session.get(SyncConflictRecord, conflict_id)
            subject = _record_label(session, row.table_name, row.row_id) if row else "?"
        with self._ctx.undoable("resolve_conflict", subject) as session:
            row = session.get(SyncConflictRecord, conflict_id)
            if row is None or row.resolved_at is not None:
                raise TeamError("that conflict is already resolved")
            chosen = {
                Resolution.KEEP: None,
                Resolution.OTHER: row.other_value,
                Resolution.COMBINED: value,
            }[resolution]
            if resolution is Resolution.COMBINED and value is None:
                raise TeamError("write the combined text first")
            if resolution is not Resolution.KEEP:
                record = session.get(_record_class(row.table_name), row.row_id)
                if record is None:
                    raise TeamError("the record of that conflict is no longer in the book")
                setattr(record, row.column_name, chosen)
            row.resolved_at = self._ctx.now()
            row.resolution = resolution.value
            session.flush()
            conflict = Conflict(
                row.id,
                row.table_name,
                row.row_id,
                row.column_name,
                _record_label(session, row.table_name, row.row_id),
                row.kept_value,
                row.other_value,
                row.kept_by,
                row.other_by,
                row.detected_at,
            )
        return Written(conflict, CONFLICT_CHANGES)

    def refusals(self) -> list[Refusal]:
        """Changes the server refused and the rep has not dismissed yet, oldest first."""
        with self._ctx.db.read() as session:
            rows = session.scalars(
                select(SyncRefusalRecord)
                .where(SyncRefusalRecord.dismissed_at.is_(None))
                .order_by(SyncRefusalRecord.id)
            ).all()
            return [
                Refusal(
                    row.id,
                    row.tbl,
                    row.row_id,
                    row.reason,
                    row.refused_at,
                    record=_record_label(session, row.tbl, row.row_id),
                )
                for row in rows
            ]

    def dismiss_refusals(self) -> Written[int]:
        with self._ctx.db.write() as session:
            count = (
                local.raw(session)
                .execute(
                    "UPDATE sync_refusals SET dismissed_at = ? WHERE dismissed_at IS NULL",
                    (sql_datetime(self._ctx.now()),),
                )
                .rowcount
            )
        return Written(int(count), Changes(team=True))


def _http_transport(url: str, token: str | None) -> Transport:
    from tracker.sync.transport import Transport

    return Transport(url, token=token)


def _count(session: Session, record: Any, open_column: Any) -> int:
    from sqlalchemy import func

    return int(
        session.scalar(select(func.count()).select_from(record).where(open_column.is_(None))) or 0
    )


def _instant(stamp: str | None) -> Any:
    from datetime import UTC, datetime

    return datetime.fromisoformat(stamp).replace(tzinfo=UTC) if stamp else None


def _record_class(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise TeamError(f"records of kind {table} cannot be resolved here")


def _record_label(session: Session, table: str, row_id: str) -> str:
    """What the rep calls the record: a person's or company's name, else what it belongs to."""
    try:
        record = session.get(_record_class(table), row_id)
    except TeamError:  # a kind of record this version does not know
        return "?"
    if record is None:
        return "?"
    if isinstance(record, ContactRecord):
        return display_name(record.first_name, record.last_name)
    if isinstance(record, AccountRecord):
        return record.name
    for attribute in ("title", "name"):
        if getattr(record, attribute, None):
            return str(getattr(record, attribute))
    contact_id = getattr(record, "contact_id", None)
    if contact_id:
        contact = session.get(ContactRecord, contact_id)
        if contact is not None:
            return display_name(contact.first_name, contact.last_name)
    account_id = getattr(record, "account_id", None)
    if account_id:
        account = session.get(AccountRecord, account_id)
        if account is not None:
            return account.name
    return "?"
