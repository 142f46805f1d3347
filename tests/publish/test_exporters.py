"""Every export format, checked by the library its users' tools are built on.

The events are the real ones: the test reports ingested into a fresh database.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
from pathlib import Path
from typing import Any

import jsonschema
import lxml.etree
import lxml.html
import pytest
import stix2
from geographiclib.geodesic import Geodesic
from stix2validator import validate_string

from mesint.errors import InputError
from mesint.ingest import ingest_paths
from mesint.publish.exporters import EXPORTERS, ExportOptions, export_events, get_exporter
from mesint.publish.exporters.acled_csv import COLUMNS, coded_date, disorder_type, interaction
from mesint.store import open_store

REPORTS = Path(__file__).parents[1] / "reports"
KML = "{http://www.opengis.net/kml/2.2}"

HOSTILE_QUOTE = 'Gunmen shouted "<script>alert(1)</script>" & fled; the \x07bell & <b>bold</b> stayed text.'

# RFC 7946's essentials as JSON Schema: a FeatureCollection of Features whose geometry is null, a Point
# (a position of 2-3 numbers, lon in [-180, 180], lat in [-90, 90]) or a Polygon of closed rings of 4 or
# more positions; properties an object or null.
_POSITION = {
    "type": "array",
    "minItems": 2,
    "maxItems": 3,
    "prefixItems": [
        {"type": "number", "minimum": -180, "maximum": 180},
        {"type": "number", "minimum": -90, "maximum": 90},
    ],
    "items": {"type": "number"},
}
GEOJSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "properties": {"type": ["object", "null"]},
                    "geometry": {
                        "oneOf": [
                            {"type": "null"},
                            {
                                "type": "object",
                                "required": ["type", "coordinates"],
                                "properties": {"type": {"const": "Point"}, "coordinates": _POSITION},
                            },
                            {
                                "type": "object",
                                "required": ["type", "coordinates"],
                                "properties": {
                                    "type": {"const": "Polygon"},
                                    "coordinates": {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {"type": "array", "minItems": 4, "items": _POSITION},
                                    },
                                },
                            },
                        ]
                    },
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    db = tmp_path_factory.mktemp("export") / "reports.db"
    with open_store(str(db)) as store:
        ingest_paths([REPORTS], store)
        return store.events(), {str(d["id"]): d for d in store.documents()}


@pytest.fixture(scope="module")
def events(stored: tuple[list[dict[str, Any]], dict[str, Any]]) -> list[dict[str, Any]]:
    return stored[0]


@pytest.fixture(scope="module")
def options(stored: tuple[list[dict[str, Any]], dict[str, Any]]) -> ExportOptions:
    return ExportOptions(documents=stored[1])


@pytest.fixture(scope="module")
def hostile(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A real located event whose quote and place carry markup and a control character."""
    base = next(e for e in events if e.get("lat") is not None and e.get("event_type") == "Battles")
    return {**base, "id": "feedc0de00000001", "quote": HOSTILE_QUOTE, "place": "<i>Tall</i> & Co"}


# -- the table ---------------------------------------------------------------------------------------------


def test_the_table_has_the_five_formats() -> None:
    assert set(EXPORTERS) == {"acled-csv", "geojson", "stix", "kml", "jsonl"}
    for name, exporter in EXPORTERS.items():
        assert exporter.name == name
        assert exporter.extension and "/" in exporter.media_type


def test_an_unknown_format_lists_the_options() -> None:
    with pytest.raises(InputError, match="unknown export format 'shapefile'; options: acled-csv, geojson"):
        get_exporter("shapefile")


def test_uncertainty_is_refused_where_it_cannot_be_drawn(events: list[dict[str, Any]]) -> None:
    with pytest.raises(InputError, match="--uncertainty applies to geojson, not kml"):
        export_events(events[:1], "kml", ExportOptions(uncertainty=True))


def test_no_events_is_a_valid_empty_file_in_every_format() -> None:
    for name in EXPORTERS:
        data = export_events([], name)
        assert isinstance(data, bytes)
    assert json.loads(export_events([], "geojson")) == {"type": "FeatureCollection", "features": []}
    assert export_events([], "acled-csv").decode().splitlines() == [",".join(COLUMNS)]


# -- ACLED CSV ---------------------------------------------------------------------------------------------


