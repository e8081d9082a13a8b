"""Importing contacts: messy real-world files, duplicates, all-or-nothing, undo of the last import."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tracker.domain.accounts import AccountDraft
from tracker.domain.changes import Written
from tracker.domain.clock import FixedClock
from tracker.domain.contacts import ContactQuery
from tracker.domain.drafts import ContactDraft
from tracker.domain.import_fields import ImportField
from tracker.domain.import_matching import Decision
from tracker.services.book import Book
from tracker.services.imports.readers import ImportFileError
from tracker.services.imports.results import CannotUndoImport, ImportReport, NothingToImport
from tracker.services.location import DataLocation
from tracker.services.progress import Cancelled, Progress
from tracker.storage.backup import BackupError
from tracker.storage.records import (
    AccountRecord,
    ActivityRecord,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
)

GERMAN = (
    "Vorname;Nachname;Firma;Telefon;E-Mail;Notizen\n"
    'Jürgen;Müller;Bäckerei Köhler;030 1234567;juergen@example.de;"Mag Brötchen;\nruft abends an"\n'
    ";;;;;\n"
    "Zoë;Weiß;Café Übersee;+49 30 7654321;zoe@example.de;\n"
    "Sören;Groß;Bäckerei Köhler;+49 (30) 123-4567;soeren@example.de;\n"
    "Ute;Schäfer;;0170 5555555;kein-at-zeichen;\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def preview(book: Book, path: Path, **kwargs: object) -> ImportReport:
    table = book.imports.read(path)
    return book.imports.preview(table, book.imports.suggest(table).mapping, **kwargs)  # type: ignore[arg-type]


def apply(book: Book, path: Path, **kwargs: object) -> Written[ImportReport]:
    table = book.imports.read(path)
    return book.imports.apply(table, book.imports.suggest(table).mapping, **kwargs)  # type: ignore[arg-type]


def count(book: Book, model: type) -> int:
    with book._ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8.csv", "utf-8"),
        ("bom.csv", "utf-8-sig"),
        ("utf16.csv", "utf-16"),
        ("ansi.csv", "cp1252"),
    ],
)
def test_encodings_semicolons_quoted_newlines_and_empty_rows(
    book: Book, tmp_path: Path, name: str, encoding: str
) -> None:
    """Every common encoding reads the same: umlauts intact, the empty row not counted, one bad e-mail,
    and Sören's phone (same number, other spelling) found as a duplicate of Jürgen's row."""
    path = write(tmp_path, name, GERMAN.encode(encoding))
    report = preview(book, path)
    assert report.delimiter == ";"
    assert (
        report.encoding == encoding
        if encoding != "cp1252"
        else report.encoding in ("cp1252", "iso8859_15", "latin_1")
    )
    assert (report.rows, report.new, report.duplicates, report.invalid) == (4, 2, 1, 1)
    assert [(e.row, e.column) for e in report.errors] == [(5, "E-Mail")]
    assert "kein-at-zeichen" in report.errors[0].message
    lines = {line.row: line for line in report.lines}
    assert lines[1].name == "Jürgen Müller" and lines[3].name == "Zoë Weiß"
    assert lines[4].duplicate_of == "row 1"


def test_import_writes_contacts_accounts_and_notes_with_newlines(
    book: Book, tmp_path: Path
) -> None:
    """The import creates the contacts, one account per company, phones in E.164, the quoted note."""
    written = apply(book, write(tmp_path, "crm.csv", GERMAN.encode("utf-8")))
    assert written.value.import_id and written.changes.contacts
    assert written.value.backup is not None and written.value.backup.exists()
    with book._ctx.db.read() as session:
        juergen = session.scalars(
            select(ContactRecord).where(ContactRecord.last_name == "Müller")
        ).one()
        assert juergen.notes == "Mag Brötchen;\nruft abends an"
        assert juergen.import_id == written.value.import_id
        phones = set(session.scalars(select(ContactPhoneRecord.number)))
        assert phones == {"+49301234567", "+49307654321"}
        accounts = set(session.scalars(select(AccountRecord.name)))
        assert accounts == {"Bäckerei Köhler", "Café Übersee"}


def test_duplicates_of_the_book_skip_update_or_add(book: Book, tmp_path: Path) -> None:
    """A second import of the same people: skipped by default, updated or added when asked."""
    apply(book, write(tmp_path, "first.csv", b"Name,Phone\nAnna Alt,030 111111\n"))
    again = write(
        tmp_path, "again.csv", b"Name,Phone,E-mail,City\nAnna Alt,+49 30 111111,anna@x.de,Berlin\n"
    )
    assert (preview(book, again).duplicates, preview(book, again).new) == (1, 0)
    with pytest.raises(NothingToImport):
        apply(book, again)
    assert preview(book, again, policy=Decision.ADD).new == 1
    updated = apply(book, again, policy=Decision.UPDATE).value
    assert (updated.new, updated.updated) == (0, 1)
    with book._ctx.db.read() as session:
        anna = session.scalars(select(ContactRecord)).one()
        assert anna.city == "Berlin"
        assert session.scalars(select(ContactEmailRecord.address)).all() == ["anna@x.de"]
    # Undo of the update restores Anna as she was, and keeps her.
    book.imports.undo_last()
    with book._ctx.db.read() as session:
        anna = session.scalars(select(ContactRecord)).one()
        assert anna.city is None
        assert session.scalars(select(ContactEmailRecord.address)).all() == []


def test_names_and_companies_in_another_spelling_meet_the_book(book: Book, tmp_path: Path) -> None:
    """Rows for "MUELLER BAU GMBH" join the account Müller Bau GmbH instead of making another;
    Joerg Schroeder there (no phone, no e-mail) is Jörg Schröder, who is in the book already,
    and may update him; Jörg Schröder at another company is someone else."""
    shop = book.accounts.create(AccountDraft(name="Müller Bau GmbH")).value
    known = book.contacts.create(ContactDraft("Jörg", "Schröder", account_id=shop)).value
    path = write(
        tmp_path,
        "crm.csv",
        "Vorname;Nachname;Firma;Ort\n"
        "Joerg;Schroeder;MUELLER BAU GMBH;Köln\n"
        "Eva;Lang;Mueller-Bau GmbH;\n"
        "Jörg;Schröder;Schröder Dach;\n".encode(),
    )
    lines = preview(book, path).lines
    assert [(line.status.value, line.duplicate_of) for line in lines] == [
        ("duplicate", "Jörg Schröder"), ("new", None), ("new", None),
    ]  # fmt: skip
    report = apply(book, path, policy=Decision.UPDATE).value
    assert (report.new, report.updated) == (2, 1)
    assert book.contacts.detail(known).city == "Köln"
    eva = book.contacts.ids(ContactQuery(text="eva lang"))
    assert [book.contacts.detail(i).account_id for i in eva] == [shop]
    with book._ctx.db.read() as session:
        names = sorted(session.scalars(select(AccountRecord.name)))
    assert names == ["Müller Bau GmbH", "Schröder Dach"]


def test_a_failed_import_leaves_the_database_file_unchanged(
    location: DataLocation, clock: FixedClock, tmp_path: Path
) -> None:
    """Cancelled half-way through writing, the import rolls back: the file is byte-identical."""
    rows = "".join(f"Person {i},Test,+4930{1000000 + i}\n" for i in range(3000))
    path = write(tmp_path, "big.csv", ("First,Last,Phone\n" + rows).encode())
    Book.open(location, clock=clock).close()
    before = hashlib.sha256(location.database.read_bytes()).hexdigest()
    book = Book.open(location, clock=clock)
    calls = {"n": 0}

    def cancel_during_the_write(done: int, total: int) -> None:
        calls["n"] += 1
        if calls["n"] > 8:  # past reading the rows, inside the write transaction
            progress.cancel()

    progress = Progress(cancel_during_the_write)
    with pytest.raises(Cancelled):
        apply(book, path, progress=progress)
    assert count(book, ContactRecord) == 0
    book.close()
    assert hashlib.sha256(location.database.read_bytes()).hexdigest() == before


def test_an_import_waits_for_its_backup_and_writes_nothing_when_it_fails(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup runs beside the reading of the rows; the import writes only once it is done,
    and a failed backup stops the import with its message and nothing written."""
    from tracker.services.imports import service as import_service

    path = write(tmp_path, "people.csv", b"Name,Phone\nAnna Alt,030 111111\nBen Bau,030 222222\n")
    written = apply(book, path).value
    assert written.new == 2 and written.backup is not None and written.backup.exists()
    assert written.backup in [b.path for b in book.backups.available()]

    def failing(ctx: object, reason: str) -> None:
        raise BackupError(f"could not back up before the {reason}: disk full")

    monkeypatch.setattr(import_service, "backup_before", failing)
    more = write(tmp_path, "more.csv", b"Name,Phone\nCarla Cord,030 333333\n")
    with pytest.raises(BackupError, match="disk full"):
        apply(book, more)
    assert count(book, ContactRecord) == 2


