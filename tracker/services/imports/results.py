"""What the importer hands to frontends: suggestions, preview lines, reports, batches, errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tracker.domain.import_fields import ColumnMapping
from tracker.domain.import_matching import RowStatus
from tracker.domain.import_rows import RowProblem
from tracker.storage.records import ImportBatchRecord


class NothingToImport(ValueError):
    """Every row of the file is a duplicate or invalid; nothing was changed."""


class CannotUndoImport(RuntimeError):
    """The last import cannot be taken back (work was done on what it added); says why."""


@dataclass(frozen=True)
class MappingSuggestion:
    mapping: ColumnMapping
    source: str | None  # "vCard", a preset name, a saved mapping's name, or None (a guess)


@dataclass(frozen=True)
class PreviewLine:
    """A row as the preview lists it."""

    row: int
    status: RowStatus
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    duplicate_of: str | None  # the existing contact's name, or "row N" of this file
    duplicate_in_book: bool
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class ImportReport:
    """The counts of a preview or of a finished import (rows = new + updated + duplicates + invalid)."""

    file: str
    format: str
    encoding: str | None
    delimiter: str | None
    rows: int
    new: int
    updated: int
    duplicates: int
    invalid: int
    errors: tuple[RowProblem, ...]
    lines: tuple[PreviewLine, ...] = ()
    import_id: str | None = None
    backup: Path | None = None


@dataclass(frozen=True)
class ImportBatchInfo:
    id: str
    file_name: str
    format: str
    created_at: datetime
    created_count: int
    updated_count: int
    undone: bool


def batch_info(batch: ImportBatchRecord) -> ImportBatchInfo:
    return ImportBatchInfo(
        batch.id,
        batch.file_name,
        batch.format,
        batch.created_at,
        batch.created_count,
        batch.updated_count,
        batch.undone_at is not None,
    )
