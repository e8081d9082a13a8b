"""Calendar sync tests: a book connected to a real Radicale, and the rep's calendar app."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time

import pytest

from tests.calendar_server import PASSWORD, CalendarApp, CalendarServer
from tracker.domain.drafts import ContactDraft
from tracker.domain.enums import ActivityKind
from tracker.services.book import Book
from tracker.services.day.planning import PlanDraft


@dataclass
class Connected:
    """A book connected to the calendar, the calendar app beside it, and a contact to plan for."""

    book: Book
    app: CalendarApp
    server: CalendarServer
    contact: str

    def plan(
        self,
        day: date,
        at: time,
        *,
        kind: ActivityKind = ActivityKind.VISIT,
        repeat: str | None = None,
        place: str | None = "Hauptstraße 1, Köln",
        zone: str | None = None,
    ) -> str:
        draft = PlanDraft(
            self.contact, kind, day, at, location=place, repeat=repeat, time_zone=zone
        )
        return self.book.planning.add(draft).value

    def sync(self) -> object:
        return self.book.calendar.sync().value


@pytest.fixture
def connected(book: Book, calendar_server: CalendarServer) -> Iterator[Connected]:
    contact = book.contacts.create(
        ContactDraft(first_name="Anna", last_name="Müller", notes=None)
    ).value
    status = book.calendar.connect(calendar_server.url, "anna", PASSWORD)
    app = CalendarApp(calendar_server, status.calendar_url)
    yield Connected(book, app, calendar_server, contact)
    app.close()