def test_undo_last_import_removes_exactly_what_it_added(demo_book: Book, tmp_path: Path) -> None:
    """After import and undo, the book has the same contacts, accounts and phones as before."""
    before = (
        count(demo_book, ContactRecord),
        count(demo_book, AccountRecord),
        count(demo_book, ContactPhoneRecord),
    )
    apply(demo_book, write(tmp_path, "crm.csv", GERMAN.encode("utf-8")))
    assert count(demo_book, ContactRecord) == before[0] + 2
    info = demo_book.imports.undo_last().value
    assert info.undone and info.created_count == 2
    after = (
        count(demo_book, ContactRecord),
        count(demo_book, AccountRecord),
        count(demo_book, ContactPhoneRecord),
    )
    assert after == before
    assert demo_book.maintenance.check().ok
    # ... and the same file imports again.
    assert apply(demo_book, write(tmp_path, "crm.csv", GERMAN.encode("utf-8"))).value.new == 2


def test_undo_is_refused_once_imported_contacts_were_worked_on(book: Book, tmp_path: Path) -> None:
    """A logged call on an imported contact would be lost, so the undo refuses and changes nothing."""
    apply(book, write(tmp_path, "a.csv", b"Name,Phone\nBea Berg,030 222222\n"))
    with book._ctx.db.write() as session:
        contact = session.scalars(select(ContactRecord)).one()
        session.add(ActivityRecord(contact_id=contact.id, kind="call", due_on=book.reports.today()))
    with pytest.raises(CannotUndoImport, match="have activities"):
        book.imports.undo_last()
    assert count(book, ContactRecord) == 1


