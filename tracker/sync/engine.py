"""One sync: push the outbox in numbered batches, then pull pages until the server has no more.

Each step is its own short transaction on the book (take a batch, acknowledge it, apply a page),
so logging an outcome never waits for the network, and a sync stopped anywhere — network gone,
process killed, rep cancelled — continues from where it stopped with nothing lost or doubled.
Pushing comes first, so a pulled page never has to overwrite a change that is still waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from tracker.domain.clock import Clock
from tracker.domain.ids import new_id
from tracker.domain.team import SyncPhase, SyncReport
from tracker.storage.bulk import sql_datetime
from tracker.storage.engine import Database
from tracker.sync import local
from tracker.sync.errors import BatchReused, NotInTeam, SyncError
from tracker.sync.protocol import MAX_BATCH, PAGE_ROWS
from tracker.sync.transport import Transport


class Reporter(Protocol):
    """Progress of a long job (tracker.services.progress.Progress fits)."""

    def report(self, done: int, total: int) -> None: ...


class SyncEngine:
    """Syncs one book with its team server."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        transport: Transport,
        *,
        batch_size: int = MAX_BATCH,
        page_rows: int = PAGE_ROWS,
        on_phase: Callable[[SyncPhase], None] | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.transport = transport
        self.batch_size = batch_size
        self.page_rows = page_rows
        self.on_phase = on_phase

    def _phase(self, phase: SyncPhase) -> None:
        if self.on_phase is not None:
            self.on_phase(phase)

    def sync(self, progress: Reporter | None = None) -> SyncReport:
        """Push everything waiting, then pull everything new. SyncError says why it stopped."""
        try:
            pushed, refused, batches = self.push(progress)
            pulled, conflicts, cursor, pages = self.pull(progress)
            with self.db.read() as session:
                settings = local.settings(session)
            role = self.transport.settings(settings).get("manager")
        except SyncError as exc:
            self._note_error(str(exc))
            raise
        with self.db.write() as session:
            local.raw(session).execute(
                "UPDATE sync_state SET last_sync_at = ?, last_error = NULL, last_error_at = NULL "
                "WHERE id = 1",
                (sql_datetime(self.clock.now()),),
            )
        self._phase(SyncPhase.DONE)
        manager = role if isinstance(role, bool) else None
        return SyncReport(pushed, refused, pulled, conflicts, cursor, batches, pages, manager)

    def push(self, progress: Reporter | None = None) -> tuple[int, int, int]:
        """Send every waiting change; returns (changes sent, refused, batches)."""
        with self.db.read() as session:
            state = local.read_state(session)
            if state is None:
                raise NotInTeam("this book has not joined a team")
            total = local.waiting(session)
        pushed = refused = batches = 0
        while True:
            with self.db.write() as session:
                pending = local.take_batch(session, limit=self.batch_size)
            if pending is None:
                return pushed, refused, batches
            self._phase(SyncPhase.UPLOADING if pending.upload else SyncPhase.PUSHING)
            try:
                answer = self.transport.push(pending.payload)
            except BatchReused:
                with self.db.write() as session:
                    local.new_identity(session, new_id())
                continue
            with self.db.write() as session:
                local.acknowledge(session, pending, answer, now=self.clock.now())
            pushed += pending.size
            refused += len(answer.get("refused") or [])
            batches += 1
            if progress is not None:
                progress.report(min(pushed, total), max(total, pushed))

    def pull(self, progress: Reporter | None = None) -> tuple[int, int, int, int]:
        """Apply every page the server has; returns (rows, new conflicts, cursor, pages)."""
        with self.db.read() as session:
            state = local.read_state(session)
            if state is None:
                raise NotInTeam("this book has not joined a team")
            refetch = local.to_refetch(session)
        self._phase(SyncPhase.PULLING)
        pulled = conflicts = pages = total = 0

        def ask(cursor: int, first: bool) -> dict[str, Any]:
            return self.transport.pull(
                {
                    "client_id": state.client_id,
                    "cursor": cursor,
                    "limit": self.page_rows,
                    "refetch": refetch if first else [],
                    "count": first,
                }
            )

        # The next page is fetched while this one is applied: the network and the server work
        # while SQLite writes. Only applying moves the cursor, so a page fetched ahead and never
        # applied (the rep quit, the laptop died) is simply asked for again next time.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch") as fetcher:
            coming = fetcher.submit(ask, state.cursor, True)
            while True:
                page = coming.result()
                more = bool(page.get("more"))
                if more:
                    coming = fetcher.submit(ask, int(page["cursor"]), False)
                with self.db.write() as session:
                    applied = local.apply_page(
                        session, page, now=self.clock.now(), refetched=refetch if pages == 0 else ()
                    )
                pages += 1
                rows = sum(len(table["rows"]) for table in page.get("tables", []))
                pulled += rows
                conflicts += applied.conflicts
                if pages == 1:
                    total = rows + int(page.get("remaining", 0))
                if progress is not None:
                    progress.report(min(pulled, total), max(total, pulled))
                if not more:
                    return pulled, conflicts, int(page["cursor"]), pages

    def _note_error(self, message: str) -> None:
        try:
            with self.db.write() as session:
                local.raw(session).execute(
                    "UPDATE sync_state SET last_error = ?, last_error_at = ? WHERE id = 1",
                    (message, sql_datetime(self.clock.now())),
                )
        except Exception:  # the book may be busy or read-only; the error is raised anyway
            return
