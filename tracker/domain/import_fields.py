"""Where an imported column goes: the target fields, presets for common exports, and a good guess.

Headers are compared loosely (case, spaces, punctuation and umlaut spellings ignored), so
"E-Mail-Adresse", "e-mail address" and "Email" all find the e-mail field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum


class ImportField(StrEnum):
    """A field a column can fill. The string values are stored in saved mappings."""

    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    JOB_TITLE = "job_title"
    PHONE = "phone"
    MOBILE_PHONE = "mobile_phone"
    WORK_PHONE = "work_phone"
    HOME_PHONE = "home_phone"
    EMAIL = "email"
    STREET = "street"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    COUNTRY = "country"
    TAGS = "tags"
    NOTES = "notes"
    SOURCE = "source"
    LIFECYCLE = "lifecycle"
    TIER = "tier"
    WEBSITE = "website"
    LATITUDE = "latitude"
    LONGITUDE = "longitude"
    COORDINATES = "coordinates"  # "52.52, 13.40" or a geo: URI in one cell


F = ImportField
# Fields a row may hold several values of (several columns, or " ::: " / line breaks in a cell).
REPEATED = frozenset(
    {F.PHONE, F.MOBILE_PHONE, F.WORK_PHONE, F.HOME_PHONE, F.EMAIL, F.TAGS, F.NOTES}
)
PHONE_LABELS: dict[ImportField, str] = {
    F.PHONE: "",
    F.MOBILE_PHONE: "mobile",
    F.WORK_PHONE: "work",
    F.HOME_PHONE: "home",
}

ColumnMapping = tuple[ImportField | None, ...]  # one entry per column, None = not imported


def header_key(header: str) -> str:
    """A header reduced for comparison: lower case, ASCII letters and digits, single spaces."""
    text = header.strip().casefold().replace("ß", "ss")
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _keys(mapping: Mapping[str, ImportField]) -> dict[str, ImportField]:
    return {header_key(header): field for header, field in mapping.items()}


PRESETS: dict[str, dict[str, ImportField]] = {
    "Outlook": _keys({
        "First Name": F.FIRST_NAME, "Middle Name": F.MIDDLE_NAME, "Last Name": F.LAST_NAME,
        "Company": F.COMPANY, "Job Title": F.JOB_TITLE, "Business Phone": F.WORK_PHONE,
        "Business Phone 2": F.WORK_PHONE, "Mobile Phone": F.MOBILE_PHONE, "Home Phone": F.HOME_PHONE,
        "Other Phone": F.PHONE, "Primary Phone": F.PHONE, "Company Main Phone": F.WORK_PHONE,
        "E-mail Address": F.EMAIL, "E-mail 2 Address": F.EMAIL, "E-mail 3 Address": F.EMAIL,
        "Business Street": F.STREET, "Business City": F.CITY, "Business Postal Code": F.POSTAL_CODE,
        "Business Country/Region": F.COUNTRY, "Notes": F.NOTES, "Categories": F.TAGS,
        "Web Page": F.WEBSITE,
        # German Outlook
        "Vorname": F.FIRST_NAME, "Weitere Vornamen": F.MIDDLE_NAME, "Nachname": F.LAST_NAME,
        "Firma": F.COMPANY, "Position": F.JOB_TITLE, "Telefon geschäftlich": F.WORK_PHONE,
        "Telefon geschäftlich 2": F.WORK_PHONE, "Mobiltelefon": F.MOBILE_PHONE,
        "Telefon privat": F.HOME_PHONE, "E-Mail-Adresse": F.EMAIL, "E-Mail 2: Adresse": F.EMAIL,
        "E-Mail 3: Adresse": F.EMAIL, "Straße geschäftlich": F.STREET, "Ort geschäftlich": F.CITY,
        "Postleitzahl geschäftlich": F.POSTAL_CODE, "Land/Region geschäftlich": F.COUNTRY,
        "Notizen": F.NOTES, "Kategorien": F.TAGS, "Webseite": F.WEBSITE,
    }),
    "Google Contacts": _keys({
        "First Name": F.FIRST_NAME, "Middle Name": F.MIDDLE_NAME, "Last Name": F.LAST_NAME,
        "Given Name": F.FIRST_NAME, "Additional Name": F.MIDDLE_NAME, "Family Name": F.LAST_NAME,
        "Name": F.FULL_NAME, "Organization Name": F.COMPANY, "Organization Title": F.JOB_TITLE,
        "Organization 1 - Name": F.COMPANY, "Organization 1 - Title": F.JOB_TITLE,
        "E-mail 1 - Value": F.EMAIL, "E-mail 2 - Value": F.EMAIL, "E-mail 3 - Value": F.EMAIL,
        "Phone 1 - Value": F.PHONE, "Phone 2 - Value": F.PHONE, "Phone 3 - Value": F.PHONE,
        "Address 1 - Street": F.STREET, "Address 1 - City": F.CITY,
        "Address 1 - Postal Code": F.POSTAL_CODE, "Address 1 - Country": F.COUNTRY,
        "Notes": F.NOTES, "Labels": F.TAGS, "Group Membership": F.TAGS,
        "Website 1 - Value": F.WEBSITE,
    }),
    "HubSpot": _keys({
        "First Name": F.FIRST_NAME, "Last Name": F.LAST_NAME, "Email": F.EMAIL,
        "Phone Number": F.WORK_PHONE, "Mobile Phone Number": F.MOBILE_PHONE,
        "Company Name": F.COMPANY, "Associated Company": F.COMPANY, "Job Title": F.JOB_TITLE,
        "Street Address": F.STREET, "City": F.CITY, "Postal Code": F.POSTAL_CODE,
        "Country/Region": F.COUNTRY, "Lifecycle Stage": F.LIFECYCLE,
        "Original Source": F.SOURCE, "Website URL": F.WEBSITE,
    }),
    "Pipedrive": _keys({
        "Person - Name": F.FULL_NAME, "Person - First name": F.FIRST_NAME,
        "Person - Last name": F.LAST_NAME, "Person - Organization": F.COMPANY,
        "Person - Email - Work": F.EMAIL, "Person - Email - Home": F.EMAIL,
        "Person - Email - Other": F.EMAIL, "Person - Phone - Work": F.WORK_PHONE,
        "Person - Phone - Mobile": F.MOBILE_PHONE, "Person - Phone - Home": F.HOME_PHONE,
        "Person - Phone - Other": F.PHONE, "Person - Job title": F.JOB_TITLE,
        "Person - Labels": F.TAGS, "Person - Postal address": F.STREET,
        "Organization - Name": F.COMPANY,
    }),
    "Salesforce": _keys({
        "First Name": F.FIRST_NAME, "Last Name": F.LAST_NAME, "Account Name": F.COMPANY,
        "Title": F.JOB_TITLE, "Phone": F.WORK_PHONE, "Mobile": F.MOBILE_PHONE,
        "Home Phone": F.HOME_PHONE, "Other Phone": F.PHONE, "Email": F.EMAIL,
        "Mailing Street": F.STREET, "Mailing City": F.CITY, "Mailing Zip/Postal Code": F.POSTAL_CODE,
        "Mailing Country": F.COUNTRY, "Lead Source": F.SOURCE, "Description": F.NOTES,
        # Data Loader (API names)
        "FirstName": F.FIRST_NAME, "LastName": F.LAST_NAME, "Account.Name": F.COMPANY,
        "MobilePhone": F.MOBILE_PHONE, "HomePhone": F.HOME_PHONE, "MailingStreet": F.STREET,
        "MailingCity": F.CITY, "MailingPostalCode": F.POSTAL_CODE, "MailingCountry": F.COUNTRY,
        "LeadSource": F.SOURCE,
    }),
}  # fmt: skip

# Everything else people call these columns (English and German), and Groundgame's own export.
SYNONYMS: dict[str, ImportField] = _keys({
    "Name": F.FULL_NAME, "Full name": F.FULL_NAME, "Contact": F.FULL_NAME, "Kontakt": F.FULL_NAME,
    "Ansprechpartner": F.FULL_NAME, "Display name": F.FULL_NAME,
    "First": F.FIRST_NAME, "Firstname": F.FIRST_NAME, "Given name": F.FIRST_NAME,
    "Vorname": F.FIRST_NAME, "Forename": F.FIRST_NAME,
    "Last": F.LAST_NAME, "Lastname": F.LAST_NAME, "Surname": F.LAST_NAME,
    "Family name": F.LAST_NAME, "Nachname": F.LAST_NAME, "Familienname": F.LAST_NAME,
    "Company": F.COMPANY, "Organization": F.COMPANY, "Organisation": F.COMPANY,
    "Account": F.COMPANY, "Firma": F.COMPANY, "Unternehmen": F.COMPANY, "Kunde": F.COMPANY,
    "Job title": F.JOB_TITLE, "Title": F.JOB_TITLE, "Position": F.JOB_TITLE,
    "Funktion": F.JOB_TITLE, "Berufsbezeichnung": F.JOB_TITLE, "Role": F.JOB_TITLE,
    "Phone": F.PHONE, "Telephone": F.PHONE, "Tel": F.PHONE, "Telefon": F.PHONE,
    "Telefonnummer": F.PHONE, "Phone number": F.PHONE,
    "Mobile": F.MOBILE_PHONE, "Mobile phone": F.MOBILE_PHONE, "Cell": F.MOBILE_PHONE,
    "Cell phone": F.MOBILE_PHONE, "Handy": F.MOBILE_PHONE, "Mobil": F.MOBILE_PHONE,
    "Mobilnummer": F.MOBILE_PHONE, "Mobiltelefon": F.MOBILE_PHONE,
    "Work phone": F.WORK_PHONE, "Business phone": F.WORK_PHONE, "Office phone": F.WORK_PHONE,
    "Telefon geschäftlich": F.WORK_PHONE, "Telefon Büro": F.WORK_PHONE, "Festnetz": F.WORK_PHONE,
    "Home phone": F.HOME_PHONE, "Telefon privat": F.HOME_PHONE,
    "Email": F.EMAIL, "E-mail": F.EMAIL, "Mail": F.EMAIL, "Email address": F.EMAIL,
    "E-Mail-Adresse": F.EMAIL, "E-Mail Adresse": F.EMAIL,
    "Street": F.STREET, "Address": F.STREET, "Straße": F.STREET, "Strasse": F.STREET,
    "Anschrift": F.STREET, "Adresse": F.STREET, "Street address": F.STREET,
    "Postal code": F.POSTAL_CODE, "Zip": F.POSTAL_CODE, "Zip code": F.POSTAL_CODE,
    "Postcode": F.POSTAL_CODE, "PLZ": F.POSTAL_CODE, "Postleitzahl": F.POSTAL_CODE,
    "City": F.CITY, "Town": F.CITY, "Ort": F.CITY, "Stadt": F.CITY, "Wohnort": F.CITY,
    "Country": F.COUNTRY, "Land": F.COUNTRY, "Country code": F.COUNTRY,
    "Tags": F.TAGS, "Labels": F.TAGS, "Categories": F.TAGS, "Kategorie": F.TAGS,
    "Kategorien": F.TAGS, "Schlagworte": F.TAGS, "Gruppen": F.TAGS,
    "Notes": F.NOTES, "Note": F.NOTES, "Comment": F.NOTES, "Comments": F.NOTES,
    "Notiz": F.NOTES, "Notizen": F.NOTES, "Bemerkung": F.NOTES, "Bemerkungen": F.NOTES,
    "Kommentar": F.NOTES, "Description": F.NOTES, "Beschreibung": F.NOTES,
    "Source": F.SOURCE, "Lead source": F.SOURCE, "Quelle": F.SOURCE, "Herkunft": F.SOURCE,
    "Lifecycle": F.LIFECYCLE, "Lifecycle stage": F.LIFECYCLE, "Status": F.LIFECYCLE,
    "Tier": F.TIER, "Klasse": F.TIER, "ABC": F.TIER, "Kundenklasse": F.TIER,
    "Website": F.WEBSITE, "Web": F.WEBSITE, "URL": F.WEBSITE, "Homepage": F.WEBSITE,
    "Webseite": F.WEBSITE, "Internet": F.WEBSITE,
    "Latitude": F.LATITUDE, "Lat": F.LATITUDE, "Breitengrad": F.LATITUDE, "Breite": F.LATITUDE,
    "Geo latitude": F.LATITUDE, "Geografische Breite": F.LATITUDE,
    "Longitude": F.LONGITUDE, "Lon": F.LONGITUDE, "Lng": F.LONGITUDE, "Long": F.LONGITUDE,
    "Längengrad": F.LONGITUDE, "Länge": F.LONGITUDE, "Geo longitude": F.LONGITUDE,
    "Geografische Länge": F.LONGITUDE,
    "Coordinates": F.COORDINATES, "Koordinaten": F.COORDINATES, "Geo": F.COORDINATES,
    "GPS": F.COORDINATES, "Geo URI": F.COORDINATES, "Location": F.COORDINATES,
    "Standort": F.COORDINATES, "Lat/Lon": F.COORDINATES, "Lat Long": F.COORDINATES,
})  # fmt: skip

_NUMBERED = re.compile(r"^(.*?)\s*\d+$")


def guess_field(header: str) -> ImportField | None:
    """The field a header most likely means, or None when nothing fits."""
    key = header_key(header)
    if not key:
        return None
    for candidates in (SYNONYMS, *PRESETS.values()):
        if key in candidates:
            return candidates[key]
    numbered = _NUMBERED.match(key)  # "E-mail 2", "Mobile phone 3"
    if numbered and numbered.group(1) in SYNONYMS:
        field = SYNONYMS[numbered.group(1)]
        return field if field in REPEATED else None
    return None


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """A field for every header that has an obvious one; single-value fields are used once."""
    taken: set[ImportField] = set()
    result: list[ImportField | None] = []
    for header in headers:
        field = guess_field(header)
        if field is not None and field not in REPEATED and field in taken:
            field = None
        if field is not None:
            taken.add(field)
        result.append(field)
    return tuple(result)


def detect_preset(headers: Sequence[str]) -> str | None:
    """The name of the known export these headers most look like (at least three matches)."""
    keys = {header_key(h) for h in headers}
    scores = {name: len(keys & preset.keys()) for name, preset in PRESETS.items()}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= 3 else None


def apply_named(headers: Sequence[str], named: Mapping[str, ImportField | None]) -> ColumnMapping:
    """A saved or preset mapping (header → field) laid on these headers; unknown headers stay off."""
    keyed = {header_key(header): field for header, field in named.items()}
    return tuple(keyed.get(header_key(header)) for header in headers)


def named_mapping(headers: Sequence[str], mapping: ColumnMapping) -> dict[str, str]:
    """A mapping as stored: header → field code, for the columns that are imported."""
    return {
        header: field.value
        for header, field in zip(headers, mapping, strict=False)
        if field is not None and header.strip()
    }


def has_identity(mapping: ColumnMapping) -> bool:
    """True when some column can name a contact or an account."""
    return bool(
        {F.FULL_NAME, F.FIRST_NAME, F.LAST_NAME, F.COMPANY} & {f for f in mapping if f is not None}
    )
