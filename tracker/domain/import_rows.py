"""One imported row, mapped and checked: a validated contact draft (or an account) and its problems.

Problems name the row (1-based data row) and the column, so the rep can find and fix them.
Phones and e-mails go through the shared rules of `contact_fields` and `ContactDraft.validated`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tracker.domain.contact_fields import FieldError, Phone, normalize_email, normalize_phone
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import Lifecycle, Tier
from tracker.domain.geo import CoordinateError, parse_coordinates, parse_degrees
from tracker.domain.import_fields import PHONE_LABELS, REPEATED, ColumnMapping, ImportField
from tracker.domain.spreadsheet import FORMULA_STARTS

F = ImportField
MAX_LENGTH: dict[ImportField, int] = {
    F.FULL_NAME: 200, F.FIRST_NAME: 100, F.MIDDLE_NAME: 100, F.LAST_NAME: 100, F.COMPANY: 200,
    F.JOB_TITLE: 100, F.STREET: 200, F.POSTAL_CODE: 20, F.CITY: 100, F.SOURCE: 100,
    F.WEBSITE: 200, F.TAGS: 60,
}  # fmt: skip
_SPLIT_MULTI = re.compile(r"\s*:::\s*|\s*[\r\n]+\s*")
_SPLIT_LIST = re.compile(r"\s*(?::::|[,;\r\n])\s*")
LIFECYCLES: dict[str, Lifecycle] = {
    "lead": Lifecycle.LEAD, "new": Lifecycle.LEAD, "subscriber": Lifecycle.LEAD,
    "marketingqualifiedlead": Lifecycle.LEAD, "other": Lifecycle.LEAD, "neu": Lifecycle.LEAD,
    "prospect": Lifecycle.PROSPECT, "opportunity": Lifecycle.PROSPECT,
    "salesqualifiedlead": Lifecycle.PROSPECT, "interessent": Lifecycle.PROSPECT,
    "customer": Lifecycle.CUSTOMER, "evangelist": Lifecycle.CUSTOMER, "client": Lifecycle.CUSTOMER,
    "kunde": Lifecycle.CUSTOMER, "bestandskunde": Lifecycle.CUSTOMER,
}  # fmt: skip
COUNTRIES: dict[str, str] = {
    "germany": "DE", "deutschland": "DE", "austria": "AT", "österreich": "AT", "oesterreich": "AT",
    "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "liechtenstein": "LI",
    "netherlands": "NL", "niederlande": "NL", "holland": "NL", "belgium": "BE", "belgien": "BE",
    "luxembourg": "LU", "luxemburg": "LU", "france": "FR", "frankreich": "FR", "italy": "IT",
    "italien": "IT", "spain": "ES", "spanien": "ES", "portugal": "PT", "poland": "PL",
    "polen": "PL", "czech republic": "CZ", "czechia": "CZ", "tschechien": "CZ", "denmark": "DK",
    "dänemark": "DK", "sweden": "SE", "schweden": "SE", "norway": "NO", "norwegen": "NO",
    "finland": "FI", "finnland": "FI", "united kingdom": "GB", "great britain": "GB", "uk": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "vereinigtes königreich": "GB",
    "großbritannien": "GB", "ireland": "IE", "irland": "IE", "united states": "US",
    "united states of america": "US", "usa": "US", "vereinigte staaten": "US", "canada": "CA",
    "kanada": "CA", "turkey": "TR", "türkei": "TR", "greece": "GR", "griechenland": "GR",
    "hungary": "HU", "ungarn": "HU", "croatia": "HR", "kroatien": "HR", "slovenia": "SI",
    "slowenien": "SI", "slovakia": "SK", "slowakei": "SK", "romania": "RO", "rumänien": "RO",
}  # fmt: skip


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one cell (or one row): 1-based data row, column header, message."""

    row: int
    column: str
    message: str


