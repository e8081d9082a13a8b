"""The composition root of the core: an open book of business and the services that work on it."""

from __future__ import annotations

import os

from tracker.domain.clock import Clock, SystemClock
from tracker.services.accounts import AccountsService
from tracker.services.contacts import ContactsService
from tracker.services.context import ServiceContext
from tracker.services.defaults import seed_defaults
from tracker.services.demo import DemoService
from tracker.services.duplicates import DuplicatesService
from tracker.services.exports.service import ExportService
from tracker.services.goals import GoalsService
from tracker.services.imports.service import ImportService
from tracker.services.location import DataLocation, prepare
from tracker.services.loyalty import LoyaltyService
from tracker.services.maintenance import MaintenanceService
from tracker.services.pipeline import PipelineService
from tracker.services.planning import PlanningService
from tracker.services.preferences import PreferencesService
from tracker.services.queue import QueueService
from tracker.services.reports import ReportService
from tracker.services.review import ReviewService
from tracker.services.search import SearchService
from tracker.services.tiers import TiersService
from tracker.services.undo import UndoService
from tracker.services.work import WorkService
from tracker.storage.engine import Database
from tracker.storage.migrate import MigrationReport, SchemaState, ensure_schema


class Book:
    """One rep's data, opened: both frontends (Qt and CLI) talk to it and nothing else."""

    def __init__(self, ctx: ServiceContext, migration: MigrationReport) -> None:
        self._ctx = ctx
        self.migration = migration
        self.location = ctx.location
        self.undo = UndoService(ctx)
        self.preferences = PreferencesService(ctx)
        self.maintenance = MaintenanceService(ctx)
        self.demo = DemoService(ctx)
        self.reports = ReportService(ctx)
        self.exports = ExportService(ctx, self.reports)
        self.imports = ImportService(ctx)
        self.queue = QueueService(ctx)
        self.work = WorkService(ctx, self.queue)
        self.goals = GoalsService(ctx)
        self.planning = PlanningService(ctx)
        self.review = ReviewService(ctx, self.queue, self.goals)
        # Issue 4: the book of customers, the pipeline, the base, search and duplicates.
        self.contacts = ContactsService(ctx)
        self.accounts = AccountsService(ctx)
        self.tiers = TiersService(ctx)
        self.pipeline = PipelineService(ctx)
        self.loyalty = LoyaltyService(ctx)
        self.search = SearchService(ctx)
        self.duplicates = DuplicatesService(ctx)

    @classmethod
    def open(cls, location: DataLocation, *, clock: Clock | None = None) -> Book:
        """Prepare the folder, bring the schema to this version, and open the database."""
        prepare(location)
        migration = ensure_schema(location.database, backup_dir=location.backups)
        if os.name == "posix":
            os.chmod(location.database, 0o600)  # SQLite gives -wal and -shm the same mode
        db = Database(location.database)
        ctx = ServiceContext(db=db, clock=clock or SystemClock(), location=location)
        if migration.state is not SchemaState.CURRENT:
            with db.write() as session:
                seed_defaults(session)
        return cls(ctx, migration)

    @property
    def clock(self) -> Clock:
        return self._ctx.clock

    def close(self) -> None:
        """Release every database connection."""
        self._ctx.db.dispose()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
