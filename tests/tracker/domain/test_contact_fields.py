"""Phone and e-mail normalisation."""

from __future__ import annotations

import pytest

from tracker.domain.contact_fields import (
    FieldError,
    display_name,
    email_key,
    format_phone,
    normalize_email,
    normalize_phone,
)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("030 1234567", "DE", "+49301234567"),
        ("+49 (30) 123-4567", "DE", "+49301234567"),
        ("0049 30 1234567", "GB", "+49301234567"),
        ("020 7946 0018", "GB", "+442079460018"),
        ("0151 23456789", "DE", "+4915123456789"),
    ],
)
def test_numbers_in_any_format_become_e164(raw: str, region: str, expected: str) -> None:
    """Typed numbers, with or without country code, store as E.164."""
    assert normalize_phone(raw, region) == expected


@pytest.mark.parametrize("raw", ["", "hello", "12"])
def test_impossible_numbers_are_refused(raw: str) -> None:
    """Text that is not a phone number is refused with the field named."""
    with pytest.raises(FieldError, match="phone"):
        normalize_phone(raw, "DE")


def test_numbers_show_national_at_home_international_abroad() -> None:
    """A German rep sees German numbers nationally, British ones with their country code."""
    assert format_phone("+49301234567", "DE") == "030 1234567"
    assert format_phone("+442079460018", "DE").startswith("+44 ")


def test_emails() -> None:
    """Addresses are trimmed and validated; comparison ignores case."""
    assert normalize_email("  Jörg.Köhler@Example.de ") == "Jörg.Köhler@Example.de"
    assert email_key("A@B.DE") == "a@b.de"
    with pytest.raises(FieldError, match="email"):
        normalize_email("no-at-sign.de")


def test_display_name() -> None:
    """Names join with a space and tolerate a missing part."""
    assert display_name("Anna", "Groß") == "Anna Groß"
    assert display_name("", "Groß") == "Groß"