@dataclass(frozen=True)
class Candidate:
    """A non-empty row read through the mapping: what it would create, and what is wrong with it."""

    row: int
    draft: ContactDraft | None  # None for a row that only names an account
    company: str | None = None
    tier: Tier | None = None
    website: str | None = None
    account_phone: str | None = None
    problems: tuple[RowProblem, ...] = field(default=())
    # The row's place: the contact's, or the account's for a row that names only an account.
    latitude: float | None = None
    longitude: float | None = None

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(p.number for p in self.draft.phones) if self.draft else ()

    @property
    def emails(self) -> tuple[str, ...]:
        return self.draft.emails if self.draft else ()


def clean_cell(value: str) -> str:
    """A cell as text: trimmed, with a neutralising apostrophe (as our exports write it) removed."""
    text = value.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        text = text[1:]
    return text


def split_name(full: str) -> tuple[str, str]:
    """'First Middle Last' → ('First Middle', 'Last'); 'Last, First' → ('First', 'Last')."""
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    parts = full.split()
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def read_candidate(
    row: int, cells: Sequence[str], headers: Sequence[str], mapping: ColumnMapping, region: str
) -> Candidate | None:
    """The row as a candidate, or None when every mapped cell is empty."""
    values: dict[ImportField, list[tuple[str, str]]] = {}
    for index, target in enumerate(mapping):
        if target is None or index >= len(cells):
            continue
        text = clean_cell(cells[index])
        if not text:
            continue
        column = headers[index] if index < len(headers) else f"#{index + 1}"
        if target in REPEATED:
            pattern = _SPLIT_LIST if target in (F.TAGS, F.EMAIL) else _SPLIT_MULTI
            parts = (
                [part for part in pattern.split(text) if part] if target is not F.NOTES else [text]
            )
        else:
            parts = [text]
        values.setdefault(target, []).extend((column, part) for part in parts)
    if not values:
        return None
    problems: list[RowProblem] = []

    def first(target: ImportField) -> tuple[str, str] | None:
        found = values.get(target)
        if not found:
            return None
        column, text = found[0]
        limit = MAX_LENGTH.get(target)
        if limit is not None and len(text) > limit:
            problems.append(RowProblem(row, column, f"is longer than {limit} characters"))
            return None
        return column, text

    def text_of(target: ImportField) -> str | None:
        found = first(target)
        return found[1] if found else None

    first_name = text_of(F.FIRST_NAME) or ""
    middle = text_of(F.MIDDLE_NAME)
    if middle:
        first_name = f"{first_name} {middle}".strip()
    last_name = text_of(F.LAST_NAME) or ""
    full = text_of(F.FULL_NAME)
    if full and not first_name and not last_name:
        first_name, last_name = split_name(full)

    raw_phones = [
        (column, Phone(text, label))
        for target, label in PHONE_LABELS.items()
        for column, text in values.get(target, [])
    ]
    raw_emails = values.get(F.EMAIL, [])

    def checked() -> tuple[list[Phone], list[str]]:
        """Each phone and e-mail on its own, so every bad one is reported with its column."""
        phones: list[Phone] = []
        for column, phone in raw_phones:
            try:
                phones.append(Phone(normalize_phone(phone.number, region), phone.label))
            except FieldError as exc:
                problems.append(RowProblem(row, column, exc.reason))
        emails: list[str] = []
        for column, text in raw_emails:
            try:
                emails.append(normalize_email(text))
            except FieldError as exc:
                problems.append(RowProblem(row, column, exc.reason))
        return phones, emails

    tags = []
    for column, text in values.get(F.TAGS, []):
        if len(text) > MAX_LENGTH[F.TAGS]:
            problems.append(RowProblem(row, column, f"tag {text[:20]!r}… is too long"))
        else:
            tags.append(text)
    lifecycle = Lifecycle.LEAD
    found = first(F.LIFECYCLE)
    if found:
        key = re.sub(r"[^a-zäöü]", "", found[1].casefold())
        if key in LIFECYCLES:
            lifecycle = LIFECYCLES[key]
        else:
            problems.append(
                RowProblem(row, found[0], f"{found[1]!r} is not lead, prospect or customer")
            )
    tier = None
    found = first(F.TIER)
    if found:
        letter = found[1].upper().removeprefix("TIER").strip()
        if letter in ("A", "B", "C"):
            tier = Tier(letter)
        else:
            problems.append(RowProblem(row, found[0], f"{found[1]!r} is not a tier (A, B or C)"))
    country = None
    found = first(F.COUNTRY)
    if found:
        country = _country(found[1])
        if country is None:
            problems.append(RowProblem(row, found[0], f"{found[1]!r} is not a country we know"))
    company = text_of(F.COMPANY)
    latitude, longitude = _place(row, first, problems)
    notes = "\n".join(text for _, text in values.get(F.NOTES, [])) or None
    website = text_of(F.WEBSITE)

    if not first_name.strip() and not last_name.strip():
        if company is None:
            column = _column_of(values, (F.FULL_NAME, F.FIRST_NAME, F.LAST_NAME)) or "—"
            problems.append(RowProblem(row, column, "a contact needs a first or last name"))
        phones, _emails = checked()
        account_phone = phones[0].number if phones else None
        return Candidate(
            row, None, company, tier, website, account_phone, tuple(problems), latitude, longitude
        )
    draft = ContactDraft(
        first_name=first_name,
        last_name=last_name,
        job_title=text_of(F.JOB_TITLE),
        phones=tuple(phone for _, phone in raw_phones),
        emails=tuple(text for _, text in raw_emails),
        tags=tuple(tags),
        street=text_of(F.STREET),
        postal_code=text_of(F.POSTAL_CODE),
        city=text_of(F.CITY),
        country=country,
        source=text_of(F.SOURCE),
        lifecycle=lifecycle,
        notes=notes,
        latitude=latitude,
        longitude=longitude,
    )
    try:
        # The happy path parses each phone once, in the shared ContactDraft rules.
        draft = draft.validated(region)
    except FieldError as exc:
        before = len(problems)
        checked()  # name every bad phone and e-mail with its column
        if len(problems) == before:
            problems.append(RowProblem(row, _column_of(values, ()) or exc.field, str(exc)))
    return Candidate(row, draft, company, tier, website, None, tuple(problems), latitude, longitude)


