"""The day's route: the visits the day lists, where each one is, the order to drive them in
(`tracker.domain.route`), and *Apply order*, which makes the day list them in that order.

A visit's place is its account's coordinates, else its contact's; an address without
coordinates still shows (and opens in a map) but cannot be measured, so the visit is listed
after the route. Applying writes each visit's place in the route (`route_position`); a visit
the day only suggested (a tier account due a visit) becomes a planned visit for that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from tracker.domain.changes import Changes, Written
from tracker.domain.clock import day_start
from tracker.domain.contact_fields import display_name
from tracker.domain.enums import ActivityKind, Section
from tracker.domain.geo import Coordinates
from tracker.domain.preferences import Preferences
from tracker.domain.queue import Candidate, Source
from tracker.domain.route import DayRoute, RouteSettings, Stop, Visit, plan_route
from tracker.services.context import ServiceContext
from tracker.services.day.queue import QueueService
from tracker.services.day.targets import load_target
from tracker.services.day.work import WorkService
from tracker.storage import queue_reads as reads
from tracker.storage.queue_rows import PlannedRow
from tracker.storage.sql_values import driver_rows, placeholders

__all__ = ["RouteService"]


class RouteService:
    """Plans a day's drive and applies its order to the day's list."""

    def __init__(self, ctx: ServiceContext, queue: QueueService, work: WorkService) -> None:
        self._ctx = ctx
        self._queue = queue
        self._work = work

    def plan(self, day: date | None = None) -> DayRoute:
        """The day's visits (default today) and the shortest drive that keeps their times."""
        with self._ctx.db.read() as session:
            return self._plan(session, day or self._ctx.today(session))

    def apply(self, day: date | None = None) -> Written[DayRoute]:
        """Make the day list its visits in the route's order (undoable)."""
        with self._ctx.db.read() as session:
            day = day or self._ctx.today(session)
        with self._ctx.undoable("apply_route", day.isoformat()) as session:
            planned = self._plan(session, day)
            policies = reads.tier_policies(session)
            for position, item_id in enumerate(planned.route.order, start=1):
                target = load_target(session, item_id, policies)
                activity = self._work.ensure_planned(session, target, day)
                activity.route_position = position
            session.flush()
            applied = self._plan(session, day)
        return Written(applied, Changes(activities=True))

    def _plan(self, session: Session, day: date) -> DayRoute:
        prefs = self._ctx.preferences(session)
        today = self._ctx.today(session)
        begins = day_start(day, zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour)
        ends = day_start(
            day + timedelta(days=1), zone_name=prefs.time_zone, day_start_hour=prefs.day_start_hour
        )
        # Every open visit of the day, whatever the day's capacity (a visit is a drive to plan
        # for), and the tier visits the day's list suggests.
        rows = reads.planned_visits(session, day, begins, ends, overdue=day == today)
        queue = self._queue.today_in(session, day)
        listed = {item.id: n for n, item in enumerate(queue.items)}
        suggested = [
            item.candidate
            for item in queue.items
            if item.kind is ActivityKind.VISIT
            and item.section is Section.BASE
            and not item.candidate.buried
        ]
        candidates = [_candidate(row) for row in rows] + suggested
        far = len(listed) + len(candidates)

        def current(c: Candidate) -> tuple[Any, ...]:
            fixed = c.starts_at is not None and begins <= c.starts_at < ends
            return (
                not fixed,
                c.starts_at if fixed else None,
                c.route_position if c.route_position is not None else far,
                listed.get(c.id, far),
                c.due_on,
                c.id,
            )

        candidates.sort(key=current)
        places = _places(session, candidates)
        visits: dict[str, Visit] = {}
        stops: list[Stop] = []
        for c in candidates:
            position, address = places.get(c.account_id or "", (None, None))
            contact_position, contact_address = places.get(c.contact_id, (None, None))
            fixed = c.starts_at is not None and begins <= c.starts_at < ends
            fixed_at = c.local_start if fixed else None
            visit = Visit(
                item_id=c.id,
                contact=c.contact_name,
                account=c.account_name,
                address=c.location or address or contact_address,
                position=position or contact_position,
                fixed_at=fixed_at,
                checked_in=c.checked_in_at is not None,
            )
            visits[c.id] = visit
            minutes = c.duration_minutes or prefs.visit_minutes
            stops.append(Stop(c.id, visit.label, visit.position, fixed_at, minutes))
        settings = settings_of(prefs, day)
        return DayRoute(day, visits, plan_route(stops, settings), settings, tuple(visits))


def _candidate(row: PlannedRow) -> Candidate:
    """What the route needs of an open visit (a queue candidate without priority inputs)."""
    return Candidate(
        id=row.id,
        source=Source.PLANNED,
        kind=row.kind,
        contact_id=row.contact_id,
        contact_name=display_name(row.first_name or "", row.last_name or ""),
        due_on=row.due_on,
        account_id=row.account_id,
        account_name=row.account_name,
        starts_at=row.starts_at,
        local_start=row.local_start,
        time_zone=row.time_zone,
        duration_minutes=row.duration_minutes,
        location=row.location,
        route_position=row.route_position,
        checked_in_at=row.checked_in_at,
    )


def settings_of(prefs: Preferences, day: date) -> RouteSettings:
    departure = prefs.departure_time()
    return RouteSettings(
        road_factor=prefs.road_factor,
        speed_kmh=prefs.average_speed_kmh,
        start=prefs.route_origin(),
        departure=datetime.combine(day, departure) if departure is not None else None,
    )


Place = tuple[Coordinates | None, str | None]


def _places(session: Session, visits: Iterable[Candidate]) -> dict[str, Place]:
    """Coordinates and address of the visits' accounts and contacts, by id."""
    account_ids = {c.account_id for c in visits if c.account_id}
    contact_ids = {c.contact_id for c in visits}
    places: dict[str, Place] = {}
    for table, ids in (("accounts", account_ids), ("contacts", contact_ids)):
        if not ids:
            continue
        marks, params = placeholders("id", sorted(ids))
        sql = (
            f"SELECT id, latitude, longitude, street, postal_code, city FROM {table} "
            f"WHERE id IN ({marks})"
        )
        for id_, lat, lon, street, postal_code, city in driver_rows(session, sql, params):
            town = " ".join(part for part in (postal_code, city) if part)
            address = ", ".join(part for part in (street, town) if part) or None
            places[id_] = (Coordinates.of(lat, lon), address)
    return places
