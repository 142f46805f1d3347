"""Static maps (PNG, matplotlib Agg) from the bundled boundaries: the region, and an inset per hot spot.

Countries, governorates and rivers come from ``mesint/data/boundaries/`` (Natural Earth, public domain);
events are symbols by ACLED type, sized by fatalities, with a dashed circle where the place is uncertain.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display, no GUI toolkit: the digest is written on servers

import matplotlib.pyplot as plt
from matplotlib.collections import EllipseCollection, LineCollection, PolyCollection
from matplotlib.lines import Line2D

from mesint.publish.digest import Incident

TYPE_STYLE: dict[str, tuple[str, str]] = {
    "Battles": ("#c0392b", "o"),
    "Explosions/Remote violence": ("#e67e22", "^"),
    "Violence against civilians": ("#8e44ad", "s"),
    "Protests": ("#2980b9", "D"),
    "Riots": ("#16a085", "P"),
    "Strategic developments": ("#566573", "X"),
}
"""ACLED event type → (colour, matplotlib marker); shared with the timeline chart."""
OTHER_STYLE = ("#7f8c8d", "o")
REGION_EXTENT = (35.4, 48.8, 29.0, 37.6)  # lon min, lon max, lat min, lat max: Syria and Iraq
UNCERTAIN_KM = 10.0  # an uncertainty radius at least this large is drawn
HOTSPOT_KM = 60.0  # events this close to a hot spot's first event belong to it
HOTSPOT_MIN_EVENTS = 4
MAX_INSETS = 3
KM_PER_DEG = 111.32


def save_png(fig: Any, path: Path) -> Path:
    """The figure as an opaque RGB PNG. Matplotlib writes RGBA, which WeasyPrint splits into colour and an alpha
    mask and compresses again, both, for the PDF; the digest's figures have no transparency to keep."""
    from PIL import Image as PILImage

    fig.canvas.draw()
    width, height = fig.canvas.get_width_height(physical=True)
    rgba = PILImage.frombuffer("RGBA", (width, height), fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    rgba.convert("RGB").save(path, format="PNG", dpi=(fig.dpi, fig.dpi))
    return path


def style_of(event_type: str) -> tuple[str, str]:
    return TYPE_STYLE.get(event_type, OTHER_STYLE)


@dataclass(frozen=True, slots=True)
class Hotspot:
    name: str
    incidents: tuple[Incident, ...]
    extent: tuple[float, float, float, float]


@lru_cache(maxsize=4)
def _geojson(name: str) -> dict[str, Any]:
    text = (resources.files("mesint") / "data" / "boundaries" / name).read_text(encoding="utf-8")
    return json.loads(text)


def _rings(geometry: dict[str, Any]) -> list[list[tuple[float, float]]]:
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        return [list(map(tuple, r)) for r in coords]
    if kind == "MultiPolygon":
        return [list(map(tuple, r)) for poly in coords for r in poly]
    if kind == "LineString":
        return [list(map(tuple, coords))]
    if kind == "MultiLineString":
        return [list(map(tuple, r)) for r in coords]
    return []


@lru_cache(maxsize=1)
def _layers() -> dict[str, Any]:
    """The boundary layers as matplotlib-ready vertex lists, plus governorate label points."""
    countries = [r for f in _geojson("region-countries.geojson")["features"] for r in _rings(f["geometry"])]
    focus = [
        r
        for f in _geojson("region-countries.geojson")["features"]
        if f["properties"].get("ISO_A3") in {"IRQ", "SYR"}
        for r in _rings(f["geometry"])
    ]
    admin = [r for f in _geojson("iraq-syria-admin1.geojson")["features"] for r in _rings(f["geometry"])]
    rivers = [r for f in _geojson("region-rivers.geojson")["features"] for r in _rings(f["geometry"])]
    names = []
    for f in _geojson("region-countries.geojson")["features"]:
        name, rings = f["properties"].get("NAME"), _rings(f["geometry"])
        if name and rings and f["properties"].get("ISO_A3") not in {"IRQ", "SYR"}:
            ring = max(rings, key=len)
            names.append((name, sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)))
    return {"countries": countries, "focus": focus, "admin": admin, "rivers": rivers, "labels": _admin_labels(),
            "country_labels": names}


