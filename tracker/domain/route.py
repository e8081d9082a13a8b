"""The day's drive as a pure function: which visit after which, how far, how long, and where a
fixed appointment cannot be reached in time.

Distances are straight lines (haversine) times a road factor — roads wind, about 1.3 in the
country — and drive times come from an average speed: good enough to order a day, needing no
map data and no network. Fixed-time visits are anchors: they keep their times and their order,
and the flexible visits are laid around them. The order is found by cheapest insertion and then
improved by 2-opt (reversing a stretch) and or-opt (moving one visit) until no move shortens the
drive; a move is taken only if it keeps every anchor where it is and makes nobody later than the
order it started from. So the route is never longer, and never later, than the input order. A
day holds a few dozen visits at most, where this is within a few per cent of the optimum in
milliseconds — a solver library would add tens of megabytes to every bundle for nothing a rep
would notice.

Visits without coordinates cannot be placed: they are listed apart, after the route, never
dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain.geo import Coordinates, haversine_km

DEFAULT_ROAD_FACTOR = 1.3
DEFAULT_SPEED_KMH = 50
DEFAULT_VISIT_MINUTES = 45
# Improving moves taken at most (each shortens the drive; a day's route settles long before).
MAX_MOVES = 2000
_EPSILON = 1e-9


@dataclass(frozen=True)
class Stop:
    """A visit to route: where (None: unknown), when if fixed (wall time of the day), how long."""

    id: str
    label: str
    position: Coordinates | None
    fixed_at: datetime | None = None
    minutes_on_site: int = DEFAULT_VISIT_MINUTES

    @property
    def fixed(self) -> bool:
        return self.fixed_at is not None


@dataclass(frozen=True)
class RouteSettings:
    """How distances and times are reckoned (the rep's preferences)."""

    road_factor: float = DEFAULT_ROAD_FACTOR
    speed_kmh: float = DEFAULT_SPEED_KMH
    start: Coordinates | None = None  # home or office; None: the day begins at the first visit
    departure: datetime | None = None  # when the rep sets off (wall time); None: no timetable

    def km(self, a: Coordinates, b: Coordinates) -> float:
        return haversine_km(a, b) * self.road_factor

    def minutes(self, km: float) -> float:
        return km / self.speed_kmh * 60.0


@dataclass(frozen=True)
class Leg:
    """The drive to one stop of the route and what the timetable says about it."""

    stop: Stop
    km: float
    drive_minutes: float
    arrive: datetime | None  # estimated arrival (None without a departure time)
    late_minutes: float = 0.0  # > 0: a fixed appointment this leg cannot make in time

    @property
    def late(self) -> bool:
        return self.late_minutes > 0.5


@dataclass(frozen=True)
class Route:
    """The day's visits in driving order, with the totals and those that could not be placed."""

    legs: tuple[Leg, ...]
    unplaced: tuple[Stop, ...]  # no position: placed at the end, in the order given
    start: Coordinates | None
    km: float
    drive_minutes: float
    input_km: float  # the same visits in the order given, for comparison

    @property
    def order(self) -> tuple[str, ...]:
        """Every visit's id in route order, those without a position last."""
        return (*(leg.stop.id for leg in self.legs), *(stop.id for stop in self.unplaced))

    @property
    def warnings(self) -> tuple[Leg, ...]:
        return tuple(leg for leg in self.legs if leg.late)

    @property
    def saved_km(self) -> float:
        return max(0.0, self.input_km - self.km)


@dataclass(frozen=True)
class Visit:
    """A visit of the day as the route screens and the CLI show it."""

    item_id: str
    contact: str
    account: str | None
    address: str | None
    position: Coordinates | None
    fixed_at: datetime | None  # wall time of an appointment
    checked_in: bool = False

    @property
    def label(self) -> str:
        return self.account or self.contact


@dataclass(frozen=True)
class DayRoute:
    """A day's visits and the route through them: what the Route tab, the route sheet and
    `groundgame route` show."""

    day: date
    visits: dict[str, Visit]  # by item id
    route: Route
    settings: RouteSettings
    current_order: tuple[str, ...]  # the visits as the day lists them now

    @property
    def applied(self) -> bool:
        """True when the day already lists the visits in the route's order."""
        return self.route.order == self.current_order

    def visit(self, stop: Stop) -> Visit:
        return self.visits[stop.id]

    def in_order(self) -> tuple[Visit, ...]:
        return tuple(self.visits[item_id] for item_id in self.route.order)


def plan_route(stops: Sequence[Stop], settings: RouteSettings) -> Route:
    """The visits in a short driving order that keeps every fixed time (see the module)."""
    placed = [stop for stop in stops if stop.position is not None]
    unplaced = tuple(stop for stop in stops if stop.position is None)
    if not placed:
        return Route((), unplaced, settings.start, 0.0, 0.0, 0.0)
    given = _anchors_in_time(placed)
    problem = _Problem(given, settings)
    start_order = list(range(len(given)))
    best = start_order
    best_cost = problem.cost(best)
    bound = problem.lateness(best)
    built = problem.insertion()
    if problem.lateness(built) <= bound + _EPSILON and problem.cost(built) < best_cost - _EPSILON:
        best, best_cost = built, problem.cost(built)
    best = problem.improve(best, bound)
    legs = problem.legs(best)
    return Route(
        legs=legs,
        unplaced=unplaced,
        start=settings.start,
        km=sum(leg.km for leg in legs),
        drive_minutes=sum(leg.drive_minutes for leg in legs),
        input_km=problem.cost(start_order),
    )


def _anchors_in_time(stops: list[Stop]) -> list[Stop]:
    """The stops as given, but with the fixed ones in time order in the fixed ones' places
    (two appointments cannot be kept in the other order)."""
    fixed = sorted((s for s in stops if s.fixed_at is not None), key=lambda s: (s.fixed_at, s.id))
    queue = iter(fixed)
    return [next(queue) if stop.fixed else stop for stop in stops]


class _Problem:
    """Distances between the stops (and from the start) and the timetable of an order."""

    def __init__(self, stops: list[Stop], settings: RouteSettings) -> None:
        self.stops = stops
        self.settings = settings
        points = [stop.position for stop in stops]
        assert all(point is not None for point in points)
        self.points: list[Coordinates] = [p for p in points if p is not None]
        n = len(stops)
        self.dist = [
            [settings.km(self.points[i], self.points[j]) for j in range(n)] for i in range(n)
        ]
        start = settings.start
        # Without a start point the day begins at the first visit given: nothing to drive there.
        self.first_pinned = start is None
        self.from_start = [settings.km(start, p) if start else 0.0 for p in self.points]

    # -- measures ------------------------------------------------------------------------------
    def cost(self, order: Sequence[int]) -> float:
        if not order:
            return 0.0
        total = self.from_start[order[0]]
        for a, b in itertools.pairwise(order):
            total += self.dist[a][b]
        return total

    def lateness(self, order: Sequence[int]) -> float:
        """Minutes late at fixed appointments, added up (0 without a departure time)."""
        return sum(late for _arrive, late in self._timetable(order))

    def _timetable(self, order: Sequence[int]) -> list[tuple[datetime | None, float]]:
        departure = self.settings.departure
        result: list[tuple[datetime | None, float]] = []
        clock: datetime | None = departure
        previous: int | None = None
        for index in order:
            stop = self.stops[index]
            km = self.from_start[index] if previous is None else self.dist[previous][index]
            drive = self.settings.minutes(km)
            if clock is None and stop.fixed_at is not None:
                # No departure time: until the first appointment the rep is taken to be on time.
                clock = stop.fixed_at - timedelta(minutes=drive)
            arrive = clock + timedelta(minutes=drive) if clock is not None else None
            late = 0.0
            if arrive is not None and stop.fixed_at is not None:
                late = max(0.0, (arrive - stop.fixed_at).total_seconds() / 60.0)
                arrive = max(arrive, stop.fixed_at)  # early: wait for the appointment
            result.append((arrive, late))
            if arrive is not None:
                clock = arrive + timedelta(minutes=stop.minutes_on_site)
            previous = index
        return result

    def legs(self, order: Sequence[int]) -> tuple[Leg, ...]:
        legs = []
        previous: int | None = None
        for index, (arrive, late) in zip(order, self._timetable(order), strict=True):
            km = self.from_start[index] if previous is None else self.dist[previous][index]
            legs.append(Leg(self.stops[index], km, self.settings.minutes(km), arrive, late))
            previous = index
        return tuple(legs)

    # -- legal orders --------------------------------------------------------------------------
    def _anchors(self, order: Sequence[int]) -> list[int]:
        return [index for index in order if self.stops[index].fixed]

    def _keeps_anchors(self, order: Sequence[int], anchors: list[int]) -> bool:
        if self.first_pinned and order[0] != 0:
            return False
        return self._anchors(order) == anchors

    # -- construction --------------------------------------------------------------------------
    def insertion(self) -> list[int]:
        """Cheapest insertion of the flexible stops into the chain of anchors."""
        order = [index for index, stop in enumerate(self.stops) if stop.fixed]
        if self.first_pinned and 0 not in order:
            order.insert(0, 0)
        rest = [index for index in range(len(self.stops)) if index not in order]
        # Farthest from the start first: the long ones shape the route, the near ones fill in.
        rest.sort(key=lambda i: -self.from_start[i] if not self.first_pinned else -self.dist[0][i])
        for index in rest:
            low = 1 if self.first_pinned else 0
            best_at, best_cost = low, float("inf")
            for at in range(low, len(order) + 1):
                trial = [*order[:at], index, *order[at:]]
                cost = self.cost(trial)
                if cost < best_cost:
                    best_at, best_cost = at, cost
            order.insert(best_at, index)
        return order

    # -- improvement ---------------------------------------------------------------------------
    def improve(self, order: list[int], bound: float) -> list[int]:
        """2-opt and or-opt moves while one shortens the drive, keeps the anchors and makes the
        day no later than `bound` minutes in total."""
        anchors = self._anchors(order)
        current, cost = list(order), self.cost(order)
        for _ in range(MAX_MOVES):
            improved = False
            for trial in self._moves(current):
                trial_cost = self.cost(trial)
                if trial_cost >= cost - _EPSILON or not self._keeps_anchors(trial, anchors):
                    continue
                if self.lateness(trial) > bound + _EPSILON:
                    continue
                current, cost, improved = trial, trial_cost, True
                break
            if not improved:
                return current
        return current

    def _moves(self, order: list[int]) -> Iterator[list[int]]:
        n = len(order)
        for i in range(n - 1):  # 2-opt: reverse order[i..j]
            for j in range(i + 1, n):
                yield order[:i] + order[i : j + 1][::-1] + order[j + 1 :]
        for i in range(n):  # or-opt: move one flexible stop elsewhere
            if self.stops[order[i]].fixed:
                continue
            without = order[:i] + order[i + 1 :]
            for j in range(n):
                if j != i:
                    yield [*without[:j], order[i], *without[j:]]
