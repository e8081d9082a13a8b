"""What every service shares: the database, the clock, the preferences and undoable writes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from tracker.domain.changes import Changes
from tracker.domain.clock import Clock, rep_day
from tracker.domain.preferences import Preferences
from tracker.services.location import DataLocation
from tracker.storage import undo_log
from tracker.storage.engine import Database
from tracker.storage.journal import Journal, start_journal, stop_journal
from tracker.storage.sql_values import driver_rows

UNDO_DEPTH = 30  # undo steps kept in the book (older ones are pruned as new ones come)

# Which Changes flag a table belongs to, so undo can say what it touched.
TABLE_FLAGS: dict[str, str] = {
    "accounts": "accounts",
    "contacts": "contacts",
    "contact_phones": "contacts",
    "contact_emails": "contacts",
    "contact_tags": "contacts",
    "notes": "contacts",
    "deals": "deals",
    "deal_stage_changes": "deals",
    "activities": "activities",
    "activity_series": "activities",
    "visit_time_edits": "activities",
    "purchases": "purchases",
    "referrals": "referrals",
    "cadences": "cadences",
    "cadence_steps": "cadences",
    "tier_policies": "cadences",
    "goals": "goals",
    "preferences": "preferences",
    "import_batches": "imports",
    "import_mappings": "imports",
    "sync_conflicts": "team",  # undoing a resolution brings the conflict back
}


def changes_for_tables(tables: set[str]) -> Changes:
    """The Changes value naming the kinds of data stored in the given tables."""
    flags = {TABLE_FLAGS[name]: True for name in tables if name in TABLE_FLAGS}
    return Changes(**flags)


@dataclass
class ServiceContext:
    """Shared by all services of one open book."""

    db: Database
    clock: Clock
    location: DataLocation
    # The last preference rows read and what they parsed to (see preferences()).
    _parsed: tuple[tuple[tuple[str, str], ...], Preferences] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def now(self) -> datetime:
        return self.clock.now()

    def preferences(self, session: Session) -> Preferences:
        """The stored preferences (defaults for anything not stored).

        The rows are read every time (the CLI may have changed them), but parsed and validated
        only when they differ from the last ones read: the queue asks for them on every rebuild.
        """
        rows = tuple(driver_rows(session, "SELECT key, value FROM preferences"))
        parsed = self._parsed
        if parsed is not None and parsed[0] == rows:
            return parsed[1]
        prefs = Preferences.from_storage({key: json.loads(value) for key, value in rows})
        self._parsed = (rows, prefs)
        return prefs

    def today(self, session: Session) -> date:
        """The rep's working day now, by the configured zone and day boundary."""
        prefs = self.preferences(session)
        return rep_day(self.now(), zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)

    @contextmanager
    def undoable(self, action: str, subject: str) -> Iterator[Session]:
        """A write transaction whose row changes become one undo step, stored in the book in the
        same transaction (so the step exists exactly when the action was committed, and any
        process — the app or a CLI command — can take it back)."""
        journal: Journal
        with self.db.write() as session:
            journal = start_journal(session)
            yield session
            session.flush()
            stop_journal(session)
            if journal.changes:
                undo_log.push(
                    session,
                    action=action,
                    subject=subject,
                    changes=journal.changes,
                    tables=journal.tables,
                    keep=UNDO_DEPTH,
                )