def test_nothing_to_undo(book: Book) -> None:
    """Without an import there is nothing to undo, said plainly."""
    with pytest.raises(CannotUndoImport, match="no import"):
        book.imports.undo_last()


def test_unreadable_files_raise_typed_errors(book: Book, tmp_path: Path) -> None:
    """Empty, missing, old Excel and nameless files each get an ImportFileError naming the file."""
    with pytest.raises(ImportFileError, match="empty"):
        book.imports.read(write(tmp_path, "empty.csv", b"\n\n"))
    with pytest.raises(ImportFileError, match="does not exist"):
        book.imports.read(tmp_path / "missing.csv")
    with pytest.raises(ImportFileError, match="xls"):
        book.imports.read(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0"))
    table = book.imports.read(write(tmp_path, "x.csv", b"Foo,Bar\n1,2\n"))
    with pytest.raises(ImportFileError, match="no column is mapped"):
        book.imports.preview(table, book.imports.suggest(table).mapping)


def test_xlsx_with_numbers_as_phones(book: Book, tmp_path: Path) -> None:
    """A phone typed as a number (Excel dropped the leading 0) still imports as that phone."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["First Name", "Last Name", "Company", "Mobile Phone", "E-mail Address"])
    sheet.append(["Lea", "Lang", "Lang GmbH", 17012345678, "lea@lang.de"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Max", "Kurz", None, "0171 2345678", "max@kurz.de"])
    path = tmp_path / "contacts.xlsx"
    workbook.save(path)
    report = apply(book, path).value
    assert (report.format, report.rows, report.new, report.invalid) == ("xlsx", 2, 2, 0)
    with book._ctx.db.read() as session:
        assert set(session.scalars(select(ContactPhoneRecord.number))) == {
            "+4917012345678",
            "+491712345678",
        }


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\nller\r\n"
    "TEL;WORK;VOICE:030 1234567\r\nTEL;CELL:+49 170 1234567\r\nTEL;FAX:030 999\r\n"
    "EMAIL;INTERNET:j@example.de\r\nORG:Bäckerei Köhler\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weiß;Zoë;;;\r\nFN:Zoë Weiß\r\n"
    "TEL;TYPE=HOME:+49 40 555 666\r\nEMAIL;TYPE=INTERNET:zoe@example.de\r\n"
    "ADR;TYPE=WORK:;;Elbchaussee 1;Hamburg;;22763;Germany\r\nCATEGORIES:vip,messe\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ola Nowak\r\nN:Nowak;Ola;;;\r\n"
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+48-601-234-567\r\nEMAIL:ola@example.pl\r\nEND:VCARD\r\n'
)


def test_vcards_of_every_version(book: Book, tmp_path: Path) -> None:
    """2.1 (quoted-printable, charsets), 3.0 and 4.0 cards in one file; faxes are not phones."""
    report = apply(book, write(tmp_path, "people.vcf", VCARDS.encode("utf-8"))).value
    assert (report.format, report.rows, report.new, report.invalid) == ("vcf", 3, 3, 0)
    with book._ctx.db.read() as session:
        people = {c.last_name: c for c in session.scalars(select(ContactRecord))}
        assert set(people) == {"Müller", "Weiß", "Nowak"}
        assert people["Weiß"].city == "Hamburg" and people["Weiß"].country == "DE"
        numbers = set(session.scalars(select(ContactPhoneRecord.number)))
        assert numbers == {"+49301234567", "+491701234567", "+4940555666", "+48601234567"}


def test_saved_mapping_is_offered_for_the_next_file(book: Book, tmp_path: Path) -> None:
    """A mapping saved under a name is suggested for a file with the same columns."""
    path = write(tmp_path, "odd.csv", b"Wer;Fon\nAnna Alt;030 111111\n")
    table = book.imports.read(path)
    mapping = (ImportField.FULL_NAME, ImportField.PHONE)
    book.imports.save_mapping("Our old CRM", table, mapping)
    suggestion = book.imports.suggest(book.imports.read(path))
    assert suggestion.source == "Our old CRM" and suggestion.mapping == mapping
