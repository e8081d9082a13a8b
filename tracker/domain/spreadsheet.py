"""Cells that spreadsheet programs would run as formulas, made harmless (CSV/XLSX injection)."""

from __future__ import annotations

from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

T = TypeVar("T")


def neutralize(value: T) -> T | str:
    """Text starting like a formula gets a leading apostrophe; anything else is returned as is.

    Excel, LibreOffice and Google Sheets show the apostrophe-prefixed text as plain text (OWASP's
    advice for CSV injection). Numbers are not text and pass unchanged, so "-5" typed by a rep is
    neutralised while the number -5 is not.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
