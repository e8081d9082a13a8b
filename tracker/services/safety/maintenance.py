"""Health of the store: integrity checks (quick at start, full weekly) and what the book holds."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from tracker.services.context import ServiceContext
from tracker.services.location import DataLocation
from tracker.storage.records import AccountRecord, ActivityRecord, ContactRecord, DealRecord
from tracker.storage.stats import ANALYSIS_LIMIT, has_statistics, refresh_statistics

FULL_CHECK_EVERY = timedelta(days=7)


@dataclass(frozen=True)
class CheckReport:
    """The verdict of `check`: integrity, foreign keys and the size of the book."""

    integrity: str
    foreign_key_problems: int
    accounts: int
    contacts: int
    deals: int
    activities: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0


class MaintenanceService:
    """Checks and housekeeping of the database file."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def is_empty(self) -> bool:
        """True when the book holds no contacts at all (the welcome page shows then)."""
        with self._ctx.db.read() as session:
            return session.scalar(select(ContactRecord.id).limit(1)) is None

    def holds_demo(self) -> bool:
        """True while the book holds demo data (the window marks such a book)."""
        from tracker.storage.demo_marks import demo_batches

        with self._ctx.db.read() as session:
            return demo_batches(session) != []

    def full_check_due(self) -> bool:
        """True when integrity_check and foreign_key_check have not run for a week."""
        last = last_full_check(self._ctx.location)
        return last is None or self._ctx.now() - last >= FULL_CHECK_EVERY

    def check(self, *, full: bool = False) -> CheckReport:
        """Run quick_check (or integrity_check when `full`) and foreign_key_check; count rows.

        A full check is remembered (maintenance.json in the data folder), so the weekly one knows
        when it is due.
        """
        report = self._check(full=full)
        if full:
            record_full_check(self._ctx.location, self._ctx.now(), ok=report.ok)
        return report

    def optimize(self) -> None:
        """Let SQLite refresh its query planner statistics where they are stale (at exit)."""
        if self._ctx.db.read_only:
            return
        with self._ctx.db.write() as session:
            session.execute(text(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}"))
            session.execute(text("PRAGMA optimize"))

    def ensure_statistics(self) -> None:
        """Give the query planner statistics if the book has none yet (a book made before)."""
        if self._ctx.db.read_only:
            return
        with self._ctx.db.write() as session:
            if not has_statistics(session.connection()):
                refresh_statistics(session.connection())

    def _check(self, *, full: bool) -> CheckReport:
        pragma = "integrity_check" if full else "quick_check"
        with self._ctx.db.read() as session:
            try:
                rows = session.execute(text(f"PRAGMA {pragma}")).scalars().all()
            except DBAPIError as exc:  # some damage stops the check itself
                return CheckReport(str(exc.orig), 0, 0, 0, 0, 0)
            integrity = "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])
            if integrity != "ok":  # counting would read the damaged pages
                return CheckReport(integrity, 0, 0, 0, 0, 0)
            fk_problems = len(session.execute(text("PRAGMA foreign_key_check")).all())

            def count(
                model: type[AccountRecord | ContactRecord | DealRecord | ActivityRecord],
            ) -> int:
                statement = (
                    select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                )
                return int(session.execute(statement).scalar_one())

            return CheckReport(
                integrity=integrity,
                foreign_key_problems=fk_problems,
                accounts=count(AccountRecord),
                contacts=count(ContactRecord),
                deals=count(DealRecord),
                activities=count(ActivityRecord),
            )


def read_state(location: DataLocation) -> dict[str, Any]:
    """What maintenance.json holds (an empty dict when it is missing or unreadable)."""
    try:
        value = json.loads(location.state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def write_state(location: DataLocation, state: dict[str, Any]) -> None:
    """Replace maintenance.json atomically (private to the rep); a read-only folder is left be."""
    path = location.state_file
    partial = path.with_name(path.name + ".partial")
    with contextlib.suppress(OSError):
        partial.write_text(json.dumps(state, indent=2, sort_keys=True), encoding="utf-8")
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, path)


def last_full_check(location: DataLocation) -> datetime | None:
    raw = read_state(location).get("last_full_check")
    try:
        return datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def record_full_check(location: DataLocation, when: datetime, *, ok: bool) -> None:
    state = read_state(location)
    state["last_full_check"] = when.isoformat()
    state["last_full_check_ok"] = ok
    write_state(location, state)


def full_check_file(path: Path) -> str:
    """'ok', or what integrity_check and foreign_key_check find wrong in the file at `path`."""
    from tracker.storage.health import check_pages, foreign_key_problems

    verdict = check_pages(path, pragma="integrity_check")
    if verdict != "ok":
        return verdict
    broken = foreign_key_problems(path)
    return "ok" if broken == 0 else f"{broken} broken references"