def _place(
    row: int,
    first: Callable[[ImportField], tuple[str, str] | None],
    problems: list[RowProblem],
) -> tuple[float | None, float | None]:
    """Coordinates from a lat and a lon column, or one cell of "lat, lon" or a geo: URI."""
    pair = first(F.COORDINATES)
    lat_cell, lon_cell = first(F.LATITUDE), first(F.LONGITUDE)
    try:
        if pair is not None and lat_cell is None and lon_cell is None:
            point = parse_coordinates(pair[1])
            return (point.latitude, point.longitude) if point else (None, None)
        latitude = parse_degrees(lat_cell[1], latitude=True) if lat_cell else None
        longitude = parse_degrees(lon_cell[1], latitude=False) if lon_cell else None
    except CoordinateError as exc:
        column = next(c for c in (pair, lat_cell, lon_cell) if c is not None)[0]
        if lat_cell is not None and lon_cell is not None:
            column = lat_cell[0] if "latitude" in str(exc) else lon_cell[0]
        problems.append(RowProblem(row, column, str(exc)))
        return None, None
    if (latitude is None) != (longitude is None):
        cell = lat_cell or lon_cell
        assert cell is not None
        problems.append(RowProblem(row, cell[0], "give both latitude and longitude, or neither"))
        return None, None
    return latitude, longitude


def _country(text: str) -> str | None:
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return COUNTRIES.get(text.strip().casefold())


def _column_of(
    values: dict[ImportField, list[tuple[str, str]]], targets: Sequence[ImportField]
) -> str | None:
    for target in targets:
        if target in values:
            return values[target][0][0]
    return None
