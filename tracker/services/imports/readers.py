"""Reading contact files into a table of text cells: CSV (any common encoding and delimiter), XLSX.

Nothing here touches the database. A file that cannot be read at all raises ImportFileError naming
the file (and the row, where there is one); single bad rows are the importer's business.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from tracker.domain.import_fields import ColumnMapping
from tracker.domain.import_rows import RowProblem

MAX_FILE_BYTES = 200 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
SNIFF_RECORDS = 50
CHARSET_SAMPLE = 256 * 1024
SINGLE_BYTE_CANDIDATES = ["cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman"]


class ImportFileError(ValueError):
    """A file that cannot be imported; says which file and, where it can, the row and column."""

    def __init__(
        self, path: Path, message: str, *, row: int | None = None, column: str | None = None
    ) -> None:
        where = path.name
        if row is not None:
            where += f", row {row}"
        if column:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.row = row
        self.column = column
        self.reason = message


@dataclass(frozen=True)
class SourceTable:
    """A file read as a header and numbered rows of text (empty rows left out)."""

    path: Path
    format: str  # csv | xlsx | vcf
    encoding: str | None
    delimiter: str | None
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (1-based data row, cells)
    fixed_mapping: ColumnMapping | None = None  # vCards: the columns mean one thing only
    unreadable: tuple[RowProblem, ...] = field(default=())  # rows that could not be parsed

    @property
    def row_count(self) -> int:
        """Non-empty data rows (or cards), the unreadable ones included."""
        return len(self.rows) + len(self.unreadable)


def detect_format(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".vcf", ".vcard"):
        return "vcf"
    if suffix == ".xls":
        raise ImportFileError(
            path, "old Excel files (.xls) cannot be read; save it as .xlsx or CSV"
        )
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if b"BEGIN:VCARD" in head[:4096].upper().replace(b"\x00", b""):
        return "vcf"
    return "csv"


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                path, f"is {size // 1_048_576} MB; files up to 200 MB can be imported"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(path, "does not exist") from None
    except IsADirectoryError:
        raise ImportFileError(path, "is a folder, not a file") from None
    except PermissionError:
        raise ImportFileError(path, "cannot be read (no permission)") from None
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read: {exc.strerror or exc}") from None


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: a BOM first, then UTF-8, UTF-16, single-byte guesses."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:CHARSET_SAMPLE]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # Text without a BOM but full of zero bytes is UTF-16: the zeros say which end is which.
        name = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=SINGLE_BYTE_CANDIDATES).best()
    for name in ([best.encoding] if best is not None else []) + ["cp1252"]:
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), "latin-1"  # every byte is a character: never fails


def _records(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)


def sniff_delimiter(text: str) -> str:
    """The delimiter (`,` `;` tab `|`) that splits the first records into the most steady columns."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = []
        try:
            for record in _records(text, delimiter):
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
                if len(counts) >= SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for n in counts if n == counts[0]), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _unique_headers(cells: Sequence[str]) -> tuple[str, ...]:
    headers = []
    for index, cell in enumerate(cells, start=1):
        name = " ".join(cell.split())
        headers.append(name or f"Column {index}")
    return tuple(headers)


def _table(
    path: Path,
    records: Iterable[Sequence[str]],
    *,
    fmt: str,
    encoding: str | None,
    delimiter: str | None,
) -> SourceTable:
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    for record in records:
        if headers is None:
            if any(cell.strip() for cell in record):
                headers = _unique_headers(record)
            continue
        number += 1
        if any(cell.strip() for cell in record):
            rows.append((number, tuple(record)))
    if headers is None:
        raise ImportFileError(path, "is empty")
    return SourceTable(path, fmt, encoding, delimiter, headers, tuple(rows))


def read_csv(path: Path, data: bytes) -> SourceTable:
    text, encoding = decode(data)
    if "\x00" in text:
        raise ImportFileError(path, "holds binary data, not text (is it really a CSV file?)")
    delimiter = sniff_delimiter(text)
    reader = _records(text, delimiter)

    def guarded() -> Iterable[list[str]]:
        records = 0  # the header is the first record, so the failing data row is `records`
        try:
            for record in reader:
                records += 1
                yield record
        except csv.Error as exc:
            raise ImportFileError(
                path, f"cannot be read as CSV: {exc}", row=max(records, 1)
            ) from None

    return _table(path, guarded(), fmt="csv", encoding=encoding, delimiter=delimiter)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        return str(int(value))  # phone numbers and postcodes typed as numbers
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> SourceTable:
    """The first worksheet of a workbook (formulas as their last computed values)."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(path, f"is not an Excel workbook that can be read ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        records = ([_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True))
        return _table(path, records, fmt="xlsx", encoding=None, delimiter=None)
    finally:
        workbook.close()
