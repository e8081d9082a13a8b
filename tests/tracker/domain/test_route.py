"""The day's route: fixed times honoured, every visit once, never longer than the order given."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.geo import Coordinates
from tracker.domain.route import Route, RouteSettings, Stop, plan_route

MORNING = datetime(2026, 12, 1, 8, 0)
HOME = Coordinates(50.94, 6.96)  # Cologne


def _near(lat: float, lon: float) -> Coordinates:
    return Coordinates(HOME.latitude + lat, HOME.longitude + lon)


offsets = st.floats(-0.5, 0.5, allow_nan=False)  # within about 50 km of home


@st.composite
def days(draw: st.DrawFn) -> tuple[list[Stop], RouteSettings]:
    """A day of up to nine visits: some fixed (in time order, as Today lists them), some
    without a position, the rest anywhere near home; with or without a start and a departure."""
    count = draw(st.integers(0, 9))
    stops: list[Stop] = []
    fixed_minutes = sorted(draw(st.lists(st.integers(0, 600), max_size=count)))
    fixed_count = len(fixed_minutes)
    for index in range(count):
        positioned = draw(st.booleans()) or draw(st.booleans())
        position = _near(draw(offsets), draw(offsets)) if positioned else None
        at = MORNING + timedelta(minutes=60 + fixed_minutes[index]) if index < fixed_count else None
        stops.append(Stop(f"v{index}", f"Visit {index}", position, at, draw(st.integers(0, 90))))
    start = HOME if draw(st.booleans()) else None
    departure = MORNING if draw(st.booleans()) else None
    speed = draw(st.sampled_from([30.0, 50.0, 80.0]))
    return stops, RouteSettings(1.3, speed, start, departure)


def _input_route(stops: list[Stop], config: RouteSettings) -> float:
    """The drive of the placed stops in the order given."""
    placed = [s.position for s in stops if s.position is not None]
    if not placed:
        return 0.0
    total = config.km(config.start, placed[0]) if config.start else 0.0
    return total + sum(config.km(a, b) for a, b in itertools.pairwise(placed))


def _input_lateness(stops: list[Stop], config: RouteSettings) -> float:
    """Minutes late at appointments driving the placed stops in the order given."""
    clock, here, late = config.departure, config.start, 0.0
    for stop in (s for s in stops if s.position is not None):
        drive = config.minutes(config.km(here, stop.position)) if here else 0.0
        if clock is None and stop.fixed_at is not None:
            clock = stop.fixed_at - timedelta(minutes=drive)
        if clock is not None:
            arrive = clock + timedelta(minutes=drive)
            if stop.fixed_at is not None:
                late += max(0.0, (arrive - stop.fixed_at).total_seconds() / 60)
                arrive = max(arrive, stop.fixed_at)
            clock = arrive + timedelta(minutes=stop.minutes_on_site)
        here = stop.position
    return late


def _lateness(route: Route) -> float:
    return sum(leg.late_minutes for leg in route.legs)


@settings(max_examples=150, deadline=None)
@given(days())
def test_every_visit_appears_exactly_once(day: tuple[list[Stop], RouteSettings]) -> None:
    """No visit is dropped or doubled: those without a position come after the route."""
    stops, config = day
    route = plan_route(stops, config)
    assert sorted(route.order) == sorted(stop.id for stop in stops)
    assert [s.id for s in route.unplaced] == [s.id for s in stops if s.position is None]


@settings(max_examples=150, deadline=None)
@given(days())
def test_fixed_visits_keep_their_times_and_order(day: tuple[list[Stop], RouteSettings]) -> None:
    """Appointments stay in time order with their times; the rep never arrives to wait less."""
    stops, config = day
    route = plan_route(stops, config)
    fixed = [leg.stop for leg in route.legs if leg.stop.fixed]
    assert fixed == sorted(fixed, key=lambda s: (s.fixed_at, s.id))
    for leg in route.legs:
        original = next(s for s in stops if s.id == leg.stop.id)
        assert leg.stop.fixed_at == original.fixed_at
        if leg.arrive is not None and leg.stop.fixed_at is not None:
            assert leg.arrive >= leg.stop.fixed_at


@settings(max_examples=150, deadline=None)
@given(days())
def test_the_route_is_never_longer_than_the_order_given(
    day: tuple[list[Stop], RouteSettings],
) -> None:
    """The total distance is at most the input order's, and the day no later than it."""
    stops, config = day
    route = plan_route(stops, config)
    assert route.km <= _input_route(stops, config) + 1e-6
    assert route.km == pytest.approx(route.input_km) or route.km < route.input_km
    assert _lateness(route) <= _input_lateness(stops, config) + 1e-6


@settings(max_examples=100, deadline=None)
@given(days())
def test_without_a_start_the_day_begins_at_the_first_visit(
    day: tuple[list[Stop], RouteSettings],
) -> None:
    """With no home or office set, the first placed visit stays first and costs no drive."""
    stops, config = day
    config = RouteSettings(config.road_factor, config.speed_kmh, None, config.departure)
    route = plan_route(stops, config)
    placed = [s for s in stops if s.position is not None]
    if placed and not any(s.fixed for s in placed):
        assert route.legs[0].stop.id == placed[0].id
    if route.legs:
        assert route.legs[0].km == 0


def test_a_zigzag_is_straightened() -> None:
    """Four visits on a line given out of order are driven end to end, saving the detour."""
    line = [Stop(f"v{i}", str(i), _near(0, 0.1 * x)) for i, x in enumerate([1, 4, 2, 3])]
    route = plan_route(line, RouteSettings(start=HOME))
    assert route.order == ("v0", "v2", "v3", "v1")
    assert route.km < route.input_km
    assert route.saved_km == pytest.approx(route.input_km - route.km)


def test_a_leg_that_cannot_make_the_next_appointment_is_a_warning() -> None:
    """90 km in 30 minutes at 50 km/h cannot be done: the leg says how late the rep will be."""
    far = Stop("far", "Far away", _near(0.8, 0), MORNING + timedelta(minutes=30))
    route = plan_route(
        [far], RouteSettings(road_factor=1.0, speed_kmh=50, start=HOME, departure=MORNING)
    )
    (leg,) = route.warnings
    assert leg.stop.id == "far"
    assert leg.km == pytest.approx(89, abs=1)
    assert leg.late_minutes == pytest.approx(leg.drive_minutes - 30, abs=0.1)


def test_flexible_visits_are_fitted_between_appointments_on_the_way() -> None:
    """A visit on the way to an afternoon appointment goes before it, not after it."""
    appointment = Stop("fixed", "Appointment", _near(0, 0.4), MORNING + timedelta(hours=5))
    on_the_way = Stop("flex", "On the way", _near(0, 0.2))
    route = plan_route([appointment, on_the_way], RouteSettings(start=HOME, departure=MORNING))
    assert route.order == ("flex", "fixed")
    assert not route.warnings
    assert route.legs[1].arrive == MORNING + timedelta(hours=5)


def test_a_day_without_positions_lists_every_visit_apart() -> None:
    """No coordinates anywhere: no route, every visit listed at the end, nothing dropped."""
    stops = [Stop("a", "A", None), Stop("b", "B", None, MORNING)]
    route = plan_route(stops, RouteSettings(start=HOME))
    assert route.legs == ()
    assert route.order == ("a", "b")
    assert route.km == 0
