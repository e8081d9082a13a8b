"""The composition root of the core: an open book of business and the services that work on it.

Opening checks the file before anything else touches it: the book lock (shared; exclusive while
the file is created, upgraded or found alone), a health inspection (damage raises DamagedDatabase
before any migration), then the schema. A folder that cannot be written opens the book read-only.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker.domain.clock import Clock, SystemClock
from tracker.services.context import ServiceContext
from tracker.services.day.goals import GoalsService
from tracker.services.day.planning import PlanningService
from tracker.services.day.queue import QueueService
from tracker.services.day.review import ReviewService
from tracker.services.day.visits import VisitService
from tracker.services.day.work import WorkService
from tracker.services.defaults import seed_defaults
from tracker.services.location import DataDirError, DataLocation, make_private, prepare
from tracker.services.logs import configure_logging, describe_bug
from tracker.services.preferences import PreferencesService
from tracker.services.safety.backups import BackupService
from tracker.services.safety.maintenance import MaintenanceService
from tracker.services.safety.placement import PlacementWarning, placement_warnings
from tracker.services.safety.recovery import DamagedDatabase, damage_report, prune_damaged
from tracker.services.safety.undo import UndoService
from tracker.storage.backup import remove_partials
from tracker.storage.book_lock import BookBusy, BookLock, Mode
from tracker.storage.engine import BUSY_TIMEOUT_MS, Database
from tracker.storage.files import checkpoint
from tracker.storage.health import (
    check_pages,
    inspect_file,
    side_files,
    sqlite_uri,
    stamp_identity,
)
from tracker.storage.migrate import (
    MigrationReport,
    SchemaError,
    SchemaState,
    ensure_schema,
    read_revision,
)
from tracker.storage.records import PreferenceRecord
from tracker.sync.capture import ensure as ensure_capture

if TYPE_CHECKING:
    from tracker.services.calendar.service import CalendarService
    from tracker.services.customers.accounts import AccountsService
    from tracker.services.customers.contacts import ContactsService
    from tracker.services.customers.duplicates import DuplicatesService
    from tracker.services.customers.loyalty import LoyaltyService
    from tracker.services.customers.search import SearchService
    from tracker.services.customers.tiers import TiersService
    from tracker.services.day.route import RouteService
    from tracker.services.demo import DemoService
    from tracker.services.exports.service import ExportService
    from tracker.services.imports.service import ImportService
    from tracker.services.pipeline.board import PipelineService
    from tracker.services.reports.summary import ReportService
    from tracker.services.team.manager import TeamManager
    from tracker.services.team.service import TeamService

__all__ = ["Book", "BookBusy", "Mode"]

log = logging.getLogger("groundgame")

# Books up to this size get every page checked before they open (about 0.15 s per 120 MB);
# larger ones get the cheap checks at once and the page check right after (see Book.open).
DEEP_CHECK_BYTES = 64 * 1024 * 1024


class Book:
    """One rep's data, opened: both frontends (Qt and CLI) talk to it and nothing else."""

    def __init__(
        self, ctx: ServiceContext, migration: MigrationReport, *, lock: BookLock | None = None
    ) -> None:
        self._ctx = ctx
        self._lock = lock
        self.migration = migration
        self.location = ctx.location
        self.read_only = ctx.db.read_only
        # False when the page-by-page check was left for later (a large book; see open()).
        self.pages_checked = True
        self.storage_warnings: list[PlacementWarning] = placement_warnings(ctx.location.root)
        self.undo = UndoService(ctx)
        self.preferences = PreferencesService(ctx)
        self.maintenance = MaintenanceService(ctx)
        self.backups = BackupService(ctx, lock)
        self.queue = QueueService(ctx)
        self.work = WorkService(ctx, self.queue)
        self.visits = VisitService(ctx, self.queue, self.work)
        self.goals = GoalsService(ctx)
        self.planning = PlanningService(ctx, self.queue)
        self.review = ReviewService(ctx, self.queue, self.goals)

    # Services the start-up path does not need are built (and their modules imported) on first use.
    @cached_property
    def demo(self) -> DemoService:
        from tracker.services.demo import DemoService

        return DemoService(self._ctx)

    @cached_property
    def route(self) -> RouteService:
        from tracker.services.day.route import RouteService

        return RouteService(self._ctx, self.queue, self.work)

    @cached_property
    def reports(self) -> ReportService:
        from tracker.services.reports.summary import ReportService

        return ReportService(self._ctx, self.goals)

    @cached_property
    def exports(self) -> ExportService:
        from tracker.services.exports.service import ExportService

        return ExportService(self._ctx, self.reports)

    @cached_property
    def imports(self) -> ImportService:
        from tracker.services.imports.service import ImportService

        return ImportService(self._ctx)

    @cached_property
    def contacts(self) -> ContactsService:
        from tracker.services.customers.contacts import ContactsService

        return ContactsService(self._ctx)

    @cached_property
    def accounts(self) -> AccountsService:
        from tracker.services.customers.accounts import AccountsService

        return AccountsService(self._ctx)

    @cached_property
    def tiers(self) -> TiersService:
        from tracker.services.customers.tiers import TiersService

        return TiersService(self._ctx)

    @cached_property
    def pipeline(self) -> PipelineService:
        from tracker.services.pipeline.board import PipelineService

        return PipelineService(self._ctx)

    @cached_property
    def loyalty(self) -> LoyaltyService:
        from tracker.services.customers.loyalty import LoyaltyService

        return LoyaltyService(self._ctx)

    @cached_property
    def search(self) -> SearchService:
        from tracker.services.customers.search import SearchService

        return SearchService(self._ctx)

    @cached_property
    def team(self) -> TeamService:
        from tracker.services.team.service import TeamService

        return TeamService(self._ctx)

    @cached_property
    def calendar(self) -> CalendarService:
        from tracker.services.calendar.service import CalendarService

        return CalendarService(self._ctx)

    @cached_property
    def team_manager(self) -> TeamManager:
        """A sales manager's requests to the team server (the server checks the role)."""
        from tracker.services.team.manager import TeamManager

        return TeamManager(self.team)

    @cached_property
    def duplicates(self) -> DuplicatesService:
        from tracker.services.customers.duplicates import DuplicatesService

        return DuplicatesService(self._ctx)

    @classmethod
    def open(
        cls,
        location: DataLocation,
        *,
        clock: Clock | None = None,
        read_only: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        lock_timeout: float | None = None,
        on_wait: Callable[[Mode], None] | None = None,
        deep_check: bool | None = None,
    ) -> Book:
        """Prepare the folder, check the file, bring the schema to this version, and open it.

        Raises DamagedDatabase (before any migration) when the file is damaged, BookBusy when
        another Groundgame holds the book for longer than `lock_timeout` seconds. A folder that
        cannot be written (or `read_only=True`) opens the book read-only.

        `deep_check` decides whether every page is checked (quick_check) before the book opens;
        by default only books up to DEEP_CHECK_BYTES are, since the check takes seconds per
        gigabyte. `book.pages_checked` tells the frontend to run it afterwards otherwise.
        """
        clock = clock or SystemClock()
        writable = prepare(location)
        size = location.database.stat().st_size if location.database.is_file() else 0
        deep = size <= DEEP_CHECK_BYTES if deep_check is None else deep_check
        if read_only or not writable:
            return cls._open_read_only(location, clock, busy_timeout_ms, deep)
        configure_logging(location.logs)
        lock = BookLock(location.lock_file, on_wait=on_wait)
        try:
            return cls._open_writable(location, clock, lock, busy_timeout_ms, lock_timeout, deep)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_writable(
        cls,
        location: DataLocation,
        clock: Clock,
        lock: BookLock,
        busy_timeout_ms: int,
        lock_timeout: float | None,
        deep: bool,
    ) -> Book:
        now = clock.now()
        alone = lock.try_exclusive()
        if not alone:
            lock.acquire(Mode.SHARED, lock_timeout)
        health = inspect_file(location.database, exclusive=alone, deep=deep)
        if not health.ok:
            raise DamagedDatabase(damage_report(location, health, now))
        state, revision = read_revision(location.database)
        if state is SchemaState.CURRENT:
            migration = MigrationReport(state, revision, None)
        else:
            with lock.exclusive(lock_timeout):
                migration = ensure_schema(location.database, backup_dir=location.backups, now=now)
                log.info("database %s: %s from %s", state, location.database, revision)
        stamp_identity(location.database)
        if alone:
            prune_damaged(location, now)
            remove_partials(location.backups)
        lock.acquire(Mode.SHARED, lock_timeout)
        for path in (location.database, *side_files(location.database)):
            make_private(path)
        db = Database(location.database, busy_timeout_ms=busy_timeout_ms)
        ctx = ServiceContext(db=db, clock=clock, location=location)
        if migration.state is not SchemaState.CURRENT or _lacks_defaults(db):
            with db.write() as session:  # also when a crash came between creating and seeding
                seed_defaults(session)
        ensure_capture(db)  # a team book whose upgrade rebuilt a table lost that table's triggers
        book = cls(ctx, migration, lock=lock)
        book.pages_checked = deep
        book.maintenance.ensure_statistics()
        if migration.state is SchemaState.OLDER:
            report = book.maintenance.check(full=True)
            log.info("full check after upgrade: %s", "ok" if report.ok else report.integrity)
        return book

    @classmethod
    def _open_read_only(
        cls, location: DataLocation, clock: Clock, busy_timeout_ms: int, deep: bool
    ) -> Book:
        database = location.database
        if not database.is_file():
            raise DataDirError(f"the data folder {location.root} is read-only and holds no book")
        immutable = _needs_immutable(location)
        verdict = check_pages(database, immutable=immutable) if deep else "ok"
        if verdict != "ok":
            health = inspect_file(database, exclusive=False)
            if not health.ok:
                raise DamagedDatabase(damage_report(location, health, clock.now()))
        state, revision = read_revision(database, immutable=immutable)
        if state is SchemaState.NEW:
            raise DataDirError(f"the data folder {location.root} is read-only and holds no book")
        if state is SchemaState.OLDER:
            raise SchemaError(
                f"{database} was written by an older Groundgame and must be upgraded, "
                f"but the data folder {location.root} is read-only"
            )
        db = Database(
            database, read_only=True, busy_timeout_ms=busy_timeout_ms, immutable=immutable
        )
        ctx = ServiceContext(db=db, clock=clock, location=location)
        log.info("opened %s read-only", database)
        book = cls(ctx, MigrationReport(state, revision, None))
        book.pages_checked = deep
        return book

    @property
    def clock(self) -> Clock:
        return self._ctx.clock

    def close(self) -> None:
        """Release every database connection and the book lock."""
        self._ctx.db.dispose()
        if self._lock is not None:
            self._lock.release()

    def shutdown(self) -> None:
        """A clean exit: refresh the planner's statistics, empty the log into the file, keep a
        last backup if anything changed since the newest one, and close."""
        if not self.read_only:
            try:
                self.maintenance.optimize()
                self._ctx.db.dispose()
                with contextlib.suppress(sqlite3.Error):
                    checkpoint(self.location.database)
                self.backups.take_if_changed("exit")
            except Exception as exc:  # a failed exit backup must not keep the app from closing
                log.error("clean exit incomplete: %s", describe_bug(exc))
        self.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lacks_defaults(db: Database) -> bool:
    """True when no preference is stored: the defaults were never seeded (they all come at once,
    and saving preferences always writes every key)."""
    with db.read() as session:
        return session.scalar(select(PreferenceRecord.key).limit(1)) is None


def _needs_immutable(location: DataLocation) -> bool:
    """Whether SQLite can read the file only as immutable (WAL, no -shm, folder read-only)."""
    try:
        connection = sqlite3.connect(sqlite_uri(location.database), uri=True, timeout=5)
    except sqlite3.Error:
        return True
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return False
    except sqlite3.Error:
        return True
    finally:
        connection.close()