def _admin_labels() -> list[tuple[str, float, float]]:
    """Governorate names (the canonical spelling of ``admin1.yaml``) at the middle of their largest ring."""
    try:
        # The governorate table alone, not the whole gazetteer: its place index takes longer to build than
        # every map of the digest takes to draw.
        from mesint.geo.gazetteer import DATA_DIR, read_governorates

        by_boundary = {g.boundary: g.name for g in read_governorates(DATA_DIR / "admin1.yaml") if g.boundary}
    except Exception:  # the map still draws without labels if the governorate table cannot be read
        by_boundary = {}
    labels = []
    for f in _geojson("iraq-syria-admin1.geojson")["features"]:
        name = by_boundary.get(f["properties"].get("name"))
        rings = _rings(f["geometry"])
        if not name or not rings:
            continue
        ring = max(rings, key=len)
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        labels.append((name, (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    return labels


def _in_frame(
    rings: list[list[tuple[float, float]]], extent: tuple[float, float, float, float]
) -> list[list[tuple[float, float]]]:
    """The rings whose bounding box meets the frame (lon min, lon max, lat min, lat max)."""
    lon0, lon1, lat0, lat1 = extent
    return [
        r
        for r in rings
        if min(p[0] for p in r) <= lon1 and max(p[0] for p in r) >= lon0
        and min(p[1] for p in r) <= lat1 and max(p[1] for p in r) >= lat0
    ]


def _point_in(rings: list[list[tuple[float, float]]], x: float, y: float) -> bool:
    inside = False
    for ring in rings:
        j = len(ring) - 1
        for k in range(len(ring)):
            (xi, yi), (xj, yj) = ring[k], ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = k
    return inside


def _km(a: Incident, b: Incident) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    kx = KM_PER_DEG * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot((a.lon - b.lon) * kx, (a.lat - b.lat) * KM_PER_DEG)


def find_hotspots(incidents: Sequence[Incident]) -> list[Hotspot]:
    """Clusters of at least ``HOTSPOT_MIN_EVENTS`` located events within ``HOTSPOT_KM`` of a seed.

    Greedy and deterministic: the seed is the event with most neighbours (ties by id); its cluster is
    removed and the next seed chosen, up to ``MAX_INSETS``.
    """
    located = [i for i in incidents if i.lat is not None and i.lon is not None]
    # Every pair's distance once, not once per round: a crowded week has hundreds of located events.
    near = [{k for k, b in enumerate(located) if k == n or _km(a, b) <= HOTSPOT_KM} for n, a in enumerate(located)]
    left = set(range(len(located)))
    spots: list[Hotspot] = []
    while left and len(spots) < MAX_INSETS:
        seed = max(left, key=lambda n: (len(near[n] & left), located[n].id, -n))  # ties: the id, then the first
        taken = near[seed] & left
        if len(taken) < HOTSPOT_MIN_EVENTS:
            break
        members = tuple(located[n] for n in sorted(taken))
        left -= taken
        lons = [m.lon for m in members if m.lon is not None]
        lats = [m.lat for m in members if m.lat is not None]
        pad = 0.25
        cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
        half = max(max(lons) - min(lons), max(lats) - min(lats)) / 2 + pad
        name = _most_common([m.place or m.admin1 or "?" for m in members])
        spots.append(Hotspot(name=name, incidents=members, extent=(cx - half, cx + half, cy - half, cy + half)))
    return spots


def _most_common(names: list[str]) -> str:
    counts = Counter(names)
    return max(sorted(counts), key=lambda n: counts[n])  # ties: alphabetical, so the name is stable


def _marker_size(i: Incident) -> float:
    killed = i.killed.best if i.killed else 0
    return 28 + 22 * math.sqrt(killed)


def _draw(ax: Any, incidents: Sequence[Incident], extent: tuple[float, float, float, float], *, detail: bool) -> None:
    layers = _layers()
    lon0, lon1, lat0, lat1 = extent
    ax.set_facecolor("#dbe9f4")  # sea
    # Only the rings that reach into the frame: an inset shows a few of them, and Agg would transform and
    # clip every vertex of the others.
    countries, focus = _in_frame(layers["countries"], extent), _in_frame(layers["focus"], extent)
    ax.add_collection(PolyCollection(countries, facecolors="#f4f1ea", edgecolors="#9a9a9a", linewidths=0.6))
    ax.add_collection(PolyCollection(focus, facecolors="#fbfaf6", edgecolors="none"))
    ax.add_collection(LineCollection(_in_frame(layers["admin"], extent), colors="#b5b5b5", linewidths=0.5))
    ax.add_collection(LineCollection(focus, colors="#555555", linewidths=1.1))
    ax.add_collection(LineCollection(_in_frame(layers["rivers"], extent), colors="#6fa8dc",
                                     linewidths=0.9 if detail else 0.7))
    for name, x, y in layers["labels"]:
        if lon0 < x < lon1 and lat0 < y < lat1:
            ax.text(x, y, name, fontsize=6.5 if not detail else 8, color="#8a8a8a", ha="center", va="center",
                    style="italic", zorder=2)
    for name, x, y in layers["country_labels"]:
        # A neighbour's label goes inside the frame, near its centre if visible, so it never leaves the map.
        cx, cy = min(max(x, lon0 + 0.6), lon1 - 0.6), min(max(y, lat0 + 0.3), lat1 - 0.3)
        if not detail and not _point_in(layers["focus"], cx, cy):
            ax.text(cx, cy, name.upper(), fontsize=7.5, color="#a0a0a0", ha="center", va="center", zorder=2)
    pad = 1.0  # degrees: symbols and circles just outside the frame still show their edge
    shown = [
        i
        for i in incidents
        if i.lat is not None
        and i.lon is not None
        and lon0 - pad < i.lon < lon1 + pad
        and lat0 - pad < i.lat < lat1 + pad
    ]
    # One collection per layer, not one artist per event: a crowded week draws as fast as a quiet one.
    circles = [i for i in shown if i.uncertainty_km is not None and i.uncertainty_km >= UNCERTAIN_KM]
    if circles:
        widths = [2 * (i.uncertainty_km or 0) / (KM_PER_DEG * math.cos(math.radians(i.lat or 0))) for i in circles]
        heights = [2 * (i.uncertainty_km or 0) / KM_PER_DEG for i in circles]
        ax.add_collection(
            EllipseCollection(
                widths, heights, [0.0] * len(circles), units="xy",
                offsets=[(i.lon, i.lat) for i in circles], offset_transform=ax.transData,
                facecolors="none", edgecolors=[style_of(i.event_type)[0] for i in circles],
                linestyles="--", linewidths=0.6, alpha=0.6, zorder=3,
            )
        )
    by_type: dict[str, list[Incident]] = {}
    for i in sorted(shown, key=lambda i: (i.severity, i.id)):  # deadliest last, so they sit on top
        by_type.setdefault(i.event_type, []).append(i)
    for event_type, items in sorted(by_type.items()):
        colour, marker = style_of(event_type)
        ax.scatter([i.lon for i in items], [i.lat for i in items], s=[_marker_size(i) for i in items], c=colour,
                   marker=marker, edgecolors="white", linewidths=0.7, alpha=0.9, zorder=4)
    if detail:
        placed: set[str] = set()
        for i in shown:
            if i.lat is None or i.lon is None or not i.place or i.place in placed:
                continue
            if lon0 < i.lon < lon1 and lat0 < i.lat < lat1:
                placed.add(i.place)
                ax.annotate(i.place, (i.lon, i.lat), xytext=(5, 4), textcoords="offset points", fontsize=8,
                            color="#222222", zorder=5)
    ax.set_xlim(lon0, lon1)
    ax.set_ylim(lat0, lat1)
    ax.set_aspect(1 / math.cos(math.radians((lat0 + lat1) / 2)))
    ax.tick_params(labelsize=7, colors="#777777")
    for spine in ax.spines.values():
        spine.set_color("#999999")


def _legend(ax: Any, incidents: Sequence[Incident]) -> None:
    types = sorted({i.event_type for i in incidents if i.lat is not None})
    handles = [
        Line2D([], [], marker=style_of(t)[1], color=style_of(t)[0], linestyle="", markersize=7, label=t)
        for t in types
    ]
    for k in (1, 10):
        handles.append(Line2D([], [], marker="o", color="#999999", linestyle="", label=f"{k} killed",
                              markersize=math.sqrt(28 + 22 * math.sqrt(k))))
    if any(i.uncertainty_km and i.uncertainty_km >= UNCERTAIN_KM for i in incidents):
        handles.append(Line2D([], [], color="#777777", linestyle="--", linewidth=0.8,
                              label=f"location uncertainty (≥{UNCERTAIN_KM:.0f} km)"))
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=7.5, framealpha=0.92, borderpad=0.7)


def render_region_map(incidents: Sequence[Incident], path: Path, hotspots: Sequence[Hotspot] = ()) -> Path:
    """The whole of Syria and Iraq with every located incident; hot spots outlined and numbered."""
    fig, ax = plt.subplots(figsize=(9.0, 6.6), dpi=130)
    try:
        _draw(ax, incidents, REGION_EXTENT, detail=False)
        for n, spot in enumerate(hotspots, 1):
            x0, x1, y0, y1 = spot.extent
            ax.plot([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0], color="#222222", linewidth=0.9, zorder=6)
            ax.text(x1, y1, f" {n}", fontsize=9, fontweight="bold", va="bottom", ha="left", zorder=6)
        _legend(ax, incidents)
        # Fixed margins, not tight_layout: measuring every label for the layout costs as much as drawing them.
        fig.subplots_adjust(left=0.045, right=0.995, bottom=0.04, top=0.995)
        save_png(fig, path)
    finally:
        plt.close(fig)
    return path


def render_inset(spot: Hotspot, number: int, incidents: Sequence[Incident], path: Path) -> Path:
    """One hot spot, zoomed, with place names; every incident in its frame is drawn, not only its members."""
    fig, ax = plt.subplots(figsize=(4.6, 4.4), dpi=130)
    try:
        _draw(ax, incidents, spot.extent, detail=True)
        ax.set_title(f"{number}. Around {spot.name}: {len(spot.incidents)} events", fontsize=9.5)
        fig.subplots_adjust(left=0.1, right=0.98, bottom=0.07, top=0.92)
        save_png(fig, path)
    finally:
        plt.close(fig)
    return path
