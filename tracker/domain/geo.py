"""Places on the map without a network: coordinates as people type and export them, straight-line
distances, and the standard links that open a place or a drive in any map application.

Coordinates are WGS 84 degrees (what phones, `geo:` URIs and every map site use). A rep types
them as "52.5163, 13.3777", copies a `geo:52.5163,13.3777` URI, or imports lat/lon columns; a
German spreadsheet may write "52,5163; 13,3777". Links are built here, never fetched: opening
one is the desktop's business (QDesktopServices in the app, printed by the CLI).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG): the usual one for haversine distances
# Seven decimals are about a centimetre: more is noise, fewer can move a door to the next house.
DECIMALS = 7


class CoordinateError(ValueError):
    """Text that is not a pair of coordinates; the message says what is wrong with it."""


@dataclass(frozen=True, order=True)
class Coordinates:
    """A point in WGS 84 degrees: latitude −90 … 90 (north positive), longitude −180 … 180."""

    latitude: float
    longitude: float

    def __post_init__(self) -> None:
        lat, lon = self.latitude, self.longitude
        if not (math.isfinite(lat) and math.isfinite(lon)):
            raise CoordinateError("coordinates must be numbers")
        if not -90.0 <= lat <= 90.0:
            raise CoordinateError(f"latitude {lat:g} is not between -90 and 90")
        if not -180.0 <= lon <= 180.0:
            raise CoordinateError(f"longitude {lon:g} is not between -180 and 180")

    @classmethod
    def of(cls, latitude: float | None, longitude: float | None) -> Coordinates | None:
        """The stored pair as a point, or None when either half is missing."""
        if latitude is None or longitude is None:
            return None
        return cls(float(latitude), float(longitude))

    def text(self) -> str:
        """ "52.5163, 13.3777": how forms and the CLI show a point (and read it back)."""
        return f"{_short(self.latitude)}, {_short(self.longitude)}"

    def geo_uri(self) -> str:
        """The RFC 5870 URI a phone's map app (and many desktop ones) opens."""
        return f"geo:{_short(self.latitude)},{_short(self.longitude)}"


def _short(value: float) -> str:
    return f"{round(value, DECIMALS):.{DECIMALS}f}".rstrip("0").rstrip(".")


_NUMBER = r"[-+]?\d{1,3}(?:[.,]\d+)?"
# "52.52, 13.40", "52.52 13.40", "52,52; 13,40" (decimal commas need a semicolon or a space).
_PAIR = re.compile(rf"^\s*({_NUMBER})\s*(?:[;,]\s*|\s+)({_NUMBER})\s*$")
_GEO = re.compile(r"^\s*geo:\s*([^;?]+)(.*)$", re.IGNORECASE)


def parse_coordinates(text: str) -> Coordinates | None:
    """The point a rep typed or a file holds; None for an empty text; CoordinateError else.

    Takes "lat, lon" (dot decimals), "lat; lon" or "lat lon" (dot or comma decimals) and
    `geo:lat,lon[,alt][;u=…]` URIs.
    """
    raw = text.strip()
    if not raw:
        return None
    geo = _GEO.match(raw)
    if geo:
        parts = [part.strip() for part in geo.group(1).split(",")]
        if len(parts) not in (2, 3):
            raise CoordinateError(f"{raw!r} is not a geo: URI (geo:52.52,13.40)")
        return _pair(parts[0], parts[1], raw)
    # With dot decimals a comma separates the two; with comma decimals a semicolon or space does.
    if (raw.count(",") == 1 and "." in raw) or (raw.count(",") == 1 and ";" not in raw):
        first, _, second = raw.partition(",")
        if _is_number(first) and _is_number(second):
            return _pair(first, second, raw)
    match = _PAIR.match(raw)
    if match is None:
        raise CoordinateError(
            f"{raw!r} is not a pair of coordinates (latitude, longitude — e.g. 52.52, 13.40)"
        )
    return _pair(match.group(1), match.group(2), raw)


def _is_number(text: str) -> bool:
    return re.fullmatch(r"\s*[-+]?\d{1,3}(?:\.\d+)?\s*", text) is not None


