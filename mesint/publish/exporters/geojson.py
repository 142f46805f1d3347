"""GeoJSON (RFC 7946): one Feature per event, a Point at [lon, lat], every event field as a property.

An event without coordinates keeps its Feature with ``"geometry": null`` (RFC 7946 §3.2), so the file
holds every exported event. With ``uncertainty`` each located event with an uncertainty radius also gets
a Polygon Feature: the geodesic circle of that radius, counter-clockwise as RFC 7946 §3.1.6 asks. The
``layer`` property ("events" or "uncertainty") tells the two apart; QGIS also splits them by geometry.

Report text is data, never markup: ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and
``\\u0026``, so the file can be inlined into an HTML page without a quote such as ``<script>`` turning
into code; every JSON reader decodes them back to the same characters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from geographiclib.geodesic import Geodesic

from mesint.publish.exporters import EventDict, Exporter, ExportOptions
from mesint.publish.exporters.fields import coordinates

CIRCLE_VERTICES = 64
COORDINATE_DECIMALS = 6  # about 10 cm: RFC 7946 §11.2 advises against more
LAYER_EVENTS = "events"
LAYER_UNCERTAINTY = "uncertainty"

_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def circle(lon: float, lat: float, radius_km: float, vertices: int = CIRCLE_VERTICES) -> list[list[float]]:
    """A closed linear ring of ``vertices`` points ``radius_km`` from the centre, counter-clockwise."""
    geod = Geodesic.WGS84
    ring = []
    for i in range(vertices):
        # Azimuths decreasing from north: north, west, south, east is counter-clockwise on the map.
        azimuth = (360.0 - 360.0 * i / vertices) % 360.0
        p = geod.Direct(lat, lon, azimuth, radius_km * 1000.0)
        ring.append([round(p["lon2"], COORDINATE_DECIMALS), round(p["lat2"], COORDINATE_DECIMALS)])
    ring.append(list(ring[0]))
    return ring


def event_feature(event: EventDict) -> dict[str, Any]:
    point = coordinates(event)
    geometry = {"type": "Point", "coordinates": list(point)} if point else None
    return {
        "type": "Feature",
        "id": str(event.get("id", "")),
        "geometry": geometry,
        "properties": {"layer": LAYER_EVENTS, **event},
    }


def uncertainty_feature(event: EventDict) -> dict[str, Any] | None:
    point = coordinates(event)
    radius = event.get("uncertainty_km")
    if point is None or not isinstance(radius, int | float) or radius <= 0:
        return None
    return {
        "type": "Feature",
        "id": f"{event.get('id', '')}-uncertainty",
        "geometry": {"type": "Polygon", "coordinates": [circle(point[0], point[1], float(radius))]},
        "properties": {
            "layer": LAYER_UNCERTAINTY,
            "event_id": event.get("id"),
            "uncertainty_km": radius,
            "geo_precision": event.get("geo_precision"),
            "place": event.get("place"),
        },
    }


def feature_collection(events: Sequence[EventDict], *, uncertainty: bool = False) -> dict[str, Any]:
    features = [event_feature(e) for e in events]
    if uncertainty:
        features.extend(f for f in (uncertainty_feature(e) for e in events) if f is not None)
    return {"type": "FeatureCollection", "features": features}


def render(events: Sequence[EventDict], options: ExportOptions) -> bytes:
    data = feature_collection(events, uncertainty=options.uncertainty)
    body = json.dumps(data, ensure_ascii=False, indent=1, default=str).translate(_HTML_SAFE)
    return (body + "\n").encode("utf-8")


EXPORTER = Exporter(
    name="geojson",
    extension="geojson",
    media_type="application/geo+json",
    render_events=render,
    description="RFC 7946 FeatureCollection for QGIS and web maps; --uncertainty adds circles",
    options=frozenset({"uncertainty"}),
)
