"""Importing contacts and accounts: read, map, preview, apply (all or nothing), undo the last one."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.contact_fields import display_name
from tracker.domain.ids import new_id
from tracker.domain.import_fields import (
    PRESETS,
    ColumnMapping,
    ImportField,
    apply_named,
    detect_preset,
    guess_mapping,
    has_identity,
    named_mapping,
)
from tracker.domain.import_matching import (
    Decision,
    KnownKeys,
    PlannedRow,
    RowStatus,
    account_key,
    plan_rows,
)
from tracker.domain.import_rows import Candidate, RowProblem, read_candidate
from tracker.services.context import ServiceContext
from tracker.services.imports.readers import (
    ImportFileError,
    SourceTable,
    detect_format,
    read_bytes,
    read_csv,
    read_xlsx,
)
from tracker.services.imports.results import (
    CannotUndoImport,
    ImportBatchInfo,
    ImportReport,
    MappingSuggestion,
    NothingToImport,
    PreviewLine,
    batch_info,
)
from tracker.services.progress import Progress
from tracker.services.safety.backups import backup_before
from tracker.storage import imports as store
from tracker.storage import undo_log
from tracker.storage.journal import JOURNAL_KEY, changes_to_json, start_journal
from tracker.storage.records import (
    AccountRecord,
    ContactRecord,
    ImportBatchRecord,
    ImportMappingRecord,
)
from tracker.storage.records.base import utcnow
from tracker.storage.stats import refresh_statistics

TICK = 500


STATISTICS_AFTER_ROWS = 1000


class ImportService:
    """Brings contacts in from other tools; each import can be undone as a whole."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading and mapping -------------------------------------------------------------------
    def read(self, path: Path) -> SourceTable:
        """Read a CSV, XLSX or vCard file into a table; raises ImportFileError if it cannot."""
        from tracker.services.imports.vcards import read_vcards

        path = Path(path)
        data = read_bytes(path)
        if not data.strip():
            raise ImportFileError(path, "is empty")
        fmt = detect_format(path, data[:8192])
        if fmt == "xlsx":
            return read_xlsx(path)
        if fmt == "vcf":
            return read_vcards(path, data)
        return read_csv(path, data)

    def saved_mappings(self) -> dict[str, dict[str, str]]:
        with self._ctx.db.read() as session:
            return {
                row.name: json.loads(row.mapping)
                for row in session.scalars(
                    select(ImportMappingRecord)
                    .where(ImportMappingRecord.deleted_at.is_(None))
                    .order_by(ImportMappingRecord.name)
                )
            }

    def mapping_named(self, table: SourceTable, name: str) -> ColumnMapping:
        """A preset's or a saved mapping's fields laid on the table's headers."""
        if name in PRESETS:
            return apply_named(table.headers, PRESETS[name])
        saved = self.saved_mappings()
        if name not in saved:
            raise ImportFileError(table.path, f"there is no saved mapping called {name!r}")
        fields = {header: _field(code) for header, code in saved[name].items()}
        return apply_named(table.headers, fields)

    def suggest(self, table: SourceTable) -> MappingSuggestion:
        """The fixed vCard mapping, a saved mapping that fits every column, or a guess."""
        if table.fixed_mapping is not None:
            return MappingSuggestion(table.fixed_mapping, "vCard")
        headers = set(table.headers)
        for name, saved in self.saved_mappings().items():
            if saved and set(saved) <= headers:
                return MappingSuggestion(self.mapping_named(table, name), name)
        return MappingSuggestion(guess_mapping(table.headers), detect_preset(table.headers))

    def save_mapping(self, name: str, table: SourceTable, mapping: ColumnMapping) -> Written[str]:
        """Store the mapping under a name (replacing one of that name) for the next file."""
        name = name.strip()
        if not name or len(name) > 100:
            raise ValueError("a mapping needs a name of 1 to 100 characters")
        if name in PRESETS:
            raise ValueError(f"{name!r} is the name of a built-in preset; choose another")
        text = json.dumps(named_mapping(table.headers, mapping), ensure_ascii=False)
        with self._ctx.db.write() as session:
            row = session.scalar(
                select(ImportMappingRecord).where(ImportMappingRecord.name == name)
            )
            if row is None:
                session.add(ImportMappingRecord(name=name, mapping=text))
            else:
                row.mapping, row.deleted_at = text, None
        return Written(name, Changes(imports=True))

    # -- preview and apply -----------------------------------------------------------------------
    def candidates(
        self, table: SourceTable, mapping: ColumnMapping, progress: Progress | None = None
    ) -> list[Candidate]:
        """Every row through the mapping and the field checks (no database needed but the region)."""
        if len(mapping) != len(table.headers):
            raise ValueError("the mapping does not fit the file's columns")
        if not has_identity(mapping):
            raise ImportFileError(
                table.path, "no column is mapped to a name or a company; map at least one"
            )
        with self._ctx.db.read() as session:
            region = self._ctx.preferences(session).default_region
        result = [Candidate(p.row, None, problems=(p,)) for p in table.unreadable]
        total = len(table.rows)
        for done, (row, cells) in enumerate(table.rows):
            if progress is not None and done % TICK == 0:
                progress.report(done, total)
            candidate = read_candidate(row, cells, table.headers, mapping, region)
            if candidate is None:
                problem = RowProblem(row, "—", "no imported column holds a value")
                candidate = Candidate(row, None, problems=(problem,))
            result.append(candidate)
        result.sort(key=lambda c: c.row)
        return result

    def preview(
        self,
        table: SourceTable,
        mapping: ColumnMapping,
        *,
        policy: Decision = Decision.SKIP,
        overrides: dict[int, Decision] | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """What an import would do, row by row; changes nothing."""
        candidates = self.candidates(table, mapping, progress)
        with self._ctx.db.read() as session:
            planned = plan_rows(
                candidates, _known_keys(session, candidates), policy=policy, overrides=overrides
            )
            return self._report(session, table, planned, with_lines=True)

    def apply(
        self,
        table: SourceTable,
        mapping: ColumnMapping,
        *,
        policy: Decision = Decision.SKIP,
        overrides: dict[int, Decision] | None = None,
        progress: Progress | None = None,
    ) -> Written[ImportReport]:
        """Import in one transaction after a verified backup; nothing is written if anything fails.

        The backup runs beside the import (SQLite copies and checks pages with the GIL released;
        reading rows is Python): the import holds the write lock from the start, so nobody can
        commit while the backup takes its snapshot — the book exactly as it was before — and the
        import commits only once that backup is verified. A failed backup rolls the import back.
        """
        with self._ctx.db.write() as session, ThreadPoolExecutor(1, "backup") as pool:
            session.connection()  # BEGIN IMMEDIATE: the write lock before the backup's snapshot
            backing_up = pool.submit(backup_before, self._ctx, "import")
            candidates = self.candidates(table, mapping, progress)
            known = _known_keys(session, candidates)
            planned = plan_rows(candidates, known, policy=policy, overrides=overrides)
            report = self._report(session, table, planned, with_lines=False)
            if not report.new and not report.updated:
                raise NothingToImport(
                    f"{table.path.name}: nothing to import — {report.duplicates} duplicate and "
                    f"{report.invalid} invalid of {report.rows} rows; nothing was changed"
                )
            batch_id = self._write(session, table, planned, report, known.accounts, progress)
            if report.new >= STATISTICS_AFTER_ROWS:  # a big import changes the planner's picture
                refresh_statistics(session.connection())
            taken = backing_up.result()  # raises BackupError: nothing is committed
        backup = taken.path if taken is not None else None
        return Written(
            _with(report, import_id=batch_id, backup=backup),
            Changes(contacts=True, accounts=True, imports=True),
        )

    def _write(
        self,
        session: Session,
        table: SourceTable,
        planned: list[PlannedRow],
        report: ImportReport,
        known_accounts: Mapping[str, str],
        progress: Progress | None,
    ) -> str:
        stamp = utcnow()
        batch = ImportBatchRecord(
            file_name=table.path.name[:300],
            format=table.format,
            encoding=table.encoding,
            rows=report.rows,
            created_count=report.new,
            updated_count=report.updated,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(batch)
        session.flush()
        new_accounts: dict[str, store.NewAccount] = {}

        def account_for(candidate: Candidate) -> str | None:
            if not candidate.company:
                return None
            key = account_key(candidate.company)
            if key in known_accounts:
                return known_accounts[key]
            if key not in new_accounts:
                # An account-only row's place is the account's; a person's stays theirs.
                lat, lon = (
                    (candidate.latitude, candidate.longitude)
                    if candidate.draft is None
                    else (None, None)
                )
                new_accounts[key] = (new_id(), candidate.company, candidate.tier,
                                     candidate.account_phone, candidate.website, lat, lon)  # fmt: skip
            return new_accounts[key][0]

        contacts = []
        updates: list[tuple[PlannedRow, str | None]] = []
        total = len(planned)
        for done, item in enumerate(planned):
            if progress is not None and done % TICK == 0:
                progress.report(done, total)
            candidate = item.candidate
            if item.status is RowStatus.NEW:
                account_id = account_for(candidate)
                if candidate.draft is not None:
                    contacts.append((new_id(), account_id, candidate.draft))
            elif item.status is RowStatus.UPDATE:
                updates.append((item, account_for(candidate)))
        store.insert_accounts(
            session,
            list(new_accounts.values()),
            import_id=batch.id,
            stamp=stamp,
        )
        store.insert_contacts(session, contacts, import_id=batch.id, stamp=stamp)
        journal = start_journal(session)
        try:
            for item, account_id in updates:
                self._update(session, item, account_id)
            session.flush()
        finally:
            session.info.pop(JOURNAL_KEY, None)
        batch.undo_data = changes_to_json(journal.changes) if journal.changes else None
        if progress is not None:
            progress.report(total, total)
        return batch.id

    @staticmethod
    def _update(session: Session, item: PlannedRow, account_id: str | None) -> None:
        duplicate, candidate = item.duplicate_of, item.candidate
        assert duplicate is not None
        if candidate.draft is not None and duplicate.contact_id is not None:
            contact = session.get(ContactRecord, duplicate.contact_id)
            if contact is not None:
                store.merge_into_contact(session, contact, candidate.draft, account_id)
        elif duplicate.account_id is not None:
            account = session.get(AccountRecord, duplicate.account_id)
            if account is not None:
                store.merge_into_account(
                    account,
                    candidate.tier,
                    candidate.account_phone,
                    candidate.website,
                    (candidate.latitude, candidate.longitude),
                )

    def _report(
        self, session: Session, table: SourceTable, planned: list[PlannedRow], *, with_lines: bool
    ) -> ImportReport:
        counts = dict.fromkeys(RowStatus, 0)
        errors: list[RowProblem] = []
        for item in planned:
            counts[item.status] += 1
            errors.extend(item.candidate.problems)
        lines: tuple[PreviewLine, ...] = ()
        if with_lines:
            lines = self._lines(session, planned)
        return ImportReport(
            file=str(table.path),
            format=table.format,
            encoding=table.encoding,
            delimiter=table.delimiter,
            rows=len(planned),
            new=counts[RowStatus.NEW],
            updated=counts[RowStatus.UPDATE],
            duplicates=counts[RowStatus.DUPLICATE],
            invalid=counts[RowStatus.INVALID],
            errors=tuple(errors),
            lines=lines,
        )

    @staticmethod
    def _lines(session: Session, planned: list[PlannedRow]) -> tuple[PreviewLine, ...]:
        contact_ids = [
            p.duplicate_of.contact_id
            for p in planned
            if p.duplicate_of and p.duplicate_of.contact_id
        ]
        account_ids = [
            p.duplicate_of.account_id
            for p in planned
            if p.duplicate_of and p.duplicate_of.account_id
        ]
        people = store.names_of(session, contact_ids)
        accounts = store.account_names(session, account_ids)
        lines = []
        for item in planned:
            candidate, duplicate = item.candidate, item.duplicate_of
            draft = candidate.draft
            name = display_name(draft.first_name, draft.last_name) if draft else ""
            of, in_book = None, False
            if duplicate is not None:
                in_book = duplicate.row is None
                if duplicate.contact_id is not None:
                    of = display_name(*people.get(duplicate.contact_id, ("", "")))
                elif duplicate.account_id is not None:
                    of = accounts.get(duplicate.account_id)
                else:
                    of = f"row {duplicate.row}"
            lines.append(
                PreviewLine(
                    candidate.row, item.status, name, candidate.company, candidate.phones,
                    candidate.emails, of, in_book, candidate.problems,
                )
            )  # fmt: skip
        return tuple(lines)

    # -- the batches -----------------------------------------------------------------------------
    def last_import(self) -> ImportBatchInfo | None:
        """The most recent import that has not been undone."""
        with self._ctx.db.read() as session:
            batch = self._last(session)
            return batch_info(batch) if batch else None

    @staticmethod
    def _last(session: Session) -> ImportBatchRecord | None:
        return session.scalar(
            select(ImportBatchRecord)
            .where(
                ImportBatchRecord.undone_at.is_(None),
                ImportBatchRecord.deleted_at.is_(None),
                ImportBatchRecord.format != "demo",  # demo data has its own remove action
            )
            .order_by(ImportBatchRecord.created_at.desc(), ImportBatchRecord.id.desc())
            .limit(1)
        )

    def undo_last(self) -> Written[ImportBatchInfo]:
        """Remove exactly what the last import added and restore what it changed; one transaction."""
        from tracker.storage.journal import UndoConflict, changes_from_json, undo_changes

        with self._ctx.db.write() as session:
            batch = self._last(session)
            if batch is None:
                raise CannotUndoImport("there is no import to undo")
            reasons = store.work_on_imported_rows(session, batch.id, batch.created_at)
            if reasons:
                raise CannotUndoImport(
                    f"cannot undo the import of {batch.file_name}: since then, "
                    + "; ".join(reasons)
                    + ". Nothing was changed"
                )
            try:
                undo_changes(session, changes_from_json(batch.undo_data))
            except UndoConflict as exc:
                raise CannotUndoImport(
                    f"cannot undo the import of {batch.file_name}: an updated contact was "
                    f"changed again since ({exc}). Nothing was changed"
                ) from exc
            store.delete_imported(session, batch.id)
            batch.undone_at = utcnow()
            info = batch_info(batch)
            undo_log.clear(session)  # undo steps may refer to rows that are gone now
        return Written(info, Changes(contacts=True, accounts=True, imports=True))


def _field(code: str) -> ImportField | None:
    try:
        return ImportField(code)
    except ValueError:
        return None


def _with(report: ImportReport, **changes: object) -> ImportReport:
    from dataclasses import replace

    return replace(report, **changes)  # type: ignore[arg-type]


def _known_keys(session: Session, candidates: Sequence[Candidate]) -> KnownKeys:
    """What the book already holds of the candidates' phones, e-mails and people, and its
    accounts."""
    return store.known_keys(
        session,
        phones=(phone for candidate in candidates for phone in candidate.phones),
        emails=(email for candidate in candidates for email in candidate.emails),
        companies=(c.company for c in candidates if c.draft is not None and c.company),
    )
