"""Columns of the manager's tables: reps, the team's accounts and contacts, territories, call-list
progress, recent handovers (ui/team/manage shows them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from tracker.domain.team_manager import (
    Handover,
    ListProgress,
    Rep,
    TeamAccount,
    TeamContact,
    Territory,
)
from ui.display import number, short_date
from ui.models.lists import ListTableModel
from ui.models.paged import Column
from ui.team.labels import ago_text, when_text

RIGHT = Qt.AlignmentFlag.AlignRight
NEVER = float("-inf")  # sorts "never synced" first


translate = QCoreApplication.translate  # a name lupdate recognises, with a literal context


def role_text(rep: Rep) -> str:
    if not rep.active:
        return translate("ManageTeam", "no access")
    return translate("ManageTeam", "manager") if rep.manager else translate("ManageTeam", "rep")


def rep_model(now: Callable[[], datetime]) -> ListTableModel[Rep]:
    def last_sync(rep: Rep) -> str:
        return ago_text(rep.last_sync, now()) if rep.last_sync else translate("ManageTeam", "never")

    columns: list[Column[Rep]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "Rep"), lambda r: r.name, lambda r: r.name.lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Role"), role_text, role_text),
        Column(QT_TRANSLATE_NOOP("Columns", "Accounts"), lambda r: number(r.accounts),
               lambda r: r.accounts, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Contacts"), lambda r: number(r.contacts),
               lambda r: r.contacts, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Last sync"), last_sync,
               lambda r: r.last_sync.timestamp() if r.last_sync else NEVER,
               tooltip=lambda r: when_text(r.last_sync)),
    ]  # fmt: skip
    return ListTableModel(columns, lambda r: r.name)


def _text(value: str | None) -> str:
    return value or ""


def account_model() -> ListTableModel[TeamAccount]:
    columns: list[Column[TeamAccount]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda a: a.name,
               lambda a: a.name.lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Tier"), lambda a: _text(a.tier),
               lambda a: a.tier or "Z"),
        Column(QT_TRANSLATE_NOOP("Columns", "Postcode"), lambda a: _text(a.postal_code),
               lambda a: a.postal_code or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda a: _text(a.city),
               lambda a: (a.city or "").lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda a: a.owner, lambda a: a.owner),
        Column(QT_TRANSLATE_NOOP("Columns", "Contacts"), lambda a: number(a.contacts),
               lambda a: a.contacts, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Shared with"), lambda a: ", ".join(a.shared_with),
               lambda a: ", ".join(a.shared_with)),
    ]  # fmt: skip
    return ListTableModel(columns, lambda a: a.id)


def contact_model() -> ListTableModel[TeamContact]:
    columns: list[Column[TeamContact]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "Contact"), lambda c: c.name,
               lambda c: c.name.lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda c: _text(c.account),
               lambda c: (c.account or "").lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Postcode"), lambda c: _text(c.postal_code),
               lambda c: c.postal_code or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda c: _text(c.city),
               lambda c: (c.city or "").lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda c: c.owner, lambda c: c.owner),
    ]  # fmt: skip
    return ListTableModel(columns, lambda c: c.id)


def territory_model() -> ListTableModel[Territory]:
    columns: list[Column[Territory]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "Postcodes starting"), lambda t: t.prefix + "…",
               lambda t: t.prefix),
        Column(QT_TRANSLATE_NOOP("Columns", "Go to"), lambda t: t.rep, lambda t: t.rep),
    ]  # fmt: skip
    return ListTableModel(columns, lambda t: t.prefix)


def worked_text(progress: ListProgress) -> str:
    return (
        translate("ManageTeam", "%1 of %2")
        .replace("%1", number(progress.worked))
        .replace("%2", number(progress.contacts))
    )


def worked_share(progress: ListProgress) -> float:
    return progress.worked / progress.contacts if progress.contacts else 0.0


def progress_model() -> ListTableModel[ListProgress]:
    columns: list[Column[ListProgress]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "Call list"), lambda p: p.name,
               lambda p: p.name.lower()),
        Column(QT_TRANSLATE_NOOP("Columns", "Rep"), lambda p: p.rep, lambda p: p.rep),
        Column(QT_TRANSLATE_NOOP("Columns", "Worked"), worked_text, worked_share),
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda p: short_date(p.due),
               lambda p: p.due or date.max),
    ]  # fmt: skip
    return ListTableModel(columns, lambda p: f"{p.campaign}/{p.rep}")


PROGRESS_WORKED = 2  # the column a progress bar is drawn in


def handover_state(handover: Handover) -> str:
    if handover.undone_at is None:
        return ""
    return translate("ManageTeam", "undone %1").replace("%1", when_text(handover.undone_at))


def area_text(postcode: str | None) -> str:
    return postcode + "…" if postcode else translate("ManageTeam", "the whole book")


def handover_model() -> ListTableModel[Handover]:
    columns: list[Column[Handover]] = [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda h: str(h.number),
               lambda h: h.number, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda h: when_text(h.created_at),
               lambda h: h.created_at.timestamp()),
        Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda h: h.from_rep, lambda h: h.from_rep),
        Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda h: h.to_rep, lambda h: h.to_rep),
        Column(QT_TRANSLATE_NOOP("Columns", "Area"), lambda h: area_text(h.postcode),
               lambda h: h.postcode or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Accounts"), lambda h: number(h.accounts),
               lambda h: h.accounts, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Contacts"), lambda h: number(h.contacts),
               lambda h: h.contacts, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Undone"), handover_state,
               lambda h: h.undone_at.timestamp() if h.undone_at else 0.0),
    ]  # fmt: skip
    return ListTableModel(columns, lambda h: str(h.number))
