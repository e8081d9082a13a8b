"""The rep's calendar on a CalDAV server, through the `caldav` library: find or make the
calendar, list what changed since a sync token (ETags only), read, write and delete one event
with ETag preconditions. Every failure becomes a CalendarError the rep can read.

Nothing here touches the book: the sync holds no transaction while it waits for the network.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tracker.domain.calendar import CalendarError, CalendarRefused, CalendarUnreachable

TIMEOUT_SECONDS = 20
T = TypeVar("T")


class StaleEvent(CalendarError):
    """The event changed on the server since it was read (412 on If-Match)."""


def normalize_url(url: str) -> str:
    """The server address as typed, checked: http(s) with a host; `https://` added when none."""
    text = url.strip()
    if not text:
        raise CalendarError("enter the address of your calendar server")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CalendarError(f"{url.strip()!r} is not the address of a calendar server (https://…)")
    return text if text.endswith("/") or parts.path.endswith(".ics") else text + "/"


@dataclass(frozen=True)
class RemoteChanges:
    """What the calendar holds that changed: href → ETag (None: deleted). `complete` is True when
    it lists every event (a first sync, or a token the server no longer knew), so an event missing
    from it was deleted."""

    token: str | None
    etags: dict[str, str | None]
    complete: bool


@contextmanager
def _translated(server: str) -> Iterator[None]:
    """Turn the library's and the network's exceptions into sentences for the rep."""
    from caldav.lib import error

    try:
        yield
    except CalendarError:
        raise
    except error.AuthorizationError as exc:
        raise CalendarRefused(
            f"the calendar server at {server} refused the user name or password"
        ) from exc
    except error.NotFoundError as exc:
        raise CalendarError(f"the calendar server at {server} has no calendar there") from exc
    except error.DAVError as exc:
        reason = (getattr(exc, "reason", None) or str(exc)).splitlines()[0][:200]
        raise CalendarError(f"the calendar server at {server} answered: {reason}") from exc
    except OSError as exc:  # niquests' connection errors and timeouts are OSErrors
        raise CalendarUnreachable(
            f"cannot reach the calendar server at {server} (offline, or a wrong address?)"
        ) from exc


class RemoteCalendar:
    """One calendar collection on a CalDAV server, for one sync or one connect."""

    def __init__(self, server_url: str, user: str, password: str) -> None:
        from caldav.davclient import DAVClient

        self.server_url = server_url
        self._client = DAVClient(
            url=server_url, username=user, password=password, timeout=TIMEOUT_SECONDS
        )
        self._calendar: Any = None

    def _call(self, work: Callable[[], T]) -> T:
        with _translated(self.server_url):
            return work()

    # -- finding the calendar -------------------------------------------------------------------
    def choose(self, name: str | None) -> tuple[str, str]:
        """Find the calendar named `name` (any case), or the one the address points at, or make
        one named `name` (default "Groundgame"); returns (its URL, its name)."""

        def find() -> tuple[str, str]:
            principal = self._client.principal()  # type: ignore[no-untyped-call]
            calendars = principal.get_calendars()
            wanted = (name or "").strip()
            if not wanted:
                for calendar in calendars:
                    if str(calendar.url).rstrip("/") == self.server_url.rstrip("/"):
                        self._calendar = calendar
                        return str(calendar.url), calendar.get_display_name() or "Groundgame"
                wanted = "Groundgame"
            for calendar in calendars:
                shown = calendar.get_display_name() or ""
                if shown.casefold() == wanted.casefold():
                    self._calendar = calendar
                    return str(calendar.url), shown
            self._calendar = principal.make_calendar(name=wanted)
            return str(self._calendar.url), wanted

        return self._call(find)

    def use(self, calendar_url: str) -> None:
        """Work on the calendar at this URL (found when the book was connected)."""
        from caldav.collection import Calendar

        self._calendar = Calendar(client=self._client, url=calendar_url)

    def check_writable(self, probe_uid: str, text: str) -> None:
        """Write a probe event and delete it again: the calendar takes Groundgame's events."""
        href = self.href_for(probe_uid.partition("@")[0])
        self.put(href, text, None)
        self.delete(href, None)

    # -- events ---------------------------------------------------------------------------------
    def href_for(self, name: str) -> str:
        """The event's address in the calendar (`name` plain letters, digits and dashes), in
        the canonical spelling the server's listings are compared in."""
        return str(self._calendar.url.join(f"{name}.ics").canonical())

    def changes(self, token: str | None) -> RemoteChanges:
        """Events changed since `token` (every event when None or unknown), ETags only."""

        def fetch() -> RemoteChanges:
            found = self._calendar.get_objects_by_sync_token(token, load_objects=False)
            new_token = found.sync_token
            complete = token is None or str(new_token or "").startswith("fake-")
            deleted = {str(url) for url in found.deleted_urls}
            etags: dict[str, str | None] = {}
            for item in found:
                href = str(item.url.canonical())
                etags[href] = None if href in deleted else item.etag
            kept = None if str(new_token or "").startswith("fake-") else new_token
            return RemoteChanges(kept, etags, complete)

        return self._call(fetch)

    def fetch(self, href: str) -> tuple[str, str | None] | None:
        """The event's text and ETag; None when it is gone."""
        from caldav.lib import error

        def load() -> tuple[str, str | None] | None:
            from caldav.calendarobjectresource import Event

            event = Event(client=self._client, url=href, parent=self._calendar)
            try:
                event.load()
            except error.NotFoundError:
                return None
            data: str = event.data
            etag: str | None = event.etag
            return data, etag

        return self._call(load)

    def put(self, href: str, text: str, etag: str | None) -> str | None:
        """Write the event; with `etag`, only over that version (StaleEvent otherwise). Returns
        the new ETag when the server says it."""
        from caldav.calendarobjectresource import Event
        from caldav.elements import dav
        from caldav.lib import error

        def write() -> str | None:
            event = Event(client=self._client, url=href, data=text, parent=self._calendar)
            if etag:
                event.props[dav.GetEtag.tag] = etag
            try:
                event.save(increase_seqno=False, precondition="etag")
            except (error.ETagMismatchError, error.ScheduleTagMismatchError) as exc:
                raise StaleEvent("the event changed in the calendar meanwhile") from exc
            written: str | None = event.etag
            return written

        return self._call(write)

    def delete(self, href: str, etag: str | None) -> None:
        """Delete the event (only that version, with `etag`); an event already gone is fine."""
        from caldav.calendarobjectresource import Event
        from caldav.lib import error

        def remove() -> None:
            event = Event(client=self._client, url=href, parent=self._calendar)
            try:
                event.delete(if_match=etag or False)
            except error.NotFoundError:
                return
            except (error.ETagMismatchError, error.ScheduleTagMismatchError) as exc:
                raise StaleEvent("the event changed in the calendar meanwhile") from exc

        self._call(remove)

    def close(self) -> None:
        self._client.close()
