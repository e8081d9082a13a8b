"""Visits and the day's route as the CLI prints them: the documented JSON (every key always
present, null when it does not apply) and the lines a person reads."""

from __future__ import annotations

from typing import Any

from tracker.cli.record_output import instant, money
from tracker.domain.clock import instant_to_wall
from tracker.domain.geo import Coordinates, directions_link, place_link
from tracker.domain.route import DayRoute, Leg
from tracker.domain.visits import OpenVisit, VisitFacts, VisitTimeEdit


def facts_json(facts: VisitFacts | None) -> dict[str, Any] | None:
    """A visit's time on site and report; None when nothing was recorded."""
    if facts is None:
        return None
    return {
        "checked_in_at": instant(facts.checked_in_at),
        "checked_out_at": instant(facts.checked_out_at),
        "minutes_on_site": facts.minutes_on_site,
        "met_with": facts.met_with,
        "topics": facts.topics,
        "order_value": money(facts.order_value_cents),
    }


def open_json(visit: OpenVisit) -> dict[str, Any]:
    return {
        "id": visit.activity_id,
        "contact": visit.contact,
        "account": visit.account,
        "checked_in_at": instant(visit.checked_in_at),
        "day": visit.day.isoformat(),
        "stale": visit.stale,
    }


def edit_json(edit: VisitTimeEdit) -> dict[str, Any]:
    return {
        "id": edit.id,
        "edited_at": instant(edit.edited_at),
        "checked_in_before": instant(edit.checked_in_before),
        "checked_out_before": instant(edit.checked_out_before),
        "checked_in_after": instant(edit.checked_in_after),
        "checked_out_after": instant(edit.checked_out_after),
        "reason": edit.reason,
    }


def wall(moment: Any, zone_name: str, *, day: bool = False) -> str:
    """An instant as the rep's wall clock shows it: "14:05" (or "Tue 2026-12-01 14:05")."""
    if moment is None:
        return "—"
    local = instant_to_wall(moment, zone_name)
    return local.strftime("%a %Y-%m-%d %H:%M" if day else "%H:%M")


def facts_lines(facts: VisitFacts | None, zone_name: str, currency: str) -> list[str]:
    if facts is None:
        return ["  no check-in and no report"]
    lines = []
    if facts.checked_in_at is not None:
        out = wall(facts.checked_out_at, zone_name) if facts.checked_out_at else "still on site"
        minutes = facts.minutes_on_site
        length = f" ({minutes} min)" if minutes is not None else ""
        lines.append(
            f"  on site     {wall(facts.checked_in_at, zone_name, day=True)} – {out}{length}"
        )
    if facts.met_with:
        lines.append(f"  met         {facts.met_with}")
    if facts.topics:
        lines.append(f"  topics      {facts.topics}")
    if facts.order_value_cents is not None:
        lines.append(f"  order       {facts.order_value_cents / 100:,.2f} {currency}")
    return lines


# -- the route ----------------------------------------------------------------------------------
def _point(position: Coordinates | None) -> dict[str, float] | None:
    if position is None:
        return None
    return {"lat": position.latitude, "lon": position.longitude}


def _stop_json(day: DayRoute, item_id: str, leg: Leg | None, position: int) -> dict[str, Any]:
    visit = day.visits[item_id]
    return {
        "position": position,
        "id": item_id,
        "contact": visit.contact,
        "account": visit.account,
        "address": visit.address,
        "place": _point(visit.position),
        "fixed_time": visit.fixed_at.strftime("%H:%M") if visit.fixed_at else None,
        "km": round(leg.km, 1) if leg else None,
        "drive_minutes": round(leg.drive_minutes) if leg else None,
        "arrive": leg.arrive.strftime("%H:%M") if leg and leg.arrive else None,
        "late_minutes": round(leg.late_minutes) if leg and leg.late else 0,
        "checked_in": visit.checked_in,
        "map": place_link(visit.position, visit.address),
    }


def route_json(day: DayRoute) -> dict[str, Any]:
    """The day's route as `route --json` prints it."""
    route = day.route
    stops = [_stop_json(day, leg.stop.id, leg, n) for n, leg in enumerate(route.legs, 1)]
    apart = [_stop_json(day, stop.id, None, 0) for stop in route.unplaced]
    for entry in apart:
        entry["position"] = None
    return {
        "day": day.day.isoformat(),
        "start": _point(route.start),
        "departure": day.settings.departure.strftime("%H:%M") if day.settings.departure else None,
        "km": round(route.km, 1),
        "drive_minutes": round(route.drive_minutes),
        "current_order_km": round(route.input_km, 1),
        "applied": day.applied,
        "stops": stops,
        "no_position": apart,
        "warnings": [
            {"id": leg.stop.id, "late_minutes": round(leg.late_minutes)} for leg in route.warnings
        ],
        "directions": directions(day),
    }


def directions(day: DayRoute) -> str | None:
    """A driving-directions link through the routed stops, from the start if there is one."""
    points = [leg.stop.position for leg in day.route.legs if leg.stop.position is not None]
    start = [day.route.start] if day.route.start is not None else []
    return directions_link([*start, *points])


def route_lines(day: DayRoute) -> list[str]:
    route = day.route
    if not day.visits:
        return [f"No visits on {day.day.isoformat()}."]
    start = "from your start" if route.start else "from the first visit"
    lines = [
        f"Route for {day.day.strftime('%a')} {day.day.isoformat()} ({start}): "
        f"{route.km:.0f} km, {_duration(route.drive_minutes)} driving"
        + (f" — {route.saved_km:.0f} km less than the day's order" if route.saved_km >= 1 else "")
    ]
    for n, leg in enumerate(route.legs, 1):
        visit = day.visits[leg.stop.id]
        fixed = f" at {visit.fixed_at:%H:%M}" if visit.fixed_at else ""
        arrive = f", arrive {leg.arrive:%H:%M}" if leg.arrive else ""
        lines.append(
            f"{n:>3}. {visit.label}{fixed}  {leg.km:.0f} km, {_duration(leg.drive_minutes)}"
            f"{arrive}  {leg.stop.id}"
        )
        if leg.late:
            lines.append(
                f"     ! cannot make {visit.fixed_at:%H:%M}: {leg.late_minutes:.0f} min late"
            )
    for stop in route.unplaced:
        visit = day.visits[stop.id]
        where = f" ({visit.address})" if visit.address else ""
        lines.append(f"  -  {visit.label}{where}  no position: placed at the end  {stop.id}")
    link = directions(day)
    if link:
        lines.append(f"Directions: {link}")
    lines.append(
        "Applied: this is the day's order."
        if day.applied
        else "Not applied: groundgame route --apply lists the visits in this order."
    )
    return lines


def _duration(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60} h {whole % 60:02d} min" if whole >= 60 else f"{whole} min"
