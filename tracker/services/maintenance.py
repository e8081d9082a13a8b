"""Health of the store: integrity checks and what the book holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from tracker.services.context import ServiceContext
from tracker.storage.records import AccountRecord, ActivityRecord, ContactRecord, DealRecord


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

    def check(self, *, full: bool = False) -> CheckReport:
        """Run quick_check (or integrity_check when `full`) and foreign_key_check; count rows."""
        pragma = "integrity_check" if full else "quick_check"
        with self._ctx.db.read() as session:
            rows = session.execute(text(f"PRAGMA {pragma}")).scalars().all()
            integrity = "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])
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
