"""Which import batches are demo loads: the mark that tells a demo book from a real one.

Small on purpose: the window asks at start whether to show the demo mark, and that must not
load the demo generator (tests/ui/test_startup_imports.py).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.storage.records import ImportBatchRecord

DEMO_FORMAT = "demo"  # import_batches.format of a demo load


def demo_batches(session: Session) -> list[str]:
    """Ids of the demo loads still in the book."""
    return list(
        session.scalars(
            select(ImportBatchRecord.id).where(
                ImportBatchRecord.format == DEMO_FORMAT,
                ImportBatchRecord.undone_at.is_(None),
                ImportBatchRecord.deleted_at.is_(None),
            )
        )
    )
