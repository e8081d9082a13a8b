"""The main screens in navigation order. Each entry builds its view when the window opens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.services.book import Book
from ui.bus import Bus
from ui.operations import Operations
from ui.views.base import View

ViewFactory = Callable[[Book, Bus, Operations], View]


@dataclass(frozen=True)
class Page:
    """A main screen: stable key, translatable title, icon name and how to build it."""

    key: str
    title: str
    icon: str
    factory: ViewFactory
    manager_only: bool = False  # shown only to a user the team server calls a sales manager

    def label(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


def _today(book: Book, bus: Bus, ops: Operations) -> View:
    from ui.views.today import TodayView

    return TodayView(book, bus, ops)


def _contacts(book: Book, bus: Bus, ops: Operations) -> View:
    from ui.views.contacts import ContactsView

    return ContactsView(book, bus, ops)


def _pipeline(book: Book, bus: Bus, ops: Operations) -> View:
    from ui.views.pipeline import PipelineView

    return PipelineView(book, bus, ops)


def _base(book: Book, bus: Bus, ops: Operations) -> View:
    from ui.views.loyalty import BaseView

    return BaseView(book, bus, ops)


def _reports(book: Book, bus: Bus, ops: Operations) -> View:
    from ui.views.reports import ReportsView

    return ReportsView(book, bus, ops)


def _team(book: Book, bus: Bus, ops: Operations) -> View:
    from ui.views.team import TeamView

    return TeamView(book, bus, ops)


PAGES: tuple[Page, ...] = (
    Page("today", QT_TRANSLATE_NOOP("Navigation", "Today"), "today", _today),
    Page("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), "contacts", _contacts),
    Page("pipeline", QT_TRANSLATE_NOOP("Navigation", "Pipeline"), "pipeline", _pipeline),
    Page("base", QT_TRANSLATE_NOOP("Navigation", "Base"), "base", _base),
    Page("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports", _reports),
    Page("team", QT_TRANSLATE_NOOP("Navigation", "Team"), "team", _team, manager_only=True),
)
