"""Locale-aware formatting of money, times and dates for the screens."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QLocale, QTime

CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def money(cents: int, currency: str = "EUR") -> str:
    """An amount in the locale's money format (€1,500 / 1.500 €), cents only when there are some."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    decimals = 0 if cents % 100 == 0 else 2
    return QLocale().toCurrencyString(cents / 100, symbol, decimals)


def short_time(value: QTime | time) -> str:
    """A time of day in the locale's short format (14:30 / 2:30 PM)."""
    if isinstance(value, time):
        value = QTime(value.hour, value.minute)
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def short_date(value: QDate) -> str:
    """'Thu 3 Dec' (German: 'Do. 3. Dez.') in the locale's words."""
    locale = QLocale()
    pattern = "ddd d. MMM" if locale.language() == QLocale.Language.German else "ddd d MMM"
    return locale.toString(value, pattern)
