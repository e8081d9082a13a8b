"""What a rep (or an import) hands in to create or change a contact, checked before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tracker.domain.contact_fields import FieldError, Phone, normalize_email, normalize_phone
from tracker.domain.enums import Lifecycle
from tracker.domain.geo import CoordinateError, checked_pair


@dataclass(frozen=True)
class ContactDraft:
    """A contact as typed: validated() returns it with phones in E.164 and clean e-mails."""

    first_name: str = ""
    last_name: str = ""
    account_id: str | None = None
    job_title: str | None = None
    phones: tuple[Phone, ...] = ()
    emails: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    source: str | None = None
    referred_by_id: str | None = None
    lifecycle: Lifecycle = Lifecycle.LEAD
    fit: int | None = None
    readiness: int | None = None
    notes: str | None = None
    latitude: float | None = None  # where the rep visits them (WGS 84), both or neither
    longitude: float | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def validated(self, region: str) -> ContactDraft:
        """The draft with normalised fields; raises FieldError naming the first bad field."""
        first, last = self.first_name.strip(), self.last_name.strip()
        if not first and not last:
            raise FieldError("name", "a contact needs a first or last name")
        for name, value in (("fit", self.fit), ("readiness", self.readiness)):
            if value is not None and not 1 <= value <= 5:
                raise FieldError(name, f"{value} is not between 1 and 5")
        phones = tuple(
            Phone(normalize_phone(phone.number, region), phone.label.strip())
            for phone in self.phones
        )
        emails = tuple(normalize_email(email) for email in self.emails)
        tags = tuple(dict.fromkeys(tag.strip().lower() for tag in self.tags if tag.strip()))
        country = _clean(self.country.upper() if self.country else None)
        if country is not None and not (
            len(country) == 2 and country.isascii() and country.isalpha()
        ):
            raise FieldError("country", f"{self.country!r} is not a two-letter country code")
        try:
            latitude, longitude = checked_pair(self.latitude, self.longitude)
        except CoordinateError as exc:
            raise FieldError("coordinates", str(exc)) from None
        return replace(
            self,
            latitude=latitude,
            longitude=longitude,
            first_name=first,
            last_name=last,
            phones=tuple(dict.fromkeys(phones)),
            emails=tuple(dict.fromkeys(emails)),
            tags=tags,
            job_title=_clean(self.job_title),
            street=_clean(self.street),
            postal_code=_clean(self.postal_code),
            city=_clean(self.city),
            country=country,
            source=_clean(self.source),
            notes=_clean(self.notes),
        )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None