def _pair(latitude: str, longitude: str, raw: str) -> Coordinates:
    try:
        lat = float(latitude.strip().replace(",", "."))
        lon = float(longitude.strip().replace(",", "."))
    except ValueError:
        raise CoordinateError(f"{raw!r} is not a pair of coordinates") from None
    return Coordinates(lat, lon)


def checked_pair(
    latitude: float | None, longitude: float | None
) -> tuple[float | None, float | None]:
    """A stored pair as given, if it is a point or empty; CoordinateError for half a point or
    one off the globe."""
    if latitude is None and longitude is None:
        return None, None
    if latitude is None or longitude is None:
        raise CoordinateError("give both latitude and longitude, or neither")
    point = Coordinates(float(latitude), float(longitude))
    return point.latitude, point.longitude


def parse_degrees(text: str, *, latitude: bool) -> float | None:
    """One half of a point from its own column ("52.5163" or "52,5163"); None when empty."""
    raw = text.strip()
    if not raw:
        return None
    name = "latitude" if latitude else "longitude"
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        raise CoordinateError(f"{raw!r} is not a {name} (degrees, e.g. 52.5163)") from None
    limit = 90.0 if latitude else 180.0
    if not (math.isfinite(value) and -limit <= value <= limit):
        raise CoordinateError(f"{name} {raw} is not between -{limit:g} and {limit:g}")
    return value


def haversine_km(a: Coordinates, b: Coordinates) -> float:
    """The great-circle distance between two points, in kilometres."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# -- links -------------------------------------------------------------------------------------
OSM = "https://www.openstreetmap.org/"
GOOGLE_DIRECTIONS = "https://www.google.com/maps/dir/?"
# The directions link takes an origin, a destination and up to this many stops between them.
MAX_WAYPOINTS = 9


def place_link(point: Coordinates | None, address: str | None = None) -> str | None:
    """A link that shows the place in a browser: the point on OpenStreetMap, else a search for
    the address there; None when there is neither."""
    if point is not None:
        lat, lon = _short(point.latitude), _short(point.longitude)
        return f"{OSM}?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
    if address and address.strip():
        return f"{OSM}search?query={quote(address.strip())}"
    return None


Waypoint = Coordinates | str  # a point, or an address a map service looks up itself


def directions_link(stops: Sequence[Waypoint]) -> str | None:
    """A driving-directions link through the stops in order (Google Maps' documented URL
    scheme, which most phones hand to their maps app); None for fewer than two stops. Past
    MAX_WAYPOINTS stops between the ends, the link covers the first ones only."""
    if len(stops) < 2:
        return None
    shown = [_waypoint(stop) for stop in stops[: MAX_WAYPOINTS + 2]]
    query = {"api": "1", "origin": shown[0], "destination": shown[-1], "travelmode": "driving"}
    if len(shown) > 2:
        query["waypoints"] = "|".join(shown[1:-1])
    return GOOGLE_DIRECTIONS + urlencode(query, safe=",|")


def _waypoint(stop: Waypoint) -> str:
    if isinstance(stop, Coordinates):
        return f"{_short(stop.latitude)},{_short(stop.longitude)}"
    return stop.strip()


def sketch_positions(
    points: Sequence[Coordinates], width: float, height: float, margin: float = 0.0
) -> list[tuple[float, float]]:
    """Where each point goes on a drawing of width × height (y downwards, north up): an
    equirectangular projection about the points' middle latitude, scaled to fit inside the
    margin with the aspect kept — right for the few dozen kilometres of a day's drive."""
    if not points:
        return []
    middle = math.radians(sum(p.latitude for p in points) / len(points))
    xs = [p.longitude * math.cos(middle) for p in points]
    ys = [p.latitude for p in points]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    room_x, room_y = max(width - 2 * margin, 1e-9), max(height - 2 * margin, 1e-9)
    scale = min(
        room_x / span_x if span_x > 0 else math.inf, room_y / span_y if span_y > 0 else math.inf
    )
    if not math.isfinite(scale):  # one point (or all at one place): the middle
        return [(width / 2, height / 2) for _ in points]
    left = margin + (room_x - span_x * scale) / 2
    top = margin + (room_y - span_y * scale) / 2
    return [
        (left + (x - min(xs)) * scale, top + (max(ys) - y) * scale)
        for x, y in zip(xs, ys, strict=True)
    ]
