"""vCard 2.1, 3.0 and 4.0 files (quoted-printable, charsets, many cards) read as a fixed table."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tracker.domain.import_fields import ImportField
from tracker.domain.import_rows import RowProblem
from tracker.services.imports.readers import ImportFileError, SourceTable, decode

F = ImportField
COLUMNS: tuple[tuple[str, ImportField], ...] = (
    ("Full name", F.FULL_NAME),
    ("First name", F.FIRST_NAME),
    ("Middle name", F.MIDDLE_NAME),
    ("Last name", F.LAST_NAME),
    ("Company", F.COMPANY),
    ("Job title", F.JOB_TITLE),
    ("Mobile phone", F.MOBILE_PHONE),
    ("Work phone", F.WORK_PHONE),
    ("Home phone", F.HOME_PHONE),
    ("Phone", F.PHONE),
    ("E-mail", F.EMAIL),
    ("Street", F.STREET),
    ("Postal code", F.POSTAL_CODE),
    ("City", F.CITY),
    ("Country", F.COUNTRY),
    ("Categories", F.TAGS),
    ("Notes", F.NOTES),
    ("Website", F.WEBSITE),
)
HEADERS = tuple(name for name, _ in COLUMNS)
INDEX = {name: i for i, name in enumerate(HEADERS)}
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
SKIPPED_PHONE_TYPES = {"FAX", "PAGER", "MODEM", "BBS", "TEXTPHONE"}


def split_cards(text: str) -> list[str]:
    """The text of each BEGIN:VCARD … END:VCARD block, in file order."""
    cards, current = [], None
    for line in text.splitlines():
        if _BEGIN.match(line.strip()):
            current = [line.strip()]
        elif current is not None:
            current.append(line)
            if _END.match(line.strip()):
                cards.append("\r\n".join(current) + "\r\n")
                current = None
    return cards


def _types(line: Any) -> set[str]:
    found = {str(p).upper() for p in getattr(line, "singletonparams", [])}
    for value in line.params.get("TYPE", []):
        found.update(part.strip().upper() for part in str(value).split(","))
    return found


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return str(value or "").strip()


def card_cells(card: Any) -> tuple[str, ...]:
    """One card as cells in HEADERS order; several values of a kind share a cell, one per line."""
    cells: list[list[str]] = [[] for _ in HEADERS]

    def put(column: str, value: str) -> None:
        value = value.strip()
        if value:
            cells[INDEX[column]].append(value)

    for line in card.getChildren():
        name = line.name.upper()
        value = line.value
        if name == "FN":
            put("Full name", _text(value))
        elif name == "N":
            put("First name", _text(value.given))
            put("Middle name", _text(value.additional))
            put("Last name", _text(value.family))
        elif name == "ORG":
            put("Company", _text(value[0] if isinstance(value, list) and value else value))
        elif name == "TITLE":
            put("Job title", _text(value))
        elif name == "TEL":
            types = _types(line)
            if types & SKIPPED_PHONE_TYPES:
                continue
            number = _text(value).removeprefix("tel:")
            column = (
                "Mobile phone" if "CELL" in types
                else "Work phone" if "WORK" in types
                else "Home phone" if "HOME" in types
                else "Phone"
            )  # fmt: skip
            put(column, number)
        elif name == "EMAIL":
            put("E-mail", _text(value))
        elif name == "ADR":
            put("Street", _text(value.street))
            put("Postal code", _text(value.code))
            put("City", _text(value.city))
            put("Country", _text(value.country))
        elif name == "CATEGORIES":
            put(
                "Categories",
                ", ".join(str(v) for v in value) if isinstance(value, list) else _text(value),
            )
        elif name == "NOTE":
            put("Notes", _text(value))
        elif name == "URL":
            put("Website", _text(value))
    # Only the first address, name and company count; phones, e-mails, notes may repeat.
    single = {"Full name", "First name", "Middle name", "Last name", "Company", "Job title",
              "Street", "Postal code", "City", "Country", "Website"}  # fmt: skip
    return tuple(
        (values[0] if HEADERS[i] in single else "\n".join(values)) if values else ""
        for i, values in enumerate(cells)
    )


def read_vcards(path: Path, data: bytes) -> SourceTable:
    """Every card of the file; a card that cannot be parsed becomes a problem on its row."""
    import vobject

    text, encoding = decode(data)
    cards = split_cards(text)
    if not cards:
        raise ImportFileError(path, "holds no vCard (no BEGIN:VCARD … END:VCARD)")
    rows: list[tuple[int, tuple[str, ...]]] = []
    unreadable: list[RowProblem] = []
    for number, card_text in enumerate(cards, start=1):
        try:
            card = vobject.readOne(card_text, allowQP=True)
            cells = card_cells(card)
        # vobject raises many kinds on malformed input (ParseError, UnicodeError, LookupError for
        # an unknown CHARSET, binascii.Error, AttributeError …): any of them means this card is bad.
        except Exception as exc:
            reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
            unreadable.append(RowProblem(number, "vCard", f"cannot be read: {reason}"))
            continue
        if any(cells):
            rows.append((number, cells))
        else:
            unreadable.append(RowProblem(number, "vCard", "holds no name, phone or e-mail"))
    fixed = tuple(target for _, target in COLUMNS)
    return SourceTable(path, "vcf", encoding, None, HEADERS, tuple(rows), fixed, tuple(unreadable))
