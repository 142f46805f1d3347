"""Governorate polygons and a pure-Python point-in-polygon test (even-odd ray casting).

The polygons are Natural Earth 1:10m admin-1 (public domain), simplified to 0.005 degrees, so a
point within about 0.5 km of a boundary may fall on either side: callers treat a miss by less
than ``BOUNDARY_TOLERANCE_KM`` as inside.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path

BOUNDARY_TOLERANCE_KM = 3.0

Ring = tuple[tuple[float, float], ...]  # (lon, lat) pairs, as GeoJSON stores them


@dataclass(frozen=True, slots=True)
class Area:
    """One governorate outline: its rings (outer and holes alike) and bounding box."""

    name: str  # the Natural Earth `name` property
    country_code: str
    rings: tuple[Ring, ...]
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

    def contains(self, lat: float, lon: float) -> bool:
        min_x, min_y, max_x, max_y = self.bbox
        if not (min_x <= lon <= max_x and min_y <= lat <= max_y):
            return False
        inside = False
        for ring in self.rings:
            inside ^= _ray_crosses_odd(ring, lon, lat)
        return inside

    def area_km2(self) -> float:
        """Area in km² (equirectangular); a ring lying inside another ring is a hole and is subtracted."""
        total = 0.0
        for ring in self.rings:
            x, y = ring[0]
            is_hole = any(other is not ring and _ray_crosses_odd(other, x, y) for other in self.rings)
            total += -_ring_area_km2(ring) if is_hole else _ring_area_km2(ring)
        return total

    def distance_km(self, lat: float, lon: float) -> float:
        """Approximate distance from the point to the outline (0 when inside)."""
        if self.contains(lat, lon):
            return 0.0
        kx = 111.32 * math.cos(math.radians(lat))
        best = math.inf
        for ring in self.rings:
            for (x0, y0), (x1, y1) in itertools.pairwise(ring):
                best = min(best, _segment_km(lon, lat, x0, y0, x1, y1, kx))
        return best


def _ring_area_km2(ring: Ring) -> float:
    lat0 = sum(p[1] for p in ring) / len(ring)
    kx, ky = 111.32 * math.cos(math.radians(lat0)), 110.57
    signed = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring))
    return abs(signed) / 2 * kx * ky


def _ray_crosses_odd(ring: Ring, x: float, y: float) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _segment_km(px: float, py: float, x0: float, y0: float, x1: float, y1: float, kx: float) -> float:
    ky = 110.57
    ax, ay = (x0 - px) * kx, (y0 - py) * ky
    bx, by = (x1 - px) * kx, (y1 - py) * ky
    dx, dy = bx - ax, by - ay
    seg2 = dx * dx + dy * dy
    t = 0.0 if seg2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / seg2))
    return math.hypot(ax + t * dx, ay + t * dy)


def read_areas(path: Path) -> list[Area]:
    """Read a GeoJSON FeatureCollection of (Multi)Polygons into ``Area`` records."""
    data = json.loads(path.read_text(encoding="utf-8"))
    areas: list[Area] = []
    for feature in data["features"]:
        geom = feature["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = tuple(tuple((float(x), float(y)) for x, y in ring) for poly in polys for ring in poly)
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        props = feature["properties"]
        areas.append(
            Area(props["name"], props.get("country_code") or "", rings, (min(xs), min(ys), max(xs), max(ys)))
        )
    return areas
