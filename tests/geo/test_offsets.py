"""Relative-location phrases and geodesic points."""

from __future__ import annotations

import math

import pytest
from geographiclib.geodesic import Geodesic

from mesint.geo.offsets import (
    bearing_of,
    destination,
    direction_only_km,
    midpoint,
    offset_uncertainty_km,
    parse_offset,
)


@pytest.mark.parametrize(
    ("text", "anchor", "km", "bearing", "hedged", "kind"),
    [
        ("in the village of Atshan, about 30 km northeast of Hama", "Hama", 30, 45, True, "distance_bearing"),
        ("around 37 km north of Baghdad", "Baghdad", 37, 0, True, "distance_bearing"),
        ("near the 60th kilometer west of Ramadi", "Ramadi", 60, 270, False, "km_marker"),
        (
            "about 42 km west of the city, on the road between Manbij and Al-Bab",
            "the city",
            42,
            270,
            True,
            "distance_bearing",
        ),
        ("near Haditha (around 195 km northwest of Baghdad)", "Baghdad", 195, 315, True, "distance_bearing"),
        ("39 km north of Mosul", "Mosul", 39, 0, False, "distance_bearing"),
        ("some 15 kilometres south-east of Deir ez-Zor", "Deir ez-Zor", 15, 135, True, "distance_bearing"),
        ("in an ambush southeast of Samarra", "Samarra", None, 135, False, "direction_only"),
        ("east of Albukamal", "Albukamal", None, 90, False, "direction_only"),
        ("10 km from Tikrit", "Tikrit", 10, None, False, "distance_only"),
    ],
)
def test_parse_offset(
    text: str, anchor: str, km: float | None, bearing: float | None, hedged: bool, kind: str
) -> None:
    off = parse_offset(text)
    assert off is not None
    assert off.anchor_text == anchor
    assert off.distance_km == km
    assert off.bearing_deg == bearing
    assert off.hedged is hedged
    assert off.kind == kind


def test_miles_are_converted() -> None:
    off = parse_offset("5 miles north of Raqqa")
    assert off is not None and off.distance_km == pytest.approx(8.047, abs=0.01)


def test_no_offset_in_plain_phrase() -> None:
    assert parse_offset("in the city of Mosul") is None


def test_bearing_words() -> None:
    assert bearing_of("north-east") == 45
    assert bearing_of("NW") == 315
    assert bearing_of("south southwest") == 202.5
    assert bearing_of("up") is None


def test_destination_is_geodesic() -> None:
    lat, lon = destination(33.34058, 44.40088, 0, 37)
    inv = Geodesic.WGS84.Inverse(33.34058, 44.40088, lat, lon)
    assert inv["s12"] == pytest.approx(37_000, abs=1)
    assert lon == pytest.approx(44.40088, abs=1e-9)
    lat, lon = destination(33.42056, 43.30778, 270, 60)
    assert lat == pytest.approx(33.419, abs=0.01) and lon == pytest.approx(42.663, abs=0.01)


def test_midpoint() -> None:
    (lat, lon), dist = midpoint(36.52815, 37.95495, 36.37051, 37.5157)
    assert 40 < dist < 45
    assert math.isclose(lat, 36.45, abs_tol=0.02) and math.isclose(lon, 37.735, abs_tol=0.02)


def test_uncertainty_grows_with_distance_and_hedge() -> None:
    assert offset_uncertainty_km(10, False) < offset_uncertainty_km(50, False)
    assert offset_uncertainty_km(30, False) < offset_uncertainty_km(30, True)
    assert direction_only_km(2_000_000)[0] > direction_only_km(150_000)[0] > direction_only_km(500)[0]
