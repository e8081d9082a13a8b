"""Normalising what reps type about people: phone numbers (E.164), e-mail addresses, names."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldError(ValueError):
    """A value that cannot be stored as typed; the message says which field and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


@dataclass(frozen=True)
class Phone:
    """A phone number as stored (E.164) with its label."""

    number: str
    label: str = ""


def normalize_phone(raw: str, region: str) -> str:
    """The E.164 form of a typed number; numbers without a country code belong to `region`.

    Raises FieldError when the text is not a possible phone number.
    """
    text = raw.strip()
    if not text:
        raise FieldError("phone", "is empty")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise FieldError("phone", f"{raw!r} is not a phone number") from exc
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise FieldError("phone", f"{raw!r} is not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str, region: str) -> str:
    """How to show a stored number: national format at home, international abroad."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    home = phonenumbers.region_code_for_number(parsed) == region.upper()
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, style)


def tel_uri(e164: str) -> str:
    """A `tel:` link that opens the softphone."""
    return f"tel:{e164}"


def normalize_email(raw: str) -> str:
    """The address with surrounding space removed; raises FieldError if it is not an address."""
    text = raw.strip()
    if not EMAIL_PATTERN.match(text):
        raise FieldError("email", f"{raw!r} is not an e-mail address")
    return text


def email_key(address: str) -> str:
    """The form used to compare addresses (lower case)."""
    return address.strip().lower()


def display_name(first: str, last: str) -> str:
    """'First Last', or whichever part is present."""
    return " ".join(part for part in (first.strip(), last.strip()) if part) or "?"
