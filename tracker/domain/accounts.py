"""What the accounts list and detail show, and an account as typed into the edit dialog."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from tracker.domain.contact_fields import FieldError, normalize_phone
from tracker.domain.contacts import ContactRow, DealSummary, TimelineEntry
from tracker.domain.enums import Tier
from tracker.domain.geo import CoordinateError, checked_pair
from tracker.domain.tiers import TouchStatus, TouchWindow

URL_PREFIXES = ("http://", "https://")


class AccountSort(StrEnum):
    NAME = "name"
    TIER = "tier"
    CITY = "city"
    CONTACTS = "contacts"
    LAST_TOUCH = "last_touch"
    NEXT_TOUCH = "next_touch"


@dataclass(frozen=True)
class AccountQuery:
    """Which accounts to list and in which order; empty fields do not filter."""

    text: str = ""
    tier: Tier | None = None
    touch: TouchStatus | None = None
    sort: AccountSort = AccountSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class AccountRow:
    """One line of the accounts list."""

    id: str
    name: str
    tier: Tier | None
    city: str | None
    phone: str | None
    contacts: int
    last_touch_at: datetime | None
    touch: TouchWindow | None


@dataclass(frozen=True)
class AccountDraft:
    """An account as typed: validated() checks the name and normalises the phone."""

    name: str = ""
    tier: Tier | None = None
    phone: str | None = None
    website: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    notes: str | None = None
    latitude: float | None = None  # where the account is (WGS 84), both or neither
    longitude: float | None = None

    def validated(self, region: str) -> AccountDraft:
        name = self.name.strip()
        if not name:
            raise FieldError("name", "an account needs a name")
        phone = (self.phone or "").strip()
        website = (self.website or "").strip()
        if website and not website.startswith(URL_PREFIXES):
            website = "https://" + website
        country = (self.country or "").strip().upper()
        if country and (len(country) != 2 or not country.isalpha()):
            raise FieldError("country", f"{self.country!r} is not a two-letter country code")
        try:
            latitude, longitude = checked_pair(self.latitude, self.longitude)
        except CoordinateError as exc:
            raise FieldError("coordinates", str(exc)) from None
        return replace(
            self,
            latitude=latitude,
            longitude=longitude,
            name=name,
            phone=normalize_phone(phone, region) if phone else None,
            website=website or None,
            street=(self.street or "").strip() or None,
            postal_code=(self.postal_code or "").strip() or None,
            city=(self.city or "").strip() or None,
            country=country or None,
            notes=(self.notes or "").strip() or None,
        )


@dataclass(frozen=True)
class AccountDetail:
    """Everything the account's detail pane shows."""

    id: str
    draft: AccountDraft
    last_touch_at: datetime | None
    next_touch_on: date | None
    touch: TouchWindow | None
    contacts: tuple[ContactRow, ...]
    deals: tuple[DealSummary, ...]
    timeline: tuple[TimelineEntry, ...]

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def tier(self) -> Tier | None:
        return self.draft.tier
