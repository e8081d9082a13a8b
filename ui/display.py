"""How book values look on screen: money, days, dates and phones, in the UI's locale."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import TypeVar

import phonenumbers
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from tracker.domain.contact_fields import format_phone
from tracker.domain.worklog import DayTally

SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF"}


def money(cents: int, currency: str = "EUR", *, whole: bool = True) -> str:
    """An amount in the locale's number format with its currency's sign ("12.500 €", "€12,500")."""
    locale = QLocale()
    value = cents / 100
    code = currency.upper()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    if code == own:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = SYMBOLS.get(code, code)
    if whole:  # whole amounts read better in lists and on cards
        return locale.toCurrencyString(round(value), symbol)
    return locale.toCurrencyString(value, symbol)


def short_date(day: date | datetime | None) -> str:
    """A date in the locale's short form, or an empty string."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def day_label(day: QDate | date) -> str:
    """'Thu 3 Dec' (German: 'Do. 3. Dez.') in the locale's words: for days near today."""
    if isinstance(day, date):
        day = QDate(day.year, day.month, day.day)
    locale = QLocale()
    pattern = "ddd d. MMM" if locale.language() == QLocale.Language.German else "ddd d MMM"
    return locale.toString(day, pattern)


def short_time(value: QTime | time) -> str:
    """A time of day in the locale's short format (14:30 / 2:30 PM)."""
    if isinstance(value, time):
        value = QTime(value.hour, value.minute)
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def relative_days(day: date | None, today: date) -> str:
    """'today', 'in 3 days', '5 days ago' — how far a date is from today."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("Display", "today")
    if delta == 1:
        return QCoreApplication.translate("Display", "tomorrow")
    if delta == -1:
        return QCoreApplication.translate("Display", "yesterday")
    if delta > 0:
        return plural(
            delta,
            QCoreApplication.translate("Display", "in %n day"),
            QCoreApplication.translate("Display", "in %n days"),
        )
    return plural(
        -delta,
        QCoreApplication.translate("Display", "%n day ago"),
        QCoreApplication.translate("Display", "%n days ago"),
    )


def phone(e164: str | None, region: str) -> str:
    """A stored number as the rep dials it (national at home, international abroad).

    A number the numbering plan does not know (possible but not valid) is shown as stored, since
    its national form would be guesswork.
    """
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if not phonenumbers.is_valid_number(parsed):
        return e164
    return format_phone(e164, region)


def percent(share: float | None) -> str:
    """A share (0…1) as a whole percentage in the locale, or an en dash when unknown."""
    if share is None:
        return "–"
    return QLocale().toString(round(share * 100)) + " %"


def number(value: int | float) -> str:
    return QLocale().toString(value)


E = TypeVar("E", bound=StrEnum)


def enum_of(enum_cls: type[E], data: object) -> E | None:
    """A combo box's item data back as the enum it was stored as (Qt hands back plain str)."""
    return None if data is None or data == "" else enum_cls(str(data))


def plural(count: int, one: str, many: str) -> str:
    """The singular or the plural text (both already translated), with %n the count.

    Qt's own plural forms (tr with %n) need an English translation file to say "1 contact";
    two plain strings read right in English and German without one.
    """
    return (one if count == 1 else many).replace("%n", QLocale().toString(count))


def tally_text(tally: DayTally, *, backlog: bool = True) -> str:
    """A day's done and planned work in the words every screen uses: "32 done · 30 planned"
    (a past day only "… done", a later day only "… planned" or "day off"), and today's backlog.
    What the numbers count is DayTally's to say."""
    parts = []
    if tally.done is not None:
        done = QCoreApplication.translate("Display", "%1 done")
        parts.append(done.replace("%1", number(tally.done)))
    if tally.planned is not None:
        if tally.done is None and tally.capacity == 0 and tally.planned == 0:
            return QCoreApplication.translate("Display", "day off")
        planned = QCoreApplication.translate("Display", "%1 planned")
        parts.append(planned.replace("%1", number(tally.planned)))
    if backlog and tally.backlog:
        waiting = number(tally.backlog) + ("+" if tally.backlog_capped else "")
        parts.append(QCoreApplication.translate("Display", "backlog %1").replace("%1", waiting))
    return " · ".join(parts)