def _acled_rows(events: list[dict[str, Any]], options: ExportOptions) -> list[dict[str, str]]:
    text = export_events(events, "acled-csv", options).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_acled_csv_has_one_row_per_event_in_acleds_columns(
    events: list[dict[str, Any]], options: ExportOptions
) -> None:
    rows = _acled_rows(events, options)
    assert len(rows) == len(events)
    for row, event in zip(rows, events, strict=True):
        assert row["event_id_cnty"].endswith(event["id"])
        assert row["event_type"] == event["event_type"]
        assert row["actor1"] == (event.get("actor1") or "")
        assert int(row["fatalities"]) == (event.get("killed") or 0)
        if event.get("country") == "Iraq":
            assert (row["iso"], row["region"], row["event_id_cnty"][:3]) == ("368", "Middle East", "IRQ")
        if event.get("country") == "Syria":
            assert (row["iso"], row["region"], row["event_id_cnty"][:3]) == ("760", "Middle East", "SYR")
        if event.get("lat") is not None:
            assert (float(row["latitude"]), float(row["longitude"])) == (event["lat"], event["lon"])


def test_acled_codes_follow_the_codebook(events: list[dict[str, Any]], options: ExportOptions) -> None:
    rows = _acled_rows(events, options)
    assert any(r["time_precision"] == "2" for r in rows), "the reports have night-of and two-day events"
    for row, event in zip(rows, events, strict=True):
        inters = sorted(int(c) for c in (row["inter1"], row["inter2"]) if c and c != "0")
        if inters:
            expected = f"{inters[0]}{inters[1]}" if len(inters) == 2 else f"{inters[0]}0"
            assert row["interaction"] == expected
        if not event.get("actor2"):
            assert row["inter2"] == "0"
        if event["event_type"] == "Violence against civilians":
            assert row["civilian_targeting"] == "Civilian targeting"
        if event["event_type"] == "Battles":
            assert row["civilian_targeting"] == ""
            assert row["disorder_type"] == "Political violence"
        if event["event_type"] == "Protests" and event["sub_event_type"] != "Excessive force against protesters":
            assert row["disorder_type"] == "Demonstrations"
            assert row["tags"] == "crowd size=no report"
        date = event.get("date") or ""
        if date and "/" not in date:
            assert (row["event_date"], row["time_precision"], row["year"]) == (date, "1", date[:4])
        outlets = [c["outlet"] for c in event.get("citations") or []]
        if outlets:
            assert row["source"] == "; ".join(dict.fromkeys(outlets))
        assert row["notes"].startswith(event["quote"].strip()[:40])


