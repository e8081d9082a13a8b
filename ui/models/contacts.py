"""Columns of the contacts and accounts lists (paged models over ids)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from tracker.domain.accounts import AccountRow, AccountSort
from tracker.domain.contacts import ContactRow, ContactSort
from tracker.domain.enums import ContactState
from tracker.domain.tiers import TouchStatus
from ui.display import phone, short_date
from ui.labels import CONTACT_STATES, LIFECYCLES, TOUCH_STATUSES, label
from ui.models.paged import Column, PagedTableModel

CENTER = Qt.AlignmentFlag.AlignHCenter
RIGHT = Qt.AlignmentFlag.AlignRight
MUTED = "#7b8794"
STATE_COLORS = {
    ContactState.PARKED: "#9a6700",
    ContactState.NOT_A_FIT: MUTED,
    ContactState.DO_NOT_CONTACT: "#b42318",
}
TOUCH_COLORS = {
    TouchStatus.ON_TIME: "#1a7f37",
    TouchStatus.DUE: "#9a6700",
    TouchStatus.OVERDUE: "#b42318",
    TouchStatus.NEVER: "#6941c6",
}


def _score(value: int | None) -> str:
    return "●" * value if value else ""


def contact_columns(region: Callable[[], str]) -> list[Column[ContactRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name,
               lambda r: (r.last_name.lower(), r.first_name.lower()), ContactSort.NAME),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda r: r.account or "",
               lambda r: (r.account or "").lower(), ContactSort.ACCOUNT),
        Column(QT_TRANSLATE_NOOP("Columns", "Lifecycle"), lambda r: label(LIFECYCLES, r.lifecycle),
               lambda r: r.lifecycle.value, ContactSort.LIFECYCLE),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: label(CONTACT_STATES, r.state),
               lambda r: r.state.value, ContactSort.STATE,
               color=lambda r: STATE_COLORS.get(r.state),
               tooltip=lambda r: short_date(r.parked_until) if r.parked_until else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Last touch"), lambda r: short_date(r.last_touch_at),
               lambda r: r.last_touch_at.timestamp() if r.last_touch_at else 0.0,
               ContactSort.LAST_TOUCH, RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Fit"), lambda r: _score(r.fit),
               lambda r: r.fit or 0, ContactSort.FIT, CENTER,
               tooltip=lambda r: f"{r.fit} / 5" if r.fit else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Readiness"), lambda r: _score(r.readiness),
               lambda r: r.readiness or 0, ContactSort.READINESS, CENTER,
               tooltip=lambda r: f"{r.readiness} / 5" if r.readiness else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: phone(r.phone, region()),
               lambda r: r.phone or ""),
    ]  # fmt: skip


def contact_model(
    fetch: Callable[[list[str]], list[ContactRow]], region: Callable[[], str]
) -> PagedTableModel[ContactRow]:
    return PagedTableModel(contact_columns(region), fetch, lambda r: r.id)


def _due(row: AccountRow) -> date | None:
    return row.touch.due_on if row.touch else None


def account_columns() -> list[Column[AccountRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda r: r.name,
               lambda r: r.name.lower(), AccountSort.NAME),
        Column(QT_TRANSLATE_NOOP("Columns", "Tier"), lambda r: r.tier.value if r.tier else "",
               lambda r: r.tier.value if r.tier else "Z", AccountSort.TIER, CENTER),
        Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda r: r.city or "",
               lambda r: (r.city or "").lower(), AccountSort.CITY),
        Column(QT_TRANSLATE_NOOP("Columns", "Contacts"), lambda r: str(r.contacts),
               lambda r: r.contacts, AccountSort.CONTACTS, RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Last touch"), lambda r: short_date(r.last_touch_at),
               lambda r: r.last_touch_at.timestamp() if r.last_touch_at else 0.0,
               AccountSort.LAST_TOUCH, RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Next touch"), lambda r: short_date(_due(r)),
               lambda r: _due(r) or date.max, AccountSort.NEXT_TOUCH, RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Cadence"),
               lambda r: label(TOUCH_STATUSES, r.touch.status) if r.touch else "",
               lambda r: r.touch.status.value if r.touch else "",
               color=lambda r: TOUCH_COLORS.get(r.touch.status) if r.touch else None),
    ]  # fmt: skip


def account_model(fetch: Callable[[list[str]], list[AccountRow]]) -> PagedTableModel[AccountRow]:
    return PagedTableModel(account_columns(), fetch, lambda r: r.id)
