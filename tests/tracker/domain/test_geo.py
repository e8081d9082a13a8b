"""Coordinates as typed and imported, distances, and the map links built without a network."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.geo import (
    CoordinateError,
    Coordinates,
    directions_link,
    haversine_km,
    parse_coordinates,
    parse_degrees,
    place_link,
)

BERLIN = Coordinates(52.5163, 13.3777)
POTSDAM = Coordinates(52.3906, 13.0645)

latitudes = st.floats(-90, 90, allow_nan=False)
longitudes = st.floats(-180, 180, allow_nan=False)


@pytest.mark.parametrize(
    "text",
    [
        "52.5163, 13.3777",
        "52.5163,13.3777",
        " 52.5163 13.3777 ",
        "52,5163; 13,3777",
        "52,5163 13,3777",
        "geo:52.5163,13.3777",
        "GEO:52.5163,13.3777,34;u=20",
    ],
)
def test_the_spellings_reps_and_files_use_read_as_one_point(text: str) -> None:
    """Dot or comma decimals, comma, semicolon or space between, and geo: URIs all parse."""
    assert parse_coordinates(text) == BERLIN


def test_an_empty_text_is_no_point() -> None:
    """A blank field clears the coordinates rather than failing."""
    assert parse_coordinates("  ") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Berlin", "not a pair of coordinates"),
        ("95.0, 13.0", "latitude 95 is not between -90 and 90"),
        ("52.0, 190.0", "longitude 190 is not between -180 and 180"),
        ("geo:52.5", "not a geo: URI"),
    ],
)
def test_what_is_not_a_point_is_refused_with_the_reason(text: str, words: str) -> None:
    """Nonsense and out-of-range values say what is wrong with them."""
    with pytest.raises(CoordinateError, match=words):
        parse_coordinates(text)


@given(latitudes, longitudes)
def test_a_point_shown_as_text_reads_back_as_itself(lat: float, lon: float) -> None:
    """What the forms show (seven decimals) parses back to the same place within a centimetre."""
    point = Coordinates(lat, lon)
    again = parse_coordinates(point.text())
    assert again is not None
    assert haversine_km(point, again) < 1e-4
    assert parse_coordinates(point.geo_uri()) == again


def test_a_single_column_takes_comma_decimals_and_checks_its_range() -> None:
    """Imported lat or lon columns accept German decimals and refuse impossible degrees."""
    assert parse_degrees("52,5163", latitude=True) == 52.5163
    assert parse_degrees("", latitude=False) is None
    with pytest.raises(CoordinateError, match="latitude 91 is not between"):
        parse_degrees("91", latitude=True)
    with pytest.raises(CoordinateError, match="not a longitude"):
        parse_degrees("east", latitude=False)


def test_haversine_gives_the_known_distance_berlin_to_potsdam() -> None:
    """Brandenburg Gate to Potsdam's old market is about 25 km as the crow flies."""
    assert haversine_km(BERLIN, POTSDAM) == pytest.approx(25.2, abs=0.3)
    assert haversine_km(BERLIN, BERLIN) == 0


@given(latitudes, longitudes, latitudes, longitudes)
def test_distance_is_symmetric_and_never_negative(a: float, b: float, c: float, d: float) -> None:
    """A to B is as far as B to A, and never below zero or beyond half the globe."""
    one, two = Coordinates(a, b), Coordinates(c, d)
    assert haversine_km(one, two) == pytest.approx(haversine_km(two, one), abs=1e-6)
    assert 0 <= haversine_km(one, two) <= 20016


def test_a_place_link_shows_the_point_else_searches_the_address() -> None:
    """Open in maps works with coordinates, with an address alone, and says nothing without."""
    assert place_link(BERLIN) == (
        "https://www.openstreetmap.org/?mlat=52.5163&mlon=13.3777#map=17/52.5163/13.3777"
    )
    assert place_link(None, "Hauptstraße 1, Köln") == (
        "https://www.openstreetmap.org/search?query=Hauptstra%C3%9Fe%201%2C%20K%C3%B6ln"
    )
    assert place_link(None, " ") is None


def test_a_directions_link_runs_through_every_stop_in_order() -> None:
    """Origin, waypoints and destination in the route's order; an address may stand for a point."""
    link = directions_link([BERLIN, "Am Markt 1, Potsdam", POTSDAM])
    assert link is not None
    assert link.startswith("https://www.google.com/maps/dir/?api=1&origin=52.5163,13.3777")
    assert "waypoints=Am+Markt+1,+Potsdam" in link
    assert "destination=52.3906,13.0645" in link
    assert directions_link([BERLIN]) is None
