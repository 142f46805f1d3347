"""KML 2.2 for Google Earth: a folder per event type, one styled placemark per located event.

Each placemark has a description balloon written as HTML in which every piece of report text is
HTML-escaped first; the XML writer then escapes the whole balloon once more. Google Earth undoes the XML
escaping and renders the HTML, so a quote that contains ``<script>`` shows as those characters and never
runs. The same fields travel as ``ExtendedData`` for tools that read data rather than balloons. Events
without coordinates cannot be placed: the document's description says how many were left out.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from mesint.publish.exporters import EventDict, Exporter, ExportOptions
from mesint.publish.exporters.fields import claims, coordinates, event_interval, text
from mesint.vocab import EVENT_TYPES

KML_NS = "http://www.opengis.net/kml/2.2"
ICON = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
OTHER = "Other"

# One colour per ACLED event type (KML writes aabbggrr), in ACLED's usual map palette order.
STYLES: dict[str, tuple[str, str]] = {
    "Battles": ("battles", "ff2828d6"),
    "Explosions/Remote violence": ("explosions", "ff1f77ff"),
    "Violence against civilians": ("civilians", "ff8b3d94"),
    "Protests": ("protests", "ffb4a91f"),
    "Riots": ("riots", "ff2ca02c"),
    "Strategic developments": ("strategic", "ff7f7f7f"),
    OTHER: ("other", "ff00d7ff"),
}

# XML 1.0 forbids most control characters; a stray one in a report must not make the file unreadable.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_EXTENDED_FIELDS = (
    "id",
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "location_text",
    "place",
    "admin1",
    "country",
    "geo_precision",
    "uncertainty_km",
    "killed",
    "wounded",
    "sources",
    "quote",
    "document",
)


def _clean(value: Any) -> str:
    return _XML_ILLEGAL.sub("", text(value))


def _sub(parent: ET.Element, tag: str, value: Any = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if value is not None:
        el.text = _clean(value)
    return el


def balloon(event: EventDict) -> str:
    """The placemark's description: HTML in which every value from the data is escaped."""

    def esc(value: Any) -> str:
        return html.escape(text(value), quote=True)

    actors = " → ".join(esc(a) for a in (event.get("actor1"), event.get("actor2")) if a) or "—"
    place = ", ".join(esc(p) for p in (event.get("place"), event.get("admin1"), event.get("country")) if p)
    lines = [
        f"<b>{esc(event.get('event_type'))}</b> — {esc(event.get('sub_event_type'))}",
        f"Date: {esc(event.get('date'))}",
        f"Actors: {actors}",
        f"Place: {place or '—'} (precision {esc(event.get('geo_precision'))}, ±{esc(event.get('uncertainty_km'))} km)",
        f"Killed: {esc(event.get('killed'))}; wounded: {esc(event.get('wounded'))}",
        f"Sources: {esc(event.get('sources'))}",
    ]
    for claim in claims(event):
        lines.append(
            f"Claim: {esc(claim.get('source'))}: killed {esc(claim.get('killed'))}, wounded {esc(claim.get('wounded'))}"
        )
    lines.append(f"<i>“{esc(event.get('quote'))}”</i>")
    lines.append(f"<small>mesint event {esc(event.get('id'))}</small>")
    return "<br/>".join(lines)


def _style(parent: ET.Element, style_id: str, color: str) -> None:
    style = _sub(parent, "Style", id=style_id)
    icon_style = _sub(style, "IconStyle")
    _sub(icon_style, "color", color)
    _sub(icon_style, "scale", "1.0")
    icon = _sub(icon_style, "Icon")
    _sub(icon, "href", ICON)


def _placemark(folder: ET.Element, event: EventDict, style_id: str, lon: float, lat: float) -> None:
    pm = _sub(folder, "Placemark", id=f"event-{_clean(event.get('id'))}")
    _sub(pm, "name", f"{text(event.get('date'))} {text(event.get('sub_event_type') or event.get('event_type'))}")
    _sub(pm, "description", balloon(event))
    interval = event_interval(event)
    if interval:
        start, end = interval
        if start == end:
            _sub(_sub(pm, "TimeStamp"), "when", start.isoformat())
        else:
            span = _sub(pm, "TimeSpan")
            _sub(span, "begin", start.isoformat())
            _sub(span, "end", end.isoformat())
    _sub(pm, "styleUrl", f"#{style_id}")
    extended = _sub(pm, "ExtendedData")
    for name in _EXTENDED_FIELDS:
        value = event.get(name)
        if value is None or value == []:
            continue
        _sub(_sub(extended, "Data", name=name), "value", value)
    point = _sub(pm, "Point")
    _sub(point, "coordinates", f"{lon!r},{lat!r}")


def kml_tree(events: Sequence[EventDict]) -> ET.Element:
    # Plain tag names under an explicit default namespace: ElementTree's own namespace handling would
    # write "ns0:" prefixes, which Google Earth accepts but many KML readers do not.
    root = ET.Element("kml", xmlns=KML_NS)
    doc = _sub(root, "Document")
    _sub(doc, "name", "mesint events")
    located = [(e, coordinates(e)) for e in events]
    missing = sum(1 for _, point in located if point is None)
    _sub(
        doc,
        "description",
        f"{len(events) - missing} events placed; {missing} without coordinates not shown. "
        "Generated by Mesopotamia Intel (mesint).",
    )
    for style_id, color in STYLES.values():
        _style(doc, style_id, color)
    folders: dict[str, ET.Element] = {}
    for event, point in located:
        if point is None:
            continue
        event_type = event.get("event_type")
        key = event_type if event_type in EVENT_TYPES else OTHER
        if key not in folders:
            folders[key] = _sub(doc, "Folder")
            _sub(folders[key], "name", key)
        _placemark(folders[key], event, STYLES[key][0], *point)
    return root


def render(events: Sequence[EventDict], options: ExportOptions) -> bytes:
    root = kml_tree(events)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


EXPORTER = Exporter(
    name="kml",
    extension="kml",
    media_type="application/vnd.google-earth.kml+xml",
    render_events=render,
    description="KML placemarks styled by event type, for Google Earth",
)
