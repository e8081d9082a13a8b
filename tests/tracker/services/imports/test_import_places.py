"""Imported coordinates: lat/lon columns (German headers and decimals too) or one geo: cell; a bad
one is named with its row and column, and nothing is imported until it is fixed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tracker.services.book import Book
from tracker.storage.records import AccountRecord, ContactRecord

PLACES = (
    "Vorname;Nachname;Firma;Breitengrad;Längengrad\n"
    "Jürgen;Müller;Bäckerei Köhler;50,9375;6,9603\n"
    ";;Café Übersee;51,2277;6,7735\n"
    "Ute;Schäfer;;;\n"
)
GEO = 'Name,Company,Geo\nAnna Berg,Berg AG,"geo:52.5163,13.3777"\n'
BAD = "Name,Lat,Lon\nAnna Berg,95.0,13.4\nBert Tal,52.1,\n"


def imported(book: Book, tmp_path: Path, text: str) -> object:
    path = tmp_path / "places.csv"
    path.write_text(text, encoding="utf-8")
    table = book.imports.read(path)
    return book.imports.apply(table, book.imports.suggest(table).mapping)


def test_lat_lon_columns_place_contacts_and_account_rows(book: Book, tmp_path: Path) -> None:
    """A person's row places the person; a row naming only a company places the account; a row
    without coordinates still imports (an address alone works everywhere)."""
    imported(book, tmp_path, PLACES)
    with book._ctx.db.read() as session:
        people = dict(
            session.execute(
                select(ContactRecord.last_name, ContactRecord.latitude).order_by(
                    ContactRecord.last_name
                )
            ).all()
        )
        accounts = dict(session.execute(select(AccountRecord.name, AccountRecord.longitude)).all())
    assert people == {"Müller": 50.9375, "Schäfer": None}
    assert accounts == {"Bäckerei Köhler": None, "Café Übersee": 6.7735}


def test_a_geo_uri_column_gives_both_halves(book: Book, tmp_path: Path) -> None:
    """One cell holding a geo: URI is read as the contact's latitude and longitude."""
    imported(book, tmp_path, GEO)
    with book._ctx.db.read() as session:
        place = session.execute(select(ContactRecord.latitude, ContactRecord.longitude)).one()
    assert tuple(place) == (52.5163, 13.3777)


def test_bad_coordinates_are_named_by_row_and_column(book: Book, tmp_path: Path) -> None:
    """A latitude off the globe and half a pair are errors of their row and column."""
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    table = book.imports.read(path)
    report = book.imports.preview(table, book.imports.suggest(table).mapping)
    problems = [(e.row, e.column, e.message) for e in report.errors]
    assert problems == [
        (1, "Lat", "latitude 95.0 is not between -90 and 90"),
        (2, "Lat", "give both latitude and longitude, or neither"),
    ]
    assert report.invalid == 2
