"""Relative locations: distance-and-bearing phrases and the geodesic point they describe. Pure.

Recognised (case-insensitive; "km", "kilometers", "kilometres", "miles"; a hedge is "about",
"around", "approximately", "some", "roughly", "nearly", "almost", "~"):

* ``[hedge] N km DIRECTION of X`` — "about 30 km northeast of Hama", "39 km north of Mosul".
* ``the Nth kilometer DIRECTION of X`` — the kilometre marker of a road leaving X ("the 60th
  kilometer west of Ramadi"): treated as an exact distance.
* ``[hedge] N km from X`` — distance with no bearing: the anchor itself with the distance as the
  uncertainty radius.
* ``DIRECTION of X`` (no distance) — a point ``direction_only_km(population)`` from X.

Uncertainty model (documented in ``offset_uncertainty_km``): a stated distance gives a point whose
error comes from the rounding of the distance and from the eight-point compass, whose sectors are
45 degrees wide: ``2 km + 20% of the distance``, plus another 10% of the distance when hedged.

Direction-only model (``direction_only_km``): the report names a direction but no distance, so the
place lies just outside the anchor's built-up area: 12 km for a town, 15 km for a city of more than
100,000 people, 25 km for one of more than a million (Aleppo, Baghdad, Mosul); radius 10/12/20 km.
The resolver puts the point there only for a city of a million or more; for a smaller anchor it keeps
the anchor's own point (ACLED's habit) with the distance and radius together as its uncertainty.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from geographiclib.geodesic import Geodesic

from mesint.extract.prefilter import compile_gated

BEARINGS: dict[str, float] = {
    "north": 0.0,
    "north-northeast": 22.5,
    "northeast": 45.0,
    "east-northeast": 67.5,
    "east": 90.0,
    "east-southeast": 112.5,
    "southeast": 135.0,
    "south-southeast": 157.5,
    "south": 180.0,
    "south-southwest": 202.5,
    "southwest": 225.0,
    "west-southwest": 247.5,
    "west": 270.0,
    "west-northwest": 292.5,
    "northwest": 315.0,
    "north-northwest": 337.5,
}
"""Compass words to degrees clockwise from true north (hyphen and space variants are folded)."""

ADJECTIVES: dict[str, str] = {
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
    "northeastern": "northeast",
    "northwestern": "northwest",
    "southeastern": "southeast",
    "southwestern": "southwest",
    "north": "north",
    "south": "south",
    "east": "east",
    "west": "west",
    "northeast": "northeast",
    "northwest": "northwest",
    "southeast": "southeast",
    "southwest": "southwest",
}

MILE_KM = 1.609344
HEDGES = (
    "about",
    "around",
    "approximately",
    "approx.",
    "some",
    "roughly",
    "nearly",
    "almost",
    "~",
    "circa",
    "up to",
    "more than",
    "less than",
    "over",
    "under",
)

_DIR = r"(?P<dir>(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west)){0,2})"
_HEDGE = r"(?P<hedge>about|around|approximately|approx\.|some|roughly|nearly|almost|~|circa)?\s*"
_NUM = r"(?P<num>\d+(?:[.,]\d+)?)"
_UNIT = r"\s*(?P<unit>km|kms|kilometers?|kilometres?|miles?|mi)\b"
_OF = r"\s+(?:to\s+the\s+|to\s+)?" + _DIR + r"\s+(?:of|from)\s+(?P<anchor>.+)"

_DIST_DIR = compile_gated(_HEDGE + _NUM + _UNIT + r"(?:\s*\([^)]*\))?" + _OF, re.IGNORECASE)
_KM_MARKER = compile_gated(
    r"(?:the\s+)?" + _NUM + r"(?:st|nd|rd|th)\s+(?:km|kilometer|kilometre)(?:\s+marker)?" + _OF,
    re.IGNORECASE,
)
_DIST_ONLY = compile_gated(_HEDGE + _NUM + _UNIT + r"\s+(?:away\s+)?from\s+(?P<anchor>.+)", re.IGNORECASE)
_DIR_ONLY = compile_gated(r"(?<![\w-])" + _DIR + r"\s+of\s+(?P<anchor>.+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Offset:
    """A parsed relative location: ``distance_km`` (None for direction only) ``bearing_deg`` of anchor."""

    anchor_text: str
    distance_km: float | None
    bearing_deg: float | None
    hedged: bool
    start: int  # span of the whole relative phrase in the input
    end: int
    anchor_start: int
    kind: str  # "distance_bearing", "km_marker", "distance_only", "direction_only"


def bearing_of(word: str) -> float | None:
    """ "northeast", "north-east", "north east", "NE" -> 45.0; unknown -> None."""
    w = re.sub(r"[\s-]+", "", word.lower())
    abbrev = {
        "n": "north",
        "ne": "northeast",
        "e": "east",
        "se": "southeast",
        "s": "south",
        "sw": "southwest",
        "w": "west",
        "nw": "northwest",
    }
    w = abbrev.get(w, w)
    for name, deg in BEARINGS.items():
        if name.replace("-", "") == w:
            return deg
    return None


def _anchor_end(text: str) -> int:
    """Where the anchor name ends: at the first comma, bracket, semicolon or clause word."""
    m = re.search(r"[,;()\[\]]|\s(?:and|in|on|near|where|which|after|while|during|when)\s|\.(?:\s|$)", text)
    return m.start() if m else len(text)


def _number(s: str) -> float:
    return float(s.replace(",", "."))


def parse_offset(text: str) -> Offset | None:
    """The first relative-location phrase in ``text``, or None."""
    for pattern, kind in (
        (_KM_MARKER, "km_marker"),
        (_DIST_DIR, "distance_bearing"),
        (_DIST_ONLY, "distance_only"),
        (_DIR_ONLY, "direction_only"),
    ):
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        bearing = bearing_of(groups["dir"]) if groups.get("dir") else None
        if kind != "distance_only" and bearing is None:
            continue
        dist: float | None = None
        if groups.get("num"):
            dist = _number(groups["num"])
            if (groups.get("unit") or "").lower().startswith("mi"):
                dist *= MILE_KM
        a_start = m.start("anchor")
        tail = text[a_start:]
        a_end = a_start + _anchor_end(tail)
        anchor = text[a_start:a_end].strip()
        if not anchor:
            continue
        return Offset(anchor, dist, bearing, bool(groups.get("hedge")), m.start(), a_end, a_start, kind)
    return None


# geographiclib is pure Python (about half a millisecond a call) and the same anchor and place pairs recur
# in every report: remember the answers.
@functools.lru_cache(maxsize=20_000)
def destination(lat: float, lon: float, bearing_deg: float, distance_km: float) -> tuple[float, float]:
    """The WGS84 geodesic point ``distance_km`` from (lat, lon) on the initial ``bearing_deg``."""
    r = Geodesic.WGS84.Direct(lat, lon, bearing_deg, distance_km * 1000.0)
    return r["lat2"], r["lon2"]


@functools.lru_cache(maxsize=20_000)
def distance_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """(geodesic distance in km, initial bearing in degrees 0-360) from the first point to the second."""
    r = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    return r["s12"] / 1000.0, r["azi1"] % 360.0


def bearing_gap(a: float, b: float) -> float:
    """The smaller angle between two bearings, in degrees (0-180)."""
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[tuple[float, float], float]:
    """The geodesic midpoint of two points and their distance in km."""
    inv = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    half = Geodesic.WGS84.Direct(lat1, lon1, inv["azi1"], inv["s12"] / 2)
    return (half["lat2"], half["lon2"]), inv["s12"] / 1000.0


def offset_uncertainty_km(distance_km: float, hedged: bool) -> float:
    """Uncertainty radius of a distance-and-bearing point: 2 km + 20% (+10% when hedged)."""
    return round(2.0 + distance_km * (0.3 if hedged else 0.2), 1)


def direction_only_km(population: int) -> tuple[float, float]:
    """(distance, radius) for "DIRECTION of X" by the size of X (see module docstring)."""
    if population >= 1_000_000:
        return 25.0, 20.0
    if population >= 100_000:
        return 15.0, 12.0
    return 12.0, 10.0
