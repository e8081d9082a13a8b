"""Fuzzing the CSV and vCard importers: random bytes and mutated real files.

Whatever the bytes, an import either succeeds, or fails with a typed import error (with the row
where there is one); every row problem names its row and column; and after a failed import the
database file is byte-identical to before.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.clock import FixedClock
from tracker.services.book import Book
from tracker.services.imports.readers import ImportFileError
from tracker.services.imports.results import NothingToImport
from tracker.services.location import DataLocation

from .test_imports import GERMAN, VCARDS

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TYPED = (ImportFileError, NothingToImport)


def _mutate(sample: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (position, kind, bytes) edits: 0 replaces, 1 inserts, 2 deletes a few bytes."""
    data = bytearray(sample)
    for position, kind, chunk in edits:
        at = position % (len(data) + 1)
        if kind == 0:
            data[at : at + len(chunk)] = chunk
        elif kind == 1:
            data[at:at] = chunk
        else:
            del data[at : at + len(chunk) + 1]
    return bytes(data)


EDITS = st.lists(
    st.tuples(st.integers(0, 10_000), st.integers(0, 2), st.binary(min_size=1, max_size=6)),
    min_size=1,
    max_size=12,
)


class Sandbox:
    """A pristine book file, copied fresh for each example."""

    def __init__(self, template: Path, clock: FixedClock) -> None:
        self.template = template
        self.clock = clock

    def import_bytes(self, name: str, data: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "data"
            folder.mkdir()
            shutil.copy(self.template, folder / self.template.name)
            database = folder / self.template.name
            before = hashlib.sha256(database.read_bytes()).digest()
            path = Path(tmp) / name
            path.write_bytes(data)
            book = Book.open(DataLocation(folder), clock=self.clock)
            failed = True
            try:
                table = book.imports.read(path)
                mapping = book.imports.suggest(table).mapping
                preview = book.imports.preview(table, mapping)
                for problem in preview.errors:
                    assert problem.row >= 1 and problem.column
                assert (
                    preview.rows
                    == preview.new + preview.updated + preview.duplicates + preview.invalid
                )
                book.imports.apply(table, mapping)
                failed = False
            except TYPED as exc:
                row = getattr(exc, "row", None)
                assert row is None or row >= 1
                assert path.name in str(exc)
            finally:
                book.close()
            if failed:
                assert hashlib.sha256(database.read_bytes()).digest() == before


def _sandbox(location: DataLocation, clock: FixedClock) -> Sandbox:
    Book.open(location, clock=clock).close()
    return Sandbox(location.database, clock)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_as_csv(location: DataLocation, clock: FixedClock, data: bytes) -> None:
    """Arbitrary bytes named .csv never crash the importer nor change the book when refused."""
    _sandbox(location, clock).import_bytes("random.csv", data)


@FUZZ
@given(edits=EDITS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_mutated_csv(
    location: DataLocation, clock: FixedClock, edits: list[tuple[int, int, bytes]], encoding: str
) -> None:
    """A real German CSV, damaged at random places, gives only typed errors with rows."""
    _sandbox(location, clock).import_bytes("mutated.csv", _mutate(GERMAN.encode(encoding), edits))


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_as_vcard(location: DataLocation, clock: FixedClock, data: bytes) -> None:
    """Arbitrary bytes named .vcf: a typed error or an import, never a crash."""
    _sandbox(location, clock).import_bytes("random.vcf", b"BEGIN:VCARD\r\n" + data)


@FUZZ
@given(edits=EDITS)
def test_mutated_vcards(
    location: DataLocation, clock: FixedClock, edits: list[tuple[int, int, bytes]]
) -> None:
    """Real 2.1/3.0/4.0 cards, damaged at random places: unreadable cards become row problems."""
    _sandbox(location, clock).import_bytes("mutated.vcf", _mutate(VCARDS.encode("utf-8"), edits))