@pytest.mark.parametrize(
    ("start", "end", "day", "precision"),
    [
        ("2019-02-02", "2019-02-02", "2019-02-02", 1),
        ("2019-02-02", "2019-02-03", "2019-02-02", 2),  # the night of February 2-3
        ("2021-05-31", "2021-06-06", "2021-06-03", 2),  # a week
        ("2019-06-01", "2019-06-30", "2019-06-15", 3),  # a month
    ],
)
def test_a_date_range_is_coded_on_its_middle_day(start: str, end: str, day: str, precision: int) -> None:
    import datetime as dt

    coded = coded_date(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    assert (coded[0].isoformat(), coded[1]) == (day, precision)


def test_interaction_and_disorder_codes() -> None:
    assert interaction(1, 3) == interaction(3, 1) == "13"
    assert interaction(2, 0) == interaction(2, None) == "20"
    assert interaction(None, None) == ""
    assert disorder_type("Riots", "Mob violence") == "Political violence; Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


# -- GeoJSON -----------------------------------------------------------------------------------------------


def _ring_area(ring: list[list[float]]) -> float:
    """Signed shoelace area in degrees²: positive for a counter-clockwise ring."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def test_geojson_is_an_rfc7946_feature_collection(events: list[dict[str, Any]], options: ExportOptions) -> None:
    data = json.loads(export_events(events, "geojson", options))
    jsonschema.validate(data, GEOJSON_SCHEMA)
    assert len(data["features"]) == len(events)
    for feature, event in zip(data["features"], events, strict=True):
        assert feature["id"] == event["id"]
        assert feature["properties"]["quote"] == event["quote"]
        assert feature["properties"]["sources"] == event["sources"]
        if event.get("lat") is None:
            assert feature["geometry"] is None
        else:
            assert feature["geometry"]["coordinates"] == [event["lon"], event["lat"]]  # lon first


def test_geojson_uncertainty_circles(events: list[dict[str, Any]], options: ExportOptions) -> None:
    plain = ExportOptions(documents=options.documents, uncertainty=True)
    data = json.loads(export_events(events, "geojson", plain))
    jsonschema.validate(data, GEOJSON_SCHEMA)
    circles = [f for f in data["features"] if f["properties"]["layer"] == "uncertainty"]
    expected = [e for e in events if e.get("lat") is not None and (e.get("uncertainty_km") or 0) > 0]
    assert len(circles) == len(expected) > 0
    by_id = {e["id"]: e for e in events}
    for feature in circles:
        event = by_id[feature["properties"]["event_id"]]
        ring = feature["geometry"]["coordinates"][0]
        assert ring[0] == ring[-1] and len(ring) >= 4
        assert _ring_area(ring) > 0, "RFC 7946: exterior rings are counter-clockwise"
        for lon, lat in ring[:8]:
            km = Geodesic.WGS84.Inverse(event["lat"], event["lon"], lat, lon)["s12"] / 1000
            assert math.isclose(km, event["uncertainty_km"], rel_tol=1e-3, abs_tol=0.01)


def test_geojson_keeps_report_text_as_text(hostile: dict[str, Any]) -> None:
    raw = export_events([hostile], "geojson")
    assert b"<script>" not in raw and b"<i>" not in raw
    feature = json.loads(raw)["features"][0]
    assert feature["properties"]["quote"] == HOSTILE_QUOTE
    assert feature["properties"]["place"] == "<i>Tall</i> & Co"


# -- KML ---------------------------------------------------------------------------------------------------


def test_kml_parses_with_lxml_and_places_every_located_event(events: list[dict[str, Any]]) -> None:
    root = lxml.etree.fromstring(export_events(events, "kml"))
    assert root.tag == f"{KML}kml"
    styles = {s.get("id") for s in root.iter(f"{KML}Style")}
    placemarks = list(root.iter(f"{KML}Placemark"))
    located = {e["id"]: e for e in events if e.get("lat") is not None}
    assert len(placemarks) == len(located)
    for pm in placemarks:
        event = located[pm.get("id").removeprefix("event-")]
        assert pm.findtext(f"{KML}styleUrl").lstrip("#") in styles
        lon, lat = map(float, pm.findtext(f"{KML}Point/{KML}coordinates").split(","))
        assert (lon, lat) == (event["lon"], event["lat"])
    folders = [f.findtext(f"{KML}name") for f in root.iter(f"{KML}Folder")]
    assert "Battles" in folders and len(folders) == len(set(folders))


def test_kml_balloon_escapes_report_text(hostile: dict[str, Any]) -> None:
    root = lxml.etree.fromstring(export_events([hostile], "kml"))
    description = root.find(f".//{KML}Placemark/{KML}description").text
    assert "<script>" not in description and "&lt;script&gt;" in description
    balloon = lxml.html.fromstring(f"<div>{description}</div>")  # what Google Earth renders
    assert not balloon.xpath("//script") and not balloon.xpath("//i[text()='Tall']")
    assert '"<script>alert(1)</script>"' in balloon.text_content()
    assert "\x07" not in description  # XML 1.0 cannot carry it: dropped, not fatal


# -- STIX --------------------------------------------------------------------------------------------------


def test_stix_bundle_passes_the_validator(events: list[dict[str, Any]], options: ExportOptions) -> None:
    raw = export_events(events, "stix", options).decode("utf-8")
    result = validate_string(raw)
    assert result.is_valid, [str(e) for e in result.errors][:5]
    # The one warning left is the spec's advice that SDO ids be random (v4); ours are v5 on purpose.
    assert {str(w).split("{", 1)[1][:3] for w in result.warnings} <= {"103"}
    bundle = stix2.parse(raw)
    kinds: dict[str, list[Any]] = {}
    for obj in bundle.objects:
        kinds.setdefault(obj.type, []).append(obj)
    assert len(kinds["note"]) == len(events)
    assert len(kinds["report"]) == len({e["document"] for e in events})
    assert kinds["location"] and kinds["relationship"] and kinds["threat-actor"] and kinds["intrusion-set"]
    ids = {obj.id for obj in bundle.objects}
    for report in kinds["report"]:
        assert set(report.object_refs) <= ids
    claimed = next(e for e in events if e.get("claims") and e["claims"][0].get("killed"))
    note = next(n for n in kinds["note"] if n.external_references[0].external_id == claimed["id"])
    assert f"killed {claimed['claims'][0]['killed']}" in note.content


def test_stix_export_is_stable(events: list[dict[str, Any]], options: ExportOptions) -> None:
    first = export_events(events, "stix", options)
    assert export_events(list(events), "stix", options) == first
    again = json.loads(export_events(events[:5], "stix", options))
    ids_all = {o["id"] for o in json.loads(first)["objects"]}
    assert {o["id"] for o in again["objects"] if o["type"] == "note"} <= ids_all


# -- JSONL -------------------------------------------------------------------------------------------------


def test_jsonl_is_one_full_event_per_line(events: list[dict[str, Any]], hostile: dict[str, Any]) -> None:
    tricky = {**hostile, "quote": "line\u2028separator and\nnewline"}
    raw = export_events([*events, tricky], "jsonl").decode("utf-8")
    lines = raw.splitlines()
    assert len(lines) == len(events) + 1
    assert [json.loads(line) for line in lines[:-1]] == json.loads(json.dumps(events, default=str))
    assert json.loads(lines[-1])["quote"] == tricky["quote"]
